package org.budgetkit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;

/**
 * A plain roll-up to check the columnar one against: every fact's {@code BigDecimal} value is
 * added to every combination of its own and its ancestors' coordinates, one map entry each. No
 * packing, no dictionaries, no longs.
 */
public final class RollUpOracle {
    /** What the oracle found: the totals, or the coordinates of a fact that is a total of another. */
    public record Result(Map<Coordinates, Amount> totals, Optional<Coordinates> overlap) {
    }

    private RollUpOracle() {
    }

    /**
     * @param facts the facts
     * @param dimensions the dimensions rolled up
     * @param unit the unit of the totals
     * @return the totals
     */
    public static Result rollUp(Collection<Fact> facts, Collection<? extends Dimension<?>> dimensions, AmountUnit unit) {
        Map<Coordinates, BigDecimal> sums = new LinkedHashMap<>();
        Map<Coordinates, Precision> precisions = new HashMap<>();
        Set<Coordinates> leaves = new HashSet<>();
        Set<Coordinates> strictAncestors = new HashSet<>();
        for (Fact f : facts) {
            Amount a = f.amount().to(unit);
            Precision p = a.isNil() ? Precision.exact() : a.precision();
            leaves.add(f.coordinates());
            List<Coordinates> targets = List.of(f.coordinates());
            for (Dimension<?> d : dimensions) {
                List<Coordinates> next = new ArrayList<>();
                for (Coordinates t : targets) {
                    next.addAll(upwards(t, d));
                }
                targets = next;
            }
            for (Coordinates t : targets) {
                sums.merge(t, a.value(), BigDecimal::add);
                precisions.merge(t, p, Precision::coarser);
                if (!t.equals(f.coordinates())) {
                    strictAncestors.add(t);
                }
            }
        }
        for (Coordinates leaf : leaves) {
            if (strictAncestors.contains(leaf)) {
                return new Result(Map.of(), Optional.of(leaf));
            }
        }
        Map<Coordinates, Amount> totals = new LinkedHashMap<>();
        sums.forEach((c, v) -> totals.put(c, amount(v, precisions.get(c), unit)));
        return new Result(totals, Optional.empty());
    }

    /** The documented reporting rule: the coarsest precision, widened to the digits of the sum. */
    static Amount amount(BigDecimal value, Precision coarsest, AmountUnit unit) {
        if (coarsest.isExact()) {
            return Amount.exact(value, unit);
        }
        int decimals = coarsest.decimals();
        BigDecimal stripped = value.stripTrailingZeros();
        if (value.signum() != 0 && stripped.scale() > decimals) {
            decimals = stripped.scale();
        }
        return Amount.of(value, unit, decimals);
    }

    private static <V> List<Coordinates> upwards(Coordinates c, Dimension<V> d) {
        List<Coordinates> out = new ArrayList<>();
        out.add(c);
        Optional<V> v = c.get(d);
        while (v.isPresent() && d.relation(v.get()) == Relation.COMPONENT) {
            Optional<V> parent = d.parent(v.get());
            if (parent.isEmpty()) {
                if (!d.isRequired()) {
                    out.add(c.without(d));
                }
                break;
            }
            out.add(c.with(d, parent.get()));
            v = parent;
        }
        return out;
    }
}
