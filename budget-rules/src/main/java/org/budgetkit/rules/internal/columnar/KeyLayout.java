package org.budgetkit.rules.internal.columnar;

import java.util.ArrayList;
import java.util.List;
import org.budgetkit.model.dimension.Dimension;

/**
 * Where each dimension's dictionary id sits in a fact's packed key. A dimension no fact has is
 * {@link #ABSENT} and one every fact has with the same value is {@link #CONSTANT}: neither takes
 * a bit. Every other dimension is a {@link #FIELD} of just enough bits for its largest id
 * (id 0 = absent), placed in the {@code long} word (64 bits) or, once that is full, in the
 * {@code int} word (32 bits). Wider than 96 bits is refused.
 */
final class KeyLayout {
    static final int ABSENT = 0;
    static final int CONSTANT = 1;
    static final int FIELD = 2;
    static final int LO = 0;
    static final int HI = 1;

    private static final int DIMENSIONS = Dimension.all().size();

    final int[] kind = new int[DIMENSIONS];
    final int[] word = new int[DIMENSIONS];
    final int[] shift = new int[DIMENSIONS];
    final int[] width = new int[DIMENSIONS];
    final long[] mask = new long[DIMENSIONS];
    final boolean[] alwaysPresent = new boolean[DIMENSIONS];
    final int bitsLo;
    final int bitsHi;

    /**
     * @param distinct the number of distinct values per dimension index
     * @param present the number of facts that have each dimension
     * @param size the number of facts
     * @throws IllegalArgumentException if the fields need more than 96 bits
     */
    KeyLayout(int[] distinct, int[] present, int size) {
        List<Integer> fields = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS; d++) {
            alwaysPresent[d] = size > 0 && present[d] == size;
            if (present[d] == 0) {
                kind[d] = ABSENT;
            } else if (alwaysPresent[d] && distinct[d] == 1) {
                kind[d] = CONSTANT;
            } else {
                kind[d] = FIELD;
                width[d] = 32 - Integer.numberOfLeadingZeros(distinct[d]);
                mask[d] = (1L << width[d]) - 1;
                fields.add(d);
            }
        }
        // Widest first, so that the narrow ones fill what is left of the long word.
        fields.sort((a, b) -> Integer.compare(width[b], width[a]));
        int lo = 0;
        int hi = 0;
        for (int d : fields) {
            if (lo + width[d] <= 64) {
                word[d] = LO;
                shift[d] = lo;
                lo += width[d];
            } else if (hi + width[d] <= 32) {
                word[d] = HI;
                shift[d] = hi;
                hi += width[d];
            } else {
                throw new IllegalArgumentException("too many distinct coordinates to pack into 96 bits: "
                        + describe(distinct) + " / 坐标取值过多，无法压缩到 96 位");
            }
        }
        bitsLo = lo;
        bitsHi = hi;
    }

    private static String describe(int[] distinct) {
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < DIMENSIONS; d++) {
            if (distinct[d] > 0) {
                out.append(out.length() == 0 ? "" : ", ").append(Dimension.all().get(d).id()).append('=')
                        .append(distinct[d]);
            }
        }
        return out + " distinct values";
    }

    boolean hasHi() {
        return bitsHi > 0;
    }

    /** @return the dictionary id of dimension {@code d} in the key ({@code lo}, {@code hi}) */
    int id(int d, long lo, int hi) {
        switch (kind[d]) {
            case ABSENT:
                return 0;
            case CONSTANT:
                return 1;
            default:
                long w = word[d] == LO ? lo : hi & 0xFFFF_FFFFL;
                return (int) ((w >>> shift[d]) & mask[d]);
        }
    }

    /** @return the bits of a field holding {@code id}, in its word */
    long bits(int d, int id) {
        return (long) id << shift[d];
    }
}
