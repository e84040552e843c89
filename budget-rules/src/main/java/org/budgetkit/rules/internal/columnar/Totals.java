package org.budgetkit.rules.internal.columnar;

import java.util.Optional;
import java.util.function.BiConsumer;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;

/** The totals a roll-up computed, whichever way it computed them. Immutable and thread-safe. */
public interface Totals {
    /** @return the number of totals */
    long size();

    /**
     * @param coordinates the coordinates, not null
     * @return the total at exactly these coordinates, or empty
     */
    Optional<Amount> amount(Coordinates coordinates);

    /**
     * Passes every total to {@code action}, group by group.
     *
     * @param action the action, not null
     */
    void forEach(BiConsumer<? super Coordinates, ? super Amount> action);

    /** @return whether the totals were computed with {@code BigDecimal} (a sum left the range of a long) */
    boolean isWide();
}
