package org.budgetkit.rules.internal.columnar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;

/**
 * Rolls the facts of a store up every level of chosen hierarchies in one pass over distinct
 * leaves.
 *
 * <ol>
 * <li>Facts are split into groups by the dimensions that are not rolled up (the unit, say);
 *     consecutive facts of one group (a unit's document) are found without hashing, scattered
 *     ones are gathered by a counting sort.
 * <li>Within a group, each fact is added once into its cell: the mixed-radix number of its
 *     local ids on the rolled dimensions (and on small other dimensions). Facts at the same
 *     coordinates add up: these are the distinct leaves.
 * <li>Each rolled dimension is then propagated level by level, deepest first: every cell adds
 *     its sum into its parent's cell once (项 → 款 → 类 → total), so a sum is never recomputed
 *     from facts. Rolling up one dimension after the other yields every combination of levels.
 * </ol>
 *
 * <p>A group whose cell space is small for its facts is rolled up in a dense array (sequential
 * loops, no hashing); otherwise in a hash map over the touched cells only. Sums are
 * {@code long}s checked by {@link Math#addExact}; if one overflows, or the cell space does not fit
 * an {@code int}, the roll-up is redone exactly with {@code BigDecimal} ({@link MapTotals}).
 * Groups are rolled up on two or more threads (the common fork-join pool) for large stores.
 * A fact that sits at a total of other facts is an error: its amount would be counted twice.
 */
public final class RollUpEngine {
    static final byte LEAF = 1;
    static final byte DERIVED = 2;

    /** Which way groups are rolled up; {@link #AUTO} outside tests. */
    public enum Mode {
        /** Dense where the cell space is small for the group's facts, hash otherwise. */
        AUTO,
        /** Always dense. */
        DENSE,
        /** Always hash. */
        SPARSE
    }

    /**
     * Tuning, for tests.
     *
     * @param mode the way groups are rolled up
     * @param parallelMinFacts the fewest facts rolled up on several threads
     * @param extraCells the largest cell space other dimensions are added to
     * @param denseMaxCells the largest cell space rolled up densely
     */
    public record Options(Mode mode, int parallelMinFacts, int extraCells, int denseMaxCells) {
        /** @return the options used by {@link #rollUp(FactColumns, Collection)} */
        public static Options defaults() {
            return new Options(Mode.AUTO, 1 << 17, 1 << 16, 1 << 22);
        }
    }

    static final class Dense {
        final long[] sums;
        final byte[] presence;
        final byte[] codes;
        final int present;

        Dense(long[] sums, byte[] presence, byte[] codes, int present) {
            this.sums = sums;
            this.presence = presence;
            this.codes = codes;
            this.present = present;
        }
    }

    static final class Sparse {
        final int[] cells;
        final long[] sums;
        final byte[] codes;

        Sparse(int[] cells, long[] sums, byte[] codes) {
            this.cells = cells;
            this.sums = sums;
            this.codes = codes;
        }
    }

    private final FactColumns columns;
    private final Set<Integer> rolled;
    private final Options options;
    private RSpace space;
    private long[] groupLo;
    private int[] groupHi;

    private RollUpEngine(FactColumns columns, Set<Integer> rolled, Options options) {
        this.columns = columns;
        this.rolled = rolled;
        this.options = options;
    }

    /**
     * Rolls up with the default options.
     *
     * @param columns the store
     * @param dimensions hierarchical dimensions
     * @return the totals
     * @throws IllegalArgumentException if a fact sits at a total of other facts
     */
    public static Totals rollUp(FactColumns columns, Collection<Dimension<?>> dimensions) {
        return rollUp(columns, dimensions, Options.defaults());
    }

