package org.budgetkit.rules.internal.columnar;

import java.util.Arrays;
import java.util.Objects;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;

/**
 * Appends facts to growing columns: one {@code int} id column per dimension in use, the
 * amounts and precision codes; {@link #build()} packs the ids into keys and trims every array
 * to the number of facts. Not thread-safe.
 */
public final class ColumnsBuilder {
    private static final int DIMENSIONS = FactColumns.DIMENSIONS;
    private static final Dimension<?>[] ALL = Dimension.all().toArray(new Dimension<?>[0]);

    private final AmountUnit unit;
    private final int scale;
    private final Dictionary.Builder[] dictionaries = new Dictionary.Builder[DIMENSIONS];
    private final int[][] ids = new int[DIMENSIONS][];
    private final int[] present = new int[DIMENSIONS];
    private long[] amounts = new long[64];
    private byte[] precisions = new byte[64];
    private int size;
    private boolean uniform = true;

    /**
     * @param unit the unit of every amount, not null
     * @param scale the decimals of every amount
     */
    public ColumnsBuilder(AmountUnit unit, int scale) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.scale = scale;
        for (int d = 0; d < DIMENSIONS; d++) {
            dictionaries[d] = new Dictionary.Builder();
        }
    }

    /** @return the number of facts appended */
    public int size() {
        return size;
    }

    /**
     * Appends a fact.
     *
     * @param coordinates the coordinates, with every required dimension set (checked by the caller)
     * @param unscaled the amount times {@code 10^scale}
     * @param precision its precision code
     */
    public void add(Coordinates coordinates, long unscaled, byte precision) {
        if (size == amounts.length) {
            grow();
        }
        int i = size;
        for (int d = 0; d < DIMENSIONS; d++) {
            Object v = FactColumns.valueOf(coordinates, ALL[d]);
            if (v != null) {
                int[] column = ids[d];
                if (column == null) {
                    column = new int[amounts.length];
                    ids[d] = column;
                }
                column[i] = dictionaries[d].idOf(v);
                present[d]++;
            }
        }
        amounts[i] = unscaled;
        precisions[i] = precision;
        if (i > 0 && precision != precisions[0]) {
            uniform = false;
        }
        size++;
    }

    private void grow() {
        if (amounts.length == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a fact store holds at most " + (Integer.MAX_VALUE - 8) + " facts");
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, amounts.length * 2L);
        amounts = Arrays.copyOf(amounts, capacity);
        precisions = Arrays.copyOf(precisions, capacity);
        for (int d = 0; d < DIMENSIONS; d++) {
            if (ids[d] != null) {
                ids[d] = Arrays.copyOf(ids[d], capacity);
            }
        }
    }

    /**
     * Packs the columns. The builder must not be used afterwards.
     *
     * @return the columns
     * @throws IllegalArgumentException if the coordinates need more than 96 bits
     */
    public FactColumns build() {
        int[] distinct = new int[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            distinct[d] = dictionaries[d].size();
        }
        KeyLayout layout = new KeyLayout(distinct, present, size);
        long[] lo = new long[size];
        int[] hi = layout.hasHi() ? new int[size] : null;
        for (int d = 0; d < DIMENSIONS; d++) {
            if (layout.kind[d] != KeyLayout.FIELD) {
                ids[d] = null;
                continue;
            }
            int[] column = ids[d];
            int shift = layout.shift[d];
            if (layout.word[d] == KeyLayout.LO) {
                for (int i = 0; i < size; i++) {
                    lo[i] |= (long) column[i] << shift;
                }
            } else {
                for (int i = 0; i < size; i++) {
                    hi[i] |= column[i] << shift;
                }
            }
            ids[d] = null;
        }
        Dictionary[] dicts = new Dictionary[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            dicts[d] = dictionaries[d].build();
        }
        long[] a = amounts.length == size ? amounts : Arrays.copyOf(amounts, size);
        byte[] p = uniform ? null : precisions.length == size ? precisions : Arrays.copyOf(precisions, size);
        byte u = size == 0 ? PrecisionCodes.EXACT : precisions[0];
        amounts = null;
        precisions = null;
        return new FactColumns(unit, scale, size, a, lo, hi, p, u, layout, dicts);
    }
}
