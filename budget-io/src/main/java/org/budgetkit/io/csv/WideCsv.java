package org.budgetkit.io.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
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
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.MalformedFigureException;

/**
 * Wide table CSV: one table of a document as published, one file a table. Line 1 describes
 * the table: {@code table,表3,支出总表,shenzhen/expenditure-summary,万元,423,0} (the word
 * {@code table}, number, title, template id, amount unit, line and page of the title). Line 2
 * is the header: {@code kind,label,code,line,page}, one column per dimension id (the
 * coordinates the row adds, so that reading needs no name resolution), then the template's
 * column labels as printed. Each further line is a row ({@code row}: its label and code as
 * printed, the line and page of its figures, its coordinates, then its figures in the
 * columns they were printed in, empty where it prints none) or a figure that could not be
 * placed ({@code unplaced}: the row label, line, page, and the figure's text in its column).
 *
 * <pre>
 * table,表7,一般公共预算支出表（按功能分类）,shenzhen/general-budget-by-function,万元,1018,0
 * kind,label,code,line,page,unit,flow,year,function,…,measure,支出总计,基本支出,项目支出
 * row,深圳市坪山区信访局,,1030,0,部门 深圳市坪山区信访局,,,,…,,1877,748,1129
 * </pre>
 *
 * <p>Reading maps each figure through the template (its column's coordinates, the template's,
 * the row's, and the document's budget unit and year where none says otherwise) into the
 * document being built: {@code WideCsv.read(in, "表7.csv", builder, options)} then
 * {@code builder.build()}. Figures are read as disclosures print them ({@code 1,877},
 * {@code 747.64}, {@code —}); they are written as plain decimals, so a table is written back
 * identically after one pass. Text cells are neutralised against spreadsheet formulas.
 * Immutable and thread-safe.
 */
public final class WideCsv {
    private static final String TABLE = "table";
    private static final String ROW = "row";
    private static final String UNPLACED = "unplaced";
    private static final List<String> FIXED = List.of("kind", "label", "code", "line", "page");
    private static final int DIMENSIONS = Dimension.all().size();
    private static final int FIRST_CELL = FIXED.size() + DIMENSIONS;

    private WideCsv() {
    }

    /**
     * Writes one table of a document as wide CSV text ({@code \n} line ends).
     *
     * @param document the document, not null
     * @param tableNumber the table, such as {@code 表3}, not null
     * @return the CSV, never null
     * @throws IllegalArgumentException if the document has no such table, its template is not
     *     known, or its facts are not the figures its rows print (a document whose facts were
     *     replaced: write it as tidy CSV or JSON instead)
     */
    public static String write(Document document, String tableNumber) {
        StringWriter out = new StringWriter();
        write(document, tableNumber, new CsvOutput(out, "\n"));
        return out.toString();
    }

    /**
     * Writes one table of a document as wide CSV bytes.
     *
     * @param document the document, not null
     * @param tableNumber the table, such as {@code 表3}, not null
     * @param out the stream, not null; flushed, not closed
     * @param options charset, byte order mark and line separator, not null
     * @throws IllegalArgumentException if the document has no such table, its template is not
     *     known, or its facts are not the figures its rows print
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Document document, String tableNumber, OutputStream out, WriteOptions options) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        write(document, tableNumber, CsvOutput.of(out, options));
    }

    /**
     * Writes one table of a document as wide CSV characters.
     *
     * @param document the document, not null
     * @param tableNumber the table, such as {@code 表3}, not null
     * @param out the writer, not null; flushed, not closed
     * @throws IllegalArgumentException if the document has no such table, its template is not
     *     known, or its facts are not the figures its rows print
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Document document, String tableNumber, Writer out) {
        Objects.requireNonNull(out, "out");
        write(document, tableNumber, new CsvOutput(out, "\n"));
    }

    /**
     * Every table of a document as wide CSV bytes (default options), by table number in order.
     *
     * @param document the document, not null
     * @return the files' contents, never null
     * @throws IllegalArgumentException as {@link #write(Document, String)} does
     */
    public static Map<String, byte[]> writeAll(Document document) {
        Objects.requireNonNull(document, "document");
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (Table t : document.tables()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(document, t.number(), bytes, WriteOptions.defaults());
            out.put(t.number(), bytes.toByteArray());
        }
        return out;
    }

