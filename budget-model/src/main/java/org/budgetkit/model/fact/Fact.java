package org.budgetkit.model.fact;

import java.util.Objects;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.money.Amount;

/**
 * One number of a disclosure: an exact {@link Amount} at {@link Coordinates}, with its
 * {@link Provenance}.
 *
 * <p>{@code Fact.of(Amount.parseFigure("1,592", 万元), coordinates, provenance)}. Two facts
 * are equal when amount, coordinates and provenance are: the same figure printed in two tables
 * gives two facts at the same coordinates. Immutable and thread-safe.
 */
public final class Fact {
    /** The required dimensions, in {@link Dimension#all()} order. */
    private static final Dimension<?>[] REQUIRED = Dimension.all().stream().filter(Dimension::isRequired)
            .toArray(Dimension<?>[]::new);

    private final Amount amount;
    private final Coordinates coordinates;
    private final Provenance provenance;

    private Fact(Amount amount, Coordinates coordinates, Provenance provenance) {
        this.amount = amount;
        this.coordinates = coordinates;
        this.provenance = provenance;
    }

    /**
     * A fact.
     *
     * @param amount the amount, not null
     * @param coordinates the coordinates, not null, with every {@linkplain Dimension#isRequired()
     *     required} dimension (unit, flow, year) set
     * @param provenance where it was read, not null
     * @return the fact, never null
     * @throws IllegalArgumentException if a required dimension is missing
     */
    public static Fact of(Amount amount, Coordinates coordinates, Provenance provenance) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(provenance, "provenance");
        for (Dimension<?> d : REQUIRED) {
            if (!coordinates.has(d)) {
                throw new IllegalArgumentException("a fact needs a " + d.id() + ": " + coordinates);
            }
        }
        return new Fact(amount, coordinates, provenance);
    }

    /** @return the amount, never null */
    public Amount amount() {
        return amount;
    }

    /** @return the coordinates, never null */
    public Coordinates coordinates() {
        return coordinates;
    }

    /** @return the provenance, never null */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * This fact with another amount.
     *
     * @param newAmount the amount, not null
     * @return the fact ({@code this} if equal), never null
     */
    public Fact withAmount(Amount newAmount) {
        Objects.requireNonNull(newAmount, "newAmount");
        return newAmount.equals(amount) ? this : new Fact(newAmount, coordinates, provenance);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fact f && f.amount.equals(amount) && f.coordinates.equals(coordinates)
                && f.provenance.equals(provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, coordinates, provenance);
    }

    /** {@code 1,592 万元 (±0.5) {unit=…, flow=EXPENDITURE, year=2023, function=201} ← 表1 “…” (line 433)}. */
    @Override
    public String toString() {
        String where = provenance.describe();
        return amount + " " + coordinates + (where.isEmpty() ? "" : " ← " + where);
    }
}
