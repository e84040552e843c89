package org.budgetkit.rules.internal.columnar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
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
    /** Sparse groups: a fact's cell. */
    static final byte LEAF = 1;
    /** Sparse groups: a total's cell. */
    static final byte DERIVED = 2;
    /** Dense groups, presence bits: a fact is at the cell. */
    static final byte FACT = 1;
    /** Dense groups, presence bits: the cell received from a cell below. */
    static final byte RECEIVED = 2;
    /** Dense groups, presence bits: the cell holds a total. */
    static final byte PRESENT = 4;
    /**
     * Cells a worker allocates at once for dense groups: past half a G1 region, so the totals go
     * straight to the old generation instead of being copied by each young collection.
     */
    static final int SLAB_CELLS = 1 << 22;

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

    /**
     * A group's whole cell space: the sum of cell {@code c} at {@code offset + c} of a shared slab,
     * whether it holds a total at {@code presence[presenceOffset + c]} (non-zero: yes; full groups
     * share one presence array).
     */
    static final class Dense {
        final long[] sums;
        final int offset;
        final byte[] presence;
        final int presenceOffset;
        final byte[] codes;
        final int present;
        final boolean full;

        Dense(long[] sums, int offset, byte[] presence, int presenceOffset, byte[] codes, int present, boolean full) {
            this.sums = sums;
            this.offset = offset;
            this.presence = presence;
            this.presenceOffset = presenceOffset;
            this.codes = codes;
            this.present = present;
            this.full = full;
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
    private volatile byte[] fullPresence;
    private int fullPresent;

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

        // Runs of consecutive facts with one group key, found in parallel slices for large stores.
        int threads = Runtime.getRuntime().availableProcessors();
        boolean parallel = n >= options.parallelMinFacts() && threads > 1;
        int slices = parallel ? threads * 2 : 1;
        int[][] sliceRuns = new int[slices][];
        IntStream ids = IntStream.range(0, slices);
        (parallel ? ids.parallel() : ids).forEach(k -> sliceRuns[k] = runStarts(lo, hi, maskLo, maskHi,
                (int) ((long) n * k / slices), (int) ((long) n * (k + 1) / slices)));
        LongPairIntMap groups = new LongPairIntMap(64);
        long[] gLo = new long[16];
        int[] gHi = new int[16];
        int g = 0;
        int runs = 0;
        for (int[] r0 : sliceRuns) {
            runs += r0[0];
        }
        int[] runStart = new int[runs];
        int[] runGroup = new int[runs];
        runs = 0;
        long prevLo = 0;
        int prevHi = 0;
        for (int[] slice : sliceRuns) {
            for (int k = 1; k <= slice[0]; k++) {
                int i = slice[k];
                long pl = lo[i] & maskLo;
                int ph = hi == null ? 0 : hi[i] & maskHi;
                if (runs > 0 && pl == prevLo && ph == prevHi) {
                    continue; // a run cut by a slice boundary
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
                runStart[runs] = i;
                runGroup[runs] = id;
                runs++;
                prevLo = pl;
                prevHi = ph;
            }
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
        int[] permutation = perm;
        if (parallel && g > 1) {
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
                    blocks[k] = w.process(k, start[k], start[k + 1], permutation, c[1] - k);
                }
            });
        } else {
            Worker w = new Worker();
            for (int k = 0; k < g; k++) {
                blocks[k] = w.process(k, start[k], start[k + 1], permutation, g - k);
            }
        }
        return new BlockTotals(columns, r, groupLo, groupHi, groups, blocks);
    }

    /** @return which cells of a full group hold totals, computed when the first full group is met */
    private byte[] fullPresence() {
        byte[] p = fullPresence;
        if (p == null) {
            synchronized (this) {
                p = fullPresence;
                if (p == null) {
                    int[] present = new int[1];
                    p = space.fullPresence(present);
                    fullPresent = present[0];
                    fullPresence = p;
                }
            }
        }
        return p;
    }

    /** @return {@code [count, start, start, …]}: where the group key changes in {@code from .. to} */
    private static int[] runStarts(long[] lo, int[] hi, long maskLo, int maskHi, int from, int to) {
        int[] out = new int[16];
        int count = 0;
        long prevLo = 0;
        int prevHi = 0;
        for (int i = from; i < to; i++) {
            long pl = lo[i] & maskLo;
            int ph = hi == null ? 0 : hi[i] & maskHi;
            if (i == from || pl != prevLo || ph != prevHi) {
                if (++count == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count] = i;
                prevLo = pl;
                prevHi = ph;
            }
        }
        out[0] = count;
        return out;
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
        private final boolean bounded = columns.sumsFitLong;
        private long[] slab;
        private int slabUsed;
        private byte[] presenceSlab;
        private int presenceUsed;
        private byte[] spareCodes;
        private int[] cells = new int[64];
        private long[] sums = new long[64];
        private byte[] presence = new byte[64];
        private byte[] codes = new byte[64];
        private int count;

        Object process(int group, int from, int to, int[] perm, int groupsLeft) {
            boolean dense = switch (options.mode()) {
                case DENSE -> true;
                case SPARSE -> false;
                case AUTO -> r.size <= options.denseMaxCells() && r.size <= Math.max(4096L, 16L * (to - from));
            };
            return dense ? dense(group, from, to, perm, groupsLeft) : sparse(group, from, to, perm);
        }

        private Object dense(int group, int from, int to, int[] perm, int groupsLeft) {
            int size = r.size;
            if (slab == null || slabUsed + size > slab.length) {
                // Zeroed by the allocation; a group that ends sparse clears its cells for the next.
                int cells = (int) Math.max(size, Math.min(SLAB_CELLS, (long) size * groupsLeft));
                slab = new long[cells];
                slabUsed = 0;
            }
            if (presenceSlab == null || presenceUsed + size > presenceSlab.length) {
                // One group's scratch at first; room for more once groups keep their presence.
                int cells = presenceSlab == null ? size
                        : (int) Math.max(size, Math.min(SLAB_CELLS, (long) size * groupsLeft));
                presenceSlab = new byte[cells];
                presenceUsed = 0;
            }
            long[] acc = slab;
            int off = slabUsed;
            byte[] pres = presenceSlab;
            int po = presenceUsed;
            byte[] cc = !withCodes ? null : spareCodes != null ? spareCodes : new byte[size];
            spareCodes = null;
            int leaves = cc == null && r.packed && bounded ? addPacked(acc, off, pres, po, from, to, perm)
                    : addGeneral(acc, off, pres, po, cc, from, to, perm);
            if (cc == null && bounded && leaves == r.fullLeaves) {
                // Every combination is there: the totals are where the shared pattern says.
                for (int j = 0; j < r.count; j++) {
                    if (r.rolled[j]) {
                        propagateSums(j, acc, off);
                    }
                }
                Arrays.fill(pres, po, po + size, (byte) 0);
                slabUsed += size;
                byte[] pattern = fullPresence();
                return new Dense(acc, off, pattern, 0, null, fullPresent, true);
            }
            for (int j = 0; j < r.count; j++) {
                if (r.rolled[j]) {
                    if (cc != null) {
                        propagateWithCodes(group, j, acc, off, pres, po, cc);
                    } else if (bounded) {
                        propagateSums(j, acc, off);
                        propagatePresence(j, pres, po);
                    } else {
                        propagateChecked(j, acc, off, pres, po);
                    }
                }
            }
            int present = 0;
            int both = 0;
            for (int c = po, end = po + size; c < end; c++) {
                int p = pres[c];
                present += p >> 2;
                both |= p & (p >> 1);
            }
            if ((both & FACT) != 0) {
                throw overlapIn(group, pres, po);
            }
            // Keep the cells when most are totals: 9 bytes a cell beat 12 a total.
            if (present * 12L >= size * 9L) {
                slabUsed += size;
                presenceUsed += size;
                return new Dense(acc, off, pres, po, cc, present, false);
            }
            int[] outCells = new int[present];
            long[] outSums = new long[present];
            byte[] outCodes = cc == null ? null : new byte[present];
            int k = 0;
            for (int c = 0; c < size; c++) {
                if (pres[po + c] != 0) {
                    outCells[k] = c;
                    outSums[k] = acc[off + c];
                    if (outCodes != null) {
                        outCodes[k] = cc[c];
                    }
                    k++;
                    acc[off + c] = 0;
                    pres[po + c] = 0;
                }
            }
            spareCodes = cc;
            return new Sparse(outCells, outSums, outCodes);
        }

        /**
         * Adds each fact into its cell: the hot loop, for keys of at most four fields in one word
         * and amounts whose magnitudes sum within a long (no total can overflow).
         */
        private int addPacked(long[] acc, int off, byte[] pres, int po, int from, int to, int[] perm) {
            long[] amounts = columns.amounts;
            long[] keys = columns.keysLo;
            int base = r.packedBase;
            int leaves = 0;
            int s0 = r.packedShift[0];
            int s1 = r.packedShift[1];
            int s2 = r.packedShift[2];
            int s3 = r.packedShift[3];
            long m0 = r.packedMask[0];
            long m1 = r.packedMask[1];
            long m2 = r.packedMask[2];
            long m3 = r.packedMask[3];
            int t0 = r.packedStride[0];
            int t1 = r.packedStride[1];
            int t2 = r.packedStride[2];
            int t3 = r.packedStride[3];
            if (perm == null && r.fields <= 3) {
                // The common case (two trees and one more dimension in the cells), one field less.
                for (int i = from; i < to; i++) {
                    long key = keys[i];
                    int cell = base + (int) ((key >>> s0) & m0) * t0 + (int) ((key >>> s1) & m1) * t1
                            + (int) ((key >>> s2) & m2) * t2;
                    acc[off + cell] += amounts[i];
                    leaves += 1 - (pres[po + cell] >> 2);
                    pres[po + cell] = FACT | PRESENT;
                }
            } else if (perm == null) {
                for (int i = from; i < to; i++) {
                    long key = keys[i];
                    int cell = base + (int) ((key >>> s0) & m0) * t0 + (int) ((key >>> s1) & m1) * t1
                            + (int) ((key >>> s2) & m2) * t2 + (int) ((key >>> s3) & m3) * t3;
                    acc[off + cell] += amounts[i];
                    leaves += 1 - (pres[po + cell] >> 2);
                    pres[po + cell] = FACT | PRESENT;
                }
            } else {
                for (int k = from; k < to; k++) {
                    int i = perm[k];
                    long key = keys[i];
                    int cell = base + (int) ((key >>> s0) & m0) * t0 + (int) ((key >>> s1) & m1) * t1
                            + (int) ((key >>> s2) & m2) * t2 + (int) ((key >>> s3) & m3) * t3;
                    acc[off + cell] += amounts[i];
                    leaves += 1 - (pres[po + cell] >> 2);
                    pres[po + cell] = FACT | PRESENT;
                }
            }
            return leaves;
        }

        private int addGeneral(long[] acc, int off, byte[] pres, int po, byte[] cc, int from, int to, int[] perm) {
            long[] amounts = columns.amounts;
            long[] lo = columns.keysLo;
            int[] hi = columns.keysHi;
            byte[] pc = columns.precisions;
            int leaves = 0;
            for (int k = from; k < to; k++) {
                int i = perm == null ? k : perm[k];
                int cell = r.cell(lo[i], hi == null ? 0 : hi[i]);
                if (cc != null && (pres[po + cell] == 0 || pc[i] < cc[cell])) {
                    cc[cell] = pc[i];
                }
                leaves += 1 - (pres[po + cell] >> 2);
                pres[po + cell] = FACT | PRESENT;
                acc[off + cell] = Math.addExact(acc[off + cell], amounts[i]);
            }
            return leaves;
        }

        /**
         * Adds every cell of rolled dimension {@code j} into its parent's, deepest values first,
         * without overflow checks (the store's bound rules overflow out). An absent cell adds
         * zero. A plain loop the compiler can vectorize.
         */
        private void propagateSums(int j, long[] acc, int off) {
            int s = r.stride[j];
            int block = r.radix[j] * s;
            int[] order = r.order[j];
            int[] parent = r.parent[j];
            int from = r.innerFrom[j];
            int to = r.innerTo[j];
            for (int base = off, end = off + r.size; base < end; base += block) {
                for (int v : order) {
                    int src = base + v * s;
                    int dst = base + parent[v] * s;
                    for (int t = from; t < to; t++) {
                        acc[dst + t] += acc[src + t];
                    }
                }
            }
        }

        /**
         * Marks {@link #PRESENT} and {@link #RECEIVED} every cell that receives from a cell with
         * a total: a fact's cell that receives ends with {@link #FACT} and {@link #RECEIVED},
         * found afterwards. Bit operations only, so the compiler can vectorize.
         */
        private void propagatePresence(int j, byte[] pres, int po) {
            int s = r.stride[j];
            int block = r.radix[j] * s;
            int[] order = r.order[j];
            int[] parent = r.parent[j];
            int from = r.innerFrom[j];
            int to = r.innerTo[j];
            for (int base = po, end = po + r.size; base < end; base += block) {
                for (int v : order) {
                    int src = base + v * s;
                    int dst = base + parent[v] * s;
                    for (int t = from; t < to; t++) {
                        int p = pres[src + t] & PRESENT;
                        pres[dst + t] |= (byte) (p | (p >> 1));
                    }
                }
            }
        }

        /** As {@link #propagateSums} and {@link #propagatePresence}, checking every addition. */
        private void propagateChecked(int j, long[] acc, int off, byte[] pres, int po) {
            int s = r.stride[j];
            int block = r.radix[j] * s;
            int[] order = r.order[j];
            int[] parent = r.parent[j];
            for (int base = 0; base < r.size; base += block) {
                for (int v : order) {
                    int src = base + v * s;
                    int dst = base + parent[v] * s;
                    for (int t = 0; t < s; t++) {
                        acc[off + dst + t] = Math.addExact(acc[off + dst + t], acc[off + src + t]);
                        int p = pres[po + src + t] & PRESENT;
                        pres[po + dst + t] |= (byte) (p | (p >> 1));
                    }
                }
            }
        }

        private void propagateWithCodes(int group, int j, long[] acc, int off, byte[] pres, int po, byte[] cc) {
            int s = r.stride[j];
            int block = r.radix[j] * s;
            int[] order = r.order[j];
            int[] parent = r.parent[j];
            for (int base = 0; base < r.size; base += block) {
                for (int v : order) {
                    int src = base + v * s;
                    int dst = base + parent[v] * s;
                    for (int t = 0; t < s; t++) {
                        if (pres[po + src + t] == 0) {
                            continue;
                        }
                        byte pd = pres[po + dst + t];
                        if ((pd & FACT) != 0) {
                            throw overlap(group, dst + t, src + t);
                        }
                        acc[off + dst + t] = Math.addExact(acc[off + dst + t], acc[off + src + t]);
                        if (pd == 0 || cc[src + t] < cc[dst + t]) {
                            cc[dst + t] = cc[src + t];
                        }
                        pres[po + dst + t] = PRESENT | RECEIVED;
                    }
                }
            }
        }

        /** The error for a fact's cell that received totals from below: names it and one cell below. */
        private IllegalArgumentException overlapIn(int group, byte[] pres, int po) {
            for (int c = 0; c < r.size; c++) {
                if ((pres[po + c] & (FACT | RECEIVED)) == (FACT | RECEIVED)) {
                    for (int j = 0; j < r.count; j++) {
                        if (!r.rolled[j]) {
                            continue;
                        }
                        int local = r.local(j, c);
                        for (int v = 0; v < r.radix[j]; v++) {
                            int below = c + (v - local) * r.stride[j];
                            if (r.parent[j][v] == local && pres[po + below] != 0) {
                                return overlap(group, c, below);
                            }
                        }
                    }
                }
            }
            throw new IllegalStateException("no overlapping cell");
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
