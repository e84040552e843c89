package org.budgetkit.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;

/**
 * The records of a CSV text, as strings, with the line of every field. The dialect is RFC 4180's
 * as jackson-dataformat-csv's parser reads it by default (its test compares the two on random
 * texts): fields separated by commas, records by {@code \n}, {@code \r\n} or {@code \r}; a
 * field that starts with a double quote is quoted, runs to the next lone quote, holds doubled
 * quotes as one and line breaks as they are, and may be followed by spaces or tabs before its
 * separator; a quote inside an unquoted field is an ordinary character; an empty line is a
 * record of one empty field; a line break at the very end ends the last record.
 *
 * <p>Nothing is ever parsed as a number, every field is at most
 * {@link ReadOptions#maxFieldLength()} characters (a longer one is refused before it is held
 * whole), and a record with more fields than allowed is refused at the first extra field. A field
 * equal to the same field of the previous record is that record's {@code String} instance, so
 * that callers can skip work on repeated cells with a reference comparison. Not thread-safe.
 */
public final class CsvRecords implements Closeable {
    private static final int MAX_HEADER_FIELDS = 1_000;
    /** A field ended by a comma: another follows in the record. */
    private static final int COMMA = 0;
    /** A field ended by a line break or by the end of the text: the record is complete. */
    private static final int END = 1;

    private final Reader reader;
    private final String source;
    private final int maxFieldLength;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** A record ended by {@code \r}: a {@code \n} right after it belongs to that line break. */
    private boolean skipLineFeed;
    /** The line of the character at {@link #pos}, from 1. */
    private int currentLine = 1;
    private final StringBuilder quoted = new StringBuilder();
    private String[] fields = new String[32];
    private int[] lines = new int[32];
    private int size;

    /**
     * Starts reading.
     *
     * @param reader the text, not null
     * @param source the source name for messages, not null
     * @param options the limits, not null
     */
    public CsvRecords(Reader reader, String source, ReadOptions options) {
        this.reader = reader;
        this.source = source;
        this.maxFieldLength = options.maxFieldLength();
    }

    /**
     * Reads the next record.
     *
     * @param maxFields the most fields the record may have (it is refused at the first extra
     *     field); 0 for the header's own limit
     * @return whether there was one
     * @throws BudgetFormatException for malformed CSV, an over-long field or too many fields
     * @throws UncheckedIOException if reading fails
     */
    public boolean next(int maxFields) {
        int limit = maxFields <= 0 ? MAX_HEADER_FIELDS : maxFields;
        if (skipLineFeed) {
            skipLineFeed = false;
            if (available() && buf[pos] == '\n') {
                pos++;
            }
        }
        if (!available()) {
            return false;
        }
        size = 0;
        int end;
        do {
            int line = currentLine;
            end = field(size, line);
            if (size == limit) {
                throw Errors.at(source, line, size + 1, fields[size],
                        "more fields than the " + limit + " columns of the header",
                        "字段数多于表头的 " + limit + " 列");
            }
            lines[size] = line;
            size++;
        } while (end == COMMA);
        return true;
    }

