package org.budgetkit.io.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.WriteOptions;
import org.budgetkit.io.internal.Cells;
import org.budgetkit.io.internal.CsvOutput;
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

/**
 * Tidy fact CSV: one fact a row, a header first. The columns, in this order:
 * <ul>
 * <li>one per {@linkplain Dimension#all() dimension}, named by its id ({@code unit},
 *     {@code flow}, {@code year}, {@code function}, {@code economic}, {@code fund_source},
 *     {@code nature}, {@code item}, {@code project}, {@code measure}), the value in its
 *     {@linkplain Dimension#format file form} ({@code 部门 深圳市坪山区信访局}, {@code EXPENDITURE},
 *     {@code 2023}, {@code 2010301}); empty for a dimension not set (its total, or the default);
 * <li>{@code amount}: the value as a plain decimal ({@code 1877}, {@code 747.64}, {@code -131},
 *     never an exponent or separators), or {@code —} (U+2014) for a nil amount (a printed dash);
 * <li>{@code amount_unit}: 元, 千元, 万元 or 亿元 (the column {@code unit} is the budget unit);
 * <li>{@code decimals}: the reported precision, a whole number ({@code 0}, {@code 2},
 *     {@code -4}) or {@code INF} for an exact amount (and for nil);
 * <li>provenance: {@code source}, {@code table}, {@code row}, {@code column}, {@code line},
 *     {@code page} (line and page 0 when unknown).
 * </ul>
 *
 * <p>{@code TidyCsv.read(TidyCsv.write(facts), "facts.csv")} equals {@code facts}. Reading is
 * exact and strict: the header must name every column once and nothing else (any order);
 * every row has as many fields as the header; a value that is malformed, out of range, an
 * unknown code, or not in the form the writer writes, and a fact repeated with the same
 * coordinates and provenance, are {@link BudgetFormatException}s naming the line and the column
 * (the field number, from 1). Text cells are neutralised against spreadsheet formulas (see
 * {@code docs/FORMATS.md}). Immutable and thread-safe.
 */
public final class TidyCsv {
    /** The amount column. */
    public static final String AMOUNT = "amount";
    /** The amount unit column. */
    public static final String AMOUNT_UNIT = "amount_unit";
    /** The decimals column. */
    public static final String DECIMALS = "decimals";

    private static final List<String> PROVENANCE = List.of("source", "table", "row", "column", "line", "page");
    private static final List<String> COLUMNS = buildColumns();
    private static final int DIMENSIONS = Dimension.all().size();
    private static final int AMOUNT_INDEX = DIMENSIONS;
    private static final int UNIT_INDEX = DIMENSIONS + 1;
    private static final int DECIMALS_INDEX = DIMENSIONS + 2;
    private static final int PROVENANCE_INDEX = DIMENSIONS + 3;

    private TidyCsv() {
    }

    private static List<String> buildColumns() {
        List<String> out = new ArrayList<>();
        for (Dimension<?> d : Dimension.all()) {
            out.add(d.id());
        }
        out.add(AMOUNT);
        out.add(AMOUNT_UNIT);
        out.add(DECIMALS);
        out.addAll(PROVENANCE);
        return List.copyOf(out);
    }

    /** @return the column names in the order written, never null */
    public static List<String> columns() {
        return COLUMNS;
    }

    /**
     * Writes facts as tidy CSV text: UTF-8-ready characters, {@code \n} line ends.
     * {@code TidyCsv.write(document.facts())} starts {@code unit,flow,year,function,…}.
     *
     * @param facts the facts, not null
     * @return the CSV, never null
     */
    public static String write(FactSet facts) {
        StringWriter out = new StringWriter(facts.size() * 128 + 256);
        write(facts, out, "\n");
        return out.toString();
    }

