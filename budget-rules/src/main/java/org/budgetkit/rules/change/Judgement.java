package org.budgetkit.rules.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.Verdict;

/**
 * An interval-exact verdict on one printed figure against the rounded figures it rests on.
 *
 * <p>Three outcomes ({@link Verdict}): {@code EXACT} when the point estimate computed from the
 * printed inputs rounds (half-up, at the claim's precision) to the printed claim; {@code
 * WITHIN_ROUNDING} when it does not, but some true values inside the inputs' rounding intervals
 * give the claim (the interval of true results meets the interval the printed claim denotes);
 * {@code INCONSISTENT} otherwise. {@link #expected()} says what the claim should read.
 *
 * <p>The seed's "三公" claim {@code 增加 1.5万元，增长 32%} over a 2022 figure of 4.60 (表9):
 * {@code Judgement.changePercentOfChange(Percentage.parse("32%"), wan("1.5"), wan("4.60"))} has point
 * estimate 32.6087% (which reads 33%), true values in {@code [31.4875, 33.7323]} (1.45/4.605 to
 * 1.55/4.595), meeting the claim's {@code [31.5, 32.5]}: {@code WITHIN_ROUNDING}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Judgement {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int EXTRA_DIGITS = 6;

    private final Verdict verdict;
    private final BigDecimal claimed;
    private final BigDecimal estimate;
    private final BigDecimal expected;
    private final Interval interval;
    private final BigDecimal gap;
    private final String unit;

    private Judgement(Verdict verdict, BigDecimal claimed, BigDecimal estimate, BigDecimal expected,
            Interval interval, BigDecimal gap, String unit) {
        this.verdict = verdict;
        this.claimed = claimed;
        this.estimate = estimate;
        this.expected = expected;
        this.interval = interval;
        this.gap = gap;
        this.unit = unit;
    }

    /**
     * A stated amount against the figure it restates (another report of the same quantity), in the
     * stated amount's unit. Exact when both agree once rounded half-up to the coarser of their two
     * precisions ({@code 6.1} against {@code 6.10}; {@code 1,877} against {@code 1,876.57});
     * within rounding when their intervals share more than a boundary point; inconsistent
     * otherwise (1,877 against 1,878: a true value cannot round to both).
     *
     * @param stated the stated amount, not null
     * @param reference the figure it restates, not null
     * @return the judgement, never null
     */
    public static Judgement amount(Amount stated, Amount reference) {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(reference, "reference");
        Amount ref = reference.to(stated.unit());
        Precision coarser = stated.precision().coarser(ref.precision());
        boolean exact = rounded(stated.value(), coarser).compareTo(rounded(ref.value(), coarser)) == 0;
        Interval mine = stated.interval();
        Interval theirs = ref.interval();
        Optional<Interval> meet = mine.intersection(theirs);
        boolean within = meet.isPresent() && (!meet.get().isPoint() || mine.isPoint() || theirs.isPoint());
        Verdict v = exact ? Verdict.EXACT : within ? Verdict.WITHIN_ROUNDING : Verdict.INCONSISTENT;
        BigDecimal expected = stated.precision().isExact() ? ref.value() : rounded(ref.value(), stated.precision());
        return new Judgement(v, stated.value(), ref.value(), expected, theirs, mine.gap(theirs),
                stated.unit().symbol());
    }

    /**
     * A stated amount against the sum of signed terms (a breakdown {@code total = Σ parts}, or a
     * chain {@code prior = current − change}), in the stated amount's unit. Exact when the sum of
     * the printed terms and the stated amount agree once rounded half-up to the coarsest precision
     * among them; within rounding when the stated interval meets the interval-sum of the terms
     * (XBRL Calculations 1.1); inconsistent otherwise.
     *
     * @param stated the stated amount, not null
     * @param terms the terms, not null, not empty, no null element
     * @return the judgement, never null
     * @throws IllegalArgumentException if there are no terms
     */
    public static Judgement sum(Amount stated, List<Amount> terms) {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(terms, "terms");
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one term");
        }
        AmountUnit unit = stated.unit();
        BigDecimal total = BigDecimal.ZERO;
        Interval range = null;
        Precision coarsest = stated.precision();
        for (Amount t : terms) {
            Amount a = Objects.requireNonNull(t, "term").to(unit);
            total = total.add(a.value());
            range = range == null ? a.interval() : range.plus(a.interval());
            coarsest = coarsest.coarser(a.precision());
        }
        boolean exact = rounded(total, coarsest).compareTo(rounded(stated.value(), coarsest)) == 0;
        Interval mine = stated.interval();
        Verdict v = exact ? Verdict.EXACT : mine.intersects(range) ? Verdict.WITHIN_ROUNDING : Verdict.INCONSISTENT;
        BigDecimal expected = stated.precision().isExact() ? total : rounded(total, stated.precision());
        return new Judgement(v, stated.value(), total, expected, range, mine.gap(range), unit.symbol());
    }

    /**
     * A percent change claimed from the current and prior amounts: the ratio {@code (c − p) / |p|}.
     *
     * @param claimed the signed percent as printed ({@code -23%} for 下降23%), not null
     * @param current the current amount, not null
     * @param prior the prior amount, not null, not zero
     * @return the judgement, never null
     * @throws ArithmeticException if the prior amount is zero (a change from nothing, 新增, has no percent)
     */
    public static Judgement changePercent(Percentage claimed, Amount current, Amount prior) {
        Objects.requireNonNull(claimed, "claimed");
        AmountUnit u = finest(current, prior);
        Amount c = current.to(u);
        Amount p = prior.to(u);
        return percent(claimed, p.value(), c.value().subtract(p.value()),
                Ratios.priorAndCurrent(p.interval(), c.interval()));
    }

    /**
     * A percent change claimed from the signed change and the prior amount: {@code d / |p|}.
     *
     * @param claimed the signed percent as printed, not null
     * @param change the signed change, not null
     * @param prior the prior amount, not null, not zero
     * @return the judgement, never null
     * @throws ArithmeticException if the prior amount is zero
     */
    public static Judgement changePercentOfChange(Percentage claimed, Amount change, Amount prior) {
        Objects.requireNonNull(claimed, "claimed");
        AmountUnit u = finest(change, prior);
        Amount d = change.to(u);
        Amount p = prior.to(u);
        return percent(claimed, p.value(), d.value(), Ratios.box(p.interval(), d.interval()));
    }

    /**
     * A percent change claimed from the current amount and the signed change, the prior being
     * their difference: {@code d / |c − d|}.
     *
     * @param claimed the signed percent as printed, not null
     * @param current the current amount, not null
     * @param change the signed change, not null
     * @return the judgement, never null
     * @throws ArithmeticException if current and change are equal (the prior is zero)
     */
    public static Judgement changePercentOfCurrent(Percentage claimed, Amount current, Amount change) {
        Objects.requireNonNull(claimed, "claimed");
        AmountUnit u = finest(current, change);
        Amount c = current.to(u);
        Amount d = change.to(u);
        return percent(claimed, c.value().subtract(d.value()), d.value(),
                Ratios.currentAndChange(c.interval(), d.interval()));
    }

    /**
     * A share claimed of a whole: {@code part / |whole|} ({@code 占71.73%}).
     *
     * @param claimed the percent as printed, not null
     * @param part the part, not null
     * @param whole the whole, not null, not zero
     * @return the judgement, never null
     * @throws ArithmeticException if the whole is zero
     */
    public static Judgement share(Percentage claimed, Amount part, Amount whole) {
        Objects.requireNonNull(claimed, "claimed");
        AmountUnit u = finest(part, whole);
        Amount a = part.to(u);
        Amount w = whole.to(u);
        return percent(claimed, w.value(), a.value(), Ratios.box(w.interval(), a.interval()));
    }

    private static Judgement percent(Percentage claimed, BigDecimal p, BigDecimal d, List<BigDecimal[]> vertices) {
        if (p.signum() == 0) {
            throw new ArithmeticException("no percent of a zero base (新增)");
        }
        int decimals = claimed.decimals();
        int scale = decimals + EXTRA_DIGITS;
        BigDecimal numerator = d.multiply(HUNDRED);
        // One rounding from the exact quotient: rounding the displayed estimate again would round twice.
        BigDecimal expected = numerator.divide(p.abs(), decimals, RoundingMode.HALF_UP);
        BigDecimal estimate = numerator.divide(p.abs(), scale, RoundingMode.HALF_UP);
        Interval range = Ratios.percentRange(new ArrayList<>(vertices), scale);
        Interval claim = claimed.interval();
        Verdict v;
        if (expected.compareTo(claimed.value()) == 0) {
            v = Verdict.EXACT;
        } else if (range == null || range.intersects(claim)) {
            v = Verdict.WITHIN_ROUNDING;
        } else {
            v = Verdict.INCONSISTENT;
        }
        return new Judgement(v, claimed.value(), estimate, expected, range,
                range == null ? BigDecimal.ZERO : claim.gap(range), "%");
    }

    private static AmountUnit finest(Amount a, Amount b) {
        Objects.requireNonNull(a, "amount");
        Objects.requireNonNull(b, "amount");
        return a.unit().exponent() <= b.unit().exponent() ? a.unit() : b.unit();
    }

    private static BigDecimal rounded(BigDecimal value, Precision precision) {
        return precision.isExact() ? value : value.setScale(precision.decimals(), RoundingMode.HALF_UP);
    }

    /** @return exact, within rounding or inconsistent, never null */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the claimed value as printed (signed for a change), never null */
    public BigDecimal claimed() {
        return claimed;
    }

    /** @return the point estimate from the printed inputs (a percent to 6 more decimals than the claim), never null */
    public BigDecimal estimate() {
        return estimate;
    }

    /** @return what the claim should read: the estimate rounded half-up to the claim's precision, never null */
    public BigDecimal expected() {
        return expected;
    }

    /**
     * The true values the inputs allow, bounds rounded outward; empty when a denominator's
     * interval reaches zero (the range is unbounded, and only an exact claim is told apart).
     *
     * @return the interval, or empty
     */
    public Optional<Interval> interval() {
        return Optional.ofNullable(interval);
    }

    /** @return the distance between the claim's interval and {@link #interval()}, zero when they meet, never null */
    public BigDecimal gap() {
        return gap;
    }

    /** @return the unit of claimed, estimate and expected ({@code 万元}, {@code %}), never null */
    public String unit() {
        return unit;
    }

    /**
     * A one-line explanation: {@code claimed 32%; the figures give 32.6087% (reads 33%), true values
     * [31.4875, 33.7323]: within rounding}.
     *
     * @param locale the locale, not null: Chinese for {@code zh}, English otherwise
     * @return the explanation, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean zh = "zh".equals(locale.getLanguage());
        String c = claimed.toPlainString() + unit;
        String e = estimate.stripTrailingZeros().toPlainString() + unit;
        String x = expected.toPlainString() + unit;
        String range = interval == null ? (zh ? "无界" : "unbounded") : interval.toString();
        if (zh) {
            return switch (verdict) {
                case EXACT -> "所述 " + c + "，按所列数字计算为 " + e + "，与所述一致";
                case WITHIN_ROUNDING -> "所述 " + c + "，按所列数字计算为 " + e + "（应为 " + x + "），在舍入区间 " + range
                        + " 内，舍入误差内一致";
                case INCONSISTENT -> "所述 " + c + "，按所列数字计算为 " + e + "，应为 " + x + "；舍入区间 " + range
                        + " 之外，相差 " + gap.stripTrailingZeros().toPlainString() + unit;
            };
        }
        return switch (verdict) {
            case EXACT -> "claimed " + c + "; the figures give " + e + ": exact";
            case WITHIN_ROUNDING -> "claimed " + c + "; the figures give " + e + " (reads " + x
                    + "), but true values " + range + " allow it: within rounding";
            case INCONSISTENT -> "claimed " + c + "; the figures give " + e + ", it should read " + x
                    + "; outside the true values " + range + " by " + gap.stripTrailingZeros().toPlainString() + unit;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Judgement j && j.verdict == verdict && j.claimed.equals(claimed)
                && j.estimate.equals(estimate) && j.expected.equals(expected) && Objects.equals(j.interval, interval)
                && j.gap.compareTo(gap) == 0 && j.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, claimed, estimate, expected, interval, unit);
    }

    /** {@code within-rounding: claimed 32%; the figures give 32.608696% …}. */
    @Override
    public String toString() {
        return verdict + ": " + message(Locale.ENGLISH);
    }
}
