package org.budgetkit.io.csv;

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
import java.util.List;
import java.util.Objects;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.WriteOptions;
import org.budgetkit.io.internal.Cells;
import org.budgetkit.io.internal.CsvOutput;
import org.budgetkit.io.internal.CellCache;
import org.budgetkit.io.internal.CsvRecords;
import org.budgetkit.io.internal.DimensionValues;
import org.budgetkit.io.internal.DistinctFacts;
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
    private static final List<Dimension<?>> DIMENSION_LIST = Dimension.all();
    private static final int DIMENSIONS = DIMENSION_LIST.size();
    private static final int AMOUNT_INDEX = DIMENSIONS;
    /** Slots of the amounts remembered by a read (a power of two). */
    private static final int AMOUNTS = 512;
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
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return read(TextInput.open(bytes, source, options), source, options);
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

    /**
     * One read. Every field of every row is checked as written, but work that cannot change
     * the result is not repeated: consecutive rows share most coordinates, so only the
     * dimension cells that differ from the previous row's are parsed (the others hold the same
     * values), and a row whose dimension cells are all the previous row's shares its
     * coordinates; text labels are kept once per distinct value ({@link CellCache}); amount
     * units and decimals equal to the previous row's are not parsed again, nor an amount
     * already read under the same unit and decimals. Repeated facts are
     * looked for group by group once the rows are read ({@link DistinctFacts}), and before any
     * other error is reported, so that the first error is the one a check row by row finds.
     */
    private static final class Parse {
        private final CsvRecords records;
        private final String source;
        private final ReadOptions options;
        private final int[] position = new int[COLUMNS.size()];
        private final DimensionValues values = new DimensionValues();
        /** The previous row's dimension cells, as read, and its coordinates. */
        private final String[] lastCells = new String[DIMENSIONS];
        private Coordinates lastCoordinates = Coordinates.empty();
        private final CellCache[] labels = {new CellCache(), new CellCache(), new CellCache(), new CellCache()};
        private String lastUnitCell;
        private AmountUnit lastUnit;
        private String lastDecimalsCell;
        private Precision lastPrecision;
        /**
         * Amounts read since the last change of unit or decimals, by cell text, direct-mapped:
         * a document prints the same figures again and again (zeros, totals restated in several
         * tables; the seed's 705 facts have 54 distinct amounts), and equal amounts can be one
         * immutable object.
         */
        private final String[] amountCells = new String[AMOUNTS];
        private final Amount[] amounts = new Amount[AMOUNTS];

        Parse(CsvRecords records, String source, ReadOptions options) {
            this.records = records;
            this.source = source;
            this.options = options;
        }

        FactSet facts() {
            header();
            DistinctFacts facts = new DistinctFacts();
            RuntimeException failure = null;
            try {
                rows(facts);
            } catch (RuntimeException e) {
                failure = e;
            }
            // A repeated fact before a failing row is the first error, as a check row by row
            // would have found it first.
            DistinctFacts.Repeat repeat = facts.firstRepeat();
            if (repeat != null) {
                throw duplicate(repeat);
            }
            if (failure != null) {
                throw failure;
            }
            return FactSet.of(facts.facts());
        }

        private void rows(DistinctFacts facts) {
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
                facts.add(fact(), line);
            }
        }

        private BudgetFormatException duplicate(DistinctFacts.Repeat repeat) {
            return Errors.at(source, repeat.line(), 0, repeat.fact().toString(),
                    "duplicate fact: same coordinates and provenance as line " + repeat.earlierLine(),
                    "重复的数据：坐标和出处与第 " + repeat.earlierLine() + " 行相同");
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
            Coordinates c = coordinates();
            Amount amount = amount();
            Provenance provenance = provenance();
            return Fact.of(amount, c, provenance);
        }

        /**
         * The row's coordinates: the previous row's, with the dimensions whose cells differ set
         * anew (an equal cell has the value it had on the previous row). Checked in dimension
         * order, as reading every cell would, so the first bad cell is the one reported.
         */
        private Coordinates coordinates() {
            Coordinates c = lastCoordinates;
            for (int k = 0; k < DIMENSIONS; k++) {
                String cell = cell(k);
                if (cell.equals(lastCells[k])) {
                    continue;
                }
                Dimension<?> d = DIMENSION_LIST.get(k);
                String text = Cells.restore(cell);
                if (text.isEmpty()) {
                    if (d.isRequired()) {
                        throw error(k, "", "required (every fact has a " + d.id() + ")",
                                "必填（每条数据都须有" + d.chineseName() + "）");
                    }
                    c = c.without(d);
                } else {
                    c = with(c, d, text);
                }
                lastCells[k] = cell;
            }
            lastCoordinates = c;
            return c;
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
            String unitCell = cell(UNIT_INDEX);
            if (!unitCell.equals(lastUnitCell)) {
                try {
                    lastUnit = Numbers.unit(unitCell);
                } catch (Numbers.Problem p) {
                    throw error(UNIT_INDEX, unitCell, p.english, p.chinese);
                }
                lastUnitCell = unitCell;
                Arrays.fill(amountCells, null);
            }
            String decimalsCell = cell(DECIMALS_INDEX);
            if (!decimalsCell.equals(lastDecimalsCell)) {
                try {
                    lastPrecision = Numbers.precision(decimalsCell);
                } catch (Numbers.Problem p) {
                    throw error(DECIMALS_INDEX, decimalsCell, p.english, p.chinese);
                }
                lastDecimalsCell = decimalsCell;
                Arrays.fill(amountCells, null);
            }
            String text = cell(AMOUNT_INDEX);
            int slot = text.hashCode() & (AMOUNTS - 1);
            if (text.equals(amountCells[slot])) {
                // The same text, unit and decimals as an earlier row: the same amount.
                return amounts[slot];
            }
            Amount amount;
            try {
                amount = Numbers.amount(text, lastUnit, lastPrecision, options.maxAmountDigits());
            } catch (Numbers.Problem p) {
                throw error(AMOUNT_INDEX, text, p.english, p.chinese);
            }
            amountCells[slot] = text;
            amounts[slot] = amount;
            return amount;
        }

        private Provenance provenance() {
            String sourceLabel = labels[0].value(cell(PROVENANCE_INDEX));
            String table = labels[1].value(cell(PROVENANCE_INDEX + 1));
            String row = labels[2].value(cell(PROVENANCE_INDEX + 2));
            String column = labels[3].value(cell(PROVENANCE_INDEX + 3));
            int line = count(PROVENANCE_INDEX + 4);
            int page = count(PROVENANCE_INDEX + 5);
            try {
                return new Provenance(sourceLabel, table, row, column, line, page);
            } catch (IllegalArgumentException e) {
                throw error(PROVENANCE_INDEX + 1, table, e.getMessage(), "表名、行名、列名须各占一行");
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

}
