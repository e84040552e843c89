package org.budgetkit.rules.internal;

import java.math.BigDecimal;
import org.budgetkit.model.money.RoundingConvention;
import org.budgetkit.rules.Verdict;

/**
 * The {@link Evaluator}'s interval semantics on scaled {@code long}s, for the checks the fast
 * path did not find exactly consistent (and, if asked for, those it did): every figure's
 * interval is computed in half-units of {@link EncodedFacts#points} (so that the half of a
 * resolution is whole), terms and allowances added with {@link Math#addExact}, and the verdict,
 * the located and reference terms, the point values and the tolerance decided exactly as the
 * evaluator decides them. Only the values of the outcome become {@link BigDecimal}s. An
 * inconsistent check (which needs the smallest fix), a figure outside the fast path and any
 * overflow give null: the exact evaluator takes over. Not thread-safe (scratch arrays).
 */
final class LongEvaluator {
    private final EncodedFacts ef;
    private final boolean truncate;
    private long[] lo = new long[8];
    private long[] hi = new long[8];
    private boolean[] loClosed = new boolean[8];
    private boolean[] hiClosed = new boolean[8];
    private long[] point = new long[8];
    /** The interval of the current fact (in {@link #fact}). */
    private long fLo;
    private long fHi;
    private boolean fLoClosed;
    private boolean fHiClosed;

    LongEvaluator(EncodedFacts ef, RoundingConvention convention) {
        this.ef = ef;
        this.truncate = convention == RoundingConvention.TRUNCATE;
    }

