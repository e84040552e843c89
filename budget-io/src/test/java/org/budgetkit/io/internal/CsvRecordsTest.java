package org.budgetkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * The CSV tokenizer against jackson-dataformat-csv's parser (the oracle, with its default
 * dialect) on random texts made of the characters that matter (separators, quotes, every line
 * break, spaces, tabs, letters, Chinese), handed over in random small pieces so that fields and
 * line breaks straddle every buffer boundary: the same records with the same fields, or both
 * refusing the text. Lines are checked against the line breaks of the fields read: each field
 * starts on the line its record started on plus the breaks inside the fields before it, and the
 * next record starts one line after the last field's end.
 */
class CsvRecordsTest {
    private static final String[] PIECES = {"a", "b", "中", "é", ",", ",", "\"", "\"", "\"\"", "\n", "\r", "\r\n", " ",
        "\t", "x,y", "\"q\"", "\"a,b\"", "\"l1\nl2\"", "1877.00"};
    private static final ReadOptions OPTIONS = ReadOptions.defaults();
    private static final ReadOptions LONG_FIELDS = ReadOptions.defaults().withMaxFieldLength(100_000);
    private static final CsvFactory JACKSON = new CsvFactory();

    @Test
    void readsAsJacksonReadsOnRandomTexts() {
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 30),
                longs().all()).checkAssert((pieces, seed) -> {
                    StringBuilder text = new StringBuilder();
                    pieces.forEach(i -> text.append(PIECES[i]));
                    String csv = text.toString();
                    assertThat(ours(csv, new SplittableRandom(seed), OPTIONS)).as("%s", visible(csv)).isEqualTo(jackson(csv));
                });
    }

    @Test
    void fieldsStraddlingTheBufferAreWhole() {
        String longField = "部".repeat(70_000) + "x";
        String quotedLong = "\"" + "a\"\"b\n".repeat(20_000) + "\"";
        String csv = "h1,h2\n" + longField + "," + quotedLong + "\r\nlast,\n";
        List<List<String>> expected = jackson(csv);
        assertThat(expected.get(1).get(0)).hasSize(70_001);
        assertThat(expected.get(1).get(1)).hasSize(80_000);
        // Compared whole, not printed: the fields are long.
        assertThat(ours(csv, new SplittableRandom(7), LONG_FIELDS).equals(expected)).isTrue();
        assertThat(ours(csv, null, LONG_FIELDS).equals(expected)).isTrue();
    }

    @Test
    void linesOfFieldsAndRecords() {
        CsvRecords r = records("a,\"b\nc\",d\r\n\r\ne,\"f\r\ng\"\rh", null);
        assertThat(r.next(0)).isTrue();
        assertThat(List.of(r.line(0), r.line(1), r.line(2), r.line())).containsExactly(1, 1, 2, 1);
        assertThat(r.next(0)).isTrue();
        assertThat(r.isBlank()).isTrue();
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.next(0)).isTrue();
        assertThat(List.of(r.line(0), r.line(1), r.field(1))).containsExactly(4, 4, "f\r\ng");
        assertThat(r.next(0)).isTrue();
        assertThat(List.of(r.line(), r.field(0))).containsExactly(6, "h");
        assertThat(r.next(0)).isFalse();
    }

    @Test
    void aFieldEqualToThePreviousRecordsIsTheSameString() {
        CsvRecords r = records("部门,2023,\"a,b\"\n部门,2024,\"a,b\"\n", null);
        r.next(0);
        String unit = r.field(0);
        String quoted = r.field(2);
        r.next(0);
        assertThat(r.field(0)).isSameAs(unit);
        assertThat(r.field(1)).isEqualTo("2024");
        assertThat(r.field(2)).isSameAs(quoted).isEqualTo("a,b");
    }

    @Test
    void refusesWithLineAndColumn() {
        assertThat(failure("a,b\nc,\"d\ne", 0)).satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.getMessage()).contains("malformed CSV", "closing quote");
        });
        assertThat(failure("a\n\"b\"c,d\n", 0)).satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.text()).isEqualTo("c");
        });
        assertThat(failure("a,b,c\n", 2)).satisfies(e -> {
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.text()).isEqualTo("c");
            assertThat(e.getMessage()).contains("more fields than the 2 columns");
        });
        ReadOptions small = ReadOptions.defaults().withMaxFieldLength(16);
        for (String csv : new String[] {"x".repeat(17), "\"" + "x".repeat(17) + "\"", "a\n" + "y".repeat(200_000)}) {
            CsvRecords r = new CsvRecords(new StringReader(csv), "t.csv", small);
            assertThatThrownBy(() -> {
                while (r.next(0)) {
                    // reads to the end
                }
            }).isInstanceOfSatisfying(BudgetFormatException.class,
                    e -> assertThat(e.getMessage()).contains("field longer than 16 characters"));
        }
        CsvRecords exact = new CsvRecords(new StringReader("x".repeat(16) + ",\"" + "\"\"".repeat(16) + "\""), "t.csv",
                small);
        assertThat(exact.next(0)).isTrue();
        assertThat(exact.field(1)).isEqualTo("\"".repeat(16));
    }

    private static BudgetFormatException failure(String csv, int maxFields) {
        CsvRecords r = records(csv, null);
        try {
            while (r.next(maxFields)) {
                // reads to the end
            }
        } catch (BudgetFormatException e) {
            assertThat(e.source()).isEqualTo("t.csv");
            return e;
        }
        throw new AssertionError("read without an error: " + visible(csv));
    }

    private static CsvRecords records(String csv, SplittableRandom pieces) {
        return records(csv, pieces, OPTIONS);
    }

    private static CsvRecords records(String csv, SplittableRandom pieces, ReadOptions options) {
        Reader in = pieces == null ? new StringReader(csv) : new Pieces(csv, pieces);
        return new CsvRecords(in, "t.csv", options);
    }

    /** Our records, with line checks, or "refused". */
    private static List<List<String>> ours(String csv, SplittableRandom pieces, ReadOptions options) {
        List<List<String>> out = new ArrayList<>();
        try (CsvRecords r = records(csv, pieces, options)) {
            int expectedLine = 1;
            while (r.next(0)) {
                assertThat(r.line()).as("record line, %s", visible(csv)).isEqualTo(expectedLine);
                List<String> record = new ArrayList<>();
                int line = r.line();
                for (int i = 0; i < r.size(); i++) {
                    assertThat(r.line(i)).as("field line, %s", visible(csv)).isEqualTo(line);
                    record.add(r.field(i));
                    line += breaks(r.field(i));
                }
                expectedLine = line + 1;
                out.add(record);
            }
        } catch (BudgetFormatException e) {
            return List.of(List.of("refused"));
        }
        return out;
    }

    /** Jackson's records, or "refused". */
    private static List<List<String>> jackson(String csv) {
        List<List<String>> out = new ArrayList<>();
        try (CsvParser p = (CsvParser) JACKSON.createParser(new StringReader(csv))) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> record = null;
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY && ++depth == 2) {
                    record = new ArrayList<>();
                } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
                    out.add(record);
                } else if (t == JsonToken.VALUE_STRING) {
                    record.add(p.getText());
                }
            }
        } catch (JsonProcessingException e) {
            return List.of(List.of("refused"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int breaks(String field) {
        int n = 0;
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '\n' && (k == 0 || field.charAt(k - 1) != '\r') || c == '\r') {
                n++;
            }
        }
        return n;
    }

    private static String visible(String csv) {
        return csv.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /** A reader handing out a text in random pieces of 0 to 3 characters. */
    private static final class Pieces extends Reader {
        private final String text;
        private final SplittableRandom random;
        private int at;

        Pieces(String text, SplittableRandom random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, random.nextInt(4)), text.length() - at);
            text.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
