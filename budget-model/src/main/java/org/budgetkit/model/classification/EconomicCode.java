package org.budgetkit.model.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * An economic-classification code: 部门预算支出经济分类 (department budget, 类 starting with 3,
 * such as 301 工资福利支出 › 30101 基本工资) or 政府预算支出经济分类 (government budget, starting
 * with 5, such as 501 › 50101). 类 (CLASS) has 3 digits, 款 (SECTION) 5.
 *
 * <p>{@code EconomicCode.parse("30101").parent()} is {@code 301}; its {@link #scheme()} is
 * {@link Scheme#ECONOMIC_DEPARTMENT}. {@code parse(toString())} returns an equal code.
 * Immutable and thread-safe.
 */
public final class EconomicCode implements ClassificationCode {
    private final String digits;

    private EconomicCode(String digits) {
        this.digits = digits;
    }

    /**
     * Reads an economic code: 3 or 5 digits ({@code 301}, {@code 30101}, {@code 50101}) or the
     * split form {@code 301 01}; full-width digits are accepted.
     *
     * @param text the code, not null
     * @return the code, never null
     * @throws IllegalArgumentException if the text is not an economic code (wrong length, a
     *     first digit other than 3 or 5, other characters)
     */
    public static EconomicCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String d = Codes.digits(text.toString().strip(), 2);
        if (d == null || (d.length() != 3 && d.length() != 5) || (d.charAt(0) != '3' && d.charAt(0) != '5')) {
            throw new IllegalArgumentException(
                    "not an economic code (3 or 5 digits, starting with 3 or 5): \"" + text + "\"");
        }
        return new EconomicCode(d);
    }

    /**
     * {@link Scheme#ECONOMIC_DEPARTMENT} for codes starting with 3,
     * {@link Scheme#ECONOMIC_GOVERNMENT} for codes starting with 5.
     */
    @Override
    public Scheme scheme() {
        return digits.charAt(0) == '3' ? Scheme.ECONOMIC_DEPARTMENT : Scheme.ECONOMIC_GOVERNMENT;
    }

    @Override
    public Level level() {
        return digits.length() == 3 ? Level.CLASS : Level.SECTION;
    }

    @Override
    public String digits() {
        return digits;
    }

    @Override
    public Optional<EconomicCode> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(new EconomicCode(digits.substring(0, 3)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EconomicCode c && c.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The digits, such as {@code 30101}. */
    @Override
    public String toString() {
        return digits;
    }
}
