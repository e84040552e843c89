package org.budgetkit.rules.internal.columnar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;

/**
 * The exact fall-back of a roll-up, for sums beyond the range of a {@code long}: every fact is
 * added, as a {@code BigDecimal}, to each combination of its ancestors. Slow and rarely needed
 * (a {@code long} of fen holds 92 quadrillion yuan). Immutable and thread-safe.
 */
final class MapTotals implements Totals {
    private final Map<Coordinates, BigDecimal> sums;
    private final Map<Coordinates, Byte> codes;
    private final AmountUnit unit;

    private MapTotals(Map<Coordinates, BigDecimal> sums, Map<Coordinates, Byte> codes, AmountUnit unit) {
        this.sums = sums;
        this.codes = codes;
        this.unit = unit;
    }

    static MapTotals rollUp(FactColumns columns, Set<Integer> rolled) {
        Map<Coordinates, BigDecimal> sums = new LinkedHashMap<>();
        Map<Coordinates, Byte> codes = new HashMap<>();
        Map<Coordinates, Coordinates> below = new HashMap<>();
        Set<Coordinates> leaves = new java.util.HashSet<>();
        List<Dimension<?>> dims = new ArrayList<>();
        for (int d : rolled) {
            dims.add(Dimension.all().get(d));
        }
        for (int i = 0; i < columns.size; i++) {
            Coordinates leaf = columns.coordinates(i);
            leaves.add(leaf);
            BigDecimal value = BigDecimal.valueOf(columns.amounts[i], columns.scale);
            byte code = columns.precisionCode(i);
            List<Coordinates> targets = new ArrayList<>();
            targets.add(leaf);
            for (Dimension<?> d : dims) {
                List<Coordinates> next = new ArrayList<>();
                for (Coordinates t : targets) {
                    for (Object v : chain(d, FactColumns.valueOf(t, d))) {
                        next.add(v == null ? t.without(d) : FactColumns.with(t, d, v));
                    }
                }
                targets = next;
            }
            for (Coordinates t : targets) {
                sums.merge(t, value, BigDecimal::add);
                codes.merge(t, code, (a, b) -> a <= b ? a : b);
                if (!t.equals(leaf)) {
                    below.putIfAbsent(t, leaf);
                }
            }
        }
        for (Coordinates leaf : leaves) {
            Coordinates part = below.get(leaf);
            if (part != null) {
                throw RollUpEngine.overlap(leaf, part);
            }
        }
        return new MapTotals(sums, codes, columns.unit);
    }

    /** The value and every value it adds up into, ending with null (the total) where it does. */
    private static List<Object> chain(Dimension<?> d, Object value) {
        List<Object> out = new ArrayList<>();
        out.add(value);
        Object v = value;
        while (v != null && RSpace.relationOf(d, v) == Relation.COMPONENT) {
            Object p = RSpace.parentOf(d, v);
            if (p == null && d.isRequired()) {
                break;
            }
            out.add(p);
            v = p;
        }
        return out;
    }

    @Override
    public long size() {
        return sums.size();
    }

    @Override
    public boolean isWide() {
        return true;
    }

    @Override
    public Optional<Amount> amount(Coordinates coordinates) {
        Objects.requireNonNull(coordinates, "coordinates");
        BigDecimal sum = sums.get(coordinates);
        return sum == null ? Optional.empty() : Optional.of(PrecisionCodes.amount(sum, unit, codes.get(coordinates)));
    }

    @Override
    public void forEach(BiConsumer<? super Coordinates, ? super Amount> action) {
        Objects.requireNonNull(action, "action");
        sums.forEach((c, sum) -> action.accept(c, PrecisionCodes.amount(sum, unit, codes.get(c))));
    }
}
