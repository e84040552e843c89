package org.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.RandomDocuments;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.internal.Cells;
import org.budgetkit.io.internal.CsvRecords;
import org.budgetkit.io.internal.DimensionValues;
import org.budgetkit.io.internal.Errors;
import org.budgetkit.io.internal.Numbers;
import org.budgetkit.io.internal.TextInput;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

/**
 * The tidy CSV reader does less work per row than reading every cell from scratch (cells equal
 * to the previous row's are not parsed again, coordinates and labels are shared, units and
 * decimals remembered, duplicates found in an index of their own, bytes in memory decoded in
 * place); none of that may change a result. The straightforward reader it replaced is kept here
 * as the reference: every row's coordinates built from empty, every label restored anew, a map
 * of coordinates and provenance for duplicates, the bytes read as a stream. On files written by
 * the writer and then damaged at random (a field replaced by a wrong or a neighbouring value,
 * rows repeated, swapped or cut, bytes that are not UTF-8, stray quotes, a cut-off end), both
 * give equal facts, or the same error at the same line and column with the same text and
 * messages.
 */
class TidyCsvReferenceTest {
    private static final List<String> COLUMNS = TidyCsv.columns();
    private static final int DIMENSIONS = Dimension.all().size();
    private static final String[] WRONG = {"", "—", "1e5", "007", "-0", "0.50", "1.5", "1877", "-131", "INF", "2", "-4",
        "31", "元", "万元", "美元", "EXPENDITURE", "支出", "REVENUE", "2023", "1800", "201", "2031", "2010301", "301",
        "部门 局", "局", "单位 局/处", "BASIC", "AMOUNT", "CHANGE", "GENERAL_PUBLIC_BUDGET", "'=x", "'", "''", "x\ny",
        "0", "5", "2147483648", "表1", "a,b", "\"q\"", " lead"};

    /** The reader before it was made to skip repeated work, unchanged but for its outer class. */
    static final class Reference {
        private final CsvRecords records;
        private final String source;
        private final ReadOptions options;
        private final int[] position = new int[COLUMNS.size()];
        private final DimensionValues values = new DimensionValues();

        private Reference(CsvRecords records, String source, ReadOptions options) {
            this.records = records;
            this.source = source;
            this.options = options;
        }

        static FactSet read(byte[] bytes, String source, ReadOptions options) {
            try (CsvRecords records = new CsvRecords(TextInput.open(new ByteArrayInputStream(bytes), source, options),
                    source, options)) {
                return new Reference(records, source, options).facts();
            }
        }

        private record Key(Coordinates coordinates, Provenance provenance) {
        }

        FactSet facts() {
            header();
            List<Fact> facts = new ArrayList<>();
            Map<Key, Integer> seen = new HashMap<>();
            long rows = 0;
            while (records.next(COLUMNS.size())) {
                int line = records.line();
                if (records.size() != COLUMNS.size()) {
                    if (records.isBlank()) {
                        throw Errors.at(source, line, 1, "", "blank line", "空行");
                    }
                    throw Errors.at(source, line, records.size() + 1, "",
                            "ragged row: " + records.size() + " fields for " + COLUMNS.size() + " columns",
                            "行的字段数（" + records.size() + "）与表头列数（" + COLUMNS.size() + "）不一致");
                }
                if (++rows > options.maxRows()) {
                    throw Errors.at(source, line, 0, "", "more than " + options.maxRows() + " rows",
                            "行数超过 " + options.maxRows());
                }
                Fact fact = fact();
                Integer before = seen.putIfAbsent(new Key(fact.coordinates(), fact.provenance()), line);
                if (before != null) {
                    throw Errors.at(source, line, 0, fact.toString(),
                            "duplicate fact: same coordinates and provenance as line " + before,
                            "重复的数据：坐标和出处与第 " + before + " 行相同");
                }
                facts.add(fact);
            }
            return FactSet.of(facts);
        }

