package org.budgetkit.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.document.Templates;

/**
 * How a reader treats its input: the charset (detected unless declared) and the limits that
 * make hostile input fail fast instead of exhausting memory or time.
 *
 * <p>{@code ReadOptions.defaults().withMaxRows(1_000).withCharset(Charset.forName("GB18030"))}.
 * Defaults: a field at most {@value #DEFAULT_MAX_FIELD_LENGTH} characters, an amount at most
 * {@value #DEFAULT_MAX_AMOUNT_DIGITS} digits, at most {@value #DEFAULT_MAX_ROWS} rows (facts),
 * at most {@value #DEFAULT_MAX_BYTES} bytes (1 GiB), charset detected (UTF-8 with or without
 * byte order mark, else GB18030), the {@linkplain Templates#all() known table templates}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadOptions {
    /** The default longest field, in characters. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 4_096;
    /** The default most digits of an amount. */
    public static final int DEFAULT_MAX_AMOUNT_DIGITS = 40;
    /** The default most rows (facts) of one input. */
    public static final long DEFAULT_MAX_ROWS = 10_000_000L;
    /** The default largest input, in bytes: 1 GiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    private static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_AMOUNT_DIGITS,
            DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, null, Templates.all());

    private final int maxFieldLength;
    private final int maxAmountDigits;
    private final long maxRows;
    private final long maxBytes;
    private final Charset charset;
    private final List<TableTemplate> templates;

    private ReadOptions(int maxFieldLength, int maxAmountDigits, long maxRows, long maxBytes, Charset charset,
            List<TableTemplate> templates) {
        this.maxFieldLength = maxFieldLength;
        this.maxAmountDigits = maxAmountDigits;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.charset = charset;
        this.templates = templates;
    }

    /** @return the default options, never null */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** @return the longest field (CSV cell, JSON string) accepted, in characters */
    public int maxFieldLength() {
        return maxFieldLength;
    }

    /** @return the most digits an amount may have */
    public int maxAmountDigits() {
        return maxAmountDigits;
    }

    /** @return the most data rows (facts) one input may have */
    public long maxRows() {
        return maxRows;
    }

    /** @return the largest input accepted, in bytes */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return the declared charset, or empty if it is detected */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** @return the table templates a reader may name, never null */
    public List<TableTemplate> templates() {
        return templates;
    }

    /**
     * The template with this id among {@link #templates()}.
     *
     * @param id the id, not null
     * @return the template, or empty
     */
    public Optional<TableTemplate> template(String id) {
        Objects.requireNonNull(id, "id");
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * These options with another longest field.
     *
     * @param value 16 to 100,000,000 characters
     * @return the options, never null
     * @throws IllegalArgumentException if out of range
     */
    public ReadOptions withMaxFieldLength(int value) {
        check(value, 16, 100_000_000L, "maxFieldLength");
        return new ReadOptions(value, maxAmountDigits, maxRows, maxBytes, charset, templates);
    }

    /**
     * These options with another most digits of an amount.
     *
     * @param value 1 to 1,000
     * @return the options, never null
     * @throws IllegalArgumentException if out of range
     */
    public ReadOptions withMaxAmountDigits(int value) {
        check(value, 1, 1_000, "maxAmountDigits");
        return new ReadOptions(maxFieldLength, value, maxRows, maxBytes, charset, templates);
    }

    /**
     * These options with another most rows (facts).
     *
     * @param value 0 to {@code Long.MAX_VALUE}
     * @return the options, never null
     * @throws IllegalArgumentException if negative
     */
    public ReadOptions withMaxRows(long value) {
        check(value, 0, Long.MAX_VALUE, "maxRows");
        return new ReadOptions(maxFieldLength, maxAmountDigits, value, maxBytes, charset, templates);
    }

    /**
     * These options with another largest input.
     *
     * @param value 0 to {@code Long.MAX_VALUE} bytes
     * @return the options, never null
     * @throws IllegalArgumentException if negative
     */
    public ReadOptions withMaxBytes(long value) {
        check(value, 0, Long.MAX_VALUE, "maxBytes");
        return new ReadOptions(maxFieldLength, maxAmountDigits, maxRows, value, charset, templates);
    }

    /**
     * These options with a declared charset: the input is decoded strictly with it (a byte
     * order mark is skipped), nothing is detected.
     *
     * @param value the charset, not null
     * @return the options, never null
     */
    public ReadOptions withCharset(Charset value) {
        Objects.requireNonNull(value, "value");
        return new ReadOptions(maxFieldLength, maxAmountDigits, maxRows, maxBytes, value, templates);
    }

    /**
     * These options with the charset detected: UTF-8 (with or without byte order mark) unless
     * the start of the input is not UTF-8 but is GB18030.
     *
     * @return the options, never null
     */
    public ReadOptions withDetectedCharset() {
        return charset == null ? this
                : new ReadOptions(maxFieldLength, maxAmountDigits, maxRows, maxBytes, null, templates);
    }

    /**
     * These options with more table templates a reader may name (besides the known ones).
     *
     * @param extra the templates, not null; ids distinct from the others
     * @return the options, never null
     * @throws IllegalArgumentException if an id is already known
     */
    public ReadOptions withTemplates(List<TableTemplate> extra) {
        Objects.requireNonNull(extra, "extra");
        List<TableTemplate> all = new ArrayList<>(templates);
        for (TableTemplate t : extra) {
            Objects.requireNonNull(t, "template");
            if (template(t.id()).isPresent() || all.stream().anyMatch(x -> x.id().equals(t.id()))) {
                throw new IllegalArgumentException("template id already known: " + t.id());
            }
            all.add(t);
        }
        return new ReadOptions(maxFieldLength, maxAmountDigits, maxRows, maxBytes, charset, List.copyOf(all));
    }

    private static void check(long value, long min, long max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ": " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOptions r && r.maxFieldLength == maxFieldLength && r.maxAmountDigits == maxAmountDigits
                && r.maxRows == maxRows && r.maxBytes == maxBytes && Objects.equals(r.charset, charset)
                && r.templates.equals(templates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxFieldLength, maxAmountDigits, maxRows, maxBytes, charset, templates);
    }

    /** {@code ReadOptions[field ≤ 4096, amount ≤ 40 digits, rows ≤ 10000000, bytes ≤ 1073741824, charset detected]}. */
    @Override
    public String toString() {
        return "ReadOptions[field ≤ " + maxFieldLength + ", amount ≤ " + maxAmountDigits + " digits, rows ≤ " + maxRows
                + ", bytes ≤ " + maxBytes + ", charset " + (charset == null ? "detected" : charset.name()) + ", "
                + templates.size() + " templates]";
    }
}
