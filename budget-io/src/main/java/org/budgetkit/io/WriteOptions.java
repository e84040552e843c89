package org.budgetkit.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a CSV writer encodes its output: the charset (UTF-8 unless set), whether a byte order
 * mark leads (some spreadsheets need one to read UTF-8 Chinese), and the line separator
 * ({@code \n} unless set; {@code \r\n} is the other choice).
 *
 * <p>{@code WriteOptions.defaults().withByteOrderMark(true).withLineSeparator("\r\n")} suits
 * Excel on Windows; {@code withCharset(Charset.forName("GB18030"))} suits tools that expect
 * the national encoding. Readers accept every combination. Immutable and thread-safe.
 */
public final class WriteOptions {
    private static final WriteOptions DEFAULTS = new WriteOptions(StandardCharsets.UTF_8, false, "\n");

    private final Charset charset;
    private final boolean byteOrderMark;
    private final String lineSeparator;

    private WriteOptions(Charset charset, boolean byteOrderMark, String lineSeparator) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.lineSeparator = lineSeparator;
    }

    /** @return UTF-8, no byte order mark, {@code \n}; never null */
    public static WriteOptions defaults() {
        return DEFAULTS;
    }

    /** @return the charset, never null */
    public Charset charset() {
        return charset;
    }

    /** @return whether a byte order mark is written first */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** @return the line separator, {@code \n} or {@code \r\n}, never null */
    public String lineSeparator() {
        return lineSeparator;
    }

    /**
     * These options with another charset.
     *
     * @param value UTF-8, GB18030 or GBK (any charset that encodes every character written), not null
     * @return the options, never null
     * @throws IllegalArgumentException if the charset cannot encode
     */
    public WriteOptions withCharset(Charset value) {
        Objects.requireNonNull(value, "value");
        if (!value.canEncode()) {
            throw new IllegalArgumentException("cannot encode with " + value);
        }
        return new WriteOptions(value, byteOrderMark, lineSeparator);
    }

    /**
     * These options with or without a byte order mark.
     *
     * @param value whether to write one
     * @return the options, never null
     */
    public WriteOptions withByteOrderMark(boolean value) {
        return new WriteOptions(charset, value, lineSeparator);
    }

    /**
     * These options with another line separator.
     *
     * @param value {@code \n} or {@code \r\n}, not null
     * @return the options, never null
     * @throws IllegalArgumentException for any other separator
     */
    public WriteOptions withLineSeparator(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.equals("\n") && !value.equals("\r\n")) {
            throw new IllegalArgumentException("line separator must be \\n or \\r\\n");
        }
        return new WriteOptions(charset, byteOrderMark, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WriteOptions w && w.charset.equals(charset) && w.byteOrderMark == byteOrderMark
                && w.lineSeparator.equals(lineSeparator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(charset, byteOrderMark, lineSeparator);
    }

    /** {@code WriteOptions[UTF-8, no BOM, LF]}. */
    @Override
    public String toString() {
        return "WriteOptions[" + charset.name() + ", " + (byteOrderMark ? "BOM" : "no BOM") + ", "
                + (lineSeparator.equals("\n") ? "LF" : "CRLF") + "]";
    }
}