    private static void write(Document document, String tableNumber, CsvOutput csv) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(tableNumber, "tableNumber");
        Table table = document.table(tableNumber)
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableNumber + " in " + document));
        TableTemplate template = Templates.byId(table.template())
                .orElseThrow(() -> new IllegalArgumentException("unknown template " + table.template()));
        List<String> columns = table.columns();
        List<Fact> facts = document.facts().inTable(tableNumber).asList();
        Coordinates defaults = Coordinates.empty().with(Dimension.UNIT, document.department())
                .with(Dimension.YEAR, document.year());
        String[][] cells = new String[table.rows().size()][];
        int next = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            String[] figures = new String[columns.size()];
            int start = next;
            int column = next < facts.size() ? columns.indexOf(facts.get(next).provenance().column()) : -1;
            while (next < facts.size() && column >= 0 && column < columns.size()
                    && belongs(facts.get(next), row, columns.get(column),
                            cell(row.coordinates(), template, column, defaults), table.number())) {
                figures[column] = figure(facts.get(next), table);
                next++;
                column++;
            }
            if (next == start) {
                throw new IllegalArgumentException(table.number() + " row \"" + row.label() + "\" (line " + row.line()
                        + "): its figures are not among the document's facts in order; write it as tidy CSV or JSON");
            }
            cells[r] = figures;
        }
        if (next != facts.size()) {
            throw new IllegalArgumentException(table.number() + ": fact " + facts.get(next)
                    + " is printed by no row; write it as tidy CSV or JSON");
        }
        csv.plain(TABLE).text(table.number()).text(table.title()).text(table.template()).plain(table.unit().symbol())
                .number(table.line()).number(table.page());
        csv.end();
        for (String f : FIXED) {
            csv.plain(f);
        }
        for (Dimension<?> d : Dimension.all()) {
            csv.plain(d.id());
        }
        for (String c : columns) {
            csv.text(c);
        }
        csv.end();
        for (int r = 0; r < cells.length; r++) {
            Table.Row row = table.rows().get(r);
            csv.plain(ROW).text(row.label()).text(row.code()).number(row.line()).number(row.page());
            for (Dimension<?> d : Dimension.all()) {
                csv.text(format(row.coordinates(), d));
            }
            for (String figure : cells[r]) {
                csv.plain(figure == null ? "" : figure);
            }
            csv.end();
        }
        for (Table.RawFigure raw : table.unplaced()) {
            int column = columns.indexOf(raw.column());
            if (column < 0 || raw.text().isEmpty()) {
                throw new IllegalArgumentException(table.number() + ": unplaced figure \"" + raw.text() + "\" in column \""
                        + raw.column() + "\" cannot be written in a wide table; write it as JSON");
            }
            csv.plain(UNPLACED).text(raw.row()).text("").number(raw.line()).number(raw.page());
            for (int i = 0; i < DIMENSIONS; i++) {
                csv.plain("");
            }
            for (int i = 0; i < columns.size(); i++) {
                if (i == column) {
                    csv.text(raw.text());
                } else {
                    csv.plain("");
                }
            }
            csv.end();
        }
        csv.flush();
    }

    private static boolean belongs(Fact f, Table.Row row, String column, Coordinates cell, String number) {
        Provenance p = f.provenance();
        return p.table().equals(number) && p.row().equals(row.label()) && p.column().equals(column)
                && p.line() == row.line() && p.page() == row.page() && f.coordinates().equals(cell);
    }

    /** The coordinates {@link Table.Builder#cell} gives, or null if they conflict. */
    private static Coordinates cell(Coordinates row, TableTemplate template, int column, Coordinates defaults) {
        try {
            Coordinates c = row.merge(template.column(column).coordinates()).merge(template.base());
            for (Dimension<?> d : defaults.dimensions()) {
                if (!c.has(d)) {
                    c = fill(c, defaults, d);
                }
            }
            return c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <V> Coordinates fill(Coordinates c, Coordinates from, Dimension<V> d) {
        return c.with(d, from.get(d).orElseThrow());
    }

    private static String figure(Fact f, Table table) {
        Amount a = f.amount();
        if (a.unit() != table.unit() || (!a.isNil() && (a.precision().isExact() || a.precision().decimals() < 0))) {
            throw new IllegalArgumentException(table.number() + ": " + f + " is not a figure printed in "
                    + table.unit().symbol() + "; write it as tidy CSV or JSON");
        }
        return Numbers.text(a);
    }

    private static <V> String format(Coordinates c, Dimension<V> d) {
        V v = c.get(d).orElse(null);
        return v == null ? "" : d.format(v);
    }

    /**
     * Reads a wide table CSV into the document being built, detecting the charset unless the
     * options declare one.
     *
     * @param in the bytes, not null; closed when done
     * @param source the source name for messages, not null
     * @param document the document being built, not null; the table is added to it (and
     *     finished), its facts take the document's source, budget unit and year
     * @param options limits, charset and the templates that may be named, not null
     * @return the table, never null
     * @throws BudgetFormatException naming line and column of the first problem
     * @throws UncheckedIOException if reading fails
     */
    public static Table read(InputStream in, String source, Document.Builder document, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return read(TextInput.open(in, source, options), source, document, options);
    }

    /**
     * Reads wide table CSV bytes into the document being built.
     *
     * @param bytes the bytes, not null
     * @param source the source name for messages, not null
     * @param document the document being built, not null
     * @param options limits, charset and templates, not null
     * @return the table, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static Table read(byte[] bytes, String source, Document.Builder document, ReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        return read(new ByteArrayInputStream(bytes), source, document, options);
    }

    /**
     * Reads wide table CSV text into the document being built.
     *
     * @param csv the text, not null
     * @param source the source name for messages, not null
     * @param document the document being built, not null
     * @return the table, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static Table read(CharSequence csv, String source, Document.Builder document) {
        Objects.requireNonNull(csv, "csv");
        return read(new StringReader(csv.toString()), source, document, ReadOptions.defaults());
    }

    /**
     * Reads wide table CSV characters into the document being built.
     *
     * @param in the characters, not null; closed when done
     * @param source the source name for messages, not null
     * @param document the document being built, not null
     * @param options limits and templates, not null
     * @return the table, never null
     * @throws BudgetFormatException naming line and column of the first problem
     * @throws UncheckedIOException if reading fails
     */
    public static Table read(Reader in, String source, Document.Builder document, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        try (CsvRecords records = new CsvRecords(in, source, options)) {
            return new Parse(records, source, document, options).table();
        }
    }

    /** One read. */
    private static final class Parse {
        private final CsvRecords records;
        private final String source;
        private final Document.Builder document;
        private final ReadOptions options;
        private final DimensionValues values = new DimensionValues();
        private TableTemplate template;
        private AmountUnit unit;
        private int width;

        Parse(CsvRecords records, String source, Document.Builder document, ReadOptions options) {
            this.records = records;
            this.source = source;
            this.document = document;
            this.options = options;
        }

        private BudgetFormatException error(int field, String text, String english, String chinese) {
            return Errors.at(source, records.line(field), field + 1, text, english, chinese);
        }

        Table table() {
            if (!records.next(7)) {
                throw Errors.at(source, 1, 0, "", "empty input: line 1 must describe the table "
                        + "(table,number,title,template,unit,line,page)", "输入为空：第 1 行应描述表格");
            }
            if (records.size() != 7 || !records.field(0).equals(TABLE)) {
                throw error(0, records.field(0), "line 1 must be table,number,title,template,unit,line,page",
                        "第 1 行应为 table,表号,标题,模板,单位,行号,页码");
            }
            String number = Cells.restore(records.field(1));
            String title = Cells.restore(records.field(2));
            String templateId = Cells.restore(records.field(3));
            template = options.template(templateId).orElseThrow(() -> error(3, templateId, "unknown table template",
                    "未知的表格模板"));
            try {
                unit = Numbers.unit(records.field(4));
            } catch (Numbers.Problem p) {
                throw error(4, records.field(4), p.english, p.chinese);
            }
            int line = count(5);
            int page = count(6);
            int firstLine = records.line();
            header();
            Table.Builder table;
            try {
                table = document.table(template, number, title, unit, line, page);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw Errors.at(source, firstLine, 2, number, "cannot add the table: " + e.getMessage(),
                        "无法添加表格（表号为空或重复）");
            }
            Map<String, Integer> seen = new HashMap<>();
            long rows = 0;
            while (records.next(width)) {
                if (records.size() != width) {
                    if (records.isBlank()) {
                        throw Errors.at(source, records.line(), 1, "", "blank line", "空行");
                    }
                    throw Errors.at(source, records.line(), records.size() + 1, "",
                            "ragged row: " + records.size() + " fields for " + width + " columns",
                            "行的字段数（" + records.size() + "）与表头列数（" + width + "）不一致");
                }
                if (++rows > options.maxRows()) {
                    throw Errors.at(source, records.line(), 0, "", "more than " + options.maxRows() + " rows",
                            "行数超过 " + options.maxRows());
                }
                String kind = records.field(0);
                if (kind.equals(ROW)) {
                    row(table, seen);
                } else if (kind.equals(UNPLACED)) {
                    unplaced(table);
                } else {
                    throw error(0, kind, "kind must be row or unplaced", "类型应为 row 或 unplaced");
                }
            }
            return table.build();
        }

        private void header() {
            width = FIRST_CELL + template.columns().size();
            if (!records.next(0)) {
                throw Errors.at(source, records.line() + 1, 0, "", "the header is missing", "缺少表头");
            }
            List<String> expected = new ArrayList<>(FIXED);
            Dimension.all().forEach(d -> expected.add(d.id()));
            template.columns().forEach(c -> expected.add(c.label()));
            for (int i = 0; i < records.size(); i++) {
                String name = i >= FIRST_CELL ? Cells.restore(records.field(i)) : records.field(i);
                if (i >= expected.size() || !expected.get(i).equals(name)) {
                    throw error(i, name, (expected.contains(name) ? "column out of place" : "unknown column")
                            + "; the header is " + String.join(",", expected), expected.contains(name)
                            ? "列的位置不对" : "未知的列名");
                }
            }
            if (records.size() < expected.size()) {
                throw Errors.at(source, records.line(), records.size() + 1, expected.get(records.size()),
                        "missing column", "缺少列");
            }
        }

        private void row(Table.Builder table, Map<String, Integer> seen) {
            String label = Cells.restore(records.field(1));
            String code = Cells.restore(records.field(2));
            int line = count(3);
            int page = count(4);
            Coordinates coordinates = Coordinates.empty();
            for (Dimension<?> d : Dimension.all()) {
                String text = Cells.restore(records.field(FIXED.size() + d.index()));
                if (!text.isEmpty()) {
                    coordinates = with(coordinates, d, text, FIXED.size() + d.index());
                }
            }
            int first = -1;
            int last = -1;
            StringBuilder figures = new StringBuilder();
            for (int i = FIRST_CELL; i < width; i++) {
                String cell = records.field(i);
                if (cell.isEmpty()) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                } else if (last != i - 1) {
                    throw error(i, cell, "a row's figures fill consecutive columns; column " + (last + 2) + " is empty",
                            "一行的数字须位于相邻的列");
                }
                last = i;
                figures.append(figures.length() == 0 ? "" : " ").append(figure(i, cell));
            }
            if (first < 0) {
                throw Errors.at(source, records.line(), FIRST_CELL + 1, label, "a row without figures",
                        "该行没有数字");
            }
            // Two rows printing a figure in the same column with the same label, line, page and
            // coordinates would make the same fact twice.
            String key = label + "\u0000" + line + "\u0000" + page + "\u0000" + coordinates + "\u0000";
            for (int i = first; i <= last; i++) {
                Integer before = seen.putIfAbsent(key + i, records.line());
                if (before != null) {
                    throw error(i, records.field(i), "duplicate fact: the row at line " + before
                            + " prints this column with the same label, line, page and coordinates",
                            "重复的数据：第 " + before + " 行的同一列具有相同的行名、行号、页码和坐标");
                }
            }
            table.page(page);
            try {
                table.row(label, code, coordinates, line, first - FIRST_CELL, figures.toString());
            } catch (IllegalArgumentException e) {
                throw Errors.at(source, records.line(), FIXED.size() + 1, label,
                        "the row's coordinates conflict with its columns or template: " + e.getMessage(),
                        "行坐标与列或模板的坐标冲突");
            }
        }

        private void unplaced(Table.Builder table) {
            String label = Cells.restore(records.field(1));
            for (int i = 2; i < FIRST_CELL; i++) {
                if (i != 3 && i != 4 && !records.field(i).isEmpty()) {
                    throw error(i, records.field(i), "an unplaced figure has no code or coordinates",
                            "无法归位的数字没有编码或坐标");
                }
            }
            int line = count(3);
            int page = count(4);
            int column = -1;
            for (int i = FIRST_CELL; i < width; i++) {
                if (!records.field(i).isEmpty()) {
                    if (column >= 0) {
                        throw error(i, records.field(i), "an unplaced figure fills one column",
                                "无法归位的数字只占一列");
                    }
                    column = i;
                }
            }
            if (column < 0) {
                throw Errors.at(source, records.line(), FIRST_CELL + 1, label, "an unplaced figure without text",
                        "无法归位的数字为空");
            }
            table.page(page);
            table.unplaced(label, template.column(column - FIRST_CELL).label(), Cells.restore(records.field(column)),
                    line);
        }

        private String figure(int field, String cell) {
            if (cell.length() > options.maxAmountDigits() * 2 + 4) {
                throw error(field, cell, "more than " + options.maxAmountDigits() + " digits",
                        "数字位数超过 " + options.maxAmountDigits() + " 位");
            }
            try {
                Amount a = Amount.parseFigure(cell, unit);
                if (!a.isNil() && a.value().precision() > options.maxAmountDigits()) {
                    throw error(field, cell, "more than " + options.maxAmountDigits() + " digits",
                            "数字位数超过 " + options.maxAmountDigits() + " 位");
                }
                return Numbers.text(a);
            } catch (MalformedFigureException e) {
                throw error(field, cell, "malformed figure: " + e.getMessage(),
                        "数字格式错误：" + e.message(java.util.Locale.CHINESE));
            }
        }

        private <V> Coordinates with(Coordinates c, Dimension<V> d, String text, int field) {
            try {
                return c.with(d, values.parse(d, text));
            } catch (IllegalArgumentException e) {
                throw error(field, text, "unknown " + d.englishName() + ": " + e.getMessage(),
                        "未知的" + d.chineseName());
            }
        }

        private int count(int field) {
            try {
                return Numbers.count(records.field(field));
            } catch (Numbers.Problem p) {
                throw error(field, records.field(field), p.english, p.chinese);
            }
        }
    }
}
