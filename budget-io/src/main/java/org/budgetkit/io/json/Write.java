package org.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.budgetkit.io.internal.Numbers;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.Percentage;

/** Writes the JSON shapes of docs/FORMATS.md: fixed field order, decimal strings, no type ids. */
final class Write {
    /** The version of the document shape. */
    static final int VERSION = 1;

    private Write() {
    }

    static void amount(JsonGenerator g, Amount a) throws IOException {
        g.writeStartObject();
        if (a.isNil()) {
            g.writeBooleanField("nil", true);
            g.writeStringField("unit", a.unit().symbol());
        } else {
            g.writeStringField("value", Numbers.text(a));
            g.writeStringField("unit", a.unit().symbol());
            if (a.precision().isExact()) {
                g.writeStringField("decimals", "INF");
            } else {
                g.writeNumberField("decimals", a.precision().decimals());
            }
        }
        g.writeEndObject();
    }

    static void percentage(JsonGenerator g, Percentage p) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", p.value().toPlainString());
        g.writeNumberField("decimals", p.decimals());
        g.writeEndObject();
    }

    static void coordinates(JsonGenerator g, Coordinates c) throws IOException {
        g.writeStartObject();
        for (Dimension<?> d : c.dimensions()) {
            g.writeStringField(d.id(), format(c, d));
        }
        g.writeEndObject();
    }

    private static <V> String format(Coordinates c, Dimension<V> d) {
        return d.format(c.get(d).orElseThrow());
    }

    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", p.source());
        g.writeStringField("table", p.table());
        g.writeStringField("row", p.row());
        g.writeStringField("column", p.column());
        g.writeNumberField("line", p.line());
        g.writeNumberField("page", p.page());
        g.writeEndObject();
    }

    static void fact(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeFieldName("amount");
        amount(g, f.amount());
        g.writeFieldName("coordinates");
        coordinates(g, f.coordinates());
        g.writeFieldName("provenance");
        provenance(g, f.provenance());
        g.writeEndObject();
    }

    static void facts(JsonGenerator g, FactSet facts) throws IOException {
        g.writeStartArray();
        for (Fact f : facts) {
            fact(g, f);
        }
        g.writeEndArray();
    }

    static void claim(JsonGenerator g, Claim c) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name());
        g.writeStringField("subject", c.subject());
        g.writeFieldName("coordinates");
        coordinates(g, c.coordinates());
        g.writeStringField("year", c.year().toString());
        g.writeFieldName("comparisonYear");
        nullableString(g, c.comparisonYear().map(Object::toString));
        g.writeFieldName("amount");
        nullableAmount(g, c.amount());
        g.writeFieldName("change");
        nullableAmount(g, c.change());
        g.writeFieldName("direction");
        nullableString(g, c.direction().map(Enum::name));
        g.writeFieldName("percent");
        if (c.percent().isPresent()) {
            percentage(g, c.percent().get());
        } else {
            g.writeNull();
        }
        g.writeFieldName("count");
        nullableString(g, c.count().map(v -> v.toPlainString()));
        g.writeStringField("countUnit", c.countUnit());
        g.writeFieldName("whole");
        if (c.whole().isPresent()) {
            coordinates(g, c.whole().get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("parts");
        for (Claim p : c.parts()) {
            claim(g, p);
        }
        g.writeEndArray();
        g.writeStringField("sentence", c.sentence());
        g.writeNumberField("line", c.line());
        g.writeEndObject();
    }

    private static void nullableString(JsonGenerator g, Optional<String> s) throws IOException {
        if (s.isPresent()) {
            g.writeString(s.get());
        } else {
            g.writeNull();
        }
    }

    private static void nullableAmount(JsonGenerator g, Optional<Amount> a) throws IOException {
        if (a.isPresent()) {
            amount(g, a.get());
        } else {
            g.writeNull();
        }
    }

    static void indicator(JsonGenerator g, PerformanceIndicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("table", i.table());
        g.writeStringField("level1", i.level1());
        g.writeStringField("level2", i.level2());
        g.writeStringField("name", i.name());
        g.writeStringField("target", i.target());
        g.writeNumberField("line", i.line());
        g.writeEndObject();
    }

    static void table(JsonGenerator g, Table t) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", t.number());
        g.writeStringField("title", t.title());
        g.writeStringField("kind", t.kind().name());
        g.writeStringField("template", t.template());
        g.writeStringField("unit", t.unit().symbol());
        g.writeNumberField("line", t.line());
        g.writeNumberField("page", t.page());
        g.writeArrayFieldStart("columns");
        for (String c : t.columns()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (Table.Row r : t.rows()) {
            g.writeStartObject();
            g.writeStringField("label", r.label());
            g.writeStringField("code", r.code());
            g.writeFieldName("coordinates");
            coordinates(g, r.coordinates());
            g.writeNumberField("line", r.line());
            g.writeNumberField("page", r.page());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unplaced");
        for (Table.RawFigure f : t.unplaced()) {
            g.writeStartObject();
            g.writeStringField("row", f.row());
            g.writeStringField("column", f.column());
            g.writeStringField("text", f.text());
            g.writeNumberField("line", f.line());
            g.writeNumberField("page", f.page());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void document(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("version", VERSION);
        g.writeStringField("source", d.source());
        g.writeStringField("title", d.title());
        g.writeStringField("department", d.department().name());
        g.writeStringField("year", d.year().toString());
        g.writeStringField("phase", d.phase().name());
        g.writeStringField("unit", d.unit().symbol());
        g.writeStringField("convention", d.convention().name());
        g.writeArrayFieldStart("units");
        for (BudgetUnit u : d.units()) {
            g.writeString(u.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tables");
        for (Table t : d.tables()) {
            table(g, t);
        }
        g.writeEndArray();
        g.writeFieldName("facts");
        facts(g, d.facts());
        g.writeArrayFieldStart("claims");
        for (Claim c : d.claims()) {
            claim(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (PerformanceIndicator i : d.indicators()) {
            indicator(g, i);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
