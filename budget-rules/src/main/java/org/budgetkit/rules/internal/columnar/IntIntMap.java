package org.budgetkit.rules.internal.columnar;

import java.util.Arrays;

/** An open-addressing map from a non-negative {@code int} to an {@code int}; -1 is "none". */
final class IntIntMap {
    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(keys, -1);
        mask = capacity - 1;
    }

    /** @return the value of {@code key}, putting {@code ifAbsent} there first if it has none */
    int putIfAbsent(int key, int ifAbsent) {
        int slot = slot(key);
        while (true) {
            int k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k < 0) {
                keys[slot] = key;
                values[slot] = ifAbsent;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return ifAbsent;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        int[] k = keys;
        int[] v = values;
        allocate(k.length * 2);
        for (int i = 0; i < k.length; i++) {
            if (k[i] >= 0) {
                int slot = slot(k[i]);
                while (keys[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k[i];
                values[slot] = v[i];
            }
        }
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