    /**
     * Rolls up.
     *
     * @param columns the store
     * @param dimensions hierarchical dimensions
     * @param options the tuning
     * @return the totals
     * @throws IllegalArgumentException if a fact sits at a total of other facts
     */
    public static Totals rollUp(FactColumns columns, Collection<Dimension<?>> dimensions, Options options) {
        Set<Integer> rolled = new TreeSet<>();
        for (Dimension<?> d : dimensions) {
            rolled.add(d.index());
        }
        try {
            return new RollUpEngine(columns, rolled, options).run();
        } catch (ArithmeticException | RSpace.TooLarge e) {
            // A sum left the range of a long (or the cells an int): redo it exactly, slowly.
            return MapTotals.rollUp(columns, rolled);
        }
    }

    private Totals run() {
        RSpace r = new RSpace(columns, rolled, options.extraCells());
        space = r;
        int n = columns.size;
        long[] lo = columns.keysLo;
        int[] hi = columns.keysHi;
        long maskLo = r.groupMaskLo;
        int maskHi = r.groupMaskHi;

        LongPairIntMap groups = new LongPairIntMap(64);
        long[] gLo = new long[16];
        int[] gHi = new int[16];
        int g = 0;
        int[] runStart = new int[16];
        int[] runGroup = new int[16];
        int runs = 0;
        long prevLo = 0;
        int prevHi = 0;
        for (int i = 0; i < n; i++) {
            long pl = lo[i] & maskLo;
            int ph = hi == null ? 0 : hi[i] & maskHi;
            if (runs > 0 && pl == prevLo && ph == prevHi) {
                continue;
            }
            int id = groups.putIfAbsent(pl, ph, g);
            if (id == g) {
                if (g == gLo.length) {
                    gLo = Arrays.copyOf(gLo, g * 2);
                    gHi = Arrays.copyOf(gHi, g * 2);
                }
                gLo[g] = pl;
                gHi[g] = ph;
                g++;
            }
            if (runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runGroup = Arrays.copyOf(runGroup, runs * 2);
            }
            runStart[runs] = i;
            runGroup[runs] = id;
            runs++;
            prevLo = pl;
            prevHi = ph;
        }
        groupLo = Arrays.copyOf(gLo, g);
        groupHi = Arrays.copyOf(gHi, g);

        // Group k's facts: start[k] .. start[k + 1], in perm if the groups are scattered.
        int[] start = new int[g + 1];
        int[] perm = null;
        if (runs == g) {
            System.arraycopy(runStart, 0, start, 0, g);
            start[g] = n;
        } else {
            for (int k = 0; k < runs; k++) {
                start[runGroup[k] + 1] += (k + 1 < runs ? runStart[k + 1] : n) - runStart[k];
            }
            for (int k = 0; k < g; k++) {
                start[k + 1] += start[k];
            }
            int[] pos = Arrays.copyOf(start, g);
            perm = new int[n];
            for (int k = 0; k < runs; k++) {
                int end = k + 1 < runs ? runStart[k + 1] : n;
                int p = pos[runGroup[k]];
                for (int i = runStart[k]; i < end; i++) {
                    perm[p++] = i;
                }
                pos[runGroup[k]] = p;
            }
        }

        Object[] blocks = new Object[g];
        int threads = Runtime.getRuntime().availableProcessors();
        int[] permutation = perm;
        if (n >= options.parallelMinFacts() && g > 1 && threads > 1) {
            List<int[]> chunks = new ArrayList<>();
            long target = Math.max(1, n / (threads * 4L));
            int first = 0;
            for (int k = 0; k < g; k++) {
                if (start[k + 1] - start[first] >= target || k == g - 1) {
                    chunks.add(new int[] {first, k + 1});
                    first = k + 1;
                }
            }
            chunks.parallelStream().forEach(c -> {
                Worker w = new Worker();
                for (int k = c[0]; k < c[1]; k++) {
                    blocks[k] = w.process(k, start[k], start[k + 1], permutation);
                }
            });
        } else {
            Worker w = new Worker();
            for (int k = 0; k < g; k++) {
                blocks[k] = w.process(k, start[k], start[k + 1], permutation);
            }
        }
        return new BlockTotals(columns, r, groupLo, groupHi, groups, blocks);
    }

