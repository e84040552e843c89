package org.budgetkit.rules.internal;

/**
 * An open-addressing hash map from a non-negative {@code long} to an {@code int}, with linear
 * probing, meant to be reused: {@link #clear()} frees only the slots in use. Not thread-safe.
 */
final class LongIntMap {
    /** Keys are stored plus one, so that 0 marks a free slot. */
    private long[] keys;
    private int[] values;
    /** The slots in use, in order of insertion. */
    private int[] used;
    private int size;
    private int shift;

    /**
     * An empty map.
     *
     * @param expected how many entries are expected
     */
    LongIntMap(int expected) {
        allocate(Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        used = new int[capacity / 2 + 1];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
    }

    /**
     * @param key a key, not negative
     * @return its value, or -1 if none
     */
    int get(long key) {
        long stored = key + 1;
        int mask = keys.length - 1;
        for (int i = slot(key);; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == stored) {
                return values[i];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /**
     * Sets the value of a key that has none.
     *
     * @param key the key, not negative, not in the map
     * @param value the value
     */
    void putNew(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key + 1;
        values[i] = value;
        used[size++] = i;
    }

    /** Removes every entry, touching only the slots in use. */
    void clear() {
        for (int j = 0; j < size; j++) {
            keys[used[j]] = 0;
        }
        size = 0;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        int[] u = used;
        int n = size;
        allocate(k.length * 2);
        size = 0;
        for (int j = 0; j < n; j++) {
            putNew(k[u[j]] - 1, v[u[j]]);
        }
    }
}
