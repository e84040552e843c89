package org.budgetkit.rules.internal.columnar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.fact.Coordinates;

/**
 * The dense "cell" space a roll-up works in: the dimensions rolled up (each with the values of
 * the facts plus their ancestors, and 0 for the total) and, while the space stays small, the
 * narrowest other dimensions. A cell is a mixed-radix number of local ids. The remaining
 * dimensions form the group key: each group of facts with equal group key is rolled up in its
 * own cell space. Immutable once built.
 */
final class RSpace {
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    final FactColumns columns;
    /** The number of dimensions in the cell space, outermost first. */
    final int count;
    final int[] dimension;
    final boolean[] rolled;
    final int[] radix;
    final int[] stride;
    final int size;
    /** Local id to value (null for the total or absent). */
    final Object[][] values;
    final List<Map<Object, Integer>> index = new ArrayList<>();
    /** Rolled dimensions: local id to the local id of its parent, -1 where nothing is added up. */
    final int[][] parent;
    final int[][] depth;
    /** Rolled dimensions: the local ids that add into a parent, deepest first. */
    final int[][] order;
    /**
     * Rolled dimension {@code j}: the part {@code [innerFrom, innerTo)} of each run of
     * {@code stride[j]} cells that can hold anything when {@code j} is added up. Rolled
     * dimensions are added up outermost first, so an inner one not yet added up has only its
     * stored values filled (the range of its local ids 1 to m).
     */
    final int[] innerFrom;
    final int[] innerTo;
    final int[] maxDepth;

    /**
     * The number of distinct cells a full group's facts fill, or -1 if no group can be full
     * (a rolled dimension is constant or sometimes absent, or holds a value and its ancestor).
     */
    final long fullLeaves;
    /** Per cell dimension, the local ids a full group has totals at. */
    private final boolean[][] covered;

    /** Cell dimensions stored as key fields: extraction from a fact's key. */
    final int fields;
    final int[] fieldWord;
    final int[] fieldShift;
    final long[] fieldMask;
    final int[] fieldSubtract;
    final int[] fieldStride;
    /** The part of every cell from cell dimensions that are constant or absent in the store. */
    final int cellBase;
    /**
     * Whether every field is in the long word and there are at most {@value #PACKED} of them: then
     * a cell is {@code packedBase + Σ ((key >>> packedShift[f]) & packedMask[f]) * packedStride[f]},
     * unused fields having mask and stride 0 (the hot loop, unrolled).
     */
    final boolean packed;
    static final int PACKED = 4;
    final int[] packedShift = new int[PACKED];
    final long[] packedMask = new long[PACKED];
    final int[] packedStride = new int[PACKED];
    final int packedBase;
    /** The bits of a key that are not cell dimensions: the group key. */
    final long groupMaskLo;
    final int groupMaskHi;
    final boolean[] inCells = new boolean[FactColumns.DIMENSIONS];