    private IllegalArgumentException overlap(int group, int total, int part) {
        Coordinates a = space.coordinates(groupLo[group], groupHi[group], total);
        Coordinates b = space.coordinates(groupLo[group], groupHi[group], part);
        return overlap(a, b);
    }

    static IllegalArgumentException overlap(Coordinates total, Coordinates part) {
        return new IllegalArgumentException("overlapping facts: the fact at " + total
                + " is already a total of facts below it, such as " + part
                + "; roll up facts that do not overlap (leaves) / 事实重叠：" + total + " 处的事实已是其下级事实（如 " + part
                + "）的合计，只能汇总互不重叠的明细事实");
    }

    /** Rolls up one group at a time, reusing its buffers. */
    private final class Worker {
        private final RSpace r = space;
        private final boolean withCodes = columns.precisions != null;
        private long[] spareAcc;
        private byte[] sparePresence;
        private byte[] spareCodes;
        private int[] cells = new int[64];
        private long[] sums = new long[64];
        private byte[] presence = new byte[64];
        private byte[] codes = new byte[64];
        private int count;

        Object process(int group, int from, int to, int[] perm) {
            boolean dense = switch (options.mode()) {
                case DENSE -> true;
                case SPARSE -> false;
                case AUTO -> r.size <= options.denseMaxCells() && r.size <= Math.max(4096L, 16L * (to - from));
            };
            return dense ? dense(group, from, to, perm) : sparse(group, from, to, perm);
        }

        private Object dense(int group, int from, int to, int[] perm) {
            int size = r.size;
            long[] acc = spareAcc != null ? spareAcc : new long[size];
            byte[] pres = sparePresence != null ? sparePresence : new byte[size];
            byte[] cc = !withCodes ? null : spareCodes != null ? spareCodes : new byte[size];
            spareAcc = null;
            sparePresence = null;
            spareCodes = null;
            long[] amounts = columns.amounts;
            long[] lo = columns.keysLo;
            int[] hi = columns.keysHi;
            byte[] pc = columns.precisions;
            int present = 0;
            for (int k = from; k < to; k++) {
                int i = perm == null ? k : perm[k];
                int cell = r.cell(lo[i], hi == null ? 0 : hi[i]);
                if (pres[cell] == 0) {
                    pres[cell] = LEAF;
                    present++;
                    if (cc != null) {
                        cc[cell] = pc[i];
                    }
                } else if (cc != null && pc[i] < cc[cell]) {
                    cc[cell] = pc[i];
                }
                acc[cell] = Math.addExact(acc[cell], amounts[i]);
            }
            for (int j = 0; j < r.count; j++) {
                if (!r.rolled[j]) {
                    continue;
                }
                int s = r.stride[j];
                int block = r.radix[j] * s;
                int[] order = r.order[j];
                int[] parent = r.parent[j];
                for (int base = 0; base < size; base += block) {
                    for (int v : order) {
                        int src = base + v * s;
                        int dst = base + parent[v] * s;
                        for (int t = 0; t < s; t++) {
                            if (pres[src + t] == 0) {
                                continue;
                            }
                            byte pd = pres[dst + t];
                            if (pd == LEAF) {
                                throw overlap(group, dst + t, src + t);
                            }
                            acc[dst + t] = Math.addExact(acc[dst + t], acc[src + t]);
                            if (pd == 0) {
                                pres[dst + t] = DERIVED;
                                present++;
                                if (cc != null) {
                                    cc[dst + t] = cc[src + t];
                                }
                            } else if (cc != null && cc[src + t] < cc[dst + t]) {
                                cc[dst + t] = cc[src + t];
                            }
                        }
                    }
                }
            }
            // Keep the arrays when most cells are totals: 9 bytes a cell beat 12 a total.
            if (present * 12L >= size * 9L) {
                return new Dense(acc, pres, cc, present);
            }
            int[] outCells = new int[present];
            long[] outSums = new long[present];
            byte[] outCodes = cc == null ? null : new byte[present];
            int k = 0;
            for (int c = 0; c < size; c++) {
                if (pres[c] != 0) {
                    outCells[k] = c;
                    outSums[k] = acc[c];
                    if (outCodes != null) {
                        outCodes[k] = cc[c];
                    }
                    k++;
                    acc[c] = 0;
                    pres[c] = 0;
                }
            }
            spareAcc = acc;
            sparePresence = pres;
            spareCodes = cc;
            return new Sparse(outCells, outSums, outCodes);
        }

