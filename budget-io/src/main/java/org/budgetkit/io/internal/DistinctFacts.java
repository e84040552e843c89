package org.budgetkit.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetkit.model.fact.Fact;

/**
 * Facts in reading order, each with the line it was read from, refusing a second fact with the
 * same coordinates and provenance (whatever its amount). An open-addressing table of indices
 * into the list: no key object, node or boxed line per fact. Not thread-safe.
 */
public final class DistinctFacts {
    private final List<Fact> facts = new ArrayList<>();
    private int[] lines = new int[64];
    /** Index + 1 of a fact, 0 for an empty slot; the length is a power of two. */
    private int[] slots = new int[64];
    /** The hash of the fact in each slot, so that a probe compares facts only on a full match. */
    private int[] hashes = new int[64];

    /**
     * Adds a fact unless one with the same coordinates and provenance is there.
     *
     * @param fact the fact, not null
     * @param line the line it was read from
     * @return 0 if added, else the line of the fact already there
     */
    public int add(Fact fact, int line) {
        if ((facts.size() + 1) * 2 > slots.length) {
            grow();
        }
        int hash = hash(fact);
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] != 0) {
            if (hashes[i] == hash) {
                Fact other = facts.get(slots[i] - 1);
                if (other.coordinates().equals(fact.coordinates()) && other.provenance().equals(fact.provenance())) {
                    return lines[slots[i] - 1];
                }
            }
            i = (i + 1) & mask;
        }
        int index = facts.size();
        facts.add(fact);
        if (index == lines.length) {
            lines = Arrays.copyOf(lines, index * 2);
        }
        lines[index] = line;
        slots[i] = index + 1;
        hashes[i] = hash;
        return 0;
    }

    /** @return the facts in the order added, never null */
    public List<Fact> facts() {
        return facts;
    }

    private static int hash(Fact fact) {
        int h = fact.coordinates().hashCode() * 31 + fact.provenance().hashCode();
        // Spread the bits: the table index takes the low ones.
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] newSlots = new int[slots.length * 2];
        int[] newHashes = new int[slots.length * 2];
        int mask = newSlots.length - 1;
        for (int k = 0; k < slots.length; k++) {
            if (slots[k] != 0) {
                int i = hashes[k] & mask;
                while (newSlots[i] != 0) {
                    i = (i + 1) & mask;
                }
                newSlots[i] = slots[k];
                newHashes[i] = hashes[k];
            }
        }
        slots = newSlots;
        hashes = newHashes;
    }
}
