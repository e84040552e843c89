package org.budgetkit.rules.internal;

import java.math.BigDecimal;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.RoundingConvention;

/**
 * The numbers of a document's facts for the exact evaluation: each value in yuan as an exact
 * {@link BigDecimal} and {@link Interval} (the fast path's scaled {@code long}s live in
 * {@link EncodedFacts}). Immutable and thread-safe.
 */
public final class Numbers {
    private final RoundingConvention convention;

    /**
     * The numbers of a document rounded by a convention.
     *
     * @param convention how figures were rounded, not null
     */
    public Numbers(RoundingConvention convention) {
        this.convention = convention;
    }

    /** @return the rounding convention, never null */
    public RoundingConvention convention() {
        return convention;
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