    /** Reads one field into {@code fields[index]}; returns what ended it. */
    private int field(int index, int line) {
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, index * 2);
            lines = Arrays.copyOf(lines, index * 2);
        }
        if (!available()) {
            // A comma right before the end of the text: an empty last field.
            keep(index, buf, pos, 0, line);
            return END;
        }
        if (buf[pos] == '"') {
            return quoted(index, line);
        }
        int start = pos;
        int p = pos;
        while (true) {
            char[] b = buf;
            int l = lim;
            while (p < l) {
                char c = b[p];
                if (c == ',' || c == '\n' || c == '\r') {
                    keep(index, b, start, p - start, line);
                    pos = p + 1;
                    if (c == ',') {
                        return COMMA;
                    }
                    currentLine++;
                    skipLineFeed = c == '\r';
                    return END;
                }
                p++;
            }
            if (p - start > maxFieldLength) {
                throw tooLong(line, index + 1, "");
            }
            // The field runs past the buffer: keep its start, read on.
            int shift = refill(start);
            start -= shift;
            p -= shift;
            if (p == lim) {
                keep(index, buf, start, p - start, line);
                pos = p;
                return END;
            }
        }
    }

    /** Reads a quoted field, {@link #pos} at its opening quote. */
    private int quoted(int index, int line) {
        pos++;
        StringBuilder text = quoted;
        text.setLength(0);
        boolean afterCarriageReturn = false;
        while (true) {
            if (!available()) {
                throw Errors.at(source, line, index + 1, "", "malformed CSV: missing closing quote for value",
                        "CSV 格式错误（引号不成对）");
            }
            char c = buf[pos++];
            if (c == '"') {
                afterCarriageReturn = false;
                if (available() && buf[pos] == '"') {
                    pos++;
                    text.append('"');
                } else {
                    return afterQuote(index);
                }
            } else {
                if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                    currentLine++;
                }
                afterCarriageReturn = c == '\r';
                text.append(c);
            }
            if (text.length() > maxFieldLength) {
                throw tooLong(line, index + 1, "");
            }
        }
    }

    /** After a quoted field's closing quote: spaces or tabs, then a separator or the end. */
    private int afterQuote(int index) {
        while (available()) {
            char c = buf[pos];
            if (c == ' ' || c == '\t') {
                pos++;
                continue;
            }
            if (c == ',') {
                pos++;
                keep(index, quoted);
                return COMMA;
            }
            if (c == '\n' || c == '\r') {
                pos++;
                currentLine++;
                skipLineFeed = c == '\r';
                keep(index, quoted);
                return END;
            }
            throw Errors.at(source, currentLine, index + 1, String.valueOf(c),
                    "malformed CSV: a character after a quoted value's closing quote (expected a comma or the line's end)",
                    "CSV 格式错误（引号后应为逗号或换行）");
        }
        keep(index, quoted);
        return END;
    }

    /** Sets a field from characters, reusing the previous record's string if it is equal. */
    private void keep(int index, char[] b, int start, int length, int line) {
        if (length > maxFieldLength) {
            throw tooLong(line, index + 1, new String(b, start, length));
        }
        String previous = fields[index];
        if (previous != null && previous.length() == length) {
            int i = 0;
            while (i < length && previous.charAt(i) == b[start + i]) {
                i++;
            }
            if (i == length) {
                return;
            }
        }
        fields[index] = new String(b, start, length);
    }

    /** Sets a quoted field (its length already checked while it was read). */
    private void keep(int index, StringBuilder text) {
        String previous = fields[index];
        if (previous == null || !previous.contentEquals(text)) {
            fields[index] = text.toString();
        }
    }

    /** Whether a character is at {@link #pos}, reading more if needed (nothing before it kept). */
    private boolean available() {
        if (pos < lim) {
            return true;
        }
        refill(pos);
        return pos < lim;
    }

    /**
     * Reads more characters after the last, keeping those from {@code keep} on (moved to the
     * buffer's start; the buffer grows if they fill it).
     *
     * @return how far the kept characters moved back
     */
    private int refill(int keep) {
        if (eof) {
            return 0;
        }
        int kept = lim - keep;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, kept);
        }
        pos -= keep;
        lim = kept;
        try {
            int n;
            do {
                n = reader.read(buf, lim, buf.length - lim);
            } while (n == 0);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keep;
    }

    private BudgetFormatException tooLong(int atLine, int column, String text) {
        return Errors.at(source, atLine, column, text, "field longer than " + maxFieldLength + " characters",
                "字段超过 " + maxFieldLength + " 个字符");
    }

    /** @return the number of fields of the current record */
    public int size() {
        return size;
    }

    /**
     * A field of the current record.
     *
     * @param index from 0
     * @return the field as written (quotes removed), never null
     */
    public String field(int index) {
        return fields[index];
    }

    /**
     * The line a field starts on.
     *
     * @param index from 0
     * @return the line, from 1; for an index past the last field, the line the record ends on
     */
    public int line(int index) {
        return index < size ? lines[index] : size == 0 ? currentLine : lines[size - 1];
    }

    /** @return the line the current record starts on, from 1 */
    public int line() {
        return size == 0 ? currentLine : lines[0];
    }

    /** @return whether the current record is a blank line (one empty field) */
    public boolean isBlank() {
        return size == 1 && fields[0].isEmpty();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
