package org.budgetkit.io.fdp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationCode;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;

/**
 * Fiscal Data Package export: a {@code datapackage.json} descriptor (profile
 * {@code fiscal-data-package}) and one CSV resource, {@code budget.csv}, one fact a row, that
 * OpenSpending-style tools read.
 *
 * <p>The model maps budgetkit's dimensions onto FDP's: two measures, {@code revenue} and
 * {@code expenditure} (direction {@code revenue} for {@link Flow#REVENUE}, {@code expenditure}
 * for the uses of funds), each in CNY with the document unit's {@code factor} (10,000 for 万元)
 * and the document's {@code phase} (预算 → {@code approved}: a published department budget is the
 * budget the people's congress approved; 决算 → {@code executed}); classification dimensions
 * with their hierarchy levels: functional (类 {@code class} › 款 {@code section} › 项
 * {@code item}, labelled with the bundled official names where known), economic (类 › 款),
 * administrative (department › budget unit); fund source, nature, special item, flow, measure,
 * project, fiscal year; and the provenance of every figure. Each row also keeps the figure as
 * reported ({@code amount}, {@code amount_unit}, {@code decimals}), so that
 * {@link #read(byte[], byte[], String, ReadOptions)} gives back the very facts exported.
 *
 * <p>{@code FiscalDataPackage.export(document, Path.of("out"))} writes {@code out/datapackage.json}
 * and {@code out/budget.csv}. Immutable and thread-safe.
 */
public final class FiscalDataPackage {
    /** The descriptor's file name. */
    public static final String DESCRIPTOR = "datapackage.json";
    /** The data resource's file name. */
    public static final String DATA = "budget.csv";

    private static final List<String> COLUMNS = List.of("fiscal_year", "department", "budget_unit",
            "budget_unit_name", "flow", "flow_label", "function_class", "function_class_label", "function_section",
            "function_section_label", "function_item", "function_item_label", "economic_class",
            "economic_class_label", "economic_section", "economic_section_label", "fund_source", "fund_source_label",
            "nature", "nature_label", "item", "item_label", "project", "measure", "measure_label", "revenue",
            "expenditure", "amount", "amount_unit", "decimals", "source", "table", "row", "column", "line", "page");
    private static final int REVENUE = COLUMNS.indexOf("revenue");
    private static final int EXPENDITURE = COLUMNS.indexOf("expenditure");

    private FiscalDataPackage() {
    }

    /**
     * The FDP phase of a document phase: 预算 {@code approved}, 决算 {@code executed}.
     *
     * @param phase the phase, not null
     * @return the FDP phase, never null
     */
    public static String phase(Phase phase) {
        return Objects.requireNonNull(phase, "phase") == Phase.BUDGET ? "approved" : "executed";
    }

    /**
     * The FDP direction of a flow: {@code revenue} for revenue, {@code expenditure} for the
     * uses of funds (expenditure, carry-forward, their total).
     *
     * @param flow the flow, not null
     * @return the direction, never null
     */
    public static String direction(Flow flow) {
        return Objects.requireNonNull(flow, "flow") == Flow.REVENUE ? "revenue" : "expenditure";
    }

