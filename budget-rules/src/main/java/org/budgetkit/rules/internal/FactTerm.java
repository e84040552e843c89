package org.budgetkit.rules.internal;

/**
 * One side of a check while it is generated: fact numbers (indices into
 * {@link EncodedFacts#facts}) added and subtracted, allowances, how the term was obtained and
 * the table it comes from, and, once computed, its point on the fast path. Becomes a
 * {@link Term} only if its check needs the exact evaluator or a finding. Not thread-safe.
 */
final class FactTerm {
    static final Allowed[] NO_ALLOWANCES = {};

    final Term.Kind kind;
    /** The table's name (empty for a single printed figure). */
    final String label;
    /** The facts added: the first {@link #plusCount} elements. */
    final int[] plus;
    final int plusCount;
    final int[] minus;
    final Allowed[] allowances;
    /** 0: not computed; 1: {@link #point} holds it; 2: not on the fast path. */
    byte pointState;
    long point;

    FactTerm(Term.Kind kind, String label, int[] plus, int plusCount, int[] minus, Allowed[] allowances) {
        this.kind = kind;
        this.label = label;
        this.plus = plus;
        this.plusCount = plusCount;
        this.minus = minus;
        this.allowances = allowances;
    }

    /** @return this term plus an allowance */
    FactTerm with(Allowed allowance) {
        Allowed[] a = java.util.Arrays.copyOf(allowances, allowances.length + 1);
        a[allowances.length] = allowance;
        return new FactTerm(kind, label, plus, plusCount, minus, a);
    }

    /** An {@link Allowance} over fact numbers. */
    record Allowed(int[] plus, int[] minus, String why) {
    }
}