        private void header() {
            if (!records.next(0)) {
                throw Errors.at(source, 1, 0, "", "empty input: the header " + String.join(",", COLUMNS.subList(0, 3))
                        + ",… is missing", "输入为空：缺少表头");
            }
            Arrays.fill(position, -1);
            for (int i = 0; i < records.size(); i++) {
                String name = records.field(i);
                int k = COLUMNS.indexOf(name);
                if (k < 0) {
                    throw Errors.at(source, records.line(i), i + 1, name, "unknown column (expected "
                            + String.join(",", COLUMNS) + ")", "未知的列名");
                }
                if (position[k] >= 0) {
                    throw Errors.at(source, records.line(i), i + 1, name, "column named twice", "列名重复");
                }
                position[k] = i;
            }
            for (int k = 0; k < COLUMNS.size(); k++) {
                if (position[k] < 0) {
                    throw Errors.at(source, records.line(), records.size() + 1, COLUMNS.get(k), "missing column",
                            "缺少列");
                }
            }
        }

        private String cell(int column) {
            return records.field(position[column]);
        }

        private BudgetFormatException error(int column, String text, String english, String chinese) {
            int field = position[column];
            return Errors.at(source, records.line(field), field + 1, text, COLUMNS.get(column) + ": " + english,
                    COLUMNS.get(column) + "：" + chinese);
        }

        private Fact fact() {
            Coordinates c = Coordinates.empty();
            for (Dimension<?> d : Dimension.all()) {
                String text = Cells.restore(cell(d.index()));
                if (text.isEmpty()) {
                    if (d.isRequired()) {
                        throw error(d.index(), "", "required (every fact has a " + d.id() + ")",
                                "必填（每条数据都须有" + d.chineseName() + "）");
                    }
                    continue;
                }
                c = with(c, d, text);
            }
            Amount amount = amount();
            Provenance provenance = provenance();
            return Fact.of(amount, c, provenance);
        }

        private <V> Coordinates with(Coordinates c, Dimension<V> d, String text) {
            V value;
            try {
                value = values.parse(d, text);
            } catch (IllegalArgumentException e) {
                throw error(d.index(), text, "unknown " + d.englishName() + ": " + e.getMessage(),
                        "未知的" + d.chineseName());
            }
            return c.with(d, value);
        }

        private Amount amount() {
            int unitIndex = DIMENSIONS + 1;
            int decimalsIndex = DIMENSIONS + 2;
            AmountUnit unit;
            Precision precision;
            try {
                unit = Numbers.unit(cell(unitIndex));
            } catch (Numbers.Problem p) {
                throw error(unitIndex, cell(unitIndex), p.english, p.chinese);
            }
            try {
                precision = Numbers.precision(cell(decimalsIndex));
            } catch (Numbers.Problem p) {
                throw error(decimalsIndex, cell(decimalsIndex), p.english, p.chinese);
            }
            String text = cell(DIMENSIONS);
            try {
                return Numbers.amount(text, unit, precision, options.maxAmountDigits());
            } catch (Numbers.Problem p) {
                throw error(DIMENSIONS, text, p.english, p.chinese);
            }
        }

        private Provenance provenance() {
            int first = DIMENSIONS + 3;
            String[] labels = new String[4];
            for (int i = 0; i < 4; i++) {
                labels[i] = Cells.restore(cell(first + i));
            }
            int line = count(first + 4);
            int page = count(first + 5);
            try {
                return new Provenance(labels[0], labels[1], labels[2], labels[3], line, page);
            } catch (IllegalArgumentException e) {
                throw error(first + 1, labels[1], e.getMessage(), "表名、行名、列名须各占一行");
            }
        }

        private int count(int column) {
            try {
                return Numbers.count(cell(column));
            } catch (Numbers.Problem p) {
                throw error(column, cell(column), p.english, p.chinese);
            }
        }
    }

    /** What a read gives: the facts, or the error with everything it says. */
    private interface Read {
        FactSet read();
    }

    private static Object outcome(Read read) {
        try {
            return read.read();
        } catch (BudgetFormatException e) {
            return "error " + e.source() + ":" + e.line() + ":" + e.column() + " [" + e.text() + "] " + e.getMessage()
                    + " / " + e.message(Locale.CHINESE);
        }
    }

