package org.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.internal.DimensionValues;
import org.budgetkit.io.internal.Numbers;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableKind;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.model.money.RoundingConvention;

/**
 * Reads the JSON shapes of docs/FORMATS.md strictly: every field once, no unknown field, the
 * right JSON type (amounts are strings, never numbers), values in the exact form the writer
 * writes. Every refusal is a {@link JsonProblem} at the offending token.
 */
final class Read {
    /** Context attribute: the {@link ReadOptions} of the read. */
    static final String OPTIONS = "org.budgetkit.io.json.options";
    private static final String VALUES = "org.budgetkit.io.json.values";
    private static final List<String> AMOUNT_FIELDS = List.of("value", "unit", "decimals", "nil");
    private static final List<String> PERCENTAGE_FIELDS = List.of("value", "decimals");
    private static final List<String> PROVENANCE_FIELDS = List.of("source", "table", "row", "column", "line", "page");
    private static final List<String> FACT_FIELDS = List.of("amount", "coordinates", "provenance");
    private static final List<String> INDICATOR_FIELDS = List.of("table", "level1", "level2", "name", "target", "line");
    private static final List<String> ROW_FIELDS = List.of("label", "code", "coordinates", "line", "page");
    private static final List<String> RAW_FIELDS = List.of("row", "column", "text", "line", "page");

    private Read() {
    }

    static ReadOptions options(DeserializationContext c) {
        Object o = c.getAttribute(OPTIONS);
        return o instanceof ReadOptions r ? r : ReadOptions.defaults();
    }

    private static DimensionValues values(DeserializationContext c) {
        Object o = c.getAttribute(VALUES);
        if (o instanceof DimensionValues v) {
            return v;
        }
        DimensionValues v = new DimensionValues();
        c.setAttribute(VALUES, v);
        return v;
    }

    // ------------------------------------------------------------------ helpers

    static JsonProblem problem(JsonParser p, String english, String chinese) throws IOException {
        JsonToken t = p.currentToken();
        String text = t == null ? "" : t.isScalarValue() || t == JsonToken.FIELD_NAME ? p.getText() : t.asString();
        return new JsonProblem(p, english, chinese, text);
    }

    private static JsonProblem missing(JsonParser p, JsonLocation at, String field, String what) {
        return new JsonProblem(p, at, what + " without \"" + field + "\"", what + "缺少字段“" + field + "”", field);
    }

    private static void start(JsonParser p, JsonToken token, String english, String chinese) throws IOException {
        if (p.currentToken() != token) {
            throw problem(p, "expected " + english, "应为" + chinese);
        }
    }

    private static int once(JsonParser p, int seen, int bit, String name) throws IOException {
        if ((seen & bit) != 0) {
            throw new JsonProblem(p, "field \"" + name + "\" twice", "字段“" + name + "”重复", name);
        }
        return seen | bit;
    }

    private static JsonProblem unknown(JsonParser p, String name, String what) {
        return new JsonProblem(p, "unknown field \"" + name + "\" in " + what, what + "中有未知字段“" + name + "”",
                name);
    }

