package org.budgetkit.model.dimension;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year (预算年度), which in China is the calendar year.
 *
 * <p>{@code FiscalYear.parse("2023 年").previous()} is {@code 2022}. {@code parse(toString())}
 * returns an equal year. Immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear> {
    /** The earliest year accepted. */
    public static final int MIN = 1949;
    /** The latest year accepted. */
    public static final int MAX = 2200;

    private static final Pattern TEXT = Pattern.compile("[\\s\u3000]*([0-9０-９]{4})[\\s\u3000]*(?:年度|年)?[\\s\u3000]*");

    private final int value;

    private FiscalYear(int value) {
        this.value = value;
    }

    /**
     * The fiscal year {@code value}.
     *
     * @param value {@value #MIN} to {@value #MAX}
     * @return the year, never null
     * @throws IllegalArgumentException if out of range
     */
    public static FiscalYear of(int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("fiscal year out of range " + MIN + "–" + MAX + ": " + value);
        }
        return new FiscalYear(value);
    }

    /**
     * Reads {@code 2023}, {@code 2023年}, {@code 2023 年} or {@code 2023年度}; full-width digits
     * and white space (also the ideographic space U+3000) are accepted.
     *
     * @param text the text, not null
     * @return the year, never null
     * @throws IllegalArgumentException if the text is not a year in range
     */
    public static FiscalYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a fiscal year: \"" + text + "\"");
        }
        StringBuilder digits = new StringBuilder(4);
        for (char c : m.group(1).toCharArray()) {
            digits.append(c >= '０' ? (char) (c - '０' + '0') : c);
        }
        return of(Integer.parseInt(digits.toString()));
    }

    /** @return the year as a number */
    public int value() {
        return value;
    }

    /**
     * The year before.
     *
     * @return the previous year, never null
     * @throws IllegalArgumentException if it would be out of range
     */
    public FiscalYear previous() {
        return of(value - 1);
    }

    /**
     * The year after.
     *
     * @return the next year, never null
     * @throws IllegalArgumentException if it would be out of range
     */
    public FiscalYear next() {
        return of(value + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalYear y && y.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** The year, such as {@code 2023}. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
