package org.budgetkit.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.internal.columnar.ColumnsBuilder;
import org.budgetkit.rules.internal.columnar.FactColumns;
import org.budgetkit.rules.internal.columnar.PrecisionCodes;
import org.budgetkit.rules.internal.columnar.RollUpEngine;

/**
 * Facts held column by column for bulk work: millions of facts (every department of every
 * county, over years) in at most 21 bytes each, rolled up every level of their hierarchies in
 * one pass.
 *
 * <p>Each dimension's values are numbered in a dictionary and the numbers of a fact packed into
 * one {@code long} (and an {@code int} past 64 bits); each amount is a {@code long} in one
 * {@link #unit()} at one {@link #scale()}, converted exactly; a precision byte is kept only when
 * the facts' precisions differ. Provenance is not kept.
 *
 * <pre>{@code
 * ColumnarFacts store = ColumnarFacts.of(document.facts().select(leafQuery));
 * RollUp totals = store.rollUp(Dimension.FUNCTION, Dimension.ECONOMIC);
 * totals.amount(coordinates.with(Dimension.FUNCTION, FunctionCode.parse("201")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnarFacts {
    /** The largest scale (decimals) a store accepts. */
    public static final int MAX_SCALE = 18;

    private final FactColumns columns;

    private ColumnarFacts(FactColumns columns) {
        this.columns = columns;
    }

    /**
     * A store of facts, in the smallest unit among them at the fewest decimals that hold every
     * amount exactly: {@code 1,877 万元} and {@code 747.64 万元} are kept in 万元 at scale 2.
     * Nil amounts are kept as exact zeros; provenance is dropped.
     *
     * @param facts the facts, not null
     * @return the store, never null
     * @throws ArithmeticException if an amount does not fit a {@code long} at that scale, or
     *     needs more than {@value #MAX_SCALE} decimals
     * @throws IllegalArgumentException if the coordinates take more than 96 bits packed
     */
    public static ColumnarFacts of(FactSet facts) {
        Objects.requireNonNull(facts, "facts");
        AmountUnit unit = AmountUnit.YUAN;
        if (!facts.isEmpty()) {
            unit = AmountUnit.HUNDRED_MILLION_YUAN;
            for (Fact f : facts) {
                if (f.amount().unit().exponent() < unit.exponent()) {
                    unit = f.amount().unit();
                }
            }
        }
        int scale = 0;
        for (Fact f : facts) {
            BigDecimal v = f.amount().to(unit).value();
            if (v.signum() != 0) {
                scale = Math.max(scale, v.stripTrailingZeros().scale());
            }
        }
        if (scale > MAX_SCALE) {
            throw new ArithmeticException("an amount needs " + scale + " decimals in " + unit.symbol() + "; a store keeps at most "
                    + MAX_SCALE + " / 金额小数位过多");
        }
        Builder b = builder(unit, scale);
        for (Fact f : facts) {
            b.add(f);
        }
        return b.build();
    }

    /**
     * A builder of a store whose amounts are in {@code unit} at {@code scale} decimals:
     * {@code builder(YUAN, 2)} keeps fen.
     *
     * @param unit the unit, not null
     * @param scale the decimals, 0 to {@value #MAX_SCALE}
     * @return the builder, never null
     * @throws IllegalArgumentException if the scale is out of range
     */
    public static Builder builder(AmountUnit unit, int scale) {
        Objects.requireNonNull(unit, "unit");
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be from 0 to " + MAX_SCALE + ": " + scale);
        }
        return new Builder(unit, scale);
    }

    /** @return the number of facts */
    public int size() {
        return columns.size();
    }

    /** @return whether there are no facts */
    public boolean isEmpty() {
        return columns.size() == 0;
    }

    /** @return the unit of every amount, never null */
    public AmountUnit unit() {
        return columns.unit();
    }

    /** @return the decimals every amount is kept to */
    public int scale() {
        return columns.scale();
    }

    /**
     * The facts of the store, in the order they were added, in {@link #unit()}, with their
     * precision and {@link Provenance#none()}.
     *
     * @return the facts, never null
     */
    public FactSet toFactSet() {
        List<Fact> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            out.add(Fact.of(columns.amount(i), columns.coordinates(i), Provenance.none()));
        }
        return FactSet.of(out);
    }

    /**
     * Every total of every level of the given hierarchies: rolling up {@code FUNCTION} and
     * {@code ECONOMIC} gives, for each combination of the other coordinates (unit, fund
     * source, …), the sums at each 项, 款, 类 and the total of the function tree crossed with
     * each 款, 类 and total of the economic tree.
     *
     * <p>Facts at the same coordinates add up. A value adds into its parent only as a
     * {@link org.budgetkit.model.dimension.Relation#COMPONENT component}: 其中 items and the
     * alternative fund-source groupings stay where they are. The required unit and flow roll up
     * to their top values, never to a grand total. Each sum is exact, in {@link #unit()}, reported
     * to the coarsest precision among its facts (more decimals where facts of mixed precision
     * leave digits beyond it; never rounded); nil counts as an exact zero.
     *
     * @param dimensions hierarchical dimensions, not null, at least one, no null element
     * @return the totals, never null
     * @throws IllegalArgumentException if there is no dimension, a dimension is not
     *     hierarchical, or a fact sits at a total of other facts (such as 201 with 2010301
     *     below it: its amount would count twice)
     */
    public RollUp rollUp(Dimension<?>... dimensions) {
        return rollUp(Arrays.asList(Objects.requireNonNull(dimensions, "dimensions")));
    }

    /**
     * Every total of every level of the given hierarchies; see {@link #rollUp(Dimension[])}.
     *
     * @param dimensions hierarchical dimensions, not null, at least one, no null element
     * @return the totals, never null
     * @throws IllegalArgumentException if there is no dimension, a dimension is not
     *     hierarchical, or a fact sits at a total of other facts
     */
    public RollUp rollUp(Collection<? extends Dimension<?>> dimensions) {
        Objects.requireNonNull(dimensions, "dimensions");
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("name at least one dimension to roll up");
        }
        Set<Dimension<?>> dims = new TreeSet<>((a, b) -> Integer.compare(a.index(), b.index()));
        for (Dimension<?> d : dimensions) {
            Objects.requireNonNull(d, "dimension");
            if (!d.isHierarchical()) {
                throw new IllegalArgumentException(d + " is not hierarchical: it has no levels to roll up");
            }
            dims.add(d);
        }
        return new RollUp(List.copyOf(dims), columns.unit(), RollUpEngine.rollUp(columns, dims));
    }

    /** For tests of the layout in this module. */
    FactColumns columns() {
        return columns;
    }

    /** {@code ColumnarFacts[10,000,000 facts in 元 at scale 2]}. */
    @Override
    public String toString() {
        return String.format("ColumnarFacts[%,d facts in %s at scale %d]", size(), unit().symbol(), scale());
    }

    /**
     * Adds facts one by one, then {@link #build() builds} the store.
     *
     * <p>{@code ColumnarFacts.builder(YUAN, 2).add(coordinates, amount).build()}. Not thread-safe;
     * use once.
     */
    public static final class Builder {
        private final AmountUnit unit;
        private final int scale;
        private ColumnsBuilder columns;

        private Builder(AmountUnit unit, int scale) {
            this.unit = unit;
            this.scale = scale;
            this.columns = new ColumnsBuilder(unit, scale);
        }

        /**
         * Adds a fact's amount at its coordinates.
         *
         * @param fact the fact, not null
         * @return this builder, never null
         * @throws ArithmeticException if the amount has digits beyond the store's scale or does not
         *     fit a {@code long} at it
         * @throws IllegalStateException if the store was built
         */
        public Builder add(Fact fact) {
            Objects.requireNonNull(fact, "fact");
            return add(fact.coordinates(), fact.amount());
        }

        /**
         * Adds an amount at coordinates. It is converted exactly to the store's unit; nil is kept
         * as an exact zero.
         *
         * @param coordinates the coordinates, not null, with unit, flow and year set
         * @param amount the amount, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if a required dimension is missing
         * @throws ArithmeticException if the amount has digits beyond the store's scale or does not
         *     fit a {@code long} at it
         * @throws IllegalStateException if the store was built
         */
        public Builder add(Coordinates coordinates, Amount amount) {
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(amount, "amount");
            Amount a = amount.to(unit);
            long unscaled;
            try {
                unscaled = a.value().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new ArithmeticException(amount + " does not fit a store of " + unit.symbol() + " at scale " + scale
                        + " exactly / 金额无法在该精度下精确存储");
            }
            return put(coordinates, unscaled, a.isNil() ? Precision.exact() : a.precision());
        }

        /**
         * Adds an amount given as a scaled {@code long}: {@code unscaled × 10^-scale} in the
         * store's unit, reported to {@code precision} (in that unit). The fast way in for readers
         * that parse straight to integers: with a store of 元 at scale 2, {@code 123456} is
         * 1,234.56 元.
         *
         * @param coordinates the coordinates, not null, with unit, flow and year set
         * @param unscaled the amount times {@code 10^scale}
         * @param precision the precision it was reported to, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if a required dimension is missing, or the amount has
         *     non-zero digits beyond {@code precision}
         * @throws IllegalStateException if the store was built
         */
        public Builder addScaled(Coordinates coordinates, long unscaled, Precision precision) {
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(precision, "precision");
            if (!precision.isExact() && precision.decimals() < scale) {
                // 10^k exceeds every long past k = 18: then only zero has no digit beyond.
                int k = scale - precision.decimals();
                boolean clean = k > 18 ? unscaled == 0 : unscaled % BigDecimal.ONE.scaleByPowerOfTen(k).longValueExact() == 0;
                if (!clean) {
                    throw new IllegalArgumentException(BigDecimal.valueOf(unscaled, scale).toPlainString()
                            + " has non-zero digits beyond " + precision.decimals() + " decimals");
                }
            }
            return put(coordinates, unscaled, precision);
        }

        private Builder put(Coordinates coordinates, long unscaled, Precision precision) {
            if (columns == null) {
                throw new IllegalStateException("the store was built; start a new builder");
            }
            for (Dimension<?> d : Dimension.all()) {
                if (d.isRequired() && !coordinates.has(d)) {
                    throw new IllegalArgumentException("a fact needs a " + d.id() + ": " + coordinates);
                }
            }
            columns.add(coordinates, unscaled, PrecisionCodes.of(precision));
            return this;
        }

        /**
         * Builds the store; the builder cannot be used afterwards.
         *
         * @return the store, never null
         * @throws IllegalArgumentException if the coordinates take more than 96 bits packed
         *     (too many distinct values on too many dimensions)
         * @throws IllegalStateException if the store was built
         */
        public ColumnarFacts build() {
            if (columns == null) {
                throw new IllegalStateException("the store was built; start a new builder");
            }
            FactColumns built = columns.build();
            columns = null;
            return new ColumnarFacts(built);
        }
    }
}
