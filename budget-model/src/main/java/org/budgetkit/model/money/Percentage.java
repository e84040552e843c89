package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage as printed, with the precision it was printed to: {@code 33%} (0 decimals),
 * {@code 71.73%} (2 decimals).
 *
 * <p>{@code Percentage.parse("33%").interval()} is {@code [32.5, 33.5]} (in percent);
 * {@link #ratioInterval()} is {@code [0.325, 0.335]}. {@code parse(toString())} returns an
 * equal percentage; equality includes the precision. Immutable and thread-safe.
 */
public final class Percentage {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal value;
    private final Precision precision;

    private Percentage(BigDecimal value, Precision precision) {
        this.value = value;
        this.precision = precision;
    }

    /**
     * A percentage of {@code value} percent printed to {@code decimals} decimals.
     *
     * @param value the number of percent, not null
     * @param decimals the printed decimals, 0 or more
     * @return the percentage, never null
     * @throws IllegalArgumentException if {@code value} has non-zero digits beyond
     *     {@code decimals} or more than {@value Amount#MAX_DIGITS} digits, or {@code decimals} is
     *     negative or over {@value Precision#MAX_DECIMALS}
     */
    public static Percentage of(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException("a printed percentage has 0 or more decimals: " + decimals);
        }
        Precision p = Precision.decimals(decimals);
        return new Percentage(Amount.of(value, AmountUnit.YUAN, p).value(), p);
    }

    /**
     * Reads a printed percentage: {@code 33%}, {@code 33 %}, {@code 71.73％}, {@code -5%},
     * {@code 474%}; the precision is the number of printed decimals.
     *
     * @param text the text, not null
     * @return the percentage, never null
     * @throws MalformedFigureException if the number is malformed; its index is in {@code text}
     * @throws IllegalArgumentException if there is no percent sign, or the number is a nil dash
     */
    public static Percentage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int end = text.length();
        while (end > 0 && FigureParser.isSpace(text.charAt(end - 1))) {
            end--;
        }
        char sign = end == 0 ? ' ' : text.charAt(end - 1);
        if (sign != '%' && sign != '％') {
            throw new IllegalArgumentException("not a percentage (no % sign): \"" + text + "\"");
        }
        FigureParser.Figure figure = FigureParser.parse(text, 0, end - 1, Precision.MAX_DECIMALS);
        if (figure.nil()) {
            throw new IllegalArgumentException("not a percentage: \"" + text + "\"");
        }
        return of(figure.value(), Math.max(0, figure.decimals()));
    }

    /** @return the number of percent as printed, with its decimals, never null */
    public BigDecimal value() {
        return value;
    }

    /** @return the printed precision, never null */
    public Precision precision() {
        return precision;
    }

    /** @return the printed decimals */
    public int decimals() {
        return precision.decimals();
    }

    /**
     * The interval of true percentages this printed one stands for under round-half.
     *
     * @return the interval in percent, never null
     */
    public Interval interval() {
        return interval(RoundingConvention.HALF);
    }

    /**
     * The interval of true percentages under {@code convention}.
     *
     * @param convention the rounding convention, not null
     * @return the interval in percent, never null
     */
    public Interval interval(RoundingConvention convention) {
        return convention.interval(value, precision);
    }

    /**
     * The interval of true ratios: the percent interval divided by 100.
     *
     * @return the interval of ratios, never null
     */
    public Interval ratioInterval() {
        return interval().multipliedBy(BigDecimal.ONE.movePointLeft(2));
    }

    /**
     * The ratio this percentage states, exactly: {@code 33%} is 0.33.
     *
     * @return the ratio, never null
     */
    public BigDecimal ratio() {
        return value.divide(HUNDRED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage p && precision.equals(p.precision) && value.equals(p.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, precision);
    }

    /** The printed form: {@code 33%}, {@code 71.73%}. */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
