package org.budgetkit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class JudgementTest {
    private static Amount wan(String figure) {
        return Amount.parseFigure(figure, AmountUnit.TEN_THOUSAND_YUAN);
    }

    private static Percentage pct(String text) {
        return Percentage.parse(text);
    }

    // ---------------------------------------------------------------- the seed's percents, by hand

    @Test
    void departmentIncomeUp33PercentIsExact() {
        // 1,877 − 463 = 1,414; 463 / 1,414 = 32.74% → 33%.
        Judgement j = Judgement.changePercentOfCurrent(pct("33%"), wan("1,877"), wan("463"));
        assertThat(j.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(j.expected()).isEqualByComparingTo("33");
        assertThat(j.estimate()).isEqualByComparingTo("32.743989");
        // Corners: 462.5 / (1877.5 − 462.5) = 32.6855%; 463.5 / (1876.5 − 463.5) = 32.8025%.
        assertThat(j.interval()).contains(Interval.closed(new BigDecimal("32.685512"), new BigDecimal("32.802548")));
    }

    @Test
    void generalAffairsDown23PercentIsExact() {
        // 449 + 131 = 580; −131 / 580 = −22.59% → 下降23%.
        Judgement j = Judgement.changePercentOfCurrent(pct("-23%"), wan("449"), wan("-131"));
        assertThat(j.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(j.estimate()).isEqualByComparingTo("-22.586207");
    }

    @Test
    void petitionsUp474PercentIsExact() {
        // 672 − 555 = 117; 555 / 117 = 474.36%.
        Judgement j = Judgement.changePercentOfCurrent(pct("474%"), wan("672"), wan("555"));
        assertThat(j.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(j.estimate()).isEqualByComparingTo("474.358974");
        // Corners: p from 116 to 118: 554.5/118 = 469.915254%, 555.5/116 = 478.879311% (outward).
        assertThat(j.interval()).contains(Interval.closed(new BigDecimal("469.915254"), new BigDecimal("478.879311")));
    }

    @Test
    void administrativeOperationUp7PercentIsExact() {
        // 44 − 3 = 41; 3 / 41 = 7.32% → 7%.
        assertThat(Judgement.changePercentOfCurrent(pct("7%"), wan("44"), wan("3")).verdict()).isEqualTo(Verdict.EXACT);
    }

    @Test
    void threePublicUp32PercentIsOnlyWithinRounding() {
        // 1.5 / 4.60 = 32.61% reads 33%, but 1.45 / 4.605 = 31.49% ≤ 32.5: some true values give 32%.
        Judgement j = Judgement.changePercentOfChange(pct("32%"), wan("1.5"), wan("4.60"));
        assertThat(j.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        assertThat(j.expected()).isEqualByComparingTo("33");
        assertThat(j.interval()).contains(Interval.closed(new BigDecimal("31.487513"), new BigDecimal("33.732318")));
        assertThat(j.message(Locale.ENGLISH)).contains("reads 33%").contains("within rounding");
        assertThat(j.message(Locale.CHINESE)).contains("应为 33%").contains("舍入误差内一致");
        // From the same sentence's own figures (6.1 − 1.5 = 4.6): the same reading.
        assertThat(Judgement.changePercentOfCurrent(pct("32%"), wan("6.1"), wan("1.5")).verdict())
                .isEqualTo(Verdict.WITHIN_ROUNDING);
        // 30% is outside [31.49, 33.73] by 31.487513 − 30.5.
        Judgement wrong = Judgement.changePercentOfChange(pct("30%"), wan("1.5"), wan("4.60"));
        assertThat(wrong.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(wrong.gap()).isEqualByComparingTo("0.987513");
        assertThat(wrong.message(Locale.ENGLISH)).contains("should read 33%");
    }

    @Test
    void zeroBaseHasNoPercent() {
        assertThatThrownBy(() -> Judgement.changePercentOfCurrent(pct("100%"), wan("8"), wan("8")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Judgement.changePercent(pct("100%"), wan("8"), wan("0")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void priorReachingZeroLeavesOnlyExactOrWithinRounding() {
        // 2 − 1 = 1, but the prior's interval [0, 2] reaches zero: the ratio is unbounded.
        Judgement j = Judgement.changePercentOfCurrent(pct("300%"), wan("2"), wan("1"));
        assertThat(j.interval()).isEmpty();
        assertThat(j.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        assertThat(Judgement.changePercentOfCurrent(pct("100%"), wan("2"), wan("1")).verdict()).isEqualTo(Verdict.EXACT);
    }

    @Test
    void shares() {
        // Jiangsu style: 11,700.63 / 27,664.22 = 42.2952…% → 42.30%.
        assertThat(Judgement.share(pct("42.30%"), wan("11700.63"), wan("27664.22")).verdict()).isEqualTo(Verdict.EXACT);
        assertThat(Judgement.share(pct("42.31%"), wan("11700.63"), wan("27664.22")).verdict())
                .isEqualTo(Verdict.INCONSISTENT);
        // 1 / 3 to whole units: [0.5, 1.5] / [2.5, 3.5] = [14.29%, 60%]: 50% is within rounding.
        assertThat(Judgement.share(pct("50%"), wan("1"), wan("3")).verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
    }

    // ---------------------------------------------------------------- amounts and sums

    @Test
    void statedAmountsAgainstTableFigures() {
        assertThat(Judgement.amount(wan("6.1"), wan("6.10")).verdict()).isEqualTo(Verdict.EXACT);
        assertThat(Judgement.amount(wan("1,877"), wan("1,876.57")).verdict()).isEqualTo(Verdict.EXACT);
        assertThat(Judgement.amount(wan("449"), wan("448.62")).verdict()).isEqualTo(Verdict.EXACT);
        // 1,877.5 at 1 decimal reads 1,878, yet 1,877.47 rounds to both 1,877 and 1,877.5.
        assertThat(Judgement.amount(wan("1,877"), wan("1,877.5")).verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        // Same precision, different figures: no true value rounds to both.
        assertThat(Judgement.amount(wan("1,877"), wan("1,878")).verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(Judgement.amount(wan("6.1"), wan("6.20")).verdict()).isEqualTo(Verdict.INCONSISTENT);
        // Across units: 1,877 万元 is 18,770,000 元.
        assertThat(Judgement.amount(wan("1,877"), Amount.parseFigure("18,770,000", AmountUnit.YUAN)).verdict())
                .isEqualTo(Verdict.EXACT);
    }

    @Test
    void sums() {
        // 表1: 1,592 + 79 + 18 + 187 = 1,876 against 1,877: within rounding (interval-sum [1874, 1878]).
        Judgement j = Judgement.sum(wan("1,877"), List.of(wan("1,592"), wan("79"), wan("18"), wan("187")));
        assertThat(j.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        assertThat(j.estimate()).isEqualByComparingTo("1876");
        // The chain 6.1 − 1.5 = 4.6 against 表9's 4.60.
        assertThat(Judgement.sum(wan("4.60"), List.of(wan("6.1"), wan("-1.5"))).verdict()).isEqualTo(Verdict.EXACT);
        assertThat(Judgement.sum(wan("10"), List.of(wan("1"), wan("2"))).verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThatThrownBy(() -> Judgement.sum(wan("1"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nulls() {
        new NullPointerTester().setDefault(Amount.class, wan("1")).setDefault(Percentage.class, pct("1%"))
                .testAllPublicStaticMethods(Judgement.class);
    }

    // ---------------------------------------------------------------- properties

    /** Amounts of 0 to 2 decimals in 万元, 1 to 99,999,999 units of their last digit. */
    private static Gen<Amount> positiveAmounts() {
        return SourceDSL.integers().between(0, 2).zip(SourceDSL.longs().between(1, 99_999_999L),
                (d, n) -> Amount.of(BigDecimal.valueOf(n, d), AmountUnit.TEN_THOUSAND_YUAN, Precision.decimals(d)));
    }

    /** An independent oracle: the exact extremes of 100·d/p over the four corners, at 30 decimals. */
    private static BigDecimal[] oracle(Interval p, Interval d) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (BigDecimal pv : List.of(p.lower(), p.upper())) {
            for (BigDecimal dv : List.of(d.lower(), d.upper())) {
                BigDecimal r = dv.multiply(BigDecimal.valueOf(100)).divide(pv, 30, RoundingMode.HALF_EVEN);
                lo = lo == null || r.compareTo(lo) < 0 ? r : lo;
                hi = hi == null || r.compareTo(hi) > 0 ? r : hi;
            }
        }
        return new BigDecimal[] {lo, hi};
    }

    @Test
    void pointEstimateLiesInsideTheComputedInterval() {
        qt().withExamples(2000).forAll(positiveAmounts(), positiveAmounts(), SourceDSL.integers().between(0, 2))
                .checkAssert((current, prior, decimals) -> {
                    Change c = Change.between(current, prior);
                    Percentage claimed = c.percent(decimals, RoundingMode.HALF_UP).orElseThrow();
                    Judgement j = Judgement.changePercent(claimed, current, prior);
                    // The claim generated from the figures is exact, and its estimate lies in the interval.
                    assertThat(j.verdict()).isEqualTo(Verdict.EXACT);
                    assertThat(j.interval()).hasValueSatisfying(i -> assertThat(i.contains(j.estimate())).isTrue());
                    Judgement k = Judgement.changePercentOfChange(claimed, c.amount(), prior);
                    assertThat(k.interval()).hasValueSatisfying(i -> assertThat(i.contains(k.estimate())).isTrue());
                });
    }

    @Test
    void claimPerturbedBeyondItsIntervalIsInconsistent() {
        qt().withExamples(2000).forAll(positiveAmounts(), positiveAmounts(), SourceDSL.integers().between(0, 2),
                SourceDSL.integers().between(1, 50)).checkAssert((change, prior, decimals, steps) -> {
                    BigDecimal[] range = oracle(prior.interval(), change.interval());
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
                    BigDecimal half = unit.divide(BigDecimal.valueOf(2));
                    // A printed percent whose interval [v − half, v + half] lies wholly above the true maximum.
                    BigDecimal above = range[1].add(half).setScale(decimals, RoundingMode.FLOOR)
                            .add(unit.multiply(BigDecimal.valueOf(steps)));
                    assertThat(above.subtract(half)).isGreaterThan(range[1]);
                    assertThat(Judgement.changePercentOfChange(Percentage.of(above, decimals), change, prior).verdict())
                            .isEqualTo(Verdict.INCONSISTENT);
                    BigDecimal below = range[0].subtract(half).setScale(decimals, RoundingMode.CEILING)
                            .subtract(unit.multiply(BigDecimal.valueOf(steps)));
                    assertThat(below.add(half)).isLessThan(range[0]);
                    assertThat(Judgement.changePercentOfChange(Percentage.of(below, decimals), change, prior).verdict())
                            .isEqualTo(Verdict.INCONSISTENT);
                });
    }
}
