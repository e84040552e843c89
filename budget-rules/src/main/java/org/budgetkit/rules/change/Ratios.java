package org.budgetkit.rules.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.budgetkit.model.money.Interval;

/**
 * The range of a percent {@code 100 · d / |p|} over the set of true values (p, d) that rounded
 * inputs allow. Every input pair the checks use (prior and change, prior and current, current and
 * change, whole and part) makes that set a parallelogram in the (p, d) plane, given here by its
 * four vertices. A linear-fractional function whose denominator keeps one sign over a convex
 * polygon takes its extremes at vertices, so the range is exact up to the outward rounding of its
 * bounds to {@code scale} decimals.
 */
final class Ratios {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /**
     * The percent range, or null when the denominator can reach zero (the range is then unbounded).
     *
     * @param vertices the (p, d) vertices
     * @param scale decimals of the bounds
     */
    static Interval percentRange(List<BigDecimal[]> vertices, int scale) {
        int sign = 0;
        for (BigDecimal[] v : vertices) {
            int s = v[0].signum();
            if (s == 0 || (sign != 0 && s != sign)) {
                return null;
            }
            sign = s;
        }
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (BigDecimal[] v : vertices) {
            BigDecimal numerator = v[1].multiply(HUNDRED);
            BigDecimal down = numerator.divide(v[0].abs(), scale, RoundingMode.FLOOR);
            BigDecimal up = numerator.divide(v[0].abs(), scale, RoundingMode.CEILING);
            lo = lo == null || down.compareTo(lo) < 0 ? down : lo;
            hi = hi == null || up.compareTo(hi) > 0 ? up : hi;
        }
        return Interval.closed(lo, hi);
    }

    /** The four corners of the box {@code p ∈ P, d ∈ D}. */
    static List<BigDecimal[]> box(Interval p, Interval d) {
        return List.of(pair(p.lower(), d.lower()), pair(p.lower(), d.upper()), pair(p.upper(), d.lower()),
                pair(p.upper(), d.upper()));
    }

    /** The vertices of {@code p ∈ P, p + d ∈ C}: d = c − p. */
    static List<BigDecimal[]> priorAndCurrent(Interval p, Interval c) {
        return List.of(pair(p.lower(), c.lower().subtract(p.lower())), pair(p.lower(), c.upper().subtract(p.lower())),
                pair(p.upper(), c.lower().subtract(p.upper())), pair(p.upper(), c.upper().subtract(p.upper())));
    }

    /** The vertices of {@code d ∈ D, p + d ∈ C}: p = c − d. */
    static List<BigDecimal[]> currentAndChange(Interval c, Interval d) {
        return List.of(pair(c.lower().subtract(d.lower()), d.lower()), pair(c.lower().subtract(d.upper()), d.upper()),
                pair(c.upper().subtract(d.lower()), d.lower()), pair(c.upper().subtract(d.upper()), d.upper()));
    }

    private static BigDecimal[] pair(BigDecimal p, BigDecimal d) {
        return new BigDecimal[] {p, d};
    }
}