    /**
     * Evaluates a check.
     *
     * @param check the built check, for the outcome
     * @param terms its terms
     * @param n how many terms
     * @return the outcome, or null if the exact evaluator must decide
     */
    Outcome evaluate(Check check, FactTerm[] terms, int n) {
        if (n > lo.length) {
            lo = new long[n];
            hi = new long[n];
            loClosed = new boolean[n];
            hiClosed = new boolean[n];
            point = new long[n];
        }
        try {
            for (int i = 0; i < n; i++) {
                if (!term(terms[i], i)) {
                    return null;
                }
            }
            return switch (check.kind()) {
                case EQUAL -> pair(check, 0, 1, point[0] == point[1], intersects(0, 1));
                case AT_MOST -> atMost(check);
                case AGREE -> agree(check, terms, n);
            };
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** Puts the interval and point of a term at index i; false if a figure is off the fast path. */
    private boolean term(FactTerm t, int i) {
        long l = 0;
        long h = 0;
        boolean lc = true;
        boolean hc = true;
        long p = 0;
        for (int k = 0; k < t.plusCount; k++) {
            int f = t.plus[k];
            if (!fact(f)) {
                return false;
            }
            l = Math.addExact(l, fLo);
            h = Math.addExact(h, fHi);
            lc &= fLoClosed;
            hc &= fHiClosed;
            p = Math.addExact(p, Math.multiplyExact(ef.points[f], 2));
        }
        for (int f : t.minus) {
            if (!fact(f)) {
                return false;
            }
            l = Math.subtractExact(l, fHi);
            h = Math.subtractExact(h, fLo);
            lc &= fHiClosed;
            hc &= fLoClosed;
            p = Math.subtractExact(p, Math.multiplyExact(ef.points[f], 2));
        }
        for (FactTerm.Allowed a : t.allowances) {
            // [0, max(0, upper(Σ plus − Σ minus))], closed: only the upper bound moves.
            long upper = 0;
            for (int f : a.plus()) {
                if (!fact(f)) {
                    return false;
                }
                upper = Math.addExact(upper, fHi);
            }
            for (int f : a.minus()) {
                if (!fact(f)) {
                    return false;
                }
                upper = Math.subtractExact(upper, fLo);
            }
            h = Math.addExact(h, Math.max(0, upper));
        }
        lo[i] = l;
        hi[i] = h;
        loClosed[i] = lc;
        hiClosed[i] = hc;
        point[i] = p;
        return true;
    }

    /** Sets the fact's interval in half-units (the fields f*); false if it is off the fast path. */
    private boolean fact(int f) {
        byte k = ef.resolutions[f];
        if (k == EncodedFacts.OFF_FAST_PATH) {
            return false;
        }
        long p = Math.multiplyExact(ef.points[f], 2);
        if (k == EncodedFacts.EXACT) {
            fLo = p;
            fHi = p;
            fLoClosed = true;
            fHiClosed = true;
        } else if (!truncate) {
            long r = EncodedFacts.power(k);
            // [v − r/2, v + r/2]: in half-units, ± r.
            fLo = Math.subtractExact(p, r);
            fHi = Math.addExact(p, r);
            fLoClosed = true;
            fHiClosed = true;
        } else {
            long w = Math.multiplyExact(EncodedFacts.power(k), 2);
            if (p > 0) {
                fLo = p;
                fHi = Math.addExact(p, w);
                fLoClosed = true;
                fHiClosed = false;
            } else if (p < 0) {
                fLo = Math.subtractExact(p, w);
                fHi = p;
                fLoClosed = false;
                fHiClosed = true;
            } else {
                fLo = -w;
                fHi = w;
                fLoClosed = false;
                fHiClosed = false;
            }
        }
        return true;
    }

    /** Whether the intervals at a and b meet ({@code Interval.intersects}). */
    private boolean intersects(int a, int b) {
        long l;
        boolean lc;
        if (lo[a] > lo[b]) {
            l = lo[a];
            lc = loClosed[a];
        } else if (lo[a] < lo[b]) {
            l = lo[b];
            lc = loClosed[b];
        } else {
            l = lo[a];
            lc = loClosed[a] && loClosed[b];
        }
        long h;
        boolean hc;
        if (hi[a] < hi[b]) {
            h = hi[a];
            hc = hiClosed[a];
        } else if (hi[a] > hi[b]) {
            h = hi[b];
            hc = hiClosed[b];
        } else {
            h = hi[a];
            hc = hiClosed[a] && hiClosed[b];
        }
        return l < h || (l == h && lc && hc);
    }

    private Outcome pair(Check check, int loc, int ref, boolean exact, boolean consistent) {
        if (!exact && !consistent) {
            return null;
        }
        long tol = tolerance(loc, ref, exact);
        return outcome(check, exact ? Verdict.EXACT : Verdict.WITHIN_ROUNDING, loc, ref, tol);
    }

    private Outcome atMost(Check check) {
        boolean exact = point[0] <= point[1];
        boolean consistent = lo[0] < hi[1] || (lo[0] == hi[1] && loClosed[0] && hiClosed[1]);
        if (!exact && !consistent) {
            return null;
        }
        // How far the part may exceed the whole.
        long tol = Math.addExact(Math.subtractExact(point[0], lo[0]), Math.subtractExact(hi[1], point[1]));
        return outcome(check, exact ? Verdict.EXACT : Verdict.WITHIN_ROUNDING, 0, 1, tol);
    }

    private Outcome agree(Check check, FactTerm[] terms, int n) {
        if (n == 2) {
            // Locate the printed figure rather than a derived value.
            int loc = terms[1].kind == Term.Kind.REPORTED ? 1 : 0;
            return pair(check, loc, 1 - loc, point[0] == point[1], intersects(0, 1));
        }
        boolean exact = true;
        for (int i = 1; i < n; i++) {
            exact &= point[i] == point[0];
        }
        if (!exact && !commonMeets(n)) {
            return null;
        }
        int ref = 0;
        int loc;
        if (exact) {
            loc = n - 1;
        } else {
            loc = 1;
            for (int i = 2; i < n; i++) {
                if (Math.abs(Math.subtractExact(point[i], point[ref]))
                        > Math.abs(Math.subtractExact(point[loc], point[ref]))) {
                    loc = i;
                }
            }
        }
        long tol = tolerance(loc, ref, exact);
        if (exact) {
            for (int i = 1; i < n; i++) {
                tol = Math.max(tol, tolerance(i, 0, true));
            }
        }
        return outcome(check, exact ? Verdict.EXACT : Verdict.WITHIN_ROUNDING, loc, ref, tol);
    }

    /** Whether all n intervals share a value (folding {@code Interval.intersection}). */
    private boolean commonMeets(int n) {
        long l = lo[0];
        long h = hi[0];
        boolean lc = loClosed[0];
        boolean hc = hiClosed[0];
        for (int i = 1; i < n; i++) {
            if (lo[i] > l) {
                l = lo[i];
                lc = loClosed[i];
            } else if (lo[i] == l) {
                lc &= loClosed[i];
            }
            if (hi[i] < h) {
                h = hi[i];
                hc = hiClosed[i];
            } else if (hi[i] == h) {
                hc &= hiClosed[i];
            }
            if (l > h || (l == h && !(lc && hc))) {
                return false;
            }
        }
        return true;
    }

    /** How far the located value may lie from the reference in the direction of the difference. */
    private long tolerance(int l, int r, boolean both) {
        long above = Math.addExact(Math.subtractExact(point[l], lo[l]), Math.subtractExact(hi[r], point[r]));
        long below = Math.addExact(Math.subtractExact(hi[l], point[l]), Math.subtractExact(point[r], lo[r]));
        if (both) {
            return Math.max(above, below);
        }
        return point[l] >= point[r] ? above : below;
    }

    private Outcome outcome(Check check, Verdict verdict, int loc, int ref, long tolerance) {
        return new Outcome(check, verdict, loc, ref, yuan(point[loc]), yuan(point[ref]), yuan(tolerance), null, null);
    }

    /** A value in half-units as yuan. */
    private BigDecimal yuan(long halves) {
        return BigDecimal.valueOf(Math.multiplyExact(halves, 5), ef.scale + 1);
    }
}
