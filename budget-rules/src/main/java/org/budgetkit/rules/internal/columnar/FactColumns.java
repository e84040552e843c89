package org.budgetkit.rules.internal.columnar;

import java.math.BigDecimal;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;

/**
 * The columns of a fact store. Per fact: the amount as a {@code long} at the store's scale
 * (8 bytes), the packed dictionary ids of its coordinates (a {@code long}, 8 bytes, plus an
 * {@code int}, 4 bytes, only when the ids need more than 64 bits), and a precision code
 * (1 byte, only when the facts' precisions differ): at most 21 bytes a fact. The dictionaries
 * hold each distinct value once. Every array has exactly one element a fact. Immutable and
 * thread-safe.
 */
public final class FactColumns {
    static final int DIMENSIONS = Dimension.all().size();

    final AmountUnit unit;
    final int scale;
    final int size;
    final long[] amounts;
    final long[] keysLo;
    final int[] keysHi;
    final byte[] precisions;
    final byte uniformPrecision;
    final KeyLayout layout;
    final Dictionary[] dictionaries;
    /**
     * Whether the sum of the magnitudes of all amounts fits a {@code long}: then no total of any
     * roll-up can overflow (each is a sum of some of the amounts), and roll-ups add without checks.
     */
    final boolean sumsFitLong;

    FactColumns(AmountUnit unit, int scale, int size, long[] amounts, long[] keysLo, int[] keysHi, byte[] precisions,
            byte uniformPrecision, KeyLayout layout, Dictionary[] dictionaries) {
        this.unit = unit;
        this.scale = scale;
        this.size = size;
        this.amounts = amounts;
        this.keysLo = keysLo;
        this.keysHi = keysHi;
        this.precisions = precisions;
        this.uniformPrecision = uniformPrecision;
        this.layout = layout;
        this.dictionaries = dictionaries;
        this.sumsFitLong = magnitudeFits(amounts);
    }

    private static boolean magnitudeFits(long[] amounts) {
        long sum = 0;
        try {
            for (long a : amounts) {
                sum = Math.addExact(sum, Math.absExact(a));
            }
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** @return the number of facts */
    public int size() {
        return size;
    }

    /** @return the unit of every amount */
    public AmountUnit unit() {
        return unit;
    }

    /** @return the decimals of every amount */
    public int scale() {
        return scale;
    }

    /**
     * The bytes the per-fact columns take: the length of each array times its element width,
     * summed. Dictionaries (a few entries per distinct value) are not counted here; see
     * {@link #dictionaryEntries()}.
     *
     * @return the bytes
     */
    public long columnBytes() {
        return amounts.length * 8L + keysLo.length * 8L + (keysHi == null ? 0 : keysHi.length * 4L)
                + (precisions == null ? 0 : precisions.length);
    }

    /** @return the number of distinct values held by all dictionaries together */
    public long dictionaryEntries() {
        long n = 0;
        for (Dictionary d : dictionaries) {
            n += d.size();
        }
        return n;
    }

    /** @return whether the coordinates took more than 64 bits (the {@code int} column is in use) */
    public boolean usesSecondKeyWord() {
        return keysHi != null;
    }

    /** @return whether the facts' precisions differ (the precision column is in use) */
    public boolean storesPrecisions() {
        return precisions != null;
    }

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the coordinates of a fact
     */
    public Coordinates coordinates(int index) {
        long lo = keysLo[index];
        int hi = keysHi == null ? 0 : keysHi[index];
        Coordinates c = Coordinates.empty();
        for (int d = 0; d < DIMENSIONS; d++) {
            int id = layout.id(d, lo, hi);
            if (id != 0) {
                c = with(c, Dimension.all().get(d), dictionaries[d].value(id));
            }
        }
        return c;
    }

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the amount of a fact, in {@link #unit()} with its precision
     */
    public Amount amount(int index) {
        byte code = precisionCode(index);
        BigDecimal value = BigDecimal.valueOf(amounts[index], scale);
        return code == PrecisionCodes.EXACT ? Amount.exact(value, unit) : Amount.of(value, unit, Precision.decimals(code));
    }

    byte precisionCode(int index) {
        return precisions == null ? uniformPrecision : precisions[index];
    }

    /** @return the value of a dimension in a packed key, or null if absent */
    Object value(int d, long lo, int hi) {
        int id = layout.id(d, lo, hi);
        return id == 0 ? null : dictionaries[d].value(id);
    }

    static <V> Coordinates with(Coordinates c, Dimension<V> dimension, Object value) {
        return c.with(dimension, dimension.cast(value));
    }

    /** @return the value of a dimension in coordinates: its default (the measure AMOUNT) if left out, or null */
    static Object valueOf(Coordinates coordinates, Dimension<?> dimension) {
        return coordinates.getOrDefault(dimension);
    }
}
