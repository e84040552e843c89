package org.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.budgetkit.io.internal.Numbers;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Project;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;

/**
 * The Jackson module for budgetkit's model: serializers and deserializers for {@link Amount},
 * {@link Percentage}, {@link Coordinates}, {@link Provenance}, {@link Fact}, {@link FactSet},
 * {@link Claim}, {@link PerformanceIndicator}, {@link Document} (and a serializer for
 * {@link Table}, which is only read as part of its document), and the text forms of
 * {@link FiscalYear}, {@link BudgetUnit}, {@link FunctionCode}, {@link EconomicCode},
 * {@link Project}, {@link Precision} and {@link AmountUnit} (by symbol, {@code 万元}).
 *
 * <p>{@code new ObjectMapper().findAndRegisterModules()} finds it (it is registered with
 * {@link java.util.ServiceLoader}), or {@code mapper.registerModule(new BudgetkitModule())}.
 * Amounts are decimal strings with their unit and decimals ({@code {"value": "1877",
 * "unit": "万元", "decimals": 0}}), never JSON numbers; no type ids or class names are ever
 * written or read, even under default typing. The shapes are documented in
 * {@code docs/FORMATS.md}. Deserializers are strict and throw {@link
 * com.fasterxml.jackson.databind.JsonMappingException}s with a location; {@link BudgetJson}
 * reads with limits and turns every error into a {@link org.budgetkit.io.BudgetFormatException}.
 *
 * <p>Immutable and thread-safe once registered.
 */
public final class BudgetkitModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public BudgetkitModule() {
        super("budgetkit", new Version(0, 1, 0, "SNAPSHOT", "org.budgetkit", "budget-io"));
        both(Amount.class, Write::amount, Read::amount);
        both(Percentage.class, Write::percentage, Read::percentage);
        both(Coordinates.class, Write::coordinates, Read::coordinates);
        both(Provenance.class, Write::provenance, Read::provenance);
        both(Fact.class, Write::fact, Read::fact);
        both(FactSet.class, Write::facts, Read::facts);
        both(Claim.class, Write::claim, Read::claim);
        both(PerformanceIndicator.class, Write::indicator, Read::indicator);
        both(Document.class, Write::document, Read::document);
        addSerializer(Table.class, new Ser<>(Table.class, Write::table));
        text(FiscalYear.class, FiscalYear::toString, FiscalYear::parse);
        text(BudgetUnit.class, BudgetUnit::toString, BudgetUnit::parse);
        text(FunctionCode.class, FunctionCode::toString, FunctionCode::parse);
        text(EconomicCode.class, EconomicCode::toString, EconomicCode::parse);
        text(Project.class, Project::toString, Project::parse);
        text(Precision.class, Precision::toString, Precision::parse);
        text(AmountUnit.class, AmountUnit::symbol, s -> {
            try {
                return Numbers.unit(s);
            } catch (Numbers.Problem e) {
                throw new IllegalArgumentException(e.english, e);
            }
        });
    }

    private <T> void both(Class<T> type, Writer<T> writer, Reader<T> reader) {
        addSerializer(type, new Ser<>(type, writer));
        addDeserializer(type, new Deser<>(type, reader));
    }

    private <T> void text(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        addSerializer(type, new Ser<>(type, (g, v) -> g.writeString(format.apply(v))));
        addDeserializer(type, new Deser<>(type, (p, c) -> {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw Read.problem(p, "expected a string for a " + type.getSimpleName(), "应为字符串");
            }
            String s = p.getText();
            T value;
            try {
                value = parse.apply(s);
            } catch (IllegalArgumentException e) {
                throw Read.problem(p, "not a " + type.getSimpleName() + ": " + e.getMessage(), "取值无效");
            }
            if (!format.apply(value).equals(s)) {
                throw Read.problem(p, "not in the form written: " + format.apply(value), "不是规范的写法："
                        + format.apply(value));
            }
            return value;
        }));
    }

    /** Writes a value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** Reads a value, the parser on its first token. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser p, DeserializationContext c) throws IOException;
    }

    /** A serializer that never writes type ids. */
    private static final class Ser<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Writer<T> writer;

        Ser(Class<T> type, Writer<T> writer) {
            this.type = type;
            this.writer = writer;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            writer.write(g, value);
        }

        @Override
        public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            // budgetkit JSON has no type ids: the shape says what a value is.
            writer.write(g, value);
        }
    }

    /** A deserializer that never reads type ids. */
    private static final class Deser<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Reader<T> reader;

        Deser(Class<T> type, Reader<T> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return reader.read(p, c);
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext c, TypeDeserializer typeDeserializer)
                throws IOException {
            return reader.read(p, c);
        }
    }
}
