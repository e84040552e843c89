package org.budgetkit.rules.legacy;

import java.util.List;
import org.budgetkit.model.fact.Fact;

/**
 * A non-negative amount known only to lie in {@code [0, u]}, where {@code u} is the largest
 * value {@code Σ plus − Σ minus} can take under rounding (and zero if that is negative): the
 * figures of a unit that prints no rows of its own (a department total less its printed units),
 * or the money of fund sources a table leaves out (their revenue). Sound because budget
 * amounts are never negative.
 *
 * @param plus the figures bounding it from above, not null
 * @param minus the figures subtracted from that bound, not null
 * @param why a short explanation for messages, not null
 */
public record Allowance(List<Fact> plus, List<Fact> minus, String why) {
    /** Copies the lists. */
    public Allowance {
        plus = List.copyOf(plus);
        minus = List.copyOf(minus);
    }
}
