package org.budgetkit.io.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of one text column, each kept once: files repeat the same few sources, tables,
 * row and column labels on row after row, so a read keeps one string per distinct label
 * instead of one per row. A label among the last {@value #RECENT} distinct ones (a table's
 * columns, taken in turn) costs a comparison or a few, others a hash lookup. The
 * value of a cell is {@link Cells#restore(String)} of it. At most {@value #MAX_CACHED}
 * distinct cells are remembered; beyond that, values are still correct, only not shared.
 * Not thread-safe: one instance per column and read.
 */
public final class CellCache {
    static final int MAX_CACHED = 1 << 16;
    static final int RECENT = 4;

    private final Map<String, String> values = new HashMap<>();
    private final int max;
    /** The last distinct cells and their values, a ring; {@code newest} is the last one used. */
    private final String[] recentCells = new String[RECENT];
    private final String[] recentValues = new String[RECENT];
    private int newest;

    /** A cache of at most {@value #MAX_CACHED} cells. */
    public CellCache() {
        this(MAX_CACHED);
    }

    /** A cache of at most {@code max} cells (tests use small ones). */
    CellCache(int max) {
        this.max = max;
    }

    /**
     * The value of a cell: {@link Cells#restore(String)}, the same instance for equal cells.
     *
     * @param cell the cell as read, not null
     * @return the value, never null
     */
    public String value(String cell) {
        for (int k = 0, i = newest; k < RECENT; k++, i = (i - 1) & (RECENT - 1)) {
            if (cell.equals(recentCells[i])) {
                return recentValues[i];
            }
        }
        String value = values.get(cell);
        if (value == null) {
            value = Cells.restore(cell);
            if (values.size() < max) {
                values.put(cell, value);
            }
        }
        newest = (newest + 1) & (RECENT - 1);
        recentCells[newest] = cell;
        recentValues[newest] = value;
        return value;
    }
}
