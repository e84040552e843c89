package org.budgetkit.rules.legacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Interval;
import org.budgetkit.rules.Verdict;

/**
 * Evaluates checks with interval semantics (XBRL Calculations 1.1): a summation holds iff the
 * interval of the total meets the interval-sum of its parts; terms agree iff their intervals
 * share a value (pairwise and jointly are the same on a line). The verdict is
 * {@link Verdict#EXACT} when the point values agree.
 *
 * <p>The fast path adds scaled {@code long}s with {@link Math#addExact} and only decides
 * exactness; anything else (and any overflow) is evaluated exactly with {@link BigDecimal} and
 * {@link Interval}. Not thread-safe (it holds the document's {@link Numbers}).
 */
public final class Evaluator {
    private final Numbers numbers;

    /**
     * An evaluator over a document's numbers.
     *
     * @param numbers the numbers, not null
     */
    public Evaluator(Numbers numbers) {
        this.numbers = numbers;
    }

    /**
     * Whether the check holds exactly (points agree), decided on scaled longs.
     *
     * @param check the check, not null
     * @return true if exact; false if not, or if the fast path cannot decide (overflow)
     */
    public boolean isExact(Check check) {
        try {
            List<Term> terms = check.terms();
            long first = point(terms.get(0));
            switch (check.kind()) {
                case AT_MOST:
                    return first <= point(terms.get(1));
                default:
                    for (int i = 1; i < terms.size(); i++) {
                        if (point(terms.get(i)) != first) {
                            return false;
                        }
                    }
                    return true;
            }
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private long point(Term t) {
        long sum = 0;
        for (Fact f : t.plus()) {
            sum = Math.addExact(sum, numbers.point(f));
        }
        for (Fact f : t.minus()) {
            sum = Math.subtractExact(sum, numbers.point(f));
        }
        return sum;
    }

    /**
     * Evaluates a check exactly.
     *
     * @param check the check, not null
     * @return the outcome, never null
     */
    public Outcome evaluate(Check check) {
        List<Term> terms = check.terms();
        int n = terms.size();
        BigDecimal[] p = new BigDecimal[n];
        Interval[] iv = new Interval[n];
        for (int i = 0; i < n; i++) {
            p[i] = pointExact(terms.get(i));
            iv[i] = interval(terms.get(i));
        }
        return switch (check.kind()) {
            case EQUAL -> pair(check, p, iv, 0, 1, p[0].compareTo(p[1]) == 0, iv[0].intersects(iv[1]));
            case AT_MOST -> atMost(check, p, iv);
            case AGREE -> agree(check, p, iv);
        };
    }

    private Outcome pair(Check check, BigDecimal[] p, Interval[] iv, int loc, int ref, boolean exact,
            boolean consistent) {
        Verdict v = exact ? Verdict.EXACT : consistent ? Verdict.WITHIN_ROUNDING : Verdict.INCONSISTENT;
        BigDecimal tol = tolerance(p[loc], iv[loc], p[ref], iv[ref], exact);
        Fix fix = v == Verdict.INCONSISTENT ? fix(check, iv) : null;
        return new Outcome(check, v, loc, ref, p[loc], p[ref], tol, fix == null ? null : fix.fact,
                fix == null ? null : fix.delta);
    }

    private Outcome atMost(Check check, BigDecimal[] p, Interval[] iv) {
        boolean exact = p[0].compareTo(p[1]) <= 0;
        int c = iv[0].lower().compareTo(iv[1].upper());
        boolean consistent = c < 0 || (c == 0 && iv[0].isLowerClosed() && iv[1].isUpperClosed());
        Verdict v = exact ? Verdict.EXACT : consistent ? Verdict.WITHIN_ROUNDING : Verdict.INCONSISTENT;
        // How far the part may exceed the whole.
        BigDecimal tol = p[0].subtract(iv[0].lower()).add(iv[1].upper().subtract(p[1]));
        Fix fix = null;
        if (v == Verdict.INCONSISTENT) {
            BigDecimal gap = iv[0].lower().subtract(iv[1].upper());
            fix = best(check.terms().get(0), gap, -1, null, null, null);
            fix = best(check.terms().get(1), gap, +1, fix, null, null);
        }
        return new Outcome(check, v, 0, 1, p[0], p[1], tol, fix == null ? null : fix.fact,
                fix == null ? null : fix.delta);
    }

    private Outcome agree(Check check, BigDecimal[] p, Interval[] iv) {
        int n = p.length;
        if (n == 2) {
            // Locate the printed figure rather than a derived value.
            int loc = check.terms().get(1).kind() == Term.Kind.REPORTED ? 1 : 0;
            return pair(check, p, iv, loc, 1 - loc, p[0].compareTo(p[1]) == 0, iv[0].intersects(iv[1]));
        }
        boolean exact = true;
        Optional<Interval> common = Optional.of(iv[0]);
        for (int i = 1; i < n; i++) {
            exact &= p[i].compareTo(p[0]) == 0;
            Interval next = iv[i];
            common = common.flatMap(c -> c.intersection(next));
        }
        int ref = 0;
        int loc;
        Fix fix = null;
        if (exact) {
            loc = n - 1;
        } else if (common.isPresent()) {
            loc = 1;
            for (int i = 2; i < n; i++) {
                if (p[i].subtract(p[ref]).abs().compareTo(p[loc].subtract(p[ref]).abs()) > 0) {
                    loc = i;
                }
            }
        } else {
            fix = fix(check, iv);
            loc = fix == null ? 1 : fix.term;
            if (loc == ref) {
                ref = loc == 0 ? 1 : 0;
            }
        }
        Verdict v = exact ? Verdict.EXACT : common.isPresent() ? Verdict.WITHIN_ROUNDING : Verdict.INCONSISTENT;
        BigDecimal tol = tolerance(p[loc], iv[loc], p[ref], iv[ref], exact);
        if (exact) {
            for (int i = 1; i < n; i++) {
                tol = tol.max(tolerance(p[i], iv[i], p[0], iv[0], true));
            }
        }
        return new Outcome(check, v, loc, ref, p[loc], p[ref], tol, fix == null ? null : fix.fact,
                fix == null ? null : fix.delta);
    }

    /** How far the located value may lie from the reference in the direction of the difference. */
    private static BigDecimal tolerance(BigDecimal pl, Interval il, BigDecimal pr, Interval ir, boolean both) {
        BigDecimal above = pl.subtract(il.lower()).add(ir.upper().subtract(pr));
        BigDecimal below = il.upper().subtract(pl).add(pr.subtract(ir.lower()));
        if (both) {
            return above.max(below);
        }
        return pl.compareTo(pr) >= 0 ? above : below;
    }

    private record Fix(Fact fact, BigDecimal delta, int term) {
    }

    /** The smallest change of one figure that makes every term's interval meet the others'. */
    private Fix fix(Check check, Interval[] iv) {
        Fix best = null;
        List<Term> terms = check.terms();
        for (int i = 0; i < terms.size(); i++) {
            Optional<Interval> others = Optional.empty();
            boolean first = true;
            for (int j = 0; j < terms.size(); j++) {
                if (j == i) {
                    continue;
                }
                Interval x = iv[j];
                others = first ? Optional.of(x) : others.flatMap(o -> o.intersection(x));
                first = false;
            }
            if (others.isEmpty()) {
                continue;
            }
            Interval target = others.get();
            BigDecimal gap = iv[i].gap(target);
            int direction = target.lower().compareTo(iv[i].upper()) >= 0 ? +1 : -1;
            best = best(terms.get(i), gap, direction, best, iv[i], target, i);
        }
        return best;
    }

    private Fix best(Term term, BigDecimal gap, int direction, Fix best, Interval from, Interval target) {
        return best(term, gap, direction, best, from, target, -1);
    }

    /**
     * The best fix so far, or a smaller one among the figures of {@code term}: the term must move
     * by at least {@code gap} (yuan) in {@code direction}; a figure moves by whole printed steps.
     */
    private Fix best(Term term, BigDecimal gap, int direction, Fix best, Interval from, Interval target,
            int termIndex) {
        Fix out = best;
        for (int k = 0; k < 2; k++) {
            List<Fact> facts = k == 0 ? term.plus() : term.minus();
            // A subtracted figure moves the term the other way.
            int sign = k == 0 ? direction : -direction;
            for (Fact f : facts) {
                BigDecimal factor = f.amount().unit().factor();
                BigDecimal needed = gap.divide(factor);
                BigDecimal step = Numbers.resolution(f);
                BigDecimal delta = needed;
                if (step.signum() > 0) {
                    delta = needed.divide(step, 0, RoundingMode.CEILING).multiply(step);
                    if (delta.signum() == 0) {
                        delta = step;
                    }
                    if (from != null) {
                        // Meeting exactly at an open bound (truncation) needs one more step.
                        BigDecimal shift = delta.multiply(factor);
                        Interval moved = from.plus(Interval.point(direction > 0 ? shift : shift.negate()));
                        if (!moved.intersects(target)) {
                            delta = delta.add(step);
                        }
                    }
                }
                BigDecimal inYuan = delta.multiply(factor);
                if (out == null || inYuan.compareTo(out.delta.abs().multiply(out.fact.amount().unit().factor())) < 0) {
                    out = new Fix(f, stripped(sign > 0 ? delta : delta.negate()), termIndex);
                }
            }
        }
        return out;
    }

    private static BigDecimal stripped(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private BigDecimal pointExact(Term t) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fact f : t.plus()) {
            sum = sum.add(Numbers.yuan(f));
        }
        for (Fact f : t.minus()) {
            sum = sum.subtract(Numbers.yuan(f));
        }
        return sum;
    }

    /**
     * The interval of a term in yuan: the sum of its figures' intervals, less those subtracted,
     * plus each allowance {@code [0, max(0, upper(Σ plus − Σ minus))]}.
     *
     * @param t the term, not null
     * @return the interval, never null
     */
    public Interval interval(Term t) {
        Interval sum = Interval.point(BigDecimal.ZERO);
        for (Fact f : t.plus()) {
            sum = sum.plus(numbers.interval(f));
        }
        for (Fact f : t.minus()) {
            sum = sum.minus(numbers.interval(f));
        }
        for (Allowance a : t.allowances()) {
            Interval bound = Interval.point(BigDecimal.ZERO);
            for (Fact f : a.plus()) {
                bound = bound.plus(numbers.interval(f));
            }
            for (Fact f : a.minus()) {
                bound = bound.minus(numbers.interval(f));
            }
            BigDecimal upper = bound.upper().max(BigDecimal.ZERO);
            sum = sum.plus(Interval.closed(BigDecimal.ZERO, upper));
        }
        return sum;
    }

    /**
     * Evaluates two terms as an equality, for follow-up questions (do two tables agree on a
     * parent?).
     *
     * @param a a term, not null
     * @param b a term, not null
     * @return whether their intervals meet
     */
    public boolean meet(Term a, Term b) {
        return interval(a).intersects(interval(b));
    }

    /**
     * The participants of a check, in term order, without repeats.
     *
     * @param check the check, not null
     * @return the figures, never null
     */
    public static List<Fact> participants(Check check) {
        List<Fact> out = new ArrayList<>();
        for (Term t : check.terms()) {
            for (Fact f : t.participants()) {
                if (!containsIdentity(out, f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean containsIdentity(List<Fact> list, Fact f) {
        for (Fact g : list) {
            if (g == f) {
                return true;
            }
        }
        return false;
    }
}
