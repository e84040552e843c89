package org.budgetkit.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;

/**
 * The records of a CSV text, as strings, with the line of every field, read by
 * jackson-dataformat-csv's streaming parser: nothing is ever parsed as a number, every field
 * is at most {@link ReadOptions#maxFieldLength()} characters, a record with more fields than
 * allowed is refused as soon as the extra field is seen. Not thread-safe.
 */
public final class CsvRecords implements Closeable {
    private static final int MAX_HEADER_FIELDS = 1_000;

    private final CsvParser parser;
    private final String source;
    private final int maxFieldLength;
    private String[] fields = new String[32];
    private int size;
    private int line;
    private boolean started;

    /**
     * Starts reading.
     *
     * @param reader the text, not null
     * @param source the source name for messages, not null
     * @param options the limits, not null
     */
    public CsvRecords(Reader reader, String source, ReadOptions options) {
        this.source = source;
        this.maxFieldLength = options.maxFieldLength();
        CsvFactory factory = factory(options.maxFieldLength());
        try {
            this.parser = factory.createParser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    }

    private static volatile CsvFactory cached;

    private static CsvFactory factory(int maxFieldLength) {
        CsvFactory f = cached;
        if (f != null && f.streamReadConstraints().getMaxStringLength() == maxFieldLength) {
            return f;
        }
        // The parser checks string lengths as it buffers, so a megabyte-long field fails within
        // a few kilobytes of the limit; the exact limit is checked again per field below.
        f = CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(maxFieldLength).maxNameLength(maxFieldLength).build()).build();
        cached = f;
        return f;
    }

    /**
     * Reads the next record.
     *
     * @param maxFields the most fields the record may have (it is refused at the first extra
     *     field); 0 for the header's own limit
     * @return whether there was one
     * @throws BudgetFormatException for malformed CSV, an over-long field or too many fields
     */
    public boolean next(int maxFields) {
        int limit = maxFields <= 0 ? MAX_HEADER_FIELDS : maxFields;
        try {
            if (!started) {
                started = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    return false;
                }
            }
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_ARRAY) {
                return false;
            }
            size = 0;
            line = 0;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (size == 0) {
                    // One location a record: the line of a later field is counted from the line
                    // breaks of the quoted fields before it (see line(int)).
                    line = parser.currentTokenLocation().getLineNr();
                }
                if (size == limit) {
                    throw Errors.at(source, line(size), size + 1, parser.getText(),
                            "more fields than the " + limit + " columns of the header",
                            "字段数多于表头的 " + limit + " 列");
                }
                String text = parser.getText();
                if (text.length() > maxFieldLength) {
                    throw tooLong(line(size), size + 1, text);
                }
                if (size == fields.length) {
                    fields = Arrays.copyOf(fields, size * 2);
                }
                fields[size] = text;
                size++;
            }
            if (t != JsonToken.END_ARRAY) {
                throw Errors.at(source, Math.max(1, parser.currentLocation().getLineNr()), size + 1,
                        String.valueOf(t), "unexpected CSV structure", "CSV 结构错误");
            }
            if (line == 0) {
                line = Math.max(1, parser.currentLocation().getLineNr());
            }
            return true;
        } catch (StreamConstraintsException e) {
            JsonLocation at = parser.currentLocation();
            throw tooLong(Math.max(1, at.getLineNr()), size + 1, "");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw Errors.at(source, Math.max(1, at.getLineNr()), size + 1, "",
                    "malformed CSV: " + e.getOriginalMessage(), "CSV 格式错误（引号或分隔符不匹配）", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * @return the line, from 1
     */
    public int line(int index) {
        int at = line;
        for (int i = 0; i < index && i < size; i++) {
            String f = fields[i];
            for (int k = 0; k < f.length(); k++) {
                char c = f.charAt(k);
                if (c == '\n' || (c == '\r' && (k + 1 == f.length() || f.charAt(k + 1) != '\n'))) {
                    at++;
                }
            }
        }
        return at;
    }

    /** @return the line the current record starts on, from 1 */
    public int line() {
        return line;
    }

    /** @return whether the current record is a blank line (one empty field) */
    public boolean isBlank() {
        return size == 1 && fields[0].isEmpty();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
