package org.budgetkit.rules.legacy;

import java.util.List;
import java.util.Objects;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.rules.Rule;

/**
 * One generated constraint, independent of how it is evaluated.
 *
 * <ul>
 *   <li>{@link Kind#EQUAL}: {@code terms[0]} (a total) equals {@code terms[1]} (its parts);
 *   <li>{@link Kind#AT_MOST}: {@code terms[0]} (a part) is at most {@code terms[1]} (the whole);
 *   <li>{@link Kind#AGREE}: all terms are the same quantity (two or more).
 * </ul>
 *
 * @param rule the rule, not null
 * @param kind the kind, not null
 * @param terms the terms, not null, at least two
 * @param location the main figure, not null
 * @param code the classification code concerned, or empty, not null
 * @param subject the coordinates compared, for messages, not null
 */
public record Check(Rule rule, Kind kind, List<Term> terms, Fact location, String code, Coordinates subject) {
    /** The kinds of constraint. */
    public enum Kind {
        /** total = Σ parts. */
        EQUAL,
        /** part ≤ whole. */
        AT_MOST,
        /** every term is the same quantity. */
        AGREE
    }

    /** Validates and copies. */
    public Check {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        terms = List.copyOf(terms);
        if (terms.size() < 2 || (kind != Kind.AGREE && terms.size() != 2)) {
            throw new IllegalArgumentException(kind + " with " + terms.size() + " terms");
        }
    }
}