    RSpace(FactColumns columns, Set<Integer> rolledDimensions, int extraCells) {
        this.columns = columns;
        KeyLayout layout = columns.layout;
        List<Integer> dims = new ArrayList<>();
        List<Boolean> isRolled = new ArrayList<>();
        long cells = 1;
        List<Object[]> vals = new ArrayList<>();
        List<int[]> parents = new ArrayList<>();
        List<int[]> depths = new ArrayList<>();
        for (int d = 0; d < FactColumns.DIMENSIONS; d++) {
            if (rolledDimensions.contains(d)) {
                buildRolled(d, vals, parents, depths);
                dims.add(d);
                isRolled.add(true);
                cells = Math.multiplyExact(cells, vals.get(vals.size() - 1).length);
            }
        }
        if (cells > Integer.MAX_VALUE) {
            throw new TooLarge("cell space of " + cells);
        }
        // Add the narrowest other dimensions while the space stays small: fewer, larger groups.
        List<Integer> others = new ArrayList<>();
        for (int d = 0; d < FactColumns.DIMENSIONS; d++) {
            if (!rolledDimensions.contains(d) && layout.kind[d] == KeyLayout.FIELD) {
                others.add(d);
            }
        }
        others.sort((a, b) -> Integer.compare(extraRadix(a), extraRadix(b)));
        List<Integer> extras = new ArrayList<>();
        for (int d : others) {
            long next = cells * extraRadix(d);
            if (next > extraCells) {
                break;
            }
            cells = next;
            extras.add(d);
        }
        // Extra dimensions innermost: they never add up, and rolled ones get long inner loops.
        for (int d : extras) {
            int sub = layout.alwaysPresent[d] ? 1 : 0;
            Dictionary dict = columns.dictionaries[d];
            Object[] v = new Object[dict.size() + 1 - sub];
            for (int local = 0; local < v.length; local++) {
                v[local] = local + sub == 0 ? null : dict.value(local + sub);
            }
            vals.add(v);
            parents.add(null);
            depths.add(null);
            dims.add(d);
            isRolled.add(false);
        }
        count = dims.size();
        dimension = dims.stream().mapToInt(Integer::intValue).toArray();
        rolled = new boolean[count];
        radix = new int[count];
        stride = new int[count];
        values = vals.toArray(new Object[0][]);
        parent = parents.toArray(new int[0][]);
        depth = depths.toArray(new int[0][]);
        order = new int[count][];
        maxDepth = new int[count];
        int s = 1;
        for (int j = count - 1; j >= 0; j--) {
            rolled[j] = isRolled.get(j);
            radix[j] = values[j].length;
            stride[j] = s;
            s *= radix[j];
            inCells[dimension[j]] = true;
            Map<Object, Integer> map = new HashMap<>();
            for (int local = 0; local < values[j].length; local++) {
                if (values[j][local] != null) {
                    map.put(values[j][local], local);
                }
            }
            index.add(0, map);
            if (rolled[j]) {
                order[j] = deepestFirst(parent[j], depth[j]);
                maxDepth[j] = Arrays.stream(depth[j]).max().orElse(0);
            }
        }
        size = (int) cells;

        // A group holding every combination of the store's values on the cell dimensions (every
        // unit has every 项 × 款 × source) is "full": which of its cells hold totals is then
        // known in advance, and it overlaps only if stored values are ancestors of each other.
        long leaves = 1;
        boolean fullPossible = true;
        boolean overlapping = false;
        covered = new boolean[count][];
        for (int j = 0; j < count; j++) {
            covered[j] = new boolean[radix[j]];
            int d = dimension[j];
            if (!rolled[j]) {
                leaves *= radix[j];
                Arrays.fill(covered[j], true);
                continue;
            }
            int m = columns.dictionaries[d].size();
            if (layout.kind[d] != KeyLayout.FIELD || !layout.alwaysPresent[d]) {
                fullPossible = false;
                continue;
            }
            leaves *= m;
            for (int v = 1; v <= m; v++) {
                covered[j][v] = true;
                for (int p = parent[j][v]; p >= 0; p = parent[j][p]) {
                    overlapping |= p >= 1 && p <= m;
                }
            }
            for (int v : order[j]) {
                covered[j][parent[j][v]] |= covered[j][v];
            }
        }
        fullLeaves = fullPossible && !overlapping ? leaves : -1;

        innerFrom = new int[count];
        innerTo = new int[count];
        for (int j = 0; j < count; j++) {
            innerTo[j] = stride[j];
            for (int k = j + 1; k < count; k++) {
                if (rolled[k]) {
                    int d = dimension[k];
                    int first = layout.kind[d] == KeyLayout.ABSENT ? 0
                            : layout.kind[d] == KeyLayout.CONSTANT || layout.alwaysPresent[d] ? 1 : 0;
                    int last = layout.kind[d] == KeyLayout.ABSENT ? 0 : columns.dictionaries[d].size();
                    innerFrom[j] = first * stride[k];
                    innerTo[j] = (last + 1) * stride[k];
                    break;
                }
            }
        }

        int f = 0;
        int base = 0;
        for (int j = 0; j < count; j++) {
            if (layout.kind[dimension[j]] == KeyLayout.FIELD) {
                f++;
            } else if (layout.kind[dimension[j]] == KeyLayout.CONSTANT) {
                base += stride[j]; // stored id 1 is local id 1
            }
        }
        fields = f;
        fieldWord = new int[f];
        fieldShift = new int[f];
        fieldMask = new long[f];
        fieldSubtract = new int[f];
        fieldStride = new int[f];
        long maskLo = -1L;
        int maskHi = -1;
        f = 0;
        for (int j = 0; j < count; j++) {
            int d = dimension[j];
            if (layout.kind[d] != KeyLayout.FIELD) {
                continue;
            }
            fieldWord[f] = layout.word[d];
            fieldShift[f] = layout.shift[d];
            fieldMask[f] = layout.mask[d];
            fieldSubtract[f] = rolled[j] ? 0 : layout.alwaysPresent[d] ? 1 : 0;
            fieldStride[f] = stride[j];
            if (layout.word[d] == KeyLayout.LO) {
                maskLo &= ~(layout.mask[d] << layout.shift[d]);
            } else {
                maskHi &= (int) ~(layout.mask[d] << layout.shift[d]);
            }
            f++;
        }
        cellBase = base;
        boolean allLo = fields <= PACKED;
        int pb = base;
        for (int k = 0; k < fields; k++) {
            allLo &= fieldWord[k] == KeyLayout.LO;
            if (k < PACKED) {
                packedShift[k] = fieldShift[k];
                packedMask[k] = fieldMask[k];
                packedStride[k] = fieldStride[k];
                pb -= fieldSubtract[k] * fieldStride[k];
            }
        }
        packed = allLo;
        packedBase = pb;
        groupMaskLo = maskLo;
        groupMaskHi = maskHi;
    }

    private int extraRadix(int d) {
        return columns.dictionaries[d].size() + (columns.layout.alwaysPresent[d] ? 0 : 1);
    }

