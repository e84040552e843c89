package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IntervalTest {
    private static Interval i(String text) {
        return Interval.parse(text);
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    // ---------------------------------------------------------------- construction and text

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 | true | 1 | false", "1 | false | 1 | true", "1 | false | 1 | false",
        "2 | true | 1 | true", "0.01 | true | 0.001 | true"})
    void refusesEmptyIntervals(String lower, boolean lowerClosed, String upper, boolean upperClosed) {
        assertThatThrownBy(() -> Interval.of(d(lower), lowerClosed, d(upper), upperClosed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty interval");
    }

    @Test
    void buildsClosedOpenAndPointIntervals() {
        Interval closed = Interval.closed(d("1876.5"), d("1877.5"));
        assertThat(closed.lower()).isEqualByComparingTo("1876.5");
        assertThat(closed.upper()).isEqualByComparingTo("1877.5");
        assertThat(closed.isLowerClosed()).isTrue();
        assertThat(closed.isUpperClosed()).isTrue();
        assertThat(closed.isPoint()).isFalse();
        assertThat(closed.width()).isEqualByComparingTo("1");
        Interval halfOpen = Interval.of(d("1877"), true, d("1878"), false);
        assertThat(halfOpen.isUpperClosed()).isFalse();
        Interval point = Interval.point(d("-3"));
        assertThat(point.isPoint()).isTrue();
        assertThat(point.width()).isEqualByComparingTo("0");
        assertThat(point).isEqualTo(Interval.closed(d("-3"), d("-3.00")));
        assertThatThrownBy(() -> Interval.closed(d("2"), d("1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1876.5, 1877.5]", "[1877, 1878)", "(-132, -131]", "(-1, 1)", "[0, 0]",
        "[-0.000001, 123456789012345678901234567890.123]", "[747.635, 747.645]"})
    void toStringAndParseRoundTrip(String text) {
        Interval interval = Interval.parse(text);
        assertThat(interval.toString()).isEqualTo(text);
        assertThat(Interval.parse(interval.toString())).isEqualTo(interval);
    }

    @Test
    void parseIsLenientAboutSpacesAndWritesPlainDecimals() {
        assertThat(Interval.parse("[ 1 ,2 ]")).isEqualTo(Interval.closed(d("1"), d("2")));
        assertThat(Interval.closed(d("1E+3"), d("1.5E+4")).toString()).isEqualTo("[1000, 15000]");
        assertThat(Interval.point(d("1E-7")).toString()).isEqualTo("[0.0000001, 0.0000001]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1, 2", "1, 2]", "[1; 2]", "[1 2]", "{1, 2}", "[1e3, 2]", "[+1, 2]", "[1, 2]]",
        "[2, 1]", "(1, 1]", "[1,]", "[, 1]", "[.5, 1]", "[1., 2]"})
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> Interval.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textRoundTripOfRandomIntervals() {
        qt().forAll(intervals()).checkAssert(x -> {
            Interval back = Interval.parse(x.toString());
            assertThat(back).isEqualTo(x);
            assertThat(back.toString()).isEqualTo(x.toString());
        });
    }

    @Test
    void equalityComparesBoundsByValueAndClosedness() {
        new EqualsTester()
                .addEqualityGroup(i("[1, 2]"), Interval.closed(d("1.0"), d("2.00")), i("[1.000,2]"))
                .addEqualityGroup(i("(1, 2]"), Interval.of(d("1"), false, d("2.0"), true))
                .addEqualityGroup(i("[1, 2)"))
                .addEqualityGroup(i("(1, 2)"))
                .addEqualityGroup(i("[1, 3]"))
                .addEqualityGroup(i("[0, 2]"))
                .addEqualityGroup(Interval.point(d("1")), i("[1, 1]"), Interval.point(d("1.00")))
                .addEqualityGroup(Interval.point(d("0")), Interval.point(d("0.000")), Interval.point(d("-0")))
                .testEquals();
    }

    // ---------------------------------------------------------------- predicates

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "[1, 2] | 1 | true", "[1, 2] | 2 | true", "[1, 2] | 1.5 | true", "[1, 2] | 0.999 | false",
        "[1, 2] | 2.0001 | false", "(1, 2] | 1 | false", "(1, 2] | 1.00 | false", "[1, 2) | 2 | false",
        "(1, 2) | 1.0000001 | true", "[1, 1] | 1.0 | true", "(-1, 1) | 0 | true", "(-1, 1) | -1 | false"})
    void containsRespectsClosedness(String interval, String value, boolean expected) {
        assertThat(i(interval).contains(d(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} encloses {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "[1, 3] | [1, 3] | true", "[1, 3] | (1, 3) | true", "(1, 3) | [1, 3] | false", "(1, 3) | (1, 3) | true",
        "[1, 3) | [1, 3] | false", "(1, 3] | [2, 3] | true", "[1, 3] | [0, 2] | false", "[1, 3] | [2, 2] | true",
        "(1, 3) | [1, 1] | false", "[1, 3] | [1, 4] | false"})
    void enclosesRespectsClosedness(String x, String y, boolean expected) {
        assertThat(i(x).encloses(i(y))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ∩ {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "[1, 2] | [2, 3] | [2, 2]",
        "[1, 2) | [2, 3] | ",
        "[1, 2] | (2, 3] | ",
        "[1, 2) | (2, 3] | ",
        "[1, 3] | [2, 4] | [2, 3]",
        "[1, 3) | (2, 4] | (2, 3)",
        "[1, 4] | (2, 3) | (2, 3)",
        "[1, 2] | [1, 2] | [1, 2]",
        "(1, 2] | [1, 2) | (1, 2)",
        "[1, 2] | [3, 4] | ",
        "[5, 5] | [1, 5] | [5, 5]",
        "[5, 5] | [1, 5) | ",
        "[-1.5, -0.5] | [-0.5, 0.5] | [-0.5, -0.5]"})
    void intersectionOfTouchingAndOverlappingIntervals(String x, String y, String expected) {
        Optional<Interval> xy = i(x).intersection(i(y));
        Optional<Interval> yx = i(y).intersection(i(x));
        if (expected == null) {
            assertThat(xy).isEmpty();
            assertThat(i(x).intersects(i(y))).isFalse();
        } else {
            assertThat(xy).contains(i(expected));
            assertThat(i(x).intersects(i(y))).isTrue();
        }
        assertThat(yx).isEqualTo(xy);
        assertThat(i(y).intersects(i(x))).isEqualTo(i(x).intersects(i(y)));
    }

    @ParameterizedTest(name = "gap {0} {1} = {2}")
    @CsvSource(delimiter = '|', value = {"[1, 2] | [2, 3] | 0", "[1, 2) | (2, 3] | 0", "[1, 2] | [3.5, 4] | 1.5",
        "[3.5, 4] | [1, 2] | 1.5", "[1, 5] | [2, 3] | 0", "[1876.5, 1877.5] | [1875.5, 1876] | 0.5"})
    void gapIsTheDistanceBetweenIntervals(String x, String y, String expected) {
        assertThat(i(x).gap(i(y))).isEqualByComparingTo(expected);
    }

    // ---------------------------------------------------------------- arithmetic

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {"[1, 2] | [3, 4] | [4, 6]", "(1, 2] | [3, 4) | (4, 6)",
        "[1591.5, 1592.5] | [78.5, 79.5] | [1670, 1672]", "[-1, 1) | (-1, 1] | (-2, 2)", "[1, 1] | [2, 2] | [3, 3]"})
    void plusAddsBoundsAndKeepsABoundOnlyIfBothAreAttained(String x, String y, String expected) {
        assertThat(i(x).plus(i(y))).isEqualTo(i(expected));
        assertThat(i(y).plus(i(x))).isEqualTo(i(expected));
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource(delimiter = '|', value = {"[5, 6] | [1, 2] | [3, 5]", "[5, 6) | (1, 2] | [3, 5)",
        "(5, 6] | [1, 2) | (3, 5]", "[1, 2] | [1, 2] | [-1, 1]"})
    void minusSubtractsTheOppositeBounds(String x, String y, String expected) {
        assertThat(i(x).minus(i(y))).isEqualTo(i(expected));
    }

    @Test
    void negatedSwapsBoundsAndClosedness() {
        assertThat(i("[1, 2)").negated()).isEqualTo(i("(-2, -1]"));
        assertThat(i("(-1, 3]").negated()).isEqualTo(i("[-3, 1)"));
        assertThat(i("[0, 0]").negated()).isEqualTo(i("[0, 0]"));
        assertThat(i("(1, 2]").negated().negated()).isEqualTo(i("(1, 2]"));
    }

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(delimiter = '|', value = {"[1, 2) | 3 | [3, 6)", "[1, 2) | -3 | (-6, -3]", "(1, 2) | 0 | [0, 0]",
        "[1876.5, 1877.5] | 10000 | [18765000, 18775000]", "[32.5, 33.5] | 0.01 | [0.325, 0.335]",
        "(-1, 2] | -0.5 | [-1, 0.5)"})
    void multipliedByScalesAndFlipsForANegativeFactor(String x, String factor, String expected) {
        assertThat(i(x).multipliedBy(d(factor))).isEqualTo(i(expected));
    }

    @ParameterizedTest(name = "{0} / {1} at {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "[1, 2] | [3, 4] | 4 | [0.2500, 0.6667]",
        "[1, 2] | (1, 2) | 4 | (0.5, 2)",
        "[1, 2] | [1, 2] | 0 | [0, 2]",
        "[0, 1] | (1, 2) | 4 | [0, 1)",
        "(0, 1] | (1, 2) | 4 | (0, 1)",
        "[-1, 0] | (1, 2) | 4 | (-1, 0]",
        "[-2, 3] | [-4, -1] | 2 | [-3, 2]",
        "[1876.5, 1877.5] | [1413.5, 1414.5] | 6 | [1.326617, 1.328264]",
        "[7, 7] | [2, 2] | 1 | [3.5, 3.5]",
        "[1, 1] | [3, 3] | 2 | [0.33, 0.34]"})
    void dividedByEnclosesEveryQuotient(String x, String y, int scale, String expected) {
        assertThat(i(x).dividedBy(i(y), scale)).isEqualTo(i(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[-1, 1]", "[0, 1]", "(0, 1]", "[-1, 0)", "[0, 0]", "(-1, 0)"})
    void dividedByRefusesADivisorContainingOrTouchingZero(String divisor) {
        assertThatThrownBy(() -> i("[1, 2]").dividedBy(i(divisor), 4)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("zero");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65, Integer.MIN_VALUE})
    void dividedByRefusesAScaleOutOfRange(int scale) {
        assertThatThrownBy(() -> i("[1, 2]").dividedBy(i("[1, 2]"), scale)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- properties

    /**
     * Bounds on a coarse grid (tenths from -3 to 3) so that touching and equal bounds are
     * frequent, and zero (the special case of products and quotients) one time in five.
     */
    private static Gen<BigDecimal> bounds() {
        return integers().between(-30, 30).mix(Generate.constant(0), 20).map(n -> BigDecimal.valueOf(n, 1));
    }

    static Gen<Interval> intervals() {
        return bounds().zip(bounds(), booleans().all(), booleans().all(), (a, b, lc, uc) -> {
            BigDecimal lo = a.min(b);
            BigDecimal hi = a.max(b);
            return lo.compareTo(hi) == 0 ? Interval.point(lo) : Interval.of(lo, lc, hi, uc);
        });
    }

    /** Divisors of one sign, bounds away from zero, in tenths. */
    private static Gen<Interval> divisors() {
        return integers().between(1, 30).zip(integers().between(1, 30), booleans().all(), booleans().all(),
                booleans().all(), (a, b, lc, uc, negative) -> {
                    BigDecimal lo = BigDecimal.valueOf(Math.min(a, b), 1);
                    BigDecimal hi = BigDecimal.valueOf(Math.max(a, b), 1);
                    Interval y = a.equals(b) ? Interval.point(lo) : Interval.of(lo, lc, hi, uc);
                    return negative ? y.negated() : y;
                });
    }

    /**
     * A point of {@code x} chosen by {@code k}: a bound if it is closed, otherwise a point strictly
     * inside at {@code k/8} of the width (never an open bound).
     */
    private static BigDecimal pointOf(Interval x, int k) {
        if (k == 0 && x.isLowerClosed()) {
            return x.lower();
        }
        if (k == 8 && x.isUpperClosed()) {
            return x.upper();
        }
        if (x.isPoint()) {
            return x.lower();
        }
        int t = Math.max(1, Math.min(7, k));
        return x.lower().add(x.width().multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(8)));
    }

    @Test
    void pointsChosenForPropertiesLieInTheirInterval() {
        qt().forAll(intervals(), integers().between(0, 8)).checkAssert((x, k) -> {
            BigDecimal p = pointOf(x, k);
            // Checked by hand, not with contains: lower <= p <= upper, strict at open bounds.
            int lo = p.compareTo(x.lower());
            int hi = p.compareTo(x.upper());
            assertThat(lo > 0 || (lo == 0 && x.isLowerClosed())).isTrue();
            assertThat(hi < 0 || (hi == 0 && x.isUpperClosed())).isTrue();
        });
    }

    @Test
    void sumsDifferencesAndMultiplesContainTheResultsOfTheirPoints() {
        qt().forAll(intervals(), intervals(), integers().between(0, 8), integers().between(0, 8))
                .checkAssert((x, y, j, k) -> {
                    BigDecimal a = pointOf(x, j);
                    BigDecimal b = pointOf(y, k);
                    assertThat(x.plus(y).contains(a.add(b))).isTrue();
                    assertThat(x.minus(y).contains(a.subtract(b))).isTrue();
                    assertThat(x.negated().contains(a.negate())).isTrue();
                    assertThat(x.multipliedBy(b).contains(a.multiply(b))).isTrue();
                    // Sums are tight: the bounds are the sums of the bounds.
                    assertThat(x.plus(y).lower()).isEqualByComparingTo(x.lower().add(y.lower()));
                    assertThat(x.plus(y).upper()).isEqualByComparingTo(x.upper().add(y.upper()));
                    assertThat(x.plus(y).isLowerClosed()).isEqualTo(x.isLowerClosed() && y.isLowerClosed());
                });
    }

    @Test
    void intersectsIffSomeValueLiesInBoth() {
        qt().forAll(intervals(), intervals()).checkAssert((x, y) -> {
            // Oracle: the highest lower bound and lowest upper bound; if they differ their
            // midpoint lies in both, if they coincide that value must lie in both.
            BigDecimal lo = x.lower().max(y.lower());
            BigDecimal hi = x.upper().min(y.upper());
            int c = lo.compareTo(hi);
            boolean meet = c < 0 || (c == 0 && x.contains(lo) && y.contains(lo));
            assertThat(x.intersects(y)).isEqualTo(meet);
            assertThat(x.gap(y).signum() > 0).isEqualTo(c > 0);
            x.intersection(y).ifPresent(both -> {
                assertThat(x.encloses(both)).isTrue();
                assertThat(y.encloses(both)).isTrue();
                BigDecimal mid = both.lower().add(both.upper()).divide(BigDecimal.valueOf(2));
                assertThat(x.contains(mid) && y.contains(mid)).isTrue();
            });
        });
    }

    @Test
    void enclosesIffEveryPointOfTheOtherIsInside() {
        qt().forAll(intervals(), intervals()).checkAssert((x, y) -> {
            boolean all = true;
            for (int k = 0; k <= 8; k++) {
                all &= x.contains(pointOf(y, k));
            }
            // The open bounds of y are approached arbitrarily closely: y ⊆ x also needs
            // y's bounds within x's closure.
            all &= x.lower().compareTo(y.lower()) <= 0 && y.upper().compareTo(x.upper()) <= 0;
            assertThat(x.encloses(y)).as("%s encloses %s", x, y).isEqualTo(all);
        });
    }

    @Test
    void dividedByEnclosesTheQuotientOfAnyTwoPoints() {
        qt().forAll(intervals(), divisors(), integers().between(0, 8), integers().between(0, 8))
                .checkAssert((x, y, j, k) -> {
                    BigDecimal a = pointOf(x, j);
                    BigDecimal b = pointOf(y, k);
                    for (int scale : new int[] {0, 1, 3, 6}) {
                        Interval q = x.dividedBy(y, scale);
                        // a/b at high precision; exact comparisons by cross-multiplication with b,
                        // since a/b may not be a finite decimal (1/3).
                        BigDecimal approx = a.divide(b, new MathContext(60, RoundingMode.HALF_EVEN));
                        assertThat(atLeast(a, b, q.lower(), q.isLowerClosed()))
                                .as("%s / %s = %s >= lower of %s", a, b, approx, q).isTrue();
                        assertThat(atMost(a, b, q.upper(), q.isUpperClosed()))
                                .as("%s / %s = %s <= upper of %s", a, b, approx, q).isTrue();
                        if (approx.multiply(b).compareTo(a) == 0) {
                            assertThat(q.contains(approx)).isTrue();
                        }
                        // Not needlessly wide: each bound is within one step of 10^-scale of
                        // the extreme corner quotient.
                        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
                        BigDecimal min = null;
                        BigDecimal max = null;
                        for (BigDecimal xb : new BigDecimal[] {x.lower(), x.upper()}) {
                            for (BigDecimal yb : new BigDecimal[] {y.lower(), y.upper()}) {
                                BigDecimal c = xb.divide(yb, new MathContext(60, RoundingMode.HALF_EVEN));
                                min = min == null ? c : min.min(c);
                                max = max == null ? c : max.max(c);
                            }
                        }
                        assertThat(q.lower()).isGreaterThan(min.subtract(step));
                        assertThat(q.upper()).isLessThan(max.add(step));
                    }
                });
    }

    /** Whether a/b >= bound (> for an open bound), exactly. */
    private static boolean atLeast(BigDecimal a, BigDecimal b, BigDecimal bound, boolean closed) {
        int c = b.signum() > 0 ? a.compareTo(bound.multiply(b)) : bound.multiply(b).compareTo(a);
        return c > 0 || (c == 0 && closed);
    }

    /** Whether a/b <= bound (< for an open bound), exactly. */
    private static boolean atMost(BigDecimal a, BigDecimal b, BigDecimal bound, boolean closed) {
        int c = b.signum() > 0 ? bound.multiply(b).compareTo(a) : a.compareTo(bound.multiply(b));
        return c > 0 || (c == 0 && closed);
    }

    @Test
    void refusesNullArguments() {
        NullPointerTester tester = new NullPointerTester().setDefault(Interval.class, i("[1, 2]"));
        tester.testAllPublicStaticMethods(Interval.class);
        tester.testAllPublicInstanceMethods(i("[1, 2)"));
        tester.testAllPublicInstanceMethods(Interval.point(d("0")));
    }
}