    private static List<String[]> rows(byte[] csv) {
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<String[]> rows) {
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Cells.appendQuoted(out, row[i]);
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file of the facts, damaged a few times at random (or not at all). */
    private static byte[] damaged(FactSet facts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>(rows(TidyCsv.toBytes(facts)));
        int damages = random.nextInt(4);
        for (int k = 0; k < damages && rows.size() > 1; k++) {
            int r = 1 + random.nextInt(rows.size() - 1);
            String[] row = rows.get(r).clone();
            if (row.length == 0) {
                continue;
            }
            int column = random.nextInt(row.length);
            int other = 1 + random.nextInt(rows.size() - 1);
            switch (random.nextInt(7)) {
                case 0 -> {
                    row[column] = WRONG[random.nextInt(WRONG.length)];
                    rows.set(r, row);
                }
                case 1 -> {
                    String[] from = rows.get(other);
                    row[column] = column < from.length ? from[column] : "";
                    rows.set(r, row);
                }
                case 2 -> rows.add(1 + random.nextInt(rows.size()), row);
                case 3 -> {
                    rows.set(r, rows.get(other));
                    rows.set(other, row);
                }
                case 4 -> rows.set(r, Arrays.copyOf(row, column));
                case 5 -> rows.remove(r);
                default -> {
                }
            }
        }
        byte[] bytes = csv(rows);
        if (random.nextInt(5) == 0 && bytes.length > 0) {
            int at = random.nextInt(bytes.length);
            byte[] bad = {(byte) 0xFF, '"', (byte) 0xE4, (byte) 0xC0, '\n', ','};
            bytes[at] = bad[random.nextInt(bad.length)];
        }
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }

    @Test
    void damagedAndIntactFilesReadAsTheStraightforwardReaderReadsThem() {
        FactSet seed = PingshanPetitionBureau2023.document().facts();
        qt().withExamples(400).forAll(longs().all(), integers().between(0, 80)).checkAssert((s, size) -> {
            FactSet facts = size == 80 ? seed : RandomDocuments.facts(s, size, true);
            byte[] bytes = damaged(facts, s);
            Object expected = outcome(() -> Reference.read(bytes, "x.csv", ReadOptions.defaults()));
            String shown = new String(bytes, StandardCharsets.UTF_8);
            assertThat(outcome(() -> TidyCsv.read(bytes, "x.csv", ReadOptions.defaults()))).as(shown)
                    .isEqualTo(expected);
            assertThat(outcome(() -> TidyCsv.read(new ByteArrayInputStream(bytes), "x.csv", ReadOptions.defaults())))
                    .as(shown).isEqualTo(expected);
        });
    }

    @Test
    void theSeedInManyOrdersAndCopiesReadsAsWritten() {
        // Rows out of their tables' order and copies of the seed under other units and sources:
        // every cell differs from the previous row's in a new way, and the caches of coordinates
        // see many collisions.
        List<Fact> seed = PingshanPetitionBureau2023.document().facts().asList();
        qt().withExamples(20).forAll(longs().all()).checkAssert(s -> {
            SplittableRandom random = new SplittableRandom(s);
            List<Fact> facts = new ArrayList<>();
            int copies = 1 + random.nextInt(8);
            for (int copy = 0; copy < copies; copy++) {
                for (Fact f : seed) {
                    Provenance p = f.provenance();
                    facts.add(Fact.of(f.amount(), f.coordinates().with(Dimension.UNIT,
                            org.budgetkit.model.dimension.BudgetUnit.department("局" + copy)),
                            new Provenance(copy + ".txt", p.table(), p.row(), p.column(), p.line(), p.page())));
                }
            }
            for (int i = facts.size() - 1; i > 0; i--) {
                if (random.nextInt(3) == 0) {
                    int j = random.nextInt(i + 1);
                    facts.set(i, facts.set(j, facts.get(i)));
                }
            }
            FactSet written = FactSet.of(facts);
            byte[] bytes = TidyCsv.toBytes(written);
            assertThat(TidyCsv.read(bytes, "x.csv", ReadOptions.defaults())).isEqualTo(written);
            assertThat(Reference.read(bytes, "x.csv", ReadOptions.defaults())).isEqualTo(written);
        });
    }
}