    private static String string(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(p, "\"" + field + "\" must be a string", "“" + field + "”应为字符串");
        }
        return p.getText();
    }

    private static String nullableString(JsonParser p, String field) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : string(p, field);
    }

    private static int count(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() < 0) {
            throw problem(p, "\"" + field + "\" must be a whole number from 0 to " + Integer.MAX_VALUE,
                    "“" + field + "”应为 0 到 " + Integer.MAX_VALUE + " 的整数");
        }
        return p.getIntValue();
    }

    private static <E extends Enum<E>> E constant(JsonParser p, Class<E> type, String field) throws IOException {
        String s = string(p, field);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw problem(p, "unknown " + type.getSimpleName() + " \"" + s + "\"", "未知的取值“" + s + "”");
    }

    private static AmountUnit unit(JsonParser p, String field) throws IOException {
        String s = string(p, field);
        try {
            return Numbers.unit(s);
        } catch (Numbers.Problem e) {
            throw problem(p, e.english, e.chinese);
        }
    }

    private static FiscalYear year(JsonParser p, String field) throws IOException {
        String s = string(p, field);
        try {
            FiscalYear y = FiscalYear.parse(s);
            if (!y.toString().equals(s)) {
                throw new IllegalArgumentException("written " + y);
            }
            return y;
        } catch (IllegalArgumentException e) {
            throw problem(p, "not a fiscal year (written 2023): " + e.getMessage(), "不是年度（应写作 2023）");
        }
    }

    /** Reads the elements of an array, the parser on its start; each element starts on the current token. */
    private interface Element {
        void read() throws IOException;
    }

    private static void array(JsonParser p, String field, Element element) throws IOException {
        start(p, JsonToken.START_ARRAY, "an array for \"" + field + "\"", "“" + field + "”为数组");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            element.read();
        }
    }

    // ------------------------------------------------------------------ values

    static Amount amount(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "an amount {\"value\": \"1877\", \"unit\": \"万元\", \"decimals\": 0}",
                "金额对象 {\"value\": \"1877\", \"unit\": \"万元\", \"decimals\": 0}");
        JsonLocation at = p.currentTokenLocation();
        String value = null;
        JsonLocation valueAt = null;
        AmountUnit unit = null;
        Precision precision = null;
        boolean nil = false;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!AMOUNT_FIELDS.contains(name)) {
                throw unknown(p, name, "an amount");
            }
            p.nextToken();
            switch (name) {
                case "value" -> {
                    seen = once(p, seen, 1, name);
                    if (p.currentToken().isNumeric()) {
                        throw problem(p, "amounts are decimal strings (\"1877\"), never JSON numbers",
                                "金额应为十进制字符串（\"1877\"），不能是 JSON 数字");
                    }
                    value = string(p, name);
                    valueAt = p.currentTokenLocation();
                }
                case "unit" -> {
                    seen = once(p, seen, 2, name);
                    unit = unit(p, name);
                }
                case "decimals" -> {
                    seen = once(p, seen, 4, name);
                    precision = decimals(p);
                }
                case "nil" -> {
                    seen = once(p, seen, 8, name);
                    if (p.currentToken() != JsonToken.VALUE_TRUE) {
                        throw problem(p, "\"nil\" is true or absent", "“nil”只能为 true 或省略");
                    }
                    nil = true;
                }
                default -> throw unknown(p, name, "an amount");
            }
        }
        if (unit == null) {
            throw missing(p, at, "unit", "amount");
        }
        if (nil) {
            if (value != null || precision != null) {
                throw new JsonProblem(p, at, "a nil amount has only \"nil\" and \"unit\"", "空金额只有“nil”和“unit”字段",
                        "nil");
            }
            return Amount.nil(unit);
        }
        if (value == null) {
            throw missing(p, at, "value", "amount");
        }
        if (precision == null) {
            throw missing(p, at, "decimals", "amount");
        }
        try {
            return Numbers.amount(value, unit, precision, options(c).maxAmountDigits());
        } catch (Numbers.Problem e) {
            throw new JsonProblem(p, valueAt, e.english, e.chinese, value);
        }
    }

    private static Precision decimals(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING && p.getText().equals("INF")) {
            return Precision.exact();
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                && p.getIntValue() >= Precision.MIN_DECIMALS && p.getIntValue() <= Precision.MAX_DECIMALS) {
            return Precision.decimals(p.getIntValue());
        }
        throw problem(p, "\"decimals\" is a whole number from " + Precision.MIN_DECIMALS + " to "
                + Precision.MAX_DECIMALS + " or \"INF\"", "“decimals”应为 " + Precision.MIN_DECIMALS + " 到 "
                + Precision.MAX_DECIMALS + " 的整数或 \"INF\"");
    }

    static Percentage percentage(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a percentage {\"value\": \"33\", \"decimals\": 0}",
                "百分比对象 {\"value\": \"33\", \"decimals\": 0}");
        JsonLocation at = p.currentTokenLocation();
        String value = null;
        JsonLocation valueAt = null;
        int decimals = -1;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!PERCENTAGE_FIELDS.contains(name)) {
                throw unknown(p, name, "a percentage");
            }
            p.nextToken();
            switch (name) {
                case "value" -> {
                    seen = once(p, seen, 1, name);
                    value = string(p, name);
                    valueAt = p.currentTokenLocation();
                }
                case "decimals" -> {
                    seen = once(p, seen, 2, name);
                    decimals = count(p, name);
                    if (decimals > Precision.MAX_DECIMALS) {
                        throw problem(p, "\"decimals\" of a percentage is from 0 to " + Precision.MAX_DECIMALS,
                                "百分比的小数位数应为 0 到 " + Precision.MAX_DECIMALS);
                    }
                }
                default -> throw unknown(p, name, "a percentage");
            }
        }
        if (value == null) {
            throw missing(p, at, "value", "percentage");
        }
        if (decimals < 0) {
            throw missing(p, at, "decimals", "percentage");
        }
        try {
            BigDecimal v = Numbers.plainDecimal(value, options(c).maxAmountDigits());
            Percentage result = Percentage.of(v, decimals);
            if (!result.value().toPlainString().equals(value)) {
                throw new JsonProblem(p, valueAt, "the percentage is not written with its " + decimals + " decimals",
                        "百分比的小数位与声明的小数位数（" + decimals + "）不一致", value);
            }
            return result;
        } catch (Numbers.Problem e) {
            throw new JsonProblem(p, valueAt, e.english, e.chinese, value);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(p, valueAt, e.getMessage(), "百分比超出其小数位数", value);
        }
    }

    static Coordinates coordinates(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "coordinates {\"flow\": \"EXPENDITURE\", …}", "坐标对象");
        Coordinates out = Coordinates.empty();
        DimensionValues values = values(c);
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Dimension<?> d = null;
            for (Dimension<?> x : Dimension.all()) {
                if (x.id().equals(name)) {
                    d = x;
                }
            }
            if (d == null) {
                throw new JsonProblem(p, "unknown dimension \"" + name + "\"", "未知的维度“" + name + "”", name);
            }
            p.nextToken();
            seen = once(p, seen, 1 << d.index(), name);
            out = with(p, out, d, string(p, name), values);
        }
        return out;
    }

    private static <V> Coordinates with(JsonParser p, Coordinates c, Dimension<V> d, String text,
            DimensionValues values) throws IOException {
        try {
            return c.with(d, values.parse(d, text));
        } catch (IllegalArgumentException e) {
            throw problem(p, "unknown " + d.englishName() + ": " + e.getMessage(), "未知的" + d.chineseName());
        }
    }

    static Provenance provenance(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a provenance {\"source\", \"table\", \"row\", \"column\", \"line\", \"page\"}",
                "出处对象");
        JsonLocation at = p.currentTokenLocation();
        String[] labels = new String[4];
        int line = 0;
        int page = 0;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!PROVENANCE_FIELDS.contains(name)) {
                throw unknown(p, name, "a provenance");
            }
            p.nextToken();
            switch (name) {
                case "source" -> {
                    seen = once(p, seen, 1, name);
                    labels[0] = string(p, name);
                }
                case "table" -> {
                    seen = once(p, seen, 2, name);
                    labels[1] = string(p, name);
                }
                case "row" -> {
                    seen = once(p, seen, 4, name);
                    labels[2] = string(p, name);
                }
                case "column" -> {
                    seen = once(p, seen, 8, name);
                    labels[3] = string(p, name);
                }
                case "line" -> {
                    seen = once(p, seen, 16, name);
                    line = count(p, name);
                }
                case "page" -> {
                    seen = once(p, seen, 32, name);
                    page = count(p, name);
                }
                default -> throw unknown(p, name, "a provenance");
            }
        }
        for (int i = 0; i < PROVENANCE_FIELDS.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, PROVENANCE_FIELDS.get(i), "provenance");
            }
        }
        try {
            return new Provenance(labels[0], labels[1], labels[2], labels[3], line, page);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(p, at, e.getMessage(), "表名、行名、列名须各占一行", labels[2]);
        }
    }

    static Fact fact(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a fact {\"amount\", \"coordinates\", \"provenance\"}", "数据对象");
        JsonLocation at = p.currentTokenLocation();
        Amount amount = null;
        Coordinates coordinates = null;
        Provenance provenance = null;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!FACT_FIELDS.contains(name)) {
                throw unknown(p, name, "a fact");
            }
            p.nextToken();
            switch (name) {
                case "amount" -> {
                    seen = once(p, seen, 1, name);
                    amount = amount(p, c);
                }
                case "coordinates" -> {
                    seen = once(p, seen, 2, name);
                    coordinates = coordinates(p, c);
                }
                case "provenance" -> {
                    seen = once(p, seen, 4, name);
                    provenance = provenance(p, c);
                }
                default -> throw unknown(p, name, "a fact");
            }
        }
        if (amount == null) {
            throw missing(p, at, "amount", "fact");
        }
        if (coordinates == null) {
            throw missing(p, at, "coordinates", "fact");
        }
        if (provenance == null) {
            throw missing(p, at, "provenance", "fact");
        }
        for (Dimension<?> d : Dimension.all()) {
            if (d.isRequired() && !coordinates.has(d)) {
                throw new JsonProblem(p, at, "a fact needs a " + d.id() + " in its coordinates",
                        "数据的坐标须有" + d.chineseName(), d.id());
            }
        }
        return Fact.of(amount, coordinates, provenance);
    }

    /** Reads an array of facts, refusing more than the row limit and repeated facts. */
    static List<Fact> factList(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_ARRAY, "an array of facts", "数据数组");
        long max = options(c).maxRows();
        List<Fact> out = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            if (out.size() >= max) {
                throw problem(p, "more than " + max + " facts", "数据条数超过 " + max);
            }
            Fact f = fact(p, c);
            Integer before = seen.putIfAbsent(new Key(f.coordinates(), f.provenance()), at.getLineNr());
            if (before != null) {
                throw new JsonProblem(p, at, "duplicate fact: same coordinates and provenance as the fact at line "
                        + before, "重复的数据：坐标和出处与第 " + before + " 行的数据相同", f.toString());
            }
            out.add(f);
        }
        return out;
    }

    static FactSet facts(JsonParser p, DeserializationContext c) throws IOException {
        return FactSet.of(factList(p, c));
    }

    /** What makes two facts duplicates. */
    private record Key(Coordinates coordinates, Provenance provenance) {
    }

    static PerformanceIndicator indicator(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a performance indicator", "绩效指标对象");
        JsonLocation at = p.currentTokenLocation();
        String[] s = new String[5];
        List<String> names = INDICATOR_FIELDS;
        int line = 0;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = names.indexOf(name);
            if (k < 0) {
                throw unknown(p, name, "a performance indicator");
            }
            p.nextToken();
            seen = once(p, seen, 1 << k, name);
            if (k == 5) {
                line = count(p, name);
            } else {
                s[k] = string(p, name);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, names.get(i), "performance indicator");
            }
        }
        try {
            return new PerformanceIndicator(s[0], s[1], s[2], s[3], s[4], line);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(p, at, e.getMessage(), "绩效指标须有名称", s[3]);
        }
    }

    private static final List<String> CLAIM_FIELDS = List.of("kind", "subject", "coordinates", "year",
            "comparisonYear", "amount", "change", "direction", "percent", "count", "countUnit", "whole", "parts",
            "sentence", "line");

    static Claim claim(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a claim", "陈述对象");
        JsonLocation at = p.currentTokenLocation();
        Claim.Kind kind = null;
        String subject = null;
        Coordinates coordinates = null;
        FiscalYear year = null;
        FiscalYear comparisonYear = null;
        Amount amount = null;
        Amount change = null;
        Claim.Direction direction = null;
        Percentage percent = null;
        BigDecimal count = null;
        String countUnit = null;
        Coordinates whole = null;
        List<Claim> parts = new ArrayList<>();
        String sentence = null;
        int line = 0;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = CLAIM_FIELDS.indexOf(name);
            if (k < 0) {
                throw unknown(p, name, "a claim");
            }
            p.nextToken();
            seen = once(p, seen, 1 << k, name);
            boolean isNull = p.currentToken() == JsonToken.VALUE_NULL;
            switch (name) {
                case "kind" -> kind = constant(p, Claim.Kind.class, name);
                case "subject" -> subject = string(p, name);
                case "coordinates" -> coordinates = coordinates(p, c);
                case "year" -> year = year(p, name);
                case "comparisonYear" -> comparisonYear = isNull ? null : year(p, name);
                case "amount" -> amount = isNull ? null : amount(p, c);
                case "change" -> change = isNull ? null : amount(p, c);
                case "direction" -> direction = isNull ? null : constant(p, Claim.Direction.class, name);
                case "percent" -> percent = isNull ? null : percentage(p, c);
                case "count" -> {
                    String text = nullableString(p, name);
                    try {
                        count = text == null ? null : Numbers.plainDecimal(text, options(c).maxAmountDigits());
                    } catch (Numbers.Problem e) {
                        throw problem(p, e.english, e.chinese);
                    }
                }
                case "countUnit" -> countUnit = string(p, name);
                case "whole" -> whole = isNull ? null : coordinates(p, c);
                case "parts" -> array(p, name, () -> parts.add(claim(p, c)));
                case "sentence" -> sentence = string(p, name);
                default -> line = count(p, name);
            }
        }
        for (int i = 0; i < CLAIM_FIELDS.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, CLAIM_FIELDS.get(i), "claim");
            }
        }
        try {
            Claim.Builder b = Claim.builder(kind, subject, year).coordinates(coordinates);
            if (!subject.equals(subject.strip())) {
                throw new IllegalArgumentException("a subject has no surrounding white space");
            }
            if (amount != null) {
                b.amount(amount);
            }
            if (whole != null && percent == null) {
                // A share whose percent a later change removed: the order the builder needs.
                b.share(whole, Percentage.of(BigDecimal.ZERO, 0));
            }
            if (direction != null) {
                if (comparisonYear == null) {
                    throw new IllegalArgumentException("a change needs its comparisonYear");
                }
                b.change(comparisonYear, direction, change, percent);
            } else if (comparisonYear != null || change != null) {
                throw new IllegalArgumentException("comparisonYear and change need a direction");
            } else if (percent != null && whole == null) {
                throw new IllegalArgumentException("a percent belongs to a change or a share");
            }
            if (whole != null && percent != null) {
                b.share(whole, percent);
            }
            if (count != null) {
                b.count(count, countUnit);
            } else if (!countUnit.isEmpty()) {
                throw new IllegalArgumentException("a countUnit without a count");
            }
            parts.forEach(b::part);
            b.source(sentence, line);
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new JsonProblem(p, at, "not a valid claim: " + e.getMessage(), "陈述不完整或不一致", subject);
        }
    }

    // ------------------------------------------------------------------ document

    /** A table as read, built once the document's metadata is known. */
    private record TableData(JsonLocation at, String number, String title, TableKind kind, String template,
            AmountUnit unit, int line, int page, List<String> columns, List<Table.Row> rows,
            List<Table.RawFigure> unplaced) {
    }

    private static final List<String> TABLE_FIELDS = List.of("number", "title", "kind", "template", "unit", "line",
            "page", "columns", "rows", "unplaced");

    private static TableData table(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a table", "表格对象");
        JsonLocation at = p.currentTokenLocation();
        String[] s = new String[3];
        TableKind kind = null;
        AmountUnit unit = null;
        int line = 0;
        int page = 0;
        List<String> columns = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        List<Table.RawFigure> unplaced = new ArrayList<>();
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = TABLE_FIELDS.indexOf(name);
            if (k < 0) {
                throw unknown(p, name, "a table");
            }
            p.nextToken();
            seen = once(p, seen, 1 << k, name);
            switch (name) {
                case "number" -> s[0] = string(p, name);
                case "title" -> s[1] = string(p, name);
                case "kind" -> kind = constant(p, TableKind.class, name);
                case "template" -> s[2] = string(p, name);
                case "unit" -> unit = unit(p, name);
                case "line" -> line = count(p, name);
                case "page" -> page = count(p, name);
                case "columns" -> array(p, name, () -> columns.add(string(p, "columns")));
                case "rows" -> array(p, name, () -> rows.add(row(p, c)));
                default -> array(p, name, () -> unplaced.add(raw(p)));
            }
        }
        for (int i = 0; i < TABLE_FIELDS.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, TABLE_FIELDS.get(i), "table");
            }
        }
        return new TableData(at, s[0], s[1], kind, s[2], unit, line, page, columns, rows, unplaced);
    }

    private static Table.Row row(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a row {\"label\", \"code\", \"coordinates\", \"line\", \"page\"}", "行对象");
        JsonLocation at = p.currentTokenLocation();
        String label = null;
        String code = null;
        Coordinates coordinates = null;
        int line = 0;
        int page = 0;
        int seen = 0;
        List<String> names = ROW_FIELDS;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = names.indexOf(name);
            if (k < 0) {
                throw unknown(p, name, "a row");
            }
            p.nextToken();
            seen = once(p, seen, 1 << k, name);
            switch (k) {
                case 0 -> label = string(p, name);
                case 1 -> code = string(p, name);
                case 2 -> coordinates = coordinates(p, c);
                case 3 -> line = count(p, name);
                default -> page = count(p, name);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, names.get(i), "row");
            }
        }
        return new Table.Row(label, code, coordinates, line, page);
    }

    private static Table.RawFigure raw(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT, "an unplaced figure {\"row\", \"column\", \"text\", \"line\", \"page\"}",
                "无法归位的数字对象");
        JsonLocation at = p.currentTokenLocation();
        String[] s = new String[3];
        int line = 0;
        int page = 0;
        int seen = 0;
        List<String> names = RAW_FIELDS;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = names.indexOf(name);
            if (k < 0) {
                throw unknown(p, name, "an unplaced figure");
            }
            p.nextToken();
            seen = once(p, seen, 1 << k, name);
            if (k < 3) {
                s[k] = string(p, name);
            } else if (k == 3) {
                line = count(p, name);
            } else {
                page = count(p, name);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, names.get(i), "unplaced figure");
            }
        }
        return new Table.RawFigure(s[0], s[1], s[2], line, page);
    }

    private static final List<String> DOCUMENT_FIELDS = List.of("version", "source", "title", "department", "year",
            "phase", "unit", "convention", "units", "tables", "facts", "claims", "indicators");

    static Document document(JsonParser p, DeserializationContext c) throws IOException {
        start(p, JsonToken.START_OBJECT, "a document", "文档对象");
        JsonLocation at = p.currentTokenLocation();
        String source = null;
        String title = null;
        String department = null;
        JsonLocation departmentAt = at;
        FiscalYear year = null;
        Phase phase = null;
        AmountUnit unit = null;
        RoundingConvention convention = null;
        List<String> units = new ArrayList<>();
        List<JsonLocation> unitsAt = new ArrayList<>();
        List<TableData> tables = new ArrayList<>();
        List<Fact> facts = List.of();
        List<Claim> claims = new ArrayList<>();
        List<PerformanceIndicator> indicators = new ArrayList<>();
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = DOCUMENT_FIELDS.indexOf(name);
            if (k < 0) {
                throw unknown(p, name, "a document");
            }
            p.nextToken();
            seen = once(p, seen, 1 << k, name);
            switch (name) {
                case "version" -> {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() != Write.VERSION) {
                        throw problem(p, "unsupported version (this reader reads version " + Write.VERSION + ")",
                                "不支持的版本（本程序读取第 " + Write.VERSION + " 版）");
                    }
                }
                case "source" -> source = string(p, name);
                case "title" -> title = string(p, name);
                case "department" -> {
                    department = string(p, name);
                    departmentAt = p.currentTokenLocation();
                }
                case "year" -> year = year(p, name);
                case "phase" -> phase = constant(p, Phase.class, name);
                case "unit" -> unit = unit(p, name);
                case "convention" -> convention = constant(p, RoundingConvention.class, name);
                case "units" -> array(p, name, () -> {
                    units.add(string(p, "units"));
                    unitsAt.add(p.currentTokenLocation());
                });
                case "tables" -> array(p, name, () -> tables.add(table(p, c)));
                case "facts" -> facts = factList(p, c);
                case "claims" -> array(p, name, () -> claims.add(claim(p, c)));
                default -> array(p, name, () -> indicators.add(indicator(p, c)));
            }
        }
        for (int i = 0; i < DOCUMENT_FIELDS.size(); i++) {
            if ((seen & (1 << i)) == 0) {
                throw missing(p, at, DOCUMENT_FIELDS.get(i), "document");
            }
        }
        Document.Builder b;
        try {
            b = Document.builder(department, year, phase);
            if (!b.department().name().equals(department)) {
                throw new IllegalArgumentException("a department name has no surrounding white space");
            }
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(p, departmentAt, "not a department name: " + e.getMessage(), "部门名称无效",
                    department);
        }
        b.source(source).title(title).unit(unit).convention(convention);
        for (int i = 0; i < units.size(); i++) {
            try {
                BudgetUnit u = BudgetUnit.unit(department, units.get(i));
                if (!u.name().equals(units.get(i)) || units.subList(0, i).contains(units.get(i))) {
                    throw new IllegalArgumentException("listed twice, or with surrounding white space");
                }
                b.addUnit(units.get(i));
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(p, unitsAt.get(i), "not a unit name: " + e.getMessage(), "单位名称无效",
                        units.get(i));
            }
        }
        ReadOptions options = options(c);
        for (TableData t : tables) {
            TableTemplate template = options.template(t.template()).orElseThrow(() -> new JsonProblem(p, t.at(),
                    "unknown table template \"" + t.template() + "\"", "未知的表格模板“" + t.template() + "”",
                    t.template()));
            List<String> labels = template.columns().stream().map(TableTemplate.Column::label).toList();
            if (template.kind() != t.kind() || !labels.equals(t.columns())) {
                throw new JsonProblem(p, t.at(), "kind or columns differ from template " + template.id(),
                        "表格类型或列与模板 " + template.id() + " 不一致", t.number());
            }
            try {
                Table.Builder tb = b.table(template, t.number(), t.title(), t.unit(), t.line(), t.page());
                t.rows().forEach(tb::layout);
                for (Table.RawFigure f : t.unplaced()) {
                    tb.page(f.page()).unplaced(f.row(), f.column(), f.text(), f.line());
                }
                // The builder's page is the table's page when it is built.
                tb.page(t.page());
                tb.build();
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(p, t.at(), "cannot add table: " + e.getMessage(), "无法添加表格（表号为空或重复）",
                        t.number());
            }
        }
        facts.forEach(b::fact);
        claims.forEach(b::claim);
        indicators.forEach(b::indicator);
        return b.build();
    }
}