    private void buildRolled(int d, List<Object[]> vals, List<int[]> parents, List<int[]> depths) {
        Dimension<?> dim = Dimension.all().get(d);
        Dictionary dict = columns.dictionaries[d];
        List<Object> local = new ArrayList<>();
        Map<Object, Integer> ids = new HashMap<>();
        local.add(null);
        // Stored ids keep their number: a fact's local id is its stored id, no lookup.
        for (int id = 1; id <= dict.size(); id++) {
            local.add(dict.value(id));
            ids.put(dict.value(id), id);
        }
        for (int id = 1; id <= dict.size(); id++) {
            for (Object p = parentOf(dim, dict.value(id)); p != null; p = parentOf(dim, p)) {
                if (ids.containsKey(p)) {
                    break;
                }
                ids.put(p, local.size());
                local.add(p);
            }
        }
        int[] par = new int[local.size()];
        int[] dep = new int[local.size()];
        par[0] = -1;
        for (int l = 1; l < local.size(); l++) {
            Object v = local.get(l);
            Object p = parentOf(dim, v);
            int level = 1;
            for (Object a = p; a != null; a = parentOf(dim, a)) {
                level++;
            }
            dep[l] = level;
            if (relationOf(dim, v) != Relation.COMPONENT) {
                par[l] = -1; // 其中 and alternative groupings are not summed into a parent
            } else if (p != null) {
                par[l] = ids.get(p);
            } else {
                par[l] = dim.isRequired() ? -1 : 0; // a fact always names its unit and flow: no grand total
            }
        }
        vals.add(local.toArray());
        parents.add(par);
        depths.add(dep);
    }

    private static int[] deepestFirst(int[] parent, int[] depth) {
        List<Integer> ids = new ArrayList<>();
        for (int l = 0; l < parent.length; l++) {
            if (parent[l] >= 0) {
                ids.add(l);
            }
        }
        ids.sort((a, b) -> depth[b] != depth[a] ? Integer.compare(depth[b], depth[a]) : Integer.compare(a, b));
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    static <V> Object parentOf(Dimension<V> dimension, Object value) {
        return dimension.parent(dimension.cast(value)).orElse(null);
    }

    static <V> Relation relationOf(Dimension<V> dimension, Object value) {
        return dimension.relation(dimension.cast(value));
    }

    /** @return the cell of a fact's key */
    int cell(long lo, int hi) {
        int cell = cellBase;
        for (int f = 0; f < fields; f++) {
            long w = fieldWord[f] == KeyLayout.LO ? lo : hi & 0xFFFF_FFFFL;
            cell += ((int) ((w >>> fieldShift[f]) & fieldMask[f]) - fieldSubtract[f]) * fieldStride[f];
        }
        return cell;
    }

    /**
     * The coordinates of a cell of a group.
     *
     * @param lo the group key's long word
     * @param hi the group key's int word
     * @param cell the cell
     * @return the coordinates
     */
    Coordinates coordinates(long lo, int hi, int cell) {
        return coordinates(groupCoordinates(lo, hi), cell);
    }

    /** @return the coordinates every cell of a group shares */
    Coordinates groupCoordinates(long lo, int hi) {
        Coordinates c = Coordinates.empty();
        for (int d = 0; d < FactColumns.DIMENSIONS; d++) {
            if (!inCells[d]) {
                Object v = columns.value(d, lo, hi);
                if (v != null) {
                    c = FactColumns.with(c, Dimension.all().get(d), v);
                }
            }
        }
        return c;
    }

    /** @return the group's coordinates completed with those of a cell */
    Coordinates coordinates(Coordinates group, int cell) {
        Coordinates c = group;
        for (int j = 0; j < count; j++) {
            Object v = values[j][local(j, cell)];
            if (v != null) {
                c = FactColumns.with(c, Dimension.all().get(dimension[j]), v);
            }
        }
        return c;
    }

    /**
     * The cell of coordinates.
     *
     * @param coordinates the coordinates
     * @return the cell, or -1 if some value of a cell dimension is in no cell
     */
    int cellOf(Coordinates coordinates) {
        int cell = 0;
        for (int j = 0; j < count; j++) {
            Object v = FactColumns.valueOf(coordinates, Dimension.all().get(dimension[j]));
            int local;
            if (v == null) {
                if (values[j][0] != null) {
                    return -1;
                }
                local = 0;
            } else {
                Integer l = index.get(j).get(v);
                if (l == null) {
                    return -1;
                }
                local = l;
            }
            cell += local * stride[j];
        }
        return cell;
    }

    /**
     * Which cells of a full group hold totals.
     *
     * @param present receives the number of such cells in element 0
     * @return for each cell, {@code 0} for none, non-zero for a total
     */
    byte[] fullPresence(int[] present) {
        byte[] out = new byte[size];
        int n = 0;
        for (int c = 0; c < size; c++) {
            boolean all = true;
            for (int j = 0; j < count && all; j++) {
                all = covered[j][local(j, c)];
            }
            if (all) {
                out[c] = RollUpEngine.PRESENT;
                n++;
            }
        }
        present[0] = n;
        return out;
    }

    /** @return the local id of cell dimension {@code j} in a cell */
    int local(int j, int cell) {
        return (cell / stride[j]) % radix[j];
    }
}
