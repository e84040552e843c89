package org.budgetkit.io.disclosure;

import java.util.Objects;

/**
 * A line of a disclosure's narrative (the text outside its tables), as extracted: what the
 * claim extractor reads.
 *
 * <p>{@code new NarrativeLine(89, 0, "2023 年深圳市坪山区信访局部门预算收入 1,877万元，比")}.
 * Immutable and thread-safe.
 *
 * @param line the line of the source text, from 1
 * @param page the page, from 1; 0 if unknown (text input)
 * @param text the text of the line, not null, one line
 */
public record NarrativeLine(int line, int page, String text) {
    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if {@code line} is not positive, {@code page} negative,
     *     or the text has a line break
     */
    public NarrativeLine {
        Objects.requireNonNull(text, "text");
        if (line < 1 || page < 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a narrative line has a line from 1, a page from 0 and no line break: "
                    + line + ", " + page);
        }
    }
}
