package org.budgetkit.rules.internal.columnar;

import java.math.BigDecimal;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;

/**
 * A precision as one byte: the number of decimals in the store's unit, or {@link #EXACT}. The
 * smaller code is the coarser precision, so the precision of a sum is the minimum code.
 */
public final class PrecisionCodes {
    /** The code of an exact figure: finer than every number of decimals. */
    public static final byte EXACT = Byte.MAX_VALUE;

    private PrecisionCodes() {
    }

    /**
     * @param precision a precision in the store's unit, not null
     * @return its code
     */
    public static byte of(Precision precision) {
        return precision.isExact() ? EXACT : (byte) precision.decimals();
    }

    /**
     * The amount a roll-up reports for a sum: the exact sum, to the coarsest precision among
     * the figures added, widened where the sum has digits beyond it (figures of mixed
     * precision: 1,877 plus 747.64 is 2,624.64 to 2 decimals). Never rounded.
     *
     * @param value the exact sum
     * @param unit the unit
     * @param code the coarsest precision code among the figures
     * @return the amount
     */
    static Amount amount(BigDecimal value, AmountUnit unit, byte code) {
        if (code == EXACT) {
            return Amount.exact(value, unit);
        }
        int decimals = code;
        if (value.signum() != 0) {
            int needed = value.stripTrailingZeros().scale();
            if (needed > decimals) {
                decimals = needed;
            }
        }
        return Amount.of(value, unit, decimals);
    }
}