    /**
     * The package's files, descriptor first: {@code datapackage.json} and {@code budget.csv}
     * (UTF-8, LF).
     *
     * @param document the document, not null
     * @return the files by name, in order, never null
     */
    public static Map<String, byte[]> export(Document document) {
        Objects.requireNonNull(document, "document");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DESCRIPTOR, descriptor(document));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        data(document, CsvOutput.of(csv, WriteOptions.defaults()));
        files.put(DATA, csv.toByteArray());
        return files;
    }

    /**
     * Writes the package's files into a directory (created if missing), replacing files of
     * the same names.
     *
     * @param document the document, not null
     * @param directory the directory, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void export(Document document, Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, byte[]> f : export(document).entrySet()) {
                Files.write(directory.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ descriptor

    private static byte[] descriptor(Document d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeStringField("profile", "fiscal-data-package");
            g.writeStringField("name", name(d));
            g.writeStringField("title", d.title().isEmpty() ? d.department().name() + d.year() + "年部门"
                    + d.phase().chineseName() : d.title());
            g.writeStringField("countryCode", "CN");
            g.writeStringField("granularity", "aggregated");
            g.writeObjectFieldStart("fiscalPeriod");
            g.writeStringField("start", d.year() + "-01-01");
            g.writeStringField("end", d.year() + "-12-31");
            g.writeEndObject();
            g.writeArrayFieldStart("resources");
            g.writeStartObject();
            g.writeStringField("name", "budget");
            g.writeStringField("path", DATA);
            g.writeStringField("profile", "tabular-data-resource");
            g.writeStringField("format", "csv");
            g.writeStringField("mediatype", "text/csv");
            g.writeStringField("encoding", "utf-8");
            g.writeObjectFieldStart("dialect");
            g.writeStringField("delimiter", ",");
            g.writeStringField("quoteChar", "\"");
            g.writeBooleanField("doubleQuote", true);
            g.writeStringField("lineTerminator", "\n");
            g.writeBooleanField("header", true);
            g.writeEndObject();
            g.writeObjectFieldStart("schema");
            g.writeArrayFieldStart("fields");
            for (String c : COLUMNS) {
                g.writeStartObject();
                g.writeStringField("name", c);
                g.writeStringField("type", c.equals("fiscal_year") ? "year" : c.equals("revenue")
                        || c.equals("expenditure") ? "number" : c.equals("line") || c.equals("page") ? "integer"
                        : "string");
                if (c.equals("revenue") || c.equals("expenditure")) {
                    g.writeStringField("decimalChar", ".");
                    g.writeBooleanField("bareNumber", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missingValues");
            g.writeString("");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("model");
            g.writeObjectFieldStart("measures");
            for (String direction : List.of("revenue", "expenditure")) {
                g.writeObjectFieldStart(direction);
                g.writeStringField("source", direction);
                g.writeStringField("currency", "CNY");
                g.writeNumberField("factor", d.unit().factor().longValueExact());
                g.writeStringField("direction", direction);
                g.writeStringField("phase", phase(d.phase()));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("dimensions");
            dimension(g, "fiscal-year", "datetime", null, new String[][] {{"year", "fiscal_year", null, null}});
            dimension(g, "administrative-classification", "classification", "administrative", new String[][] {
                {"department", "department", null, null},
                {"budget_unit", "budget_unit", "department", null},
                {"budget_unit_name", "budget_unit_name", null, "budget_unit"}});
            dimension(g, "flow", "other", null, new String[][] {
                {"code", "flow", null, null}, {"label", "flow_label", null, "code"}});
            dimension(g, "functional-classification", "classification", "functional", new String[][] {
                {"class", "function_class", null, null}, {"class_label", "function_class_label", null, "class"},
                {"section", "function_section", "class", null},
                {"section_label", "function_section_label", null, "section"},
                {"item", "function_item", "section", null}, {"item_label", "function_item_label", null, "item"}});
            dimension(g, "economic-classification", "classification", "economic", new String[][] {
                {"class", "economic_class", null, null}, {"class_label", "economic_class_label", null, "class"},
                {"section", "economic_section", "class", null},
                {"section_label", "economic_section_label", null, "section"}});
            dimension(g, "fund-source", "classification", "other", new String[][] {
                {"code", "fund_source", null, null}, {"label", "fund_source_label", null, "code"}});
            dimension(g, "nature", "classification", "other", new String[][] {
                {"code", "nature", null, null}, {"label", "nature_label", null, "code"}});
            dimension(g, "special-item", "classification", "other", new String[][] {
                {"code", "item", null, null}, {"label", "item_label", null, "code"}});
            dimension(g, "project", "activity", null, new String[][] {{"name", "project", null, null}});
            dimension(g, "measure", "other", null, new String[][] {
                {"code", "measure", null, null}, {"label", "measure_label", null, "code"}});
            dimension(g, "provenance", "fact", null, new String[][] {
                {"source", "source", null, null}, {"table", "table", null, null}, {"row", "row", null, null},
                {"column", "column", null, null}, {"line", "line", null, null}, {"page", "page", null, null}});
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Attributes: {name, source column, parent attribute or null, attribute labelled or null}. */
    private static void dimension(JsonGenerator g, String name, String type, String classification,
            String[][] attributes) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("dimensionType", type);
        if (classification != null) {
            g.writeStringField("classificationType", classification);
        }
        g.writeObjectFieldStart("attributes");
        List<String> keys = new ArrayList<>();
        for (String[] a : attributes) {
            g.writeObjectFieldStart(a[0]);
            g.writeStringField("source", a[1]);
            if (a[2] != null) {
                g.writeStringField("parent", a[2]);
            }
            if (a[3] != null) {
                g.writeStringField("labelfor", a[3]);
            } else {
                keys.add(a[0]);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("primaryKey");
        for (String k : name.equals("administrative-classification") ? List.of("budget_unit") : keys) {
            g.writeString(k);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A data package name: lower-case letters, digits, {@code -._}. */
    private static String name(Document d) {
        String base = d.source().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "budget-" + d.year() + "-" + d.phase().name().toLowerCase(Locale.ROOT).replace('_', '-')
                : base;
    }

    // ------------------------------------------------------------------ data

    private static void data(Document d, CsvOutput csv) {
        for (String c : COLUMNS) {
            csv.plain(c);
        }
        csv.end();
        AmountUnit measureUnit = d.unit();
        for (Fact f : d.facts()) {
            Coordinates c = f.coordinates();
            FiscalYear year = c.get(Dimension.YEAR).orElseThrow();
            BudgetUnit unit = c.get(Dimension.UNIT).orElseThrow();
            Flow flow = c.get(Dimension.FLOW).orElseThrow();
            csv.plain(year.toString()).text(unit.department()).text(unit.toString()).text(unit.name());
            csv.plain(flow.name()).text(flow.chineseName());
            Optional<FunctionCode> function = c.get(Dimension.FUNCTION);
            for (int digits = 3; digits <= 7; digits += 2) {
                levels(csv, function, digits, year, true);
            }
            Optional<EconomicCode> economic = c.get(Dimension.ECONOMIC);
            for (int digits = 3; digits <= 5; digits += 2) {
                levels(csv, economic, digits, year, false);
            }
            Optional<FundSource> source = c.get(Dimension.FUND_SOURCE);
            csv.plain(source.map(Enum::name).orElse("")).text(source.map(FundSource::chineseName).orElse(""));
            Optional<Nature> nature = c.get(Dimension.NATURE);
            csv.plain(nature.map(Enum::name).orElse("")).text(nature.map(Nature::chineseName).orElse(""));
            Optional<SpecialItem> item = c.get(Dimension.ITEM);
            csv.plain(item.map(Enum::name).orElse("")).text(item.map(SpecialItem::chineseName).orElse(""));
            csv.text(c.get(Dimension.PROJECT).map(Object::toString).orElse(""));
            Optional<Measure> measure = c.get(Dimension.MEASURE);
            csv.plain(measure.map(Enum::name).orElse("")).text(measure.map(Measure::chineseName).orElse(""));
            String value = measureValue(f.amount(), measureUnit);
            boolean revenue = flow == Flow.REVENUE;
            csv.plain(revenue ? value : "").plain(revenue ? "" : value);
            Amount a = f.amount();
            csv.plain(Numbers.text(a)).plain(a.unit().symbol()).plain(a.precision().toString());
            Provenance p = f.provenance();
            csv.text(p.source()).text(p.table()).text(p.row()).text(p.column()).number(p.line()).number(p.page());
            csv.end();
        }
        csv.flush();
    }

    private static <C extends ClassificationCode> void levels(CsvOutput csv, Optional<C> code, int digits,
            FiscalYear year, boolean function) {
        String d = code.map(ClassificationCode::digits).filter(s -> s.length() >= digits).map(s -> s.substring(0, digits))
                .orElse("");
        String label = "";
        if (!d.isEmpty()) {
            label = function
                    ? Classification.bundledFunctions().edition(year.value()).name(FunctionCode.parse(d)).orElse("")
                    : Classification.bundledEconomic().edition(year.value()).name(EconomicCode.parse(d)).orElse("");
        }
        csv.plain(d).text(label);
    }

    /** The amount in the measure's unit, exactly; empty for nil. */
    private static String measureValue(Amount a, AmountUnit measureUnit) {
        if (a.isNil()) {
            return "";
        }
        return a.unit().convert(a.value(), measureUnit).stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ re-import

    /**
     * Reads back an exported package from a directory: the facts, exactly as exported.
     *
     * @param directory the directory holding {@code datapackage.json} and its resource, not null
     * @param options limits and charset, not null
     * @return the facts in order, never null
     * @throws BudgetFormatException naming file, line and column of the first problem
     * @throws UncheckedIOException if a file cannot be read
     */
    public static FactSet read(Path directory, ReadOptions options) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        try {
            byte[] descriptor = Files.readAllBytes(directory.resolve(DESCRIPTOR));
            String path = resourcePath(descriptor, DESCRIPTOR, options);
            return read(descriptor, Files.readAllBytes(directory.resolve(path)), path, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads back an exported package from its two files' contents.
     *
     * @param descriptor the {@code datapackage.json}, not null
     * @param data the CSV resource, not null
     * @param source the CSV's name for messages, not null
     * @param options limits and charset, not null
     * @return the facts in order, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static FactSet read(byte[] descriptor, byte[] data, String source, ReadOptions options) {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        resourcePath(descriptor, DESCRIPTOR, options);
        AmountUnit measureUnit = measureUnit(descriptor, options);
        try (CsvRecords records = new CsvRecords(TextInput.open(new ByteArrayInputStream(data), source, options),
                source, options)) {
            return new Parse(records, source, options, measureUnit).facts();
        }
    }

    private static JsonNode tree(byte[] descriptor, ReadOptions options) {
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(options.maxFieldLength()).maxNestingDepth(50).build()).build();
        try {
            return new ObjectMapper(f).readTree(descriptor);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw Errors.at(DESCRIPTOR, line, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "",
                    "malformed descriptor: " + e.getOriginalMessage(), "描述文件格式错误", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourcePath(byte[] descriptor, String name, ReadOptions options) {
        JsonNode root = tree(descriptor, options);
        if (root == null || !"fiscal-data-package".equals(root.path("profile").asText(null))) {
            throw Errors.at(name, 1, 0, "", "not a fiscal data package (profile fiscal-data-package)",
                    "不是财政数据包（profile 应为 fiscal-data-package）");
        }
        String path = root.path("resources").path(0).path("path").asText("");
        if (!path.equals(DATA)) {
            throw Errors.at(name, 1, 0, path, "the resource must be " + DATA, "数据资源应为 " + DATA);
        }
        return path;
    }

    private static AmountUnit measureUnit(byte[] descriptor, ReadOptions options) {
        JsonNode measures = tree(descriptor, options).path("model").path("measures");
        BigDecimal factor = null;
        for (String m : List.of("revenue", "expenditure")) {
            JsonNode f = measures.path(m).path("factor");
            if (!f.isIntegralNumber() || !"CNY".equals(measures.path(m).path("currency").asText())) {
                throw Errors.at(DESCRIPTOR, 1, 0, m, "measure " + m + " needs currency CNY and a factor",
                        "度量 " + m + " 须有币种 CNY 和 factor");
            }
            BigDecimal v = f.decimalValue();
            if (factor != null && factor.compareTo(v) != 0) {
                throw Errors.at(DESCRIPTOR, 1, 0, m, "the measures have different factors", "各度量的 factor 不一致");
            }
            factor = v;
        }
        for (AmountUnit u : AmountUnit.values()) {
            if (u.factor().compareTo(factor) == 0) {
                return u;
            }
        }
        throw Errors.at(DESCRIPTOR, 1, 0, factor.toPlainString(), "factor is not 1, 1000, 10000 or 100000000",
                "factor 应为 1、1000、10000 或 100000000");
    }

    /** One read of the data resource. */
    private static final class Parse {
        private final CsvRecords records;
        private final String source;
        private final ReadOptions options;
        private final AmountUnit measureUnit;
        private final DimensionValues values = new DimensionValues();

        Parse(CsvRecords records, String source, ReadOptions options, AmountUnit measureUnit) {
            this.records = records;
            this.source = source;
            this.options = options;
            this.measureUnit = measureUnit;
        }

        private BudgetFormatException error(String column, String english, String chinese) {
            int i = COLUMNS.indexOf(column);
            return Errors.at(source, records.line(i), i + 1, records.field(i), column + ": " + english,
                    column + "：" + chinese);
        }

        private String cell(String column) {
            return records.field(COLUMNS.indexOf(column));
        }

        FactSet facts() {
            if (!records.next(0)) {
                throw Errors.at(source, 1, 0, "", "empty input: the header is missing", "输入为空：缺少表头");
            }
            for (int i = 0; i < Math.max(records.size(), COLUMNS.size()); i++) {
                if (i >= records.size() || i >= COLUMNS.size() || !COLUMNS.get(i).equals(records.field(i))) {
                    throw Errors.at(source, 1, i + 1, i < records.size() ? records.field(i) : "",
                            "the header must be " + String.join(",", COLUMNS), "表头应为 " + String.join(",", COLUMNS));
                }
            }
            List<Fact> facts = new ArrayList<>();
            Map<List<Object>, Integer> seen = new HashMap<>();
            while (records.next(COLUMNS.size())) {
                if (records.size() != COLUMNS.size()) {
                    throw Errors.at(source, records.line(), records.size() + 1, "", "ragged row: " + records.size()
                            + " fields for " + COLUMNS.size() + " columns", "行的字段数与表头列数不一致");
                }
                if (facts.size() >= options.maxRows()) {
                    throw Errors.at(source, records.line(), 0, "", "more than " + options.maxRows() + " rows",
                            "行数超过 " + options.maxRows());
                }
                Fact f = fact();
                Integer before = seen.putIfAbsent(List.of(f.coordinates(), f.provenance()), records.line());
                if (before != null) {
                    throw Errors.at(source, records.line(), 0, f.toString(), "duplicate fact: same coordinates and "
                            + "provenance as line " + before, "重复的数据：坐标和出处与第 " + before + " 行相同");
                }
                facts.add(f);
            }
            return FactSet.of(facts);
        }

        private <V> V value(Dimension<V> d, String column, boolean required) {
            String text = Cells.restore(cell(column));
            if (text.isEmpty()) {
                if (required) {
                    throw error(column, "required", "必填");
                }
                return null;
            }
            try {
                return values.parse(d, text);
            } catch (IllegalArgumentException e) {
                throw error(column, "unknown " + d.englishName() + ": " + e.getMessage(), "未知的" + d.chineseName());
            }
        }

        private <V> Coordinates put(Coordinates c, Dimension<V> d, V v) {
            return v == null ? c : c.with(d, v);
        }

        private Fact fact() {
            Coordinates c = Coordinates.empty();
            BudgetUnit unit = value(Dimension.UNIT, "budget_unit", true);
            if (!unit.department().equals(Cells.restore(cell("department")))) {
                throw error("department", "not the department of budget_unit", "与 budget_unit 的部门不一致");
            }
            Flow flow = value(Dimension.FLOW, "flow", true);
            c = c.with(Dimension.UNIT, unit).with(Dimension.FLOW, flow)
                    .with(Dimension.YEAR, value(Dimension.YEAR, "fiscal_year", true));
            c = put(c, Dimension.FUNCTION, deepest(Dimension.FUNCTION, "function_class", "function_section",
                    "function_item"));
            c = put(c, Dimension.ECONOMIC, deepest(Dimension.ECONOMIC, "economic_class", "economic_section"));
            c = put(c, Dimension.FUND_SOURCE, value(Dimension.FUND_SOURCE, "fund_source", false));
            c = put(c, Dimension.NATURE, value(Dimension.NATURE, "nature", false));
            c = put(c, Dimension.ITEM, value(Dimension.ITEM, "item", false));
            c = put(c, Dimension.PROJECT, value(Dimension.PROJECT, "project", false));
            c = put(c, Dimension.MEASURE, value(Dimension.MEASURE, "measure", false));
            Amount amount = amount();
            String expected = measureValue(amount, measureUnit);
            int filled = flow == Flow.REVENUE ? REVENUE : EXPENDITURE;
            for (int i : new int[] {REVENUE, EXPENDITURE}) {
                String have = records.field(i);
                String want = i == filled ? expected : "";
                if (!have.equals(want)) {
                    throw error(COLUMNS.get(i), "the measure must be " + (want.isEmpty() ? "empty" : want)
                            + " (the amount in the measure's unit)", "度量值应为" + (want.isEmpty() ? "空" : want));
                }
            }
            Provenance p;
            try {
                p = new Provenance(Cells.restore(cell("source")), Cells.restore(cell("table")),
                        Cells.restore(cell("row")), Cells.restore(cell("column")), count("line"), count("page"));
            } catch (IllegalArgumentException e) {
                throw error("row", e.getMessage(), "表名、行名、列名须各占一行");
            }
            return Fact.of(amount, c, p);
        }

        private <C extends ClassificationCode> C deepest(Dimension<C> d, String... columns) {
            C code = null;
            String previous = "";
            for (String column : columns) {
                String text = cell(column);
                if (text.isEmpty()) {
                    previous = null;
                    continue;
                }
                if (previous == null || !text.startsWith(previous) || text.length() != previous.length()
                        + (previous.isEmpty() ? 3 : 2)) {
                    throw error(column, "not the next level of " + (previous == null ? "an empty level" : previous),
                            "与上一级编码不一致");
                }
                code = value(d, column, true);
                previous = text;
            }
            return code;
        }

        private Amount amount() {
            AmountUnit unit;
            Precision precision;
            try {
                unit = Numbers.unit(cell("amount_unit"));
            } catch (Numbers.Problem e) {
                throw error("amount_unit", e.english, e.chinese);
            }
            try {
                precision = Numbers.precision(cell("decimals"));
            } catch (Numbers.Problem e) {
                throw error("decimals", e.english, e.chinese);
            }
            try {
                return Numbers.amount(cell("amount"), unit, precision, options.maxAmountDigits());
            } catch (Numbers.Problem e) {
                throw error("amount", e.english, e.chinese);
            }
        }

        private int count(String column) {
            try {
                return Numbers.count(cell(column));
            } catch (Numbers.Problem e) {
                throw error(column, e.english, e.chinese);
            }
        }
    }
}
