package org.budgetkit.examples.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;

/**
 * JSON for {@link Finding}s, the shape of {@code budget audit --format json}:
 * {@code {"rule", "severity", "verdict", "source", "table", "row", "column", "line", "page",
 * "code", "message", "messageZh", "expected", "actual", "tolerance", "unit", "participants"}}.
 * Severity and verdict by id ({@code error}, {@code within-rounding}); expected, actual and
 * tolerance are decimal strings or null, never JSON numbers; participants are provenance
 * objects as budget-io writes them. It lives here, not in budget-io, because budget-io does not
 * depend on budget-rules.
 *
 * <p>Registered with {@link java.util.ServiceLoader}: {@code findAndRegisterModules()} finds
 * it with budget-io's module when budget-examples is on the path. Immutable and thread-safe.
 */
public final class FindingModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("rule", "severity", "verdict", "source", "table", "row", "column",
            "line", "page", "code", "message", "messageZh", "expected", "actual", "tolerance", "unit", "participants");

    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public FindingModule() {
        super("budgetkit-findings", new Version(0, 1, 0, "SNAPSHOT", "org.budgetkit", "budget-examples"));
        addSerializer(Finding.class, new Writer());
        addDeserializer(Finding.class, new Reader());
    }

    /** Writes a finding. */
    private static final class Writer extends JsonSerializer<Finding> {
        @Override
        public Class<Finding> handledType() {
            return Finding.class;
        }

        @Override
        public void serialize(Finding f, JsonGenerator g, SerializerProvider provider) throws IOException {
            Provenance at = f.location();
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("verdict", f.verdict().id());
            g.writeStringField("source", at.source());
            g.writeStringField("table", at.table());
            g.writeStringField("row", at.row());
            g.writeStringField("column", at.column());
            g.writeNumberField("line", at.line());
            g.writeNumberField("page", at.page());
            g.writeStringField("code", f.code());
            g.writeStringField("message", f.message(Locale.ENGLISH));
            g.writeStringField("messageZh", f.message(Locale.CHINESE));
            decimal(g, "expected", f.expected());
            decimal(g, "actual", f.actual());
            decimal(g, "tolerance", f.tolerance());
            g.writeStringField("unit", f.unit());
            g.writeArrayFieldStart("participants");
            for (Provenance p : f.participants()) {
                provider.defaultSerializeValue(p, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        public void serializeWithType(Finding f, JsonGenerator g, SerializerProvider provider, TypeSerializer type)
                throws IOException {
            serialize(f, g, provider);
        }

        private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
            if (v.isPresent()) {
                g.writeStringField(name, v.get().toPlainString());
            } else {
                g.writeNullField(name);
            }
        }
    }

    /** Reads a finding strictly: every field once, the right types, nothing unknown. */
    private static final class Reader extends JsonDeserializer<Finding> {
        @Override
        public Class<?> handledType() {
            return Finding.class;
        }

        @Override
        public Finding deserialize(JsonParser p, DeserializationContext c) throws IOException {
            JsonNode n = c.readTree(p);
            if (!n.isObject()) {
                return c.reportInputMismatch(Finding.class, "a finding is a JSON object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                String name = it.next().getKey();
                if (!FIELDS.contains(name)) {
                    return c.reportInputMismatch(Finding.class, "unknown field \"%s\" in a finding", name);
                }
            }
            for (String name : FIELDS) {
                if (!n.has(name)) {
                    return c.reportInputMismatch(Finding.class, "a finding without \"%s\"", name);
                }
            }
            try {
                Finding.Builder b = Finding.builder(text(n, "rule", c), Severity.ofId(text(n, "severity", c)),
                        Verdict.ofId(text(n, "verdict", c)))
                        .location(new Provenance(text(n, "source", c), text(n, "table", c), text(n, "row", c),
                                text(n, "column", c), count(n, "line", c), count(n, "page", c)))
                        .code(text(n, "code", c))
                        .values(decimal(n, "expected", c), decimal(n, "actual", c), decimal(n, "tolerance", c),
                                text(n, "unit", c))
                        .message(text(n, "message", c), text(n, "messageZh", c));
                JsonNode participants = n.get("participants");
                if (!participants.isArray()) {
                    return c.reportInputMismatch(Finding.class, "\"participants\" is an array");
                }
                for (JsonNode x : participants) {
                    b.participant(c.readTreeAsValue(x, Provenance.class));
                }
                return b.build();
            } catch (IllegalArgumentException | IllegalStateException e) {
                return c.reportInputMismatch(Finding.class, "not a valid finding: %s", e.getMessage());
            }
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext c, TypeDeserializer type)
                throws IOException {
            return deserialize(p, c);
        }

        private static String text(JsonNode n, String name, DeserializationContext c) throws IOException {
            JsonNode v = n.get(name);
            if (!v.isTextual()) {
                c.reportInputMismatch(Finding.class, "\"%s\" is a string", name);
            }
            return v.textValue();
        }

        private static int count(JsonNode n, String name, DeserializationContext c) throws IOException {
            JsonNode v = n.get(name);
            if (!v.isInt() || v.intValue() < 0) {
                c.reportInputMismatch(Finding.class, "\"%s\" is a whole number from 0", name);
            }
            return v.intValue();
        }

        private static BigDecimal decimal(JsonNode n, String name, DeserializationContext c) throws IOException {
            JsonNode v = n.get(name);
            if (v.isNull()) {
                return null;
            }
            String s = v.isTextual() ? v.textValue() : "";
            if (!s.matches("-?(0|[1-9][0-9]{0,39})(\\.[0-9]{1,40})?")) {
                c.reportInputMismatch(Finding.class, "\"%s\" is a plain decimal string or null", name);
            }
            return new BigDecimal(s);
        }
    }
}
