package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a reported figure was rounded from its true value, which decides the interval of true
 * values it stands for (XBRL Calculations 1.1).
 *
 * <p>For {@code 1,877} reported to 0 decimals: {@link #HALF} gives {@code [1876.5, 1877.5]},
 * {@link #TRUNCATE} gives {@code [1877, 1878)}. Immutable and thread-safe.
 */
public enum RoundingConvention {
    /**
     * Rounded to the nearest, ties either way (四舍五入, half-up, half-even or half-down: the
     * document rarely says which). The interval is closed on both sides because a tie may have
     * gone either way: {@code [v - r/2, v + r/2]} for resolution {@code r}.
     */
    HALF,
    /**
     * Truncated toward zero (舍去尾数): {@code [v, v + r)} for {@code v > 0},
     * {@code (v - r, v]} for {@code v < 0} and {@code (-r, r)} for zero.
     */
    TRUNCATE;

    /**
     * The interval of true values a figure {@code value} reported with {@code precision} stands
     * for under this convention; a point for an exact precision.
     *
     * @param value the reported value, not null
     * @param precision the reported precision, not null
     * @return the interval, never null
     */
    public Interval interval(BigDecimal value, Precision precision) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        if (precision.isExact()) {
            return Interval.point(value);
        }
        BigDecimal r = precision.resolution();
        if (this == HALF) {
            BigDecimal half = r.divide(BigDecimal.valueOf(2));
            return Interval.closed(value.subtract(half), value.add(half));
        }
        int sign = value.signum();
        if (sign > 0) {
            return Interval.of(value, true, value.add(r), false);
        }
        if (sign < 0) {
            return Interval.of(value.subtract(r), false, value, true);
        }
        return Interval.of(r.negate(), false, r, false);
    }
}
