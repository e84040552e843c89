package org.budgetkit.rules.internal;

/**
 * One side of a check while it is generated: fact numbers (indices into
 * {@link EncodedFacts#facts}) added and subtracted, allowances, how the term was obtained and
 * the table it comes from, and, once computed, its point on the fast path. Becomes a
 * {@link Term} only if its check needs the exact evaluator or a finding. A term kept by the
 * generator (a printed figure, a derived or lifted value) never changes; the sums of parts a
 * single check compares are a scratch term {@link #set} anew for each. Not thread-safe.
 */
final class FactTerm {
    static final Allowed[] NO_ALLOWANCES = {};

    Term.Kind kind;
    /** The table's name (empty for a single printed figure). */
    String label;
    /** The facts added: the first {@link #plusCount} elements. */
    int[] plus;
    int plusCount;
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

    /**
     * Makes this term (a scratch one, never kept by a check) a sum of facts, forgetting its point.
     *
     * @param newKind how the sum was obtained
     * @param newLabel the table's name
     * @param facts the facts added: the first {@code count}, read until the term is set again
     * @param count how many
     * @return this term
     */
    FactTerm set(Term.Kind newKind, String newLabel, int[] facts, int count) {
        kind = newKind;
        label = newLabel;
        plus = facts;
        plusCount = count;
        pointState = 0;
        return this;
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
