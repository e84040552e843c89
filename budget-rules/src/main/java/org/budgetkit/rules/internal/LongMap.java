package org.budgetkit.rules.internal;

/**
 * An open-addressing hash map from a non-negative {@code long} (a packed or interned key of
 * {@link KeySpace}) to an object, with linear probing: no boxing, no entry objects. Not
 * thread-safe.
 *
 * @param <V> the value type
 */
final class LongMap<V> {
    /** Keys are stored plus one, so that 0 marks a free slot without filling the array. */
    private long[] keys;
    private Object[] values;
    private int size;
    private int shift;

    /**
     * An empty map.
     *
     * @param expected how many entries are expected
     */
    LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new Object[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
    }

    /**
     * @param key a key, not negative
     * @return its value, or null if none
     */
    @SuppressWarnings("unchecked")
    V get(long key) {
        long stored = key + 1;
        int mask = keys.length - 1;
        for (int i = slot(key);; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == stored) {
                return (V) values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    /** @return whether the key has a value */
    boolean containsKey(long key) {
        return get(key) != null;
    }

    /**
     * Sets the value of a key (replacing any).
     *
     * @param key the key, not negative
     * @param value the value, not null
     */
    void put(long key, V value) {
        long stored = key + 1;
        int mask = keys.length - 1;
        for (int i = slot(key);; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == stored) {
                values[i] = value;
                return;
            }
            if (k == 0) {
                keys[i] = stored;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
        }
    }

    /** @return the number of entries */
    int size() {
        return size;
    }

    private void grow() {
        long[] k = keys;
        Object[] v = values;
        allocate(k.length * 2);
        int mask = keys.length - 1;
        for (int j = 0; j < k.length; j++) {
            if (k[j] != 0) {
                int i = slot(k[j] - 1);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k[j];
                values[i] = v[j];
            }
        }
    }
}
