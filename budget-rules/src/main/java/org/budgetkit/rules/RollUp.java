package org.budgetkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.rules.internal.columnar.Totals;

/**
 * The totals of {@link ColumnarFacts#rollUp(Dimension[])}: one for each combination of levels
 * of the rolled-up hierarchies and of the other coordinates, held compactly; read one with
 * {@link #amount(Coordinates)}, all with {@link #forEach(BiConsumer)} or as facts with
 * {@link #toFactSet()}.
 *
 * <p>{@code store.rollUp(FUNCTION).amount(unitFlowYear.with(FUNCTION, parse("201")))} is
 * {@code Optional[1,592 万元 (±0.5)]}. Immutable and thread-safe.
 */
public final class RollUp {
    private final List<Dimension<?>> dimensions;
    private final AmountUnit unit;
    private final Totals totals;

    RollUp(List<Dimension<?>> dimensions, AmountUnit unit, Totals totals) {
        this.dimensions = dimensions;
        this.unit = unit;
        this.totals = totals;
    }

    /** @return the dimensions rolled up, in {@link Dimension#all()} order, never null */
    public List<Dimension<?>> dimensions() {
        return dimensions;
    }

    /** @return the unit of every total, never null */
    public AmountUnit unit() {
        return unit;
    }

    /** @return the number of totals */
    public long size() {
        return totals.size();
    }

    /**
     * The total at exactly these coordinates: leaving a rolled-up dimension out asks for its
     * grand total.
     *
     * @param coordinates the coordinates, not null
     * @return the total, or empty if no fact adds up to it
     */
    public Optional<Amount> amount(Coordinates coordinates) {
        return totals.amount(Objects.requireNonNull(coordinates, "coordinates"));
    }

    /**
     * Passes every total with its coordinates to {@code action}.
     *
     * @param action the action, not null
     */
    public void forEach(BiConsumer<? super Coordinates, ? super Amount> action) {
        totals.forEach(Objects.requireNonNull(action, "action"));
    }

    /**
     * Every total as a fact with {@link Provenance#none()}, in the order of {@link #forEach}.
     *
     * @return the facts, never null
     * @throws IllegalStateException if there are more than {@code Integer.MAX_VALUE} totals
     */
    public FactSet toFactSet() {
        if (totals.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many totals for one fact set: " + totals.size());
        }
        List<Fact> out = new ArrayList<>((int) totals.size());
        totals.forEach((c, a) -> out.add(Fact.of(a, c, Provenance.none())));
        return FactSet.of(out);
    }

    /** For tests in this module. */
    Totals totals() {
        return totals;
    }

    /** {@code RollUp[function, economic: 15,400,000 totals in 元]}. */
    @Override
    public String toString() {
        StringBuilder dims = new StringBuilder();
        for (Dimension<?> d : dimensions) {
            dims.append(dims.length() == 0 ? "" : ", ").append(d.id());
        }
        return String.format("RollUp[%s: %,d totals in %s]", dims, size(), unit.symbol());
    }
}
