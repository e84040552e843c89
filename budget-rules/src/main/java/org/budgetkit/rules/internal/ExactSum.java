package org.budgetkit.rules.internal;

import java.math.BigDecimal;

/**
 * An exact running sum of decimals at a fixed scale: a {@code long} with
 * {@link Math#addExact} while it fits, {@link BigDecimal} from the first overflow on. Not
 * thread-safe.
 */
public final class ExactSum {
    private final int scale;
    private long small;
    private BigDecimal big;

    /**
     * An empty sum.
     *
     * @param scale the decimals every added value has at most
     */
    public ExactSum(int scale) {
        this.scale = scale;
    }

    /**
     * Adds a value.
     *
     * @param value the value, not null, with at most {@code scale} decimals
     * @return this sum
     * @throws ArithmeticException if the value has more decimals than the scale
     */
    public ExactSum add(BigDecimal value) {
        BigDecimal scaled = value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
        if (big != null) {
            big = big.add(scaled);
            return this;
        }
        try {
            small = Math.addExact(small, scaled.unscaledValue().longValueExact());
        } catch (ArithmeticException overflow) {
            // Past Long.MAX_VALUE: continue exactly in BigDecimal.
            big = BigDecimal.valueOf(small, scale).add(scaled);
        }
        return this;
    }

    /** @return whether the sum left the long range */
    public boolean overflowed() {
        return big != null;
    }

    /** @return the exact sum at the scale, never null */
    public BigDecimal value() {
        return big != null ? big : BigDecimal.valueOf(small, scale);
    }
}
