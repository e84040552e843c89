package org.budgetkit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Precision;
import org.budgetkit.model.money.RoundingConvention;
import org.budgetkit.rules.internal.ExactSum;

/**
 * Aggregation of facts: roll up along any hierarchical dimension (function, economic, fund
 * source, nature, special item, budget unit, flow), drill down, cut by coordinates. Sums are
 * exact (scaled {@code long}s with {@link Math#addExact}, {@link BigDecimal} past overflow) and
 * keep their coordinates.
 *
 * <p>{@code Aggregator.rollUp(column, Dimension.FUNCTION)} of 表7's 本级 支出总计 column gives
 * 20103 = 471 + 449 + 672 = 1,592, 201 = 1,592, …, and the total 1,592 + 79 + 18 + 187 = 1,876
 * (the table prints 1,877: within rounding, see {@link Reconciler}).
 *
 * <p>A rolled-up fact's amount is the exact sum of the reported values, in the smallest unit
 * among them, reported to the finest precision among them (so no digit is lost); the sum of
 * rounded figures stands for a wider interval than that precision says: use
 * {@link #interval(Iterable, RoundingConvention)}. Its provenance is derived: the source, table
 * and column the summed facts share (empty where they differ), the row
 * {@code Σ 3 function below 20103}, no line. Stateless and thread-safe.
 */
public final class Aggregator {
    private Aggregator() {
    }

