package org.budgetkit.io.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of one text column, each kept once: files repeat the same few sources, tables,
 * row and column labels on row after row, so a read keeps one string per distinct label
 * instead of one per row, and a label equal to the previous row's costs one comparison. The
 * value of a cell is {@link Cells#restore(String)} of it. At most {@value #MAX_CACHED}
 * distinct cells are remembered; beyond that, values are still correct, only not shared.
 * Not thread-safe: one instance per column and read.
 */
public final class CellCache {
    static final int MAX_CACHED = 1 << 16;

    private final Map<String, String> values = new HashMap<>();
    private final int max;
    private String lastCell;
    private String lastValue;

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
        if (cell.equals(lastCell)) {
            return lastValue;
        }
        String value = values.get(cell);
        if (value == null) {
            value = Cells.restore(cell);
            if (values.size() < max) {
                values.put(cell, value);
            }
        }
        lastCell = cell;
        lastValue = value;
        return value;
    }
}
