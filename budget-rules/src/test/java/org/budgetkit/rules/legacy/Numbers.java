package org.budgetkit.rules.legacy;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.RoundingConvention;

/**
 * The numbers of a document's facts for evaluation: each value in yuan as a {@code long} at
 * one common scale (the fast path: deciding that a check holds exactly), and on demand as an
 * exact {@link BigDecimal} and {@link Interval} in yuan (the slow path, for everything else).
 * A value that does not fit a {@code long} at the common scale is marked, and every check using
 * it takes the slow path. Not thread-safe (one per reconciliation).
 */
public final class Numbers {
    /** The largest common scale tried on the fast path. */
    private static final int MAX_SCALE = 8;

    private final RoundingConvention convention;
    private final Map<Fact, Integer> index;
    private final long[] points;
    private final boolean[] big;
    private final int scale;

    /**
     * Prepares the numbers of some facts.
     *
     * @param facts the facts, not null
     * @param convention how figures were rounded, not null
     */
    public Numbers(List<Fact> facts, RoundingConvention convention) {
        this.convention = convention;
        this.index = new IdentityHashMap<>(facts.size() * 2);
        this.points = new long[facts.size()];
        this.big = new boolean[facts.size()];
        int s = 0;
        for (Fact f : facts) {
            Amount a = f.amount();
            s = Math.max(s, a.value().scale() - a.unit().exponent());
        }
        this.scale = s;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            index.putIfAbsent(f, i);
            if (s > MAX_SCALE) {
                big[i] = true;
                continue;
            }
            Amount a = f.amount();
            try {
                points[i] = a.value().movePointRight(a.unit().exponent() + s).longValueExact();
            } catch (ArithmeticException e) {
                // Too large for a long at this scale: the checks using it are evaluated exactly.
                big[i] = true;
            }
        }
    }

    /** @return the rounding convention, never null */
    public RoundingConvention convention() {
        return convention;
    }

    /**
     * The value in yuan times {@code 10^scale}, for the fast path.
     *
     * @param fact a fact given at construction, not null
     * @return the scaled value
     * @throws ArithmeticException if the fact is unknown or its value does not fit
     */
    long point(Fact fact) {
        Integer i = index.get(fact);
        if (i == null || big[i]) {
            throw new ArithmeticException("no long value");
        }
        return points[i];
    }

    /**
     * The exact value in yuan.
     *
     * @param fact the fact, not null
     * @return the value, never null
     */
    public static BigDecimal yuan(Fact fact) {
        Amount a = fact.amount();
        return a.unit().convert(a.value(), AmountUnit.YUAN);
    }

    /**
     * The interval of true values in yuan, under the document's convention.
     *
     * @param fact the fact, not null
     * @return the interval, never null
     */
    public Interval interval(Fact fact) {
        return fact.amount().to(AmountUnit.YUAN).interval(convention);
    }

    /**
     * The resolution of a fact's last printed digit in its own unit (zero if exact).
     *
     * @param fact the fact, not null
     * @return the resolution, never null
     */
    public static BigDecimal resolution(Fact fact) {
        return fact.amount().precision().resolution();
    }
}
