package org.budgetkit.io.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import org.budgetkit.io.WriteOptions;

/**
 * Writes CSV records: fields quoted as RFC 4180 needs, text fields neutralised against
 * spreadsheet formulas ({@link Cells}), records ended by the chosen line separator. Not
 * thread-safe.
 */
public final class CsvOutput {
    private final Writer out;
    private final String lineSeparator;
    private final StringBuilder record = new StringBuilder(256);
    private boolean empty = true;

    /**
     * Writes to characters.
     *
     * @param out the writer; flushed, not closed, by {@link #flush()}
     * @param lineSeparator the line separator
     */
    public CsvOutput(Writer out, String lineSeparator) {
        this.out = out;
        this.lineSeparator = lineSeparator;
    }

    /**
     * Writes to bytes as the options say (charset, byte order mark, line separator); characters
     * the charset cannot encode are an error, never a replacement character.
     *
     * @param out the stream; flushed, not closed, by {@link #flush()}
     * @param options the options
     * @return the output
     */
    public static CsvOutput of(OutputStream out, WriteOptions options) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, options.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        CsvOutput o = new CsvOutput(w, options.lineSeparator());
        if (options.byteOrderMark()) {
            try {
                w.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return o;
    }

    /**
     * Adds a text field (neutralised, quoted as needed).
     *
     * @param value the value
     * @return this output
     */
    public CsvOutput text(String value) {
        separate();
        Cells.appendQuoted(record, Cells.neutralise(value));
        return this;
    }

    /**
     * Adds a field written as is (a validated number, a code): quoted as needed, never prefixed.
     *
     * @param value the value
     * @return this output
     */
    public CsvOutput plain(String value) {
        separate();
        Cells.appendQuoted(record, value);
        return this;
    }

    /**
     * Adds a whole-number field.
     *
     * @param value the value
     * @return this output
     */
    public CsvOutput number(int value) {
        separate();
        record.append(value);
        return this;
    }

    private void separate() {
        if (!empty) {
            record.append(',');
        }
        empty = false;
    }

    /** Ends the record and writes it. */
    public void end() {
        record.append(lineSeparator);
        try {
            out.append(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record.setLength(0);
        empty = true;
    }

    /** Flushes the output. */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
