package org.budgetkit.io.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.internal.Errors;
import org.budgetkit.io.internal.TextInput;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.FactSet;

/**
 * Reads and writes budgetkit JSON with {@link BudgetkitModule}: documents, fact sets, facts,
 * amounts, claims. Writing is deterministic (two-space indent, {@code \n}, fixed field order),
 * so a value written, read and written again gives the same bytes. Reading detects the charset
 * (UTF-8 with or without byte order mark, else GB18030), holds to the {@link ReadOptions}
 * limits (a field, a number and the input's size; the facts of a fact set or document count
 * as rows) and turns every problem into a {@link BudgetFormatException} with line and column
 * (the character column, from 1).
 *
 * <p>{@code BudgetJson.readDocument(BudgetJson.toBytes(doc), "doc.json", ReadOptions.defaults())}
 * equals {@code doc}. Immutable and thread-safe.
 */
public final class BudgetJson {
    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final int MAX_DEPTH = 200;
    private static volatile Cached cached;

    /** The parser factory of the options last used. */
    private record Cached(ReadOptions options, JsonFactory factory) {
    }

    private BudgetJson() {
    }

    /**
     * A new mapper with {@link BudgetkitModule} registered, pretty printing as budgetkit writes
     * (two spaces, {@code \n}), refusing trailing tokens. The caller owns it.
     *
     * @return the mapper, never null
     */
    public static ObjectMapper newMapper() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new BudgetkitModule());
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        m.setDefaultPrettyPrinter(printer);
        m.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        return m;
    }

    /**
     * Writes a value (a document, a fact set, any model type the module knows, or any value Jackson
     * writes with it) as JSON text.
     *
     * @param value the value, not null
     * @return the JSON, never null
     * @throws UncheckedIOException if Jackson cannot write the value
     */
    public static String write(Object value) {
        return new String(toBytes(value), StandardCharsets.UTF_8);
    }

    /**
     * Writes a value as UTF-8 JSON bytes.
     *
     * @param value the value, not null
     * @return the bytes, never null
     * @throws UncheckedIOException if Jackson cannot write the value
     */
    public static byte[] toBytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toByteArray();
    }

    /**
     * Writes a value as UTF-8 JSON to a stream.
     *
     * @param value the value, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try {
            WRITER.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document.
     *
     * @param bytes the JSON, not null
     * @param source the source name for messages, not null
     * @param options limits and charset, not null
     * @return the document, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static Document readDocument(byte[] bytes, String source, ReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        return read(new ByteArrayInputStream(bytes), source, Document.class, options);
    }

    /**
     * Reads a fact set (a JSON array of facts).
     *
     * @param bytes the JSON, not null
     * @param source the source name for messages, not null
     * @param options limits and charset, not null
     * @return the facts in order, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static FactSet readFacts(byte[] bytes, String source, ReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        return read(new ByteArrayInputStream(bytes), source, FactSet.class, options);
    }

    /**
     * Reads a value of a model type from JSON text (default limits).
     *
     * @param <T> the type
     * @param json the JSON, not null
     * @param source the source name for messages, not null
     * @param type the type, such as {@code Document.class}, not null
     * @return the value, never null
     * @throws BudgetFormatException naming line and column of the first problem
     */
    public static <T> T read(CharSequence json, String source, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(new StringReader(json.toString()), source, type, ReadOptions.defaults());
    }

    /**
     * Reads a value of a model type from bytes, detecting the charset unless declared.
     *
     * @param <T> the type
     * @param in the bytes, not null; closed when done
     * @param source the source name for messages, not null
     * @param type the type, such as {@code FactSet.class}, not null
     * @param options limits and charset, not null
     * @return the value, never null
     * @throws BudgetFormatException naming line and column of the first problem
     * @throws UncheckedIOException if reading fails
     */
    public static <T> T read(InputStream in, String source, Class<T> type, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        return read(TextInput.open(in, source, options), source, type, options);
    }

    /**
     * Reads a value of a model type from characters.
     *
     * @param <T> the type
     * @param in the characters, not null; closed when done
     * @param source the source name for messages, not null
     * @param type the type, not null
     * @param options limits, not null
     * @return the value, never null
     * @throws BudgetFormatException naming line and column of the first problem
     * @throws UncheckedIOException if reading fails
     */
    public static <T> T read(Reader in, String source, Class<T> type, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        ObjectReader reader = MAPPER.readerFor(type).withAttribute(Read.OPTIONS, options);
        try (JsonParser p = factory(options).createParser(in)) {
            try {
                if (p.nextToken() == null) {
                    throw Errors.at(source, 1, 0, "", "empty input", "输入为空");
                }
                T value = reader.readValue(p);
                if (value == null) {
                    throw Errors.at(source, 1, 1, "null", "null is not a " + type.getSimpleName(),
                            "null 不是有效的值");
                }
                return value;
            } catch (JsonProblem e) {
                JsonLocation at = e.getLocation();
                throw Errors.at(source, line(at, p), column(at), e.text(), e.english(), e.chinese(), e);
            } catch (StreamConstraintsException e) {
                JsonLocation at = p.currentLocation();
                throw Errors.at(source, line(at, p), column(at), "", "input over a limit: " + e.getOriginalMessage(),
                        "输入超出限制（字段长度、数字长度或嵌套深度）", e);
            } catch (JacksonException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw Errors.at(source, line(at, p), column(at), "", "malformed JSON: " + e.getOriginalMessage(),
                        "JSON 格式错误", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(JsonLocation at, JsonParser p) {
        int line = at == null ? -1 : at.getLineNr();
        if (line < 1) {
            line = p.currentLocation().getLineNr();
        }
        return Math.max(1, line);
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    private static JsonFactory factory(ReadOptions options) {
        Cached c = cached;
        if (c != null && c.options().equals(options)) {
            return c.factory();
        }
        JsonFactory f;
        // Numbers in budgetkit JSON are small integers (decimals, lines, pages): anything longer
        // than an amount's digits is refused while it is being tokenised, never parsed.
        f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(options.maxFieldLength())
                        .maxNameLength(Math.min(options.maxFieldLength(), 1_000))
                        .maxNumberLength(options.maxAmountDigits() + 2)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(options.maxBytes() == Long.MAX_VALUE ? -1 : options.maxBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        f.setCodec(MAPPER);
        cached = new Cached(options, f);
        return f;
    }
}
