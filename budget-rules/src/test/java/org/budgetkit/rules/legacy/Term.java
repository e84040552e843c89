package org.budgetkit.rules.legacy;

import java.util.ArrayList;
import java.util.List;
import org.budgetkit.model.fact.Fact;

/**
 * One side of a check: the sum of some reported figures ({@link #plus()}), less others
 * ({@link #minus()}), widened by {@link Allowance allowances} for what is known only to be
 * non-negative and bounded. {@link #kind()} says how it was obtained, for messages.
 *
 * @param plus the figures added, not null
 * @param minus the figures subtracted, not null
 * @param allowances the allowances added, not null
 * @param kind how the term was obtained
 * @param label a short description for messages (such as the row of a derived sum), not null
 */
public record Term(List<Fact> plus, List<Fact> minus, List<Allowance> allowances, Kind kind, String label) {
    /** How a term was obtained. */
    public enum Kind {
        /** A figure as printed. */
        REPORTED,
        /** The sum of a table's breakdown of the coordinates (missing codes counting as zero). */
        DERIVED,
        /** The sum of the units' figures of a table, for the department. */
        LIFTED,
        /** Zero: the table breaks the parent down and does not list this code. */
        ABSENT,
        /** Any other combination (a sum of parts, a difference). */
        COMPOSITE
    }

    /** Copies the lists. */
    public Term {
        plus = List.copyOf(plus);
        minus = List.copyOf(minus);
        allowances = List.copyOf(allowances);
    }

    /**
     * A printed figure.
     *
     * @param fact the figure, not null
     * @return the term, never null
     */
    public static Term of(Fact fact) {
        return new Term(List.of(fact), List.of(), List.of(), Kind.REPORTED, "");
    }

    /**
     * A sum of printed figures.
     *
     * @param facts the figures, not null
     * @param kind how the sum was obtained
     * @param label a description, not null
     * @return the term, never null
     */
    public static Term sum(List<Fact> facts, Kind kind, String label) {
        return new Term(facts, List.of(), List.of(), kind, label);
    }

    /**
     * Zero, as a table implies by not listing a code.
     *
     * @param label a description, not null
     * @return the term, never null
     */
    public static Term absent(String label) {
        return new Term(List.of(), List.of(), List.of(), Kind.ABSENT, label);
    }

    /**
     * This term plus an allowance.
     *
     * @param allowance the allowance, not null
     * @return a new term, never null
     */
    public Term with(Allowance allowance) {
        List<Allowance> all = new ArrayList<>(allowances);
        all.add(allowance);
        return new Term(plus, minus, all, kind, label);
    }

    /** @return every figure of the term: added, subtracted and in allowances, never null */
    public List<Fact> participants() {
        List<Fact> out = new ArrayList<>(plus.size() + minus.size());
        out.addAll(plus);
        out.addAll(minus);
        for (Allowance a : allowances) {
            out.addAll(a.plus());
            out.addAll(a.minus());
        }
        return out;
    }

    /** @return whether the term is a single printed figure */
    public boolean isSingle() {
        return plus.size() == 1 && minus.isEmpty() && allowances.isEmpty();
    }
}