    /**
     * Rolls facts up along a dimension to every ancestor level: within each group of facts that
     * differ only on {@code dimension}, the leaves (facts none of whose descendants is in the
     * group) are summed into every ancestor of their value and into the total (the dimension
     * left out). Reported parents are recomputed from the leaves, not repeated; facts without a
     * value on the dimension are not leaves when the group has others.
     *
     * @param <V> the value type
     * @param facts the facts, not null, at most one per coordinates (select one table first)
     * @param dimension a hierarchical dimension, not null
     * @return the derived facts, groups in order of first appearance, totals first, never null
     * @throws IllegalArgumentException if the dimension is not hierarchical or two facts share
     *     coordinates
     */
    public static <V> FactSet rollUp(FactSet facts, Dimension<V> dimension) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dimension, "dimension");
        if (!dimension.isHierarchical()) {
            throw new IllegalArgumentException(dimension + " is not hierarchical");
        }
        Map<Coordinates, List<Fact>> groups = new LinkedHashMap<>();
        Set<Coordinates> seen = new HashSet<>();
        for (Fact f : facts) {
            if (!seen.add(f.coordinates())) {
                throw new IllegalArgumentException("two facts at " + f.coordinates()
                        + " (select one table or unit first): " + f);
            }
            groups.computeIfAbsent(f.coordinates().without(dimension), k -> new ArrayList<>()).add(f);
        }
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<Coordinates, List<Fact>> g : groups.entrySet()) {
            rollUpGroup(g.getKey(), g.getValue(), dimension, out);
        }
        return FactSet.of(out);
    }

    private static <V> void rollUpGroup(Coordinates key, List<Fact> group, Dimension<V> d, List<Fact> out) {
        Set<V> values = new HashSet<>();
        Set<V> inner = new HashSet<>();
        for (Fact f : group) {
            f.coordinates().get(d).ifPresent(values::add);
        }
        for (V v : values) {
            for (Optional<V> p = d.parent(v); p.isPresent(); p = d.parent(p.get())) {
                inner.add(p.get());
            }
        }
        // Sums at the total (null key) and at every ancestor, in order of first reaching them.
        Map<Optional<V>, List<Fact>> sums = new LinkedHashMap<>();
        sums.put(Optional.empty(), new ArrayList<>());
        for (Fact f : group) {
            Optional<V> v = f.coordinates().get(d);
            if (v.isEmpty() || inner.contains(v.get())) {
                continue;
            }
            sums.get(Optional.empty()).add(f);
            for (Optional<V> p = d.parent(v.get()); p.isPresent(); p = d.parent(p.get())) {
                sums.computeIfAbsent(p, x -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<Optional<V>, List<Fact>> e : sums.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Coordinates c = e.getKey().isPresent() ? key.with(d, e.getKey().get()) : key;
            String below = e.getKey().map(v -> " below " + d.format(v)).orElse("");
            out.add(Fact.of(sum(e.getValue()), c, derived(e.getValue(),
                    "Σ " + e.getValue().size() + " " + d.id() + below)));
        }
    }

    private static Provenance derived(List<Fact> facts, String row) {
        Provenance first = facts.get(0).provenance();
        String source = first.source();
        String table = first.table();
        String column = first.column();
        for (Fact f : facts) {
            Provenance p = f.provenance();
            source = source.equals(p.source()) ? source : "";
            table = table.equals(p.table()) ? table : "";
            column = column.equals(p.column()) ? column : "";
        }
        return new Provenance(source, table, row, column, 0, 0);
    }

    /**
     * The facts one level below {@code parent} along a dimension (its children that are
     * present), in order.
     *
     * @param <V> the value type
     * @param facts the facts, not null
     * @param dimension the dimension, not null
     * @param parent the parent value, not null
     * @return the children's facts, never null
     */
    public static <V> FactSet drillDown(FactSet facts, Dimension<V> dimension, V parent) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(parent, "parent");
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Optional<V> v = f.coordinates().get(dimension);
            if (v.isPresent() && dimension.parent(v.get()).map(parent::equals).orElse(false)) {
                out.add(f);
            }
        }
        return FactSet.of(out);
    }

    /**
     * The facts at the top level of a dimension (values without a parent: 类 codes, top-level
     * sources), in order.
     *
     * @param <V> the value type
     * @param facts the facts, not null
     * @param dimension the dimension, not null
     * @return the top-level facts, never null
     */
    public static <V> FactSet topLevel(FactSet facts, Dimension<V> dimension) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dimension, "dimension");
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Optional<V> v = f.coordinates().get(dimension);
            if (v.isPresent() && dimension.parent(v.get()).isEmpty()) {
                out.add(f);
            }
        }
        return FactSet.of(out);
    }

    /**
     * The facts whose coordinates agree with every dimension set in {@code pattern}: a slice of
     * the cube ({@code cut(facts, {nature=PROJECT})} is every project figure).
     *
     * @param facts the facts, not null
     * @param pattern the coordinates to agree with, not null
     * @return the facts, never null
     */
    public static FactSet cut(FactSet facts, Coordinates pattern) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(pattern, "pattern");
        return facts.select(FactQuery.matching(pattern));
    }

    /**
     * The exact sum of the facts' reported values, in the smallest unit among them, to the
     * finest precision among them.
     *
     * @param facts the facts, not null, not empty
     * @return the sum, never null
     * @throws IllegalArgumentException if there are no facts
     */
    public static Amount sum(Iterable<Fact> facts) {
        Objects.requireNonNull(facts, "facts");
        AmountUnit unit = null;
        for (Fact f : facts) {
            AmountUnit u = f.amount().unit();
            unit = unit == null || u.exponent() < unit.exponent() ? u : unit;
        }
        if (unit == null) {
            throw new IllegalArgumentException("cannot sum no facts: the unit is unknown");
        }
        int scale = 0;
        boolean exact = true;
        Precision finest = null;
        for (Fact f : facts) {
            Amount a = f.amount().to(unit);
            scale = Math.max(scale, a.value().scale());
            if (!a.precision().isExact()) {
                exact = false;
                finest = finest == null || a.precision().compareTo(finest) > 0 ? a.precision() : finest;
            }
        }
        ExactSum sum = new ExactSum(scale);
        for (Fact f : facts) {
            sum.add(f.amount().to(unit).value());
        }
        BigDecimal value = sum.value();
        if (exact) {
            return Amount.exact(value, unit);
        }
        Precision p = finest.decimals() >= value.stripTrailingZeros().scale() ? finest
                : Precision.decimals(Math.max(finest.decimals(), value.stripTrailingZeros().scale()));
        return Amount.of(value, unit, p);
    }

    /**
     * The interval of true values the sum of the facts stands for: the interval-sum of their
     * intervals, in yuan.
     *
     * @param facts the facts, not null
     * @param convention how the figures were rounded, not null
     * @return the interval in yuan ({@code [0, 0]} for no facts), never null
     */
    public static Interval interval(Iterable<Fact> facts, RoundingConvention convention) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(convention, "convention");
        Interval sum = Interval.point(BigDecimal.ZERO);
        for (Fact f : facts) {
            sum = sum.plus(f.amount().to(AmountUnit.YUAN).interval(convention));
        }
        return sum;
    }
}
