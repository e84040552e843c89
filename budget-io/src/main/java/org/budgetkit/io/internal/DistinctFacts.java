package org.budgetkit.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetkit.model.fact.Fact;

/**
 * Facts in reading order, each with the line it was read from, and the first one that repeats
 * an earlier fact's coordinates and provenance (whatever its amount).
 *
 * <p>Adding a fact only appends its hash: looking each fact up in one table as large as the
 * input would cost a cache miss a fact. {@link #firstRepeat()} then splits the facts by the top
 * bits of their hashes into groups of about a thousand, in reading order, and finds repeats group
 * by group in a table small enough to stay in the cache. A reader asks for it at the end, and
 * before reporting any other error, so that a repeat is reported exactly when and where a check
 * row by row would have reported it: at the first row that repeats an earlier one, if no other
 * error comes before it. Not thread-safe.
 */
public final class DistinctFacts {
    private static final int GROUP = 1024;

    private final List<Fact> facts = new ArrayList<>();
    private int[] lines = new int[64];
    private int[] hashes = new int[64];

    /** A fact that repeats an earlier one. */
    public record Repeat(Fact fact, int line, int earlierLine) {
    }

    /**
     * Adds a fact.
     *
     * @param fact the fact, not null
     * @param line the line it was read from
     */
    public void add(Fact fact, int line) {
        int index = facts.size();
        facts.add(fact);
        if (index == lines.length) {
            lines = Arrays.copyOf(lines, index * 2);
            hashes = Arrays.copyOf(hashes, index * 2);
        }
        lines[index] = line;
        hashes[index] = hash(fact);
    }

    /** @return the facts in the order added, never null */
    public List<Fact> facts() {
        return facts;
    }

    /**
     * The first fact, in reading order, with the same coordinates and provenance as an earlier
     * one.
     *
     * @return it, with its line and the line of the first fact it repeats; null if there is none
     */
    public Repeat firstRepeat() {
        int n = facts.size();
        if (n < 2) {
            return null;
        }
        int bits = 0;
        while (bits < 16 && (n >>> bits) > GROUP) {
            bits++;
        }
        int groups = 1 << bits;
        // Counting sort of the fact numbers by group: stable, so each group is in reading order.
        int[] start = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            start[group(hashes[i], bits) + 1]++;
        }
        int largest = 0;
        for (int g = 0; g < groups; g++) {
            largest = Math.max(largest, start[g + 1]);
            start[g + 1] += start[g];
        }
        int[] order = new int[n];
        int[] next = Arrays.copyOf(start, groups);
        for (int i = 0; i < n; i++) {
            order[next[group(hashes[i], bits)]++] = i;
        }
        int[] table = new int[Integer.highestOneBit(Math.max(1, largest)) * 4];
        int first = Integer.MAX_VALUE;
        int earlier = -1;
        for (int g = 0; g < groups; g++) {
            int size = start[g + 1] - start[g];
            if (size < 2) {
                continue;
            }
            int mask = Integer.highestOneBit(size) * 4 - 1;
            Arrays.fill(table, 0, mask + 1, 0);
            for (int k = start[g]; k < start[g + 1]; k++) {
                int i = order[k];
                if (i >= first) {
                    // Later than a repeat already found: this group cannot give an earlier one.
                    break;
                }
                int s = hashes[i] & mask;
                int found = -1;
                while (table[s] != 0) {
                    int j = table[s] - 1;
                    if (hashes[j] == hashes[i] && same(facts.get(j), facts.get(i))) {
                        found = j;
                        break;
                    }
                    s = (s + 1) & mask;
                }
                if (found >= 0) {
                    // The first repeat of this group (reading order): compare with the others'.
                    first = i;
                    earlier = found;
                    break;
                }
                table[s] = i + 1;
            }
        }
        return earlier < 0 ? null : new Repeat(facts.get(first), lines[first], lines[earlier]);
    }

    private static boolean same(Fact a, Fact b) {
        return a.coordinates().equals(b.coordinates()) && a.provenance().equals(b.provenance());
    }

    private static int group(int hash, int bits) {
        return bits == 0 ? 0 : hash >>> (32 - bits);
    }

    private static int hash(Fact fact) {
        int h = fact.coordinates().hashCode() * 31 + fact.provenance().hashCode();
        // Spread the bits: groups take the high ones, tables the low ones.
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
