package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.budgetkit.model.money.MalformedFigureException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {
    @ParameterizedTest(name = "{0} is {1} with {2} decimals")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // The seed's narrative: 增长33%, 下降23%; percentages printed with decimals and full-width signs.
        "33%         | 33      | 0",
        "33 %        | 33      | 0",
        "71.73％     | 71.73   | 2",
        "474%        | 474     | 0",
        "-5%         | -5      | 0",
        "－5％       | -5      | 0",
        "(5)%        | -5      | 0",
        "\"\u300033%\u3000\" | 33 | 0",
        "0.50%       | 0.50    | 2",
        "1,234.5%    | 1234.5  | 1",
        "0%          | 0       | 0"})
    void parsesPrintedPercentages(String text, String value, int decimals) {
        Percentage p = Percentage.parse(text);
        assertThat(p.value()).isEqualTo(new BigDecimal(value));
        assertThat(p.decimals()).isEqualTo(decimals);
        assertThat(p.precision()).isEqualTo(Precision.decimals(decimals));
    }

    @ParameterizedTest(name = "{0}: [{1}, {2}] percent")
    @CsvSource(delimiter = '|', value = {"33% | 32.5 | 33.5", "71.73% | 71.725 | 71.735", "474% | 473.5 | 474.5",
        "-5% | -5.5 | -4.5", "0.50% | 0.495 | 0.505", "0% | -0.5 | 0.5"})
    void intervalAndRatioIntervalUnderRoundHalf(String text, String lower, String upper) {
        Percentage p = Percentage.parse(text);
        // Oracle: value ± half a unit of the last printed digit, then / 100.
        BigDecimal half = new BigDecimal("0.5").movePointLeft(p.decimals());
        assertThat(p.value().subtract(half)).isEqualByComparingTo(lower);
        assertThat(p.value().add(half)).isEqualByComparingTo(upper);
        assertThat(p.interval()).isEqualTo(Interval.closed(new BigDecimal(lower), new BigDecimal(upper)));
        assertThat(p.interval(RoundingConvention.HALF)).isEqualTo(p.interval());
        BigDecimal hundred = new BigDecimal("100");
        assertThat(p.ratioInterval()).isEqualTo(Interval.closed(new BigDecimal(lower).divide(hundred),
                new BigDecimal(upper).divide(hundred)));
    }

    @Test
    void truncatedPercentages() {
        assertThat(Percentage.parse("33%").interval(RoundingConvention.TRUNCATE)).isEqualTo(Interval.parse("[33, 34)"));
        assertThat(Percentage.parse("-23%").interval(RoundingConvention.TRUNCATE)).isEqualTo(Interval.parse("(-24, -23]"));
        assertThat(Percentage.parse("0.0%").interval(RoundingConvention.TRUNCATE)).isEqualTo(Interval.parse("(-0.1, 0.1)"));
    }

    @ParameterizedTest
    @CsvSource({"33%, 0.33", "71.73%, 0.7173", "474%, 4.74", "-5%, -0.05", "0.5%, 0.005", "0%, 0"})
    void ratioIsExact(String text, String ratio) {
        assertThat(Percentage.parse(text).ratio()).isEqualByComparingTo(ratio);
    }

    @ParameterizedTest
    @ValueSource(strings = {"33%", "71.73%", "474%", "-5%", "0.50%", "1234.5%", "0%", "-0.001%"})
    void toStringIsPlainAndParsesBack(String text) {
        Percentage p = Percentage.parse(text);
        assertThat(p.toString()).isEqualTo(text);
        assertThat(Percentage.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void textRoundTripOfRandomPercentages() {
        qt().forAll(longs().between(-99_999_999L, 99_999_999L), integers().between(0, 6)).checkAssert((unscaled, d) -> {
            Percentage p = Percentage.of(BigDecimal.valueOf(unscaled, d), d);
            Percentage back = Percentage.parse(p.toString());
            assertThat(back).isEqualTo(p);
            assertThat(back.decimals()).isEqualTo(d);
            assertThat(back.value()).isEqualTo(BigDecimal.valueOf(unscaled, d));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"33", "33 ", "%33", "33‰", "", "   ", "33 percent", "百分之三十三"})
    void refusesTextWithoutAPercentSign(String text) {
        assertThatThrownBy(() -> Percentage.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(MalformedFigureException.class).hasMessageContaining("%");
    }

    @Test
    void refusesANilDash() {
        assertThatThrownBy(() -> Percentage.parse("-%")).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(MalformedFigureException.class);
        assertThatThrownBy(() -> Percentage.parse("—%")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\": {1} at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "%          | EMPTY               | 0",
        "1,87%      | BAD_GROUPING        | 3",
        "\" 1,87 %\" | BAD_GROUPING       | 4",
        "33%%       | UNEXPECTED_CHARACTER | 2",
        "1e2%       | UNEXPECTED_CHARACTER | 1",
        "07%        | LEADING_ZERO        | 1"})
    void malformedNumbersAreReportedAtTheirIndexInTheGivenText(String text, Problem problem, int index) {
        assertThatThrownBy(() -> Percentage.parse(text)).isInstanceOfSatisfying(MalformedFigureException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.index()).isEqualTo(index);
            assertThat(e.text()).isEqualTo(text);
        });
    }

    @Test
    void ofValidatesDecimals() {
        assertThat(Percentage.of(new BigDecimal("33.00"), 0)).isEqualTo(Percentage.parse("33%"));
        assertThat(Percentage.of(new BigDecimal("33"), 2).value()).isEqualTo(new BigDecimal("33.00"));
        assertThatThrownBy(() -> Percentage.of(new BigDecimal("33.5"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of(new BigDecimal("30"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of(new BigDecimal("1"), 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of(new BigDecimal("1".repeat(39)), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIncludesThePrintedPrecision() {
        new EqualsTester()
                .addEqualityGroup(Percentage.parse("33%"), Percentage.parse(" 33 ％"), Percentage.of(new BigDecimal("33"), 0),
                        Percentage.of(new BigDecimal("33.000"), 0))
                .addEqualityGroup(Percentage.parse("33.0%"), Percentage.of(new BigDecimal("33"), 1))
                .addEqualityGroup(Percentage.parse("-33%"), Percentage.parse("(33)%"))
                .addEqualityGroup(Percentage.parse("0%"), Percentage.parse("-0%"))
                .addEqualityGroup(Percentage.parse("0.33%"))
                .testEquals();
    }

    @Test
    void refusesNullArguments() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(Percentage.class);
        tester.testAllPublicInstanceMethods(Percentage.parse("71.73%"));
    }
}
