package org.budgetkit.rules.internal;

import java.util.Arrays;
import org.budgetkit.model.dimension.Dimension;

/**
 * Coordinates as one non-negative {@code long}: the dictionary ids of the ten dimensions
 * (0 = not set), either packed side by side in the bits of the key ({@link Packed}, when their
 * widths add up to at most 63 bits, which any real disclosure does by far) or, past that, the
 * number of the id tuple in a table of interned tuples ({@link Interned}). Either way two
 * coordinates are equal iff their keys are, and moving along a dimension (a parent code, the
 * department instead of a unit) is {@link #with} on the key, without building
 * {@code Coordinates}. Not thread-safe.
 */
abstract class KeySpace {
    static final int DIMENSIONS = Dimension.all().size();

    /** A key that no coordinates have. */
    static final long NONE = -1L;

    /**
     * @param key a key
     * @param d a dimension index
     * @return the id of the dimension's value in the key, 0 if not set
     */
    abstract int get(long key, int d);

    /**
     * @param key a key
     * @param d a dimension index
     * @param id the id to set, 0 to leave the dimension out
     * @return the key of the changed coordinates
     */
    abstract long with(long key, int d, int id);

    /**
     * @param ids the ids of the ten dimensions, from {@code offset}
     * @param offset where they start
     * @return the key
     */
    abstract long key(int[] ids, int offset);

    /**
     * The space for dictionaries of the given sizes.
     *
     * @param widths the bits each dimension's ids need
     * @return packed keys if they fit 63 bits, interned keys otherwise
     */
    static KeySpace of(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total <= 63 ? new Packed(widths) : new Interned();
    }

    /** Ids packed side by side in the bits of the key. */
    static final class Packed extends KeySpace {
        private final int[] shift = new int[DIMENSIONS];
        private final long[] mask = new long[DIMENSIONS];

        Packed(int[] widths) {
            int at = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                shift[d] = at;
                mask[d] = (1L << widths[d]) - 1;
                at += widths[d];
            }
        }

        @Override
        int get(long key, int d) {
            return (int) ((key >>> shift[d]) & mask[d]);
        }

        @Override
        long with(long key, int d, int id) {
            return (key & ~(mask[d] << shift[d])) | ((long) id << shift[d]);
        }

        @Override
        long key(int[] ids, int offset) {
            long key = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                key |= (long) ids[offset + d] << shift[d];
            }
            return key;
        }
    }

    /** Each distinct id tuple numbered in order of first use; the key is that number. */
    static final class Interned extends KeySpace {
        private int[] tuples = new int[DIMENSIONS * 256];
        private int count;
        /** Open addressing over tuple numbers plus one (0 = free). */
        private int[] table = new int[512];
        private final int[] scratch = new int[DIMENSIONS];

        @Override
        int get(long key, int d) {
            return tuples[(int) key * DIMENSIONS + d];
        }

        @Override
        long with(long key, int d, int id) {
            int at = (int) key * DIMENSIONS;
            if (tuples[at + d] == id) {
                return key;
            }
            System.arraycopy(tuples, at, scratch, 0, DIMENSIONS);
            scratch[d] = id;
            return key(scratch, 0);
        }

        @Override
        long key(int[] ids, int offset) {
            int h = 1;
            for (int d = 0; d < DIMENSIONS; d++) {
                h = h * 31 + ids[offset + d];
            }
            h *= 0x9E37_79B9;
            int mask = table.length - 1;
            for (int i = (h ^ (h >>> 16)) & mask;; i = (i + 1) & mask) {
                int t = table[i];
                if (t == 0) {
                    return add(ids, offset, i);
                }
                if (Arrays.equals(tuples, (t - 1) * DIMENSIONS, t * DIMENSIONS, ids, offset, offset + DIMENSIONS)) {
                    return t - 1;
                }
            }
        }

        private long add(int[] ids, int offset, int free) {
            if ((count + 1) * DIMENSIONS > tuples.length) {
                tuples = Arrays.copyOf(tuples, tuples.length * 2);
            }
            System.arraycopy(ids, offset, tuples, count * DIMENSIONS, DIMENSIONS);
            int number = count++;
            table[free] = number + 1;
            if (count * 2 > table.length) {
                rehash();
            }
            return number;
        }

        private void rehash() {
            table = new int[table.length * 2];
            int mask = table.length - 1;
            for (int n = 0; n < count; n++) {
                int h = 1;
                for (int d = 0; d < DIMENSIONS; d++) {
                    h = h * 31 + tuples[n * DIMENSIONS + d];
                }
                h *= 0x9E37_79B9;
                int i = (h ^ (h >>> 16)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = n + 1;
            }
        }
    }
}