        private Object sparse(int group, int from, int to, int[] perm) {
            long[] amounts = columns.amounts;
            long[] lo = columns.keysLo;
            int[] hi = columns.keysHi;
            byte[] pc = columns.precisions;
            IntIntMap map = new IntIntMap(to - from);
            count = 0;
            for (int k = from; k < to; k++) {
                int i = perm == null ? k : perm[k];
                int cell = r.cell(lo[i], hi == null ? 0 : hi[i]);
                int slot = map.putIfAbsent(cell, count);
                byte code = pc == null ? 0 : pc[i];
                if (slot == count) {
                    append(cell, LEAF, code);
                } else if (code < codes[slot]) {
                    codes[slot] = code;
                }
                sums[slot] = Math.addExact(sums[slot], amounts[i]);
            }
            for (int j = 0; j < r.count; j++) {
                if (!r.rolled[j]) {
                    continue;
                }
                int s = r.stride[j];
                int radix = r.radix[j];
                int[] parent = r.parent[j];
                int[] depth = r.depth[j];
                for (int d = r.maxDepth[j]; d >= 1; d--) {
                    // Totals appended in this pass are one level up: the next pass adds them up.
                    for (int k = 0; k < count; k++) {
                        int cell = cells[k];
                        int v = (cell / s) % radix;
                        if (depth[v] != d || parent[v] < 0) {
                            continue;
                        }
                        int target = cell + (parent[v] - v) * s;
                        int slot = map.putIfAbsent(target, count);
                        if (slot == count) {
                            append(target, (byte) 0, codes[k]);
                        }
                        byte pd = presence[slot];
                        if (pd == LEAF) {
                            throw overlap(group, target, cell);
                        }
                        sums[slot] = Math.addExact(sums[slot], sums[k]);
                        if (pd == 0) {
                            presence[slot] = DERIVED;
                            codes[slot] = codes[k];
                        } else if (codes[k] < codes[slot]) {
                            codes[slot] = codes[k];
                        }
                    }
                }
            }
            long[] order = new long[count];
            for (int k = 0; k < count; k++) {
                order[k] = (long) cells[k] << 32 | k;
            }
            Arrays.sort(order);
            int[] outCells = new int[count];
            long[] outSums = new long[count];
            byte[] outCodes = withCodes ? new byte[count] : null;
            for (int k = 0; k < count; k++) {
                int slot = (int) order[k];
                outCells[k] = cells[slot];
                outSums[k] = sums[slot];
                if (outCodes != null) {
                    outCodes[k] = codes[slot];
                }
            }
            return new Sparse(outCells, outSums, outCodes);
        }

        private void append(int cell, byte pres, byte code) {
            if (count == cells.length) {
                int capacity = count * 2;
                cells = Arrays.copyOf(cells, capacity);
                sums = Arrays.copyOf(sums, capacity);
                presence = Arrays.copyOf(presence, capacity);
                codes = Arrays.copyOf(codes, capacity);
            }
            cells[count] = cell;
            sums[count] = 0;
            presence[count] = pres;
            codes[count] = code;
            count++;
        }
    }
}
