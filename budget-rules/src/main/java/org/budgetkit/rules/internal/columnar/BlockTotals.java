package org.budgetkit.rules.internal.columnar;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;

/**
 * The totals of a {@link RollUpEngine} roll-up: per group, either the dense arrays of its cell
 * space (sums and presence) or its totals sorted by cell. Immutable and thread-safe.
 */
final class BlockTotals implements Totals {
    private final FactColumns columns;
    private final RSpace space;
    private final long[] groupLo;
    private final int[] groupHi;
    private final LongPairIntMap groups;
    private final Object[] blocks;
    private final long size;

    BlockTotals(FactColumns columns, RSpace space, long[] groupLo, int[] groupHi, LongPairIntMap groups,
            Object[] blocks) {
        this.columns = columns;
        this.space = space;
        this.groupLo = groupLo;
        this.groupHi = groupHi;
        this.groups = groups;
        this.blocks = blocks;
        long n = 0;
        for (Object b : blocks) {
            n += b instanceof RollUpEngine.Dense d ? d.present : ((RollUpEngine.Sparse) b).cells.length;
        }
        this.size = n;
    }

    /** @return how the groups were kept, for tests: {@code full=…, dense=…, sparse=…} */
    String shape() {
        int full = 0;
        int dense = 0;
        for (Object b : blocks) {
            if (b instanceof RollUpEngine.Dense d) {
                if (d.full) {
                    full++;
                } else {
                    dense++;
                }
            }
        }
        return "full=" + full + ", dense=" + dense + ", sparse=" + (blocks.length - full - dense);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean isWide() {
        return false;
    }

    @Override
    public Optional<Amount> amount(Coordinates coordinates) {
        Objects.requireNonNull(coordinates, "coordinates");
        KeyLayout layout = columns.layout;
        long lo = 0;
        int hi = 0;
        for (int d = 0; d < FactColumns.DIMENSIONS; d++) {
            if (space.inCells[d]) {
                continue;
            }
            Object v = FactColumns.valueOf(coordinates, Dimension.all().get(d));
            switch (layout.kind[d]) {
                case KeyLayout.ABSENT:
                    if (v != null) {
                        return Optional.empty();
                    }
                    break;
                case KeyLayout.CONSTANT:
                    if (!columns.dictionaries[d].value(1).equals(v)) {
                        return Optional.empty();
                    }
                    break;
                default:
                    int id = columns.dictionaries[d].id(v);
                    if (id < 0) {
                        return Optional.empty();
                    }
                    if (layout.word[d] == KeyLayout.LO) {
                        lo |= layout.bits(d, id);
                    } else {
                        hi |= (int) layout.bits(d, id);
                    }
            }
        }
        int g = groups.get(lo, hi);
        int cell = space.cellOf(coordinates);
        if (g < 0 || cell < 0) {
            return Optional.empty();
        }
        Object block = blocks[g];
        if (block instanceof RollUpEngine.Dense d) {
            return d.presence[d.presenceOffset + cell] == 0 ? Optional.empty()
                    : Optional.of(amount(d.sums[d.offset + cell], d.codes, cell));
        }
        RollUpEngine.Sparse s = (RollUpEngine.Sparse) block;
        int k = Arrays.binarySearch(s.cells, cell);
        return k < 0 ? Optional.empty() : Optional.of(amount(s.sums[k], s.codes, k));
    }

    private Amount amount(long sum, byte[] codes, int index) {
        byte code = codes == null ? columns.uniformPrecision : codes[index];
        return PrecisionCodes.amount(BigDecimal.valueOf(sum, columns.scale), columns.unit, code);
    }

    @Override
    public void forEach(BiConsumer<? super Coordinates, ? super Amount> action) {
        Objects.requireNonNull(action, "action");
        for (int g = 0; g < blocks.length; g++) {
            Coordinates group = space.groupCoordinates(groupLo[g], groupHi[g]);
            Object block = blocks[g];
            if (block instanceof RollUpEngine.Dense d) {
                for (int cell = 0; cell < space.size; cell++) {
                    if (d.presence[d.presenceOffset + cell] != 0) {
                        action.accept(space.coordinates(group, cell), amount(d.sums[d.offset + cell], d.codes, cell));
                    }
                }
            } else {
                RollUpEngine.Sparse s = (RollUpEngine.Sparse) block;
                for (int k = 0; k < s.cells.length; k++) {
                    action.accept(space.coordinates(group, s.cells[k]), amount(s.sums[k], s.codes, k));
                }
            }
        }
    }
}
