package org.budgetkit.model.classification;

import java.util.Objects;

/**
 * Thrown when a classification list (CSV) cannot be read: names the source, the line and the
 * column (both from 1) and what is wrong.
 */
public final class ClassificationFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    ClassificationFormatException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
    }

    /** @return the name of the source, never null */
    public String source() {
        return source;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the column, from 1 */
    public int column() {
        return column;
    }
}
