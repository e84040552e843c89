package org.budgetkit.rules.internal.columnar;

import java.util.Arrays;

/**
 * An open-addressing map from a pair ({@code long}, {@code int}) to an {@code int} value from 0:
 * the packed group keys of a roll-up. No boxing; read-only once filled (safe to share then).
 */
final class LongPairIntMap {
    private long[] firsts;
    private int[] seconds;
    private int[] values;
    private int size;
    private int mask;

    LongPairIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        firsts = new long[capacity];
        seconds = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** @return the value of the pair, or -1 */
    int get(long first, int second) {
        int slot = slot(first, second);
        while (true) {
            int v = values[slot];
            if (v < 0 || (firsts[slot] == first && seconds[slot] == second)) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the value of the pair, putting {@code ifAbsent} there first if it has none */
    int putIfAbsent(long first, int second, int ifAbsent) {
        int slot = slot(first, second);
        while (true) {
            int v = values[slot];
            if (v < 0) {
                firsts[slot] = first;
                seconds[slot] = second;
                values[slot] = ifAbsent;
                if (++size * 2 > values.length) {
                    grow();
                }
                return ifAbsent;
            }
            if (firsts[slot] == first && seconds[slot] == second) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] f = firsts;
        int[] s = seconds;
        int[] v = values;
        allocate(v.length * 2);
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= 0) {
                int slot = slot(f[i], s[i]);
                while (values[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                firsts[slot] = f[i];
                seconds[slot] = s[i];
                values[slot] = v[i];
            }
        }
    }

    private int slot(long first, int second) {
        long h = (first ^ (first >>> 29) ^ ((long) second * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