    /**
     * Writes facts as tidy CSV bytes.
     *
     * @param facts the facts, not null
     * @param out the stream, not null; flushed, not closed
     * @param options charset, byte order mark and line separator, not null
     * @throws UncheckedIOException if writing fails, or the charset cannot encode a character
     */
    public static void write(FactSet facts, OutputStream out, WriteOptions options) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        CsvOutput csv = CsvOutput.of(out, options);
        writeTo(facts, csv);
    }

    /**
     * Writes facts as tidy CSV characters.
     *
     * @param facts the facts, not null
     * @param out the writer, not null; flushed, not closed
     * @param lineSeparator {@code \n} or {@code \r\n}, not null
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the line separator is another
     */
    public static void write(FactSet facts, Writer out, String lineSeparator) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(lineSeparator, "lineSeparator");
        WriteOptions.defaults().withLineSeparator(lineSeparator);
        writeTo(facts, new CsvOutput(out, lineSeparator));
    }

    private static void writeTo(FactSet facts, CsvOutput csv) {
        for (String c : COLUMNS) {
            csv.plain(c);
        }
        csv.end();
        for (Fact f : facts) {
            Coordinates c = f.coordinates();
            for (Dimension<?> d : Dimension.all()) {
                csv.text(format(c, d));
            }
            Amount a = f.amount();
            csv.plain(Numbers.text(a)).plain(a.unit().symbol()).plain(a.precision().toString());
            Provenance p = f.provenance();
            csv.text(p.source()).text(p.table()).text(p.row()).text(p.column()).number(p.line()).number(p.page());
            csv.end();
        }
        csv.flush();
    }

    private static <V> String format(Coordinates c, Dimension<V> d) {
        V v = c.get(d).orElse(null);
        return v == null ? "" : d.format(v);
    }

    /**
     * Writes facts as tidy CSV bytes with the default options (UTF-8, no byte order mark, LF).
     *
     * @param facts the facts, not null
     * @return the bytes, never null
     */
    public static byte[] toBytes(FactSet facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(facts.size() * 128 + 256);
        write(facts, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    /**
     * Reads tidy CSV text.
     *
     * @param csv the text, not null
     * @param source the source name for messages and nothing else, not null
     * @return the facts in row order, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static FactSet read(CharSequence csv, String source) {
        Objects.requireNonNull(csv, "csv");
        return read(new StringReader(csv.toString()), source, ReadOptions.defaults());
    }

    /**
     * Reads tidy CSV bytes, detecting the charset unless the options declare one.
     *
     * @param in the bytes, not null; closed when done
     * @param source the source name for messages, not null
     * @param options limits and charset, not null
     * @return the facts in row order, never null
     * @throws BudgetFormatException naming line and column of the first problem (also for an
     *     empty input, a wrong encoding, or an input over a limit)
     * @throws UncheckedIOException if reading fails
     */
    public static FactSet read(InputStream in, String source, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return read(TextInput.open(in, source, options), source, options);
    }

    /**
     * Reads tidy CSV bytes.
     *
     * @param bytes the bytes, not null
     * @param source the source name for messages, not null
     * @param options limits and charset, not null
     * @return the facts in row order, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static FactSet read(byte[] bytes, String source, ReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        return read(new ByteArrayInputStream(bytes), source, options);
    }

    /**
     * Reads a tidy CSV file; its name is the source.
     *
     * @param file the file, not null
     * @param options limits and charset, not null
     * @return the facts in row order, never null
     * @throws BudgetFormatException naming line and column of the first problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FactSet read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try {
            return read(Files.newInputStream(file), String.valueOf(file.getFileName()), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads tidy CSV characters (already decoded: no charset detection, but every other limit).
     *
     * @param in the characters, not null; closed when done
     * @param source the source name for messages, not null
     * @param options limits, not null
     * @return the facts in row order, never null
     * @throws BudgetFormatException naming line and column of the first problem
     * @throws UncheckedIOException if reading fails
     */
    public static FactSet read(Reader in, String source, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        try (CsvRecords records = new CsvRecords(in, source, options)) {
            return new Parse(records, source, options).facts();
        }
    }

    /** One read. */
    private static final class Parse {
        private final CsvRecords records;
        private final String source;
        private final ReadOptions options;
        private final int[] position = new int[COLUMNS.size()];
        private final DimensionValues values = new DimensionValues();

        Parse(CsvRecords records, String source, ReadOptions options) {
            this.records = records;
            this.source = source;
            this.options = options;
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
            AmountUnit unit;
            Precision precision;
            try {
                unit = Numbers.unit(cell(UNIT_INDEX));
            } catch (Numbers.Problem p) {
                throw error(UNIT_INDEX, cell(UNIT_INDEX), p.english, p.chinese);
            }
            try {
                precision = Numbers.precision(cell(DECIMALS_INDEX));
            } catch (Numbers.Problem p) {
                throw error(DECIMALS_INDEX, cell(DECIMALS_INDEX), p.english, p.chinese);
            }
            String text = cell(AMOUNT_INDEX);
            try {
                return Numbers.amount(text, unit, precision, options.maxAmountDigits());
            } catch (Numbers.Problem p) {
                throw error(AMOUNT_INDEX, text, p.english, p.chinese);
            }
        }

        private Provenance provenance() {
            String[] labels = new String[4];
            for (int i = 0; i < 4; i++) {
                labels[i] = Cells.restore(cell(PROVENANCE_INDEX + i));
            }
            int line = count(PROVENANCE_INDEX + 4);
            int page = count(PROVENANCE_INDEX + 5);
            try {
                return new Provenance(labels[0], labels[1], labels[2], labels[3], line, page);
            } catch (IllegalArgumentException e) {
                throw error(PROVENANCE_INDEX + 1, labels[1], e.getMessage(), "表名、行名、列名须各占一行");
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

    /** What makes two facts duplicates: coordinates and provenance. */
    private record Key(Coordinates coordinates, Provenance provenance) {
    }
}
