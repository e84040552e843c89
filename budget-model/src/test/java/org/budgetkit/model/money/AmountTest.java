package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.budgetkit.model.money.AmountUnit.HUNDRED_MILLION_YUAN;
import static org.budgetkit.model.money.AmountUnit.THOUSAND_YUAN;
import static org.budgetkit.model.money.AmountUnit.TEN_THOUSAND_YUAN;
import static org.budgetkit.model.money.AmountUnit.YUAN;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.budgetkit.model.money.MalformedFigureException.Problem;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AmountTest {
    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** 10^n as a BigDecimal, by repeated multiplication (the oracles avoid scaleByPowerOfTen). */
    private static BigDecimal tenTo(int n) {
        BigDecimal r = BigDecimal.ONE;
        for (int i = 0; i < Math.abs(n); i++) {
            r = n > 0 ? r.multiply(BigDecimal.TEN) : r.multiply(new BigDecimal("0.1"));
        }
        return r;
    }

    // ====================================================================== parseFigure

    @Nested
    class ParseFigure {
        @ParameterizedTest(name = "\"{0}\" in {3} is {1} to {2} decimals")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1,877                | 1877        | 0 | TEN_THOUSAND_YUAN",
            "1877                 | 1877        | 0 | TEN_THOUSAND_YUAN",
            "1877.00              | 1877.00     | 2 | TEN_THOUSAND_YUAN",
            "747.64               | 747.64      | 2 | TEN_THOUSAND_YUAN",
            "87267272.44          | 87267272.44 | 2 | YUAN",
            "87,267,272.44        | 87267272.44 | 2 | YUAN",
            "0                    | 0           | 0 | TEN_THOUSAND_YUAN",
            "0.00                 | 0.00        | 2 | TEN_THOUSAND_YUAN",
            "0.5                  | 0.5         | 1 | HUNDRED_MILLION_YUAN",
            "１，８７７．５０     | 1877.50     | 2 | TEN_THOUSAND_YUAN",
            "１８７７             | 1877        | 0 | THOUSAND_YUAN",
            "-131                 | -131        | 0 | TEN_THOUSAND_YUAN",
            "－131                | -131        | 0 | TEN_THOUSAND_YUAN",
            "\u2212131            | -131        | 0 | TEN_THOUSAND_YUAN",
            "(131)                | -131        | 0 | TEN_THOUSAND_YUAN",
            "（131）              | -131        | 0 | TEN_THOUSAND_YUAN",
            "(1,877.5)            | -1877.5     | 1 | TEN_THOUSAND_YUAN",
            "+8                   | 8           | 0 | TEN_THOUSAND_YUAN",
            "-0                   | 0           | 0 | TEN_THOUSAND_YUAN",
            "\" 1,877 \"          | 1877        | 0 | TEN_THOUSAND_YUAN",
            "\"\u30001,877\u3000\" | 1877       | 0 | TEN_THOUSAND_YUAN",
            "\"\t-131\u00A0\"     | -131        | 0 | TEN_THOUSAND_YUAN",
            "12,345,678,901,234,567,890,123,456,789,012,345,678 | 12345678901234567890123456789012345678 | 0 | YUAN",
            "-0.000000000000000000000000000001 | -1E-30 | 30 | YUAN",
        })
        void acceptsThePrintedForms(String text, String value, int decimals, AmountUnit unit) {
            Amount a = Amount.parseFigure(text, unit);
            assertThat(a.value()).isEqualTo(d(value));
            assertThat(a.value().scale()).isEqualTo(decimals);
            assertThat(a.precision()).isEqualTo(Precision.decimals(decimals));
            assertThat(a.precision().decimals()).isEqualTo(decimals);
            assertThat(a.unit()).isEqualTo(unit);
            assertThat(a.isNil()).isFalse();
            assertThat(a.signum()).isEqualTo(d(value).signum());
            assertThat(a.isNegative()).isEqualTo(d(value).signum() < 0);
            assertThat(a.isZero()).isEqualTo(d(value).signum() == 0);
        }

        @ParameterizedTest(name = "\"{0}\" is nil")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"-", "－", "—", "–", "——", "--", "\" — \"",
            "\"\u3000－\u3000\"", "\u2212", "―"})
        void dashesAreNil(String text) {
            for (AmountUnit unit : AmountUnit.values()) {
                Amount a = Amount.parseFigure(text, unit);
                assertThat(a.isNil()).isTrue();
                assertThat(a.isZero()).isTrue();
                assertThat(a.unit()).isEqualTo(unit);
                assertThat(a.precision().isExact()).isTrue();
                assertThat(a).isEqualTo(Amount.nil(unit));
                assertThat(a.interval()).isEqualTo(Interval.point(BigDecimal.ZERO));
                assertThat(a.toString()).isEqualTo("— " + unit.symbol());
            }
        }

        @ParameterizedTest(name = "\"{0}\": {1} at {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"      | EMPTY                  | 0",
            "\"   \"   | EMPTY                  | 0",
            "\"\u3000\" | EMPTY                 | 0",
            "1,87      | BAD_GROUPING           | 3",
            ",877      | BAD_GROUPING           | 0",
            "1,,877    | BAD_GROUPING           | 2",
            "18,77.5   | BAD_GROUPING           | 5",
            "1,8777    | BAD_GROUPING           | 5",
            "1,8777,000 | BAD_GROUPING          | 5",
            "1234,567  | BAD_GROUPING           | 4",
            "0,877     | BAD_GROUPING           | 1",
            "1,877.5,0 | BAD_GROUPING           | 7",
            "1877.     | BAD_DECIMAL_POINT      | 4",
            ".5        | BAD_DECIMAL_POINT      | 0",
            "1.2.3     | BAD_DECIMAL_POINT      | 3",
            "-.5       | BAD_DECIMAL_POINT      | 1",
            "007       | LEADING_ZERO           | 1",
            "-01       | LEADING_ZERO           | 2",
            "1e5       | UNEXPECTED_CHARACTER   | 1",
            "1E+3      | UNEXPECTED_CHARACTER   | 1",
            "12%       | UNEXPECTED_CHARACTER   | 2",
            "1 877     | UNEXPECTED_CHARACTER   | 1",
            "\" 1 877\" | UNEXPECTED_CHARACTER  | 2",
            "abc       | UNEXPECTED_CHARACTER   | 0",
            "一千八百   | UNEXPECTED_CHARACTER   | 0",
            "1877万    | UNEXPECTED_CHARACTER   | 4",
            "—3        | UNEXPECTED_CHARACTER   | 0",
            "-(3)      | UNEXPECTED_CHARACTER   | 1",
            "(3)5      | UNEXPECTED_CHARACTER   | 3",
            "+-3       | BAD_SIGN               | 1",
            "(−3)      | BAD_SIGN               | 1",
            "(-3)      | BAD_SIGN               | 1",
            "---       | BAD_SIGN               | 1",
            "3-        | BAD_SIGN               | 1",
            "(3        | UNBALANCED_PARENTHESES | 1",
            "3)        | UNBALANCED_PARENTHESES | 1",
            "(3))      | UNBALANCED_PARENTHESES | 3",
            "（3       | UNBALANCED_PARENTHESES | 1",
            "()        | NO_DIGITS              | 1",
            "+         | NO_DIGITS              | 0",
            "(         | NO_DIGITS              | 0",
        })
        void refusesEveryOtherForm(String text, Problem problem, int index) {
            assertRefused(text, problem, index);
        }

        static Stream<Arguments> generatedRejections() {
            return Stream.of(
                    Arguments.of("1".repeat(65), Problem.TOO_LONG, 64),
                    Arguments.of("  " + "1".repeat(65), Problem.TOO_LONG, 66),
                    Arguments.of("a".repeat(65), Problem.TOO_LONG, 64),
                    Arguments.of("1" + "0".repeat(38), Problem.TOO_MANY_DIGITS, 38),
                    Arguments.of("9".repeat(39), Problem.TOO_MANY_DIGITS, 38),
                    Arguments.of("-" + "9".repeat(39), Problem.TOO_MANY_DIGITS, 39),
                    // 39 digits grouped: the 39th digit comes after 12 separators.
                    Arguments.of(String.format(Locale.ROOT, "%,d", new BigInteger("9".repeat(39))), Problem.TOO_MANY_DIGITS, 50),
                    // The first digit too many: here the 31st decimal comes before the 39th digit.
                    Arguments.of("0.0" + "9".repeat(39), Problem.TOO_MANY_DECIMALS, 32),
                    Arguments.of("123456789." + "1".repeat(30), Problem.TOO_MANY_DIGITS, 39),
                    Arguments.of("0." + "0".repeat(30) + "1", Problem.TOO_MANY_DECIMALS, 32));
        }

        @ParameterizedTest(name = "{1} at {2}")
        @MethodSource("generatedRejections")
        void refusesTooLongTextAndTooManyDigits(String text, Problem problem, int index) {
            assertRefused(text, problem, index);
        }

        @Test
        void theLimitsThemselvesAreAccepted() {
            assertThat(Amount.parseFigure("9".repeat(38), YUAN).value()).isEqualTo(d("9".repeat(38)));
            assertThat(Amount.parseFigure("0." + "0".repeat(29) + "1", YUAN).precision().decimals()).isEqualTo(30);
            String sixtyFour = "-" + String.format(Locale.ROOT, "%,d", new BigInteger("1".repeat(26))) + "." + "1".repeat(12);
            assertThat(sixtyFour).hasSize(48);
            assertThat(Amount.parseFigure(" ".repeat(16) + sixtyFour + " ".repeat(16), YUAN).value().scale()).isEqualTo(12);
        }

        @Test
        void aMegabyteOfDigitsIsRefused() {
            String megabyte = "1".repeat(1 << 20);
            assertRefused(megabyte, Problem.TOO_LONG, 64);
            assertRefused("(" + megabyte + ")", Problem.TOO_LONG, 64);
        }

        private void assertRefused(String text, Problem problem, int index) {
            Throwable thrown = catchThrowable(() -> Amount.parseFigure(text, TEN_THOUSAND_YUAN));
            assertThat(thrown).as("\"%s\"", text).isInstanceOf(MalformedFigureException.class);
            MalformedFigureException e = (MalformedFigureException) thrown;
            assertThat(e.problem()).as("problem of \"%s\"", text).isEqualTo(problem);
            assertThat(e.index()).as("index of \"%s\"", text).isEqualTo(index);
            String shown = text.length() <= 80 ? text : text.substring(0, 77) + "...";
            assertThat(e.text()).isEqualTo(shown);
            assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                    problem.describe(Locale.ENGLISH) + " at index " + index + " in \"" + shown + "\"");
            assertThat(e.message(Locale.CHINESE)).isEqualTo(
                    "数字“" + shown + "”第 " + (index + 1) + " 个字符处" + problem.describe(Locale.CHINESE));
        }
    }

    // ====================================================================== text and equality

    @Nested
    class TextAndEquality {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "1,877 万元 (±0.5)          | 1877        | TEN_THOUSAND_YUAN    | 0",
            "747.64 万元 (±0.005)       | 747.64      | TEN_THOUSAND_YUAN    | 2",
            "18,770,000 元 (±5,000)     | 18770000    | YUAN                 | -4",
            "3 元 (exact)               | 3           | YUAN                 | INF",
            "-131 万元 (±0.5)           | -131        | TEN_THOUSAND_YUAN    | 0",
            "-0.05 亿元 (±0.005)        | -0.05       | HUNDRED_MILLION_YUAN | 2",
            "-1,234.5 千元 (exact)      | -1234.5     | THOUSAND_YUAN        | INF",
            "0.00 元 (±0.005)           | 0.00        | YUAN                 | 2",
            "0 元 (exact)               | 0           | YUAN                 | INF",
            "1,000,000,000,000,000,000,000,000,000,000 元 (±500,000,000,000,000,000,000,000,000,000) | 1E+30 | YUAN | -30",
            "0.000000000000000000000000000001 元 (±0.0000000000000000000000000000005) | 1E-30 | YUAN | 30",
        })
        void writesAndReadsTheShortForm(String text, String value, AmountUnit unit, String precision) {
            Amount a = Amount.of(d(value), unit, Precision.parse(precision));
            assertThat(a.toString()).isEqualTo(text);
            assertThat(Amount.parse(text)).isEqualTo(a);
            assertThat(a.value()).isEqualByComparingTo(value);
            assertThat(a.value().scale()).isEqualTo(
                    precision.equals("INF") ? Math.max(0, d(value).stripTrailingZeros().scale()) : Math.max(0, Integer.parseInt(precision)));
        }

        @Test
        void nilRoundTrips() {
            for (AmountUnit unit : AmountUnit.values()) {
                assertThat(Amount.nil(unit).toString()).isEqualTo("— " + unit.symbol());
                assertThat(Amount.parse("— " + unit.symbol())).isEqualTo(Amount.nil(unit));
                assertThat(Amount.nil(unit).toShortString()).isEqualTo("— " + unit.symbol());
            }
        }

        @Test
        void shortAndPlainForms() {
            Amount a = Amount.parseFigure("-1,877.50", TEN_THOUSAND_YUAN);
            assertThat(a.toShortString()).isEqualTo("-1,877.50 万元");
            assertThat(a.toPlainString()).isEqualTo("-1877.50");
            assertThat(Amount.of(d("1E+7"), YUAN, -4).toPlainString()).isEqualTo("10000000");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"1877 万元", "1,877 万元 (±0.05)", "1,877 万元 (±1)", "1,877 万元 (±0)",
            "1,877 万元 (±0.25)", "1,877 美元 (±0.5)", "1,877 万元(±0.5)", "1,877  万元 (±0.5)", "1,87 万元 (±0.5)",
            "1,877.5 万元 (±0.5)", "1877.05 万元 (±0.05)", "— 万元 (exact)", "- 万元", "1,877 万元 (±123456789012345678901234567890)",
            "1,877 万元 (±0.00000000000000000000000000000005)", "1,877 万元 (±50,000,000,000,000,000,000,000,000,000,000)",
            "1e3 元 (exact)", "1,877 万元 (inexact)", "1,877 万元 (±５)", "１,877 万元 (±0.5)", "+1 元 (exact)",
            "1877 万元 (±0.5)", "1877.00 万元 (±0.5)", "1,877.0 万元 (±0.005)", "1.50 元 (exact)", "-0 元 (exact)",
            "1,877 万元 (±0.50)", "18,770,000 元 (±5000)", "0.0 元 (exact)", "1,877 万元 (±.5)", "' 1,877 万元 (±0.5)'", "'1,877 万元 (±0.5) '"})
        void parseRefusesOtherText(String text) {
            assertThatThrownBy(() -> Amount.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void sameValueButDifferentReports() {
            Amount wan = Amount.parseFigure("1,877", TEN_THOUSAND_YUAN);
            Amount wanTwoDecimals = Amount.parseFigure("1877.00", TEN_THOUSAND_YUAN);
            Amount yuan = Amount.parseFigure("18,770,000", YUAN);
            Amount exact = Amount.exact(d("1877"), TEN_THOUSAND_YUAN);
            assertThat(wan).isNotEqualTo(wanTwoDecimals).isNotEqualTo(yuan).isNotEqualTo(exact);
            for (Amount other : List.of(wanTwoDecimals, yuan, exact, wan.to(YUAN), wan.to(HUNDRED_MILLION_YUAN))) {
                assertThat(wan.isSameValueAs(other)).isTrue();
                assertThat(other.isSameValueAs(wan)).isTrue();
                assertThat(wan.compareValueTo(other)).isZero();
            }
            assertThat(wan.to(YUAN)).isEqualTo(Amount.of(d("18770000"), YUAN, -4));
            assertThat(wan.to(YUAN)).isNotEqualTo(yuan);
            assertThat(Amount.nil(YUAN).isSameValueAs(Amount.zero(TEN_THOUSAND_YUAN))).isTrue();
            assertThat(Amount.nil(YUAN)).isNotEqualTo(Amount.zero(YUAN));
            assertThat(wan.compareValueTo(Amount.parseFigure("18,770,001", YUAN))).isNegative();
            assertThat(Amount.parseFigure("0.0001", TEN_THOUSAND_YUAN).compareValueTo(Amount.parseFigure("0.99", YUAN)))
                    .isPositive();
        }

        @Test
        void equalsAndHashCodeOverAGrid() {
            new EqualsTester()
                    .addEqualityGroup(Amount.of(d("1877"), TEN_THOUSAND_YUAN, 0),
                            Amount.parseFigure("1,877", TEN_THOUSAND_YUAN),
                            Amount.parseFigure("１８７７", TEN_THOUSAND_YUAN),
                            Amount.parse("1,877 万元 (±0.5)"),
                            Amount.of(d("1877.000"), TEN_THOUSAND_YUAN, 0),
                            Amount.of(d("1.877E+3"), TEN_THOUSAND_YUAN, Precision.decimals(0)),
                            Amount.parseFigure("1,877", TEN_THOUSAND_YUAN).to(YUAN).to(TEN_THOUSAND_YUAN))
                    .addEqualityGroup(Amount.of(d("1877"), TEN_THOUSAND_YUAN, 2),
                            Amount.parseFigure("1877.00", TEN_THOUSAND_YUAN))
                    .addEqualityGroup(Amount.exact(d("1877"), TEN_THOUSAND_YUAN),
                            Amount.exact(d("1877.00"), TEN_THOUSAND_YUAN), Amount.parse("1,877 万元 (exact)"))
                    .addEqualityGroup(Amount.of(d("18770000"), YUAN, -4), Amount.parseFigure("1,877", TEN_THOUSAND_YUAN).to(YUAN),
                            Amount.parse("18,770,000 元 (±5,000)"))
                    .addEqualityGroup(Amount.parseFigure("18,770,000", YUAN))
                    .addEqualityGroup(Amount.of(d("1877"), YUAN, 0))
                    .addEqualityGroup(Amount.of(d("1878"), TEN_THOUSAND_YUAN, 0))
                    .addEqualityGroup(Amount.of(d("-1877"), TEN_THOUSAND_YUAN, 0), Amount.parseFigure("(1,877)", TEN_THOUSAND_YUAN),
                            Amount.parseFigure("1,877", TEN_THOUSAND_YUAN).negated())
                    .addEqualityGroup(Amount.nil(TEN_THOUSAND_YUAN), Amount.parseFigure("—", TEN_THOUSAND_YUAN),
                            Amount.parse("— 万元"), Amount.nil(YUAN).to(TEN_THOUSAND_YUAN))
                    .addEqualityGroup(Amount.nil(YUAN))
                    .addEqualityGroup(Amount.zero(TEN_THOUSAND_YUAN), Amount.exact(d("0.000"), TEN_THOUSAND_YUAN),
                            Amount.exact(d("-0"), TEN_THOUSAND_YUAN))
                    .addEqualityGroup(Amount.of(BigDecimal.ZERO, TEN_THOUSAND_YUAN, 0), Amount.parseFigure("0", TEN_THOUSAND_YUAN),
                            Amount.parseFigure("-0", TEN_THOUSAND_YUAN))
                    .addEqualityGroup(Amount.of(BigDecimal.ZERO, TEN_THOUSAND_YUAN, 2), Amount.parseFigure("0.00", TEN_THOUSAND_YUAN),
                            Amount.parseFigure("-0.00", TEN_THOUSAND_YUAN))
                    .testEquals();
        }

        @Test
        void textRoundTripOfRandomAmounts() {
            qt().forAll(amounts()).checkAssert(a -> {
                Amount back = Amount.parse(a.toString());
                assertThat(back).isEqualTo(a);
                assertThat(back.toString()).isEqualTo(a.toString());
                assertThat(back.hashCode()).isEqualTo(a.hashCode());
            });
        }

        @Test
        void refusesNullArguments() {
            NullPointerTester tester = new NullPointerTester()
                    .setDefault(Precision.class, Precision.decimals(0))
                    .setDefault(Amount.class, Amount.parseFigure("1", YUAN))
                    .setDefault(MonetaryAmount.class, Money.of(1, "CNY"));
            tester.testAllPublicStaticMethods(Amount.class);
            tester.testAllPublicInstanceMethods(Amount.parseFigure("1,877", TEN_THOUSAND_YUAN));
            tester.testAllPublicInstanceMethods(Amount.nil(YUAN));
            tester.testAllPublicInstanceMethods(Amount.exact(d("-2.5"), THOUSAND_YUAN));
        }
    }

    // ====================================================================== factories and limits

    @Nested
    class Factories {
        @Test
        void ofNormalizesTheScaleToTheReportedDecimals() {
            assertThat(Amount.of(d("747.6400"), TEN_THOUSAND_YUAN, 2).value()).isEqualTo(d("747.64"));
            assertThat(Amount.of(d("748"), TEN_THOUSAND_YUAN, 2).value()).isEqualTo(d("748.00"));
            assertThat(Amount.of(d("1.877E+7"), YUAN, -4).value()).isEqualTo(d("18770000"));
            assertThat(Amount.of(d("1.877E+7"), YUAN, -4).value().scale()).isZero();
            assertThat(Amount.exact(d("1.50"), YUAN).value()).isEqualTo(d("1.5"));
            assertThat(Amount.exact(d("1.5E+3"), YUAN).value()).isEqualTo(d("1500"));
            assertThat(Amount.zero(YUAN).value()).isEqualTo(BigDecimal.ZERO);
            assertThat(Amount.zero(YUAN).precision().isExact()).isTrue();
            assertThat(Amount.zero(YUAN).isNil()).isFalse();
            assertThat(Amount.nil(YUAN).value()).isEqualTo(BigDecimal.ZERO);
        }

        /**
         * The stored value against a plain BigDecimal oracle, for values whose scale is the
         * reported decimals (returned as they are) and for every other scale (stripped and
         * re-scaled): the scale is max(decimals, 0), exact values drop trailing zeros.
         */
        @Test
        void ofStoresTheValueAtTheReportedScaleWhateverScaleItIsGivenIn() {
            qt().withExamples(2_000).forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(-6, 8),
                    integers().between(-5, 8)).checkAssert((unscaled, scale, decimals) -> {
                        BigDecimal v = BigDecimal.valueOf(unscaled, scale);
                        BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
                        BigDecimal exact = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
                        assertThat(Amount.exact(v, YUAN).value()).isEqualTo(exact);
                        if (v.signum() != 0 && stripped.scale() > decimals) {
                            assertThatThrownBy(() -> Amount.of(v, YUAN, decimals))
                                    .isInstanceOf(IllegalArgumentException.class);
                        } else {
                            BigDecimal expected = stripped.setScale(Math.max(decimals, 0));
                            assertThat(Amount.of(v, YUAN, decimals).value()).isEqualTo(expected);
                        }
                    });
        }

        @ParameterizedTest
        @CsvSource({"747.64, 1", "18775000, -4", "0.5, 0", "1, 31", "1, -31"})
        void ofRefusesDigitsBeyondThePrecisionOrAPrecisionOutOfRange(String value, int decimals) {
            assertThatThrownBy(() -> Amount.of(d(value), YUAN, decimals)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesMoreThan38DigitsOr30DecimalsCheaply() {
            assertThat(Amount.of(d("9".repeat(38)), YUAN, 0).value().precision()).isEqualTo(38);
            assertThat(Amount.of(d("9".repeat(34) + "0000"), YUAN, -4).value()).isEqualTo(d("9".repeat(34) + "0000"));
            assertThatThrownBy(() -> Amount.of(d("9".repeat(39)), YUAN, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("38 digits");
            assertThatThrownBy(() -> Amount.of(d("9".repeat(35) + "0000"), YUAN, -4))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.exact(d("0." + "1".repeat(39)), YUAN)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.exact(d("1E-31"), YUAN)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("30 decimals");
            assertThat(Amount.exact(d("1E-30"), YUAN).value()).isEqualTo(d("1E-30"));
            // Values whose plain form has a billion digits are refused without building it.
            assertThatThrownBy(() -> Amount.exact(d("1E+1000000000"), YUAN)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("38 digits").hasMessageNotContaining("0000000000");
            assertThatThrownBy(() -> Amount.of(d("1E+1000000000"), YUAN, -4)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.of(d("1E-1000000000"), YUAN, 2)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("beyond 2 decimals");
            assertThatThrownBy(() -> Amount.exact(d("1E-1000000000"), YUAN)).isInstanceOf(IllegalArgumentException.class);
            assertThat(Amount.of(d("0E+1000000000"), YUAN, 2).value()).isEqualTo(d("0.00"));
            assertThat(Amount.of(d("0E-1000000000"), YUAN, -4).value()).isEqualTo(BigDecimal.ZERO);
        }

        @Test
        void withPrecisionNeverRounds() {
            Amount a = Amount.parseFigure("1,877", TEN_THOUSAND_YUAN);
            assertThat(a.withPrecision(Precision.decimals(0))).isSameAs(a);
            assertThat(a.withPrecision(Precision.decimals(2)).value()).isEqualTo(d("1877.00"));
            assertThat(a.withPrecision(Precision.exact())).isEqualTo(Amount.exact(d("1877"), TEN_THOUSAND_YUAN));
            assertThatThrownBy(() -> a.withPrecision(Precision.decimals(-1))).isInstanceOf(ArithmeticException.class);
            assertThat(Amount.parseFigure("1,870", YUAN).withPrecision(Precision.decimals(-1)).toString())
                    .isEqualTo("1,870 元 (±5)");
            assertThatThrownBy(() -> Amount.parseFigure("747.64", TEN_THOUSAND_YUAN).withPrecision(Precision.decimals(0)))
                    .isInstanceOf(ArithmeticException.class);
            Amount nil = Amount.nil(YUAN);
            assertThat(nil.withPrecision(Precision.exact())).isSameAs(nil);
            assertThat(Amount.nil(YUAN).withPrecision(Precision.decimals(2))).isEqualTo(Amount.parseFigure("0.00", YUAN));
        }

        @Test
        void negatedKeepsPrecisionAndUnit() {
            Amount a = Amount.parseFigure("747.64", TEN_THOUSAND_YUAN);
            assertThat(a.negated()).isEqualTo(Amount.parseFigure("-747.64", TEN_THOUSAND_YUAN));
            assertThat(a.negated().negated()).isEqualTo(a);
            Amount zero = Amount.parseFigure("0.00", YUAN);
            assertThat(zero.negated()).isSameAs(zero);
            assertThat(Amount.nil(YUAN).negated()).isEqualTo(Amount.nil(YUAN));
        }
    }

    // ====================================================================== intervals

    @Nested
    class Intervals {
        @Test
        void halfAndTruncateIntervalsAgainstAnOracle() {
            for (int d = -4; d <= 4; d++) {
                BigDecimal r = tenTo(-d);
                BigDecimal halfR = r.multiply(new BigDecimal("0.5"));
                for (long n : new long[] {0, 1, 7, 1877, 123456789, -1, -131, -123456789}) {
                    BigDecimal v = BigDecimal.valueOf(n).multiply(r);
                    for (AmountUnit unit : AmountUnit.values()) {
                        Amount a = Amount.of(v, unit, d);
                        Interval half = a.interval(RoundingConvention.HALF);
                        assertThat(half.lower()).isEqualByComparingTo(v.subtract(halfR));
                        assertThat(half.upper()).isEqualByComparingTo(v.add(halfR));
                        assertThat(half.isLowerClosed()).isTrue();
                        assertThat(half.isUpperClosed()).isTrue();
                        assertThat(a.interval()).isEqualTo(half);

                        Interval truncated = a.interval(RoundingConvention.TRUNCATE);
                        BigDecimal lower = n > 0 ? v : n < 0 ? v.subtract(r) : r.negate();
                        BigDecimal upper = n > 0 ? v.add(r) : n < 0 ? v : r;
                        assertThat(truncated.lower()).isEqualByComparingTo(lower);
                        assertThat(truncated.upper()).isEqualByComparingTo(upper);
                        assertThat(truncated.isLowerClosed()).as("TRUNCATE lower of %s", a).isEqualTo(n > 0);
                        assertThat(truncated.isUpperClosed()).as("TRUNCATE upper of %s", a).isEqualTo(n < 0);
                    }
                }
            }
        }

        @Test
        void theSeedsFigures() {
            assertThat(Amount.parseFigure("1,877", TEN_THOUSAND_YUAN).interval()).isEqualTo(Interval.parse("[1876.5, 1877.5]"));
            assertThat(Amount.parseFigure("1,877", TEN_THOUSAND_YUAN).interval(RoundingConvention.TRUNCATE))
                    .isEqualTo(Interval.parse("[1877, 1878)"));
            assertThat(Amount.parseFigure("747.64", TEN_THOUSAND_YUAN).interval()).isEqualTo(Interval.parse("[747.635, 747.645]"));
        }

        @Test
        void exactAndNilAmountsArePoints() {
            for (RoundingConvention c : RoundingConvention.values()) {
                assertThat(Amount.exact(d("-2.5"), YUAN).interval(c)).isEqualTo(Interval.point(d("-2.5")));
                assertThat(Amount.nil(TEN_THOUSAND_YUAN).interval(c)).isEqualTo(Interval.point(BigDecimal.ZERO));
                assertThat(Amount.zero(TEN_THOUSAND_YUAN).interval(c).isPoint()).isTrue();
            }
        }
    }

    // ====================================================================== unit conversion

    @Nested
    class Conversion {
        @Test
        void theSeedsHeadlineFigureInYuan() {
            Amount wan = Amount.parseFigure("1,877", TEN_THOUSAND_YUAN);
            Amount yuan = wan.to(YUAN);
            assertThat(yuan.toString()).isEqualTo("18,770,000 元 (±5,000)");
            assertThat(yuan.interval()).isEqualTo(Interval.parse("[18765000, 18775000]"));
            assertThat(wan.to(HUNDRED_MILLION_YUAN).toString()).isEqualTo("0.1877 亿元 (±0.00005)");
            assertThat(wan.to(THOUSAND_YUAN).toString()).isEqualTo("18,770 千元 (±5)");
            assertThat(wan.to(TEN_THOUSAND_YUAN)).isSameAs(wan);
        }

        @Test
        void everyPairOfUnitsAgainstAnOracle() {
            List<Amount> amounts = List.of(Amount.parseFigure("1,877", TEN_THOUSAND_YUAN),
                    Amount.parseFigure("747.64", TEN_THOUSAND_YUAN), Amount.parseFigure("(131)", THOUSAND_YUAN),
                    Amount.parseFigure("0.5", HUNDRED_MILLION_YUAN), Amount.parseFigure("87267272.44", YUAN),
                    Amount.parseFigure("0", YUAN), Amount.exact(d("3"), YUAN), Amount.exact(d("-0.001"), TEN_THOUSAND_YUAN),
                    Amount.of(d("18770000"), YUAN, -4), Amount.nil(THOUSAND_YUAN));
            for (Amount a : amounts) {
                for (AmountUnit target : AmountUnit.values()) {
                    int shift = a.unit().exponent() - target.exponent();
                    BigDecimal factor = tenTo(shift);
                    Amount b = a.to(target);
                    assertThat(b.unit()).isEqualTo(target);
                    assertThat(b.isNil()).isEqualTo(a.isNil());
                    assertThat(b.value()).as("%s in %s", a, target).isEqualByComparingTo(a.value().multiply(factor));
                    if (a.precision().isExact()) {
                        assertThat(b.precision().isExact()).isTrue();
                    } else {
                        int decimals = a.precision().decimals() - shift;
                        assertThat(b.precision().decimals()).isEqualTo(decimals);
                        assertThat(b.value().scale()).isEqualTo(Math.max(0, decimals));
                    }
                    assertThat(b.interval()).isEqualTo(a.interval().multipliedBy(factor));
                    assertThat(b.interval(RoundingConvention.TRUNCATE))
                            .isEqualTo(a.interval(RoundingConvention.TRUNCATE).multipliedBy(factor));
                    assertThat(b.isSameValueAs(a)).isTrue();
                }
            }
        }

        @Test
        void conversionsBeyondTheLimitsThrow() {
            // 30 decimals in 元 would be 38 in 亿元: no such precision.
            assertThatThrownBy(() -> Amount.of(d("1E-30"), YUAN, 30).to(HUNDRED_MILLION_YUAN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.of(d("1E+30"), HUNDRED_MILLION_YUAN, -30).to(YUAN))
                    .isInstanceOf(IllegalArgumentException.class);
            // 38 digits in 亿元 are 46 in 元.
            Amount big = Amount.parseFigure("9".repeat(38), HUNDRED_MILLION_YUAN);
            assertThatThrownBy(() -> big.to(YUAN)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Amount.exact(d("1E-25"), YUAN).to(HUNDRED_MILLION_YUAN))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void roundTripThroughAnyUnitRestoresTheAmount() {
            qt().forAll(amounts(), units()).checkAssert((a, unit) -> {
                Amount converted = a.to(unit);
                assertThat(converted.to(a.unit())).isEqualTo(a);
                assertThat(converted.isSameValueAs(a)).isTrue();
                assertThat(a.isSameValueAs(converted)).isTrue();
                assertThat(converted.interval()).isEqualTo(a.interval().multipliedBy(tenTo(a.unit().exponent() - unit.exponent())));
                assertThat(Amount.parse(converted.toString())).isEqualTo(converted);
            });
        }
    }

    // ====================================================================== rounding

    /**
     * Rounds {@code v} to {@code d} decimals with {@code mode}, written with BigInteger division
     * (not BigDecimal.setScale, which the code under test uses).
     *
     * @throws ArithmeticException for UNNECESSARY when digits are lost
     */
    static BigDecimal oracleRound(BigDecimal v, int d, RoundingMode mode) {
        BigInteger u = v.unscaledValue();
        int drop = v.scale() - d;
        if (drop <= 0) {
            return new BigDecimal(u.multiply(BigInteger.TEN.pow(-drop)), d);
        }
        BigInteger p = BigInteger.TEN.pow(drop);
        BigInteger[] qr = u.divideAndRemainder(p);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) {
            return new BigDecimal(q, d);
        }
        int sign = u.signum();
        int versusHalf = r.abs().shiftLeft(1).compareTo(p);
        boolean away;
        switch (mode) {
            case UP: away = true; break;
            case DOWN: away = false; break;
            case CEILING: away = sign > 0; break;
            case FLOOR: away = sign < 0; break;
            case HALF_UP: away = versusHalf >= 0; break;
            case HALF_DOWN: away = versusHalf > 0; break;
            case HALF_EVEN: away = versusHalf > 0 || (versusHalf == 0 && q.testBit(0)); break;
            default: throw new ArithmeticException("rounding necessary");
        }
        return new BigDecimal(away ? q.add(BigInteger.valueOf(sign)) : q, d);
    }

    /** Digits of the value as an Amount stores it (scale at least 0). */
    private static int storedDigits(BigDecimal v) {
        return v.signum() == 0 ? 1 : v.precision() + Math.max(0, -v.scale());
    }

    static final List<String> EDGE_VALUES = List.of("0", "2.5", "-2.5", "0.5", "-0.5", "1.5", "-1.5", "2.4", "-2.6",
            "0.05", "-0.05", "1234.5678", "9223372036854775807", "9223372036854775807.5", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775808.5", "-9223372036854775809", "0.000000000000000000000000000001",
            "-0.000000000000000000000000000005", "99999999999999999999999999999999999999",
            "-99999999999999999999999999999999999999", "9999999999999999999999999999999999999.5",
            "0.999999999999999999999999999999", "-12345678.999999999999999999999999999999");

    @Nested
    class Rounding {
        @Test
        void theOracleRoundsTheTextbookCases() {
            assertThat(oracleRound(d("2.5"), 0, RoundingMode.HALF_EVEN)).isEqualTo(d("2"));
            assertThat(oracleRound(d("3.5"), 0, RoundingMode.HALF_EVEN)).isEqualTo(d("4"));
            assertThat(oracleRound(d("-2.5"), 0, RoundingMode.HALF_UP)).isEqualTo(d("-3"));
            assertThat(oracleRound(d("-2.5"), 0, RoundingMode.HALF_DOWN)).isEqualTo(d("-2"));
            assertThat(oracleRound(d("-2.1"), 0, RoundingMode.CEILING)).isEqualTo(d("-2"));
            assertThat(oracleRound(d("-2.1"), 0, RoundingMode.FLOOR)).isEqualTo(d("-3"));
            assertThat(oracleRound(d("1877"), -2, RoundingMode.HALF_UP)).isEqualByComparingTo("1900");
            assertThatThrownBy(() -> oracleRound(d("1.1"), 0, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        }

        @ParameterizedTest
        @EnumSource(RoundingMode.class)
        void roundedToAgainstTheOracleForEdgeValues(RoundingMode mode) {
            for (String text : EDGE_VALUES) {
                BigDecimal v = d(text);
                Amount exact = Amount.exact(v, YUAN);
                for (int decimals : new int[] {-2, -1, 0, 1, 2, 29, 30}) {
                    BigDecimal expected;
                    try {
                        expected = oracleRound(v, decimals, mode);
                    } catch (ArithmeticException e) {
                        int dd = decimals;
                        assertThatThrownBy(() -> exact.roundedTo(dd, mode)).as("%s to %d %s", v, dd, mode)
                                .isInstanceOf(ArithmeticException.class);
                        continue;
                    }
                    if (storedDigits(expected) > Amount.MAX_DIGITS) {
                        int dd = decimals;
                        assertThatThrownBy(() -> exact.roundedTo(dd, mode)).as("%s to %d %s overflows", v, dd, mode)
                                .isInstanceOf(ArithmeticException.class);
                        continue;
                    }
                    Amount rounded = exact.roundedTo(decimals, mode);
                    assertThat(rounded.value()).as("%s to %d %s", v, decimals, mode).isEqualByComparingTo(expected);
                    assertThat(rounded.value().scale()).isEqualTo(Math.max(0, decimals));
                    assertThat(rounded.precision()).isEqualTo(Precision.decimals(decimals));
                    assertThat(rounded.unit()).isEqualTo(YUAN);
                    assertThat(rounded.isNil()).isFalse();
                }
            }
        }

        @Test
        void roundedToAReportedPrecision() {
            Amount a = Amount.parseFigure("747.64", TEN_THOUSAND_YUAN);
            assertThat(a.roundedTo(0, RoundingMode.HALF_UP)).isEqualTo(Amount.parseFigure("748", TEN_THOUSAND_YUAN));
            assertThat(a.roundedTo(1, RoundingMode.DOWN)).isEqualTo(Amount.parseFigure("747.6", TEN_THOUSAND_YUAN));
            assertThat(a.roundedTo(2, RoundingMode.UNNECESSARY)).isEqualTo(a);
            assertThat(a.roundedTo(-1, RoundingMode.HALF_UP).toString()).isEqualTo("750 万元 (±5)");
            assertThatThrownBy(() -> a.roundedTo(3, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("finer");
            assertThatThrownBy(() -> a.roundedTo(0, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> a.roundedTo(31, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
            assertThat(Amount.nil(YUAN).roundedTo(0, RoundingMode.HALF_UP)).isEqualTo(Amount.parseFigure("0", YUAN));
        }

        @ParameterizedTest
        @EnumSource(RoundingMode.class)
        void multipliedByAgainstTheOracleForEdgeValues(RoundingMode mode) {
            List<String> factors = List.of("0", "1", "-1", "0.5", "3", "1.05", "-0.333", "10", "0.001", "2.5",
                    "1E-40", "-1E-40", "1E+40");
            for (String text : EDGE_VALUES) {
                BigDecimal v = d(text);
                int decimals = Math.max(0, v.scale());
                Amount reported = Amount.of(v, YUAN, decimals);
                Amount exact = Amount.exact(v, YUAN);
                for (String f : factors) {
                    BigDecimal factor = d(f);
                    BigDecimal product = v.multiply(factor);
                    // Reported: rounded to its own precision.
                    BigDecimal expected = null;
                    try {
                        expected = oracleRound(product, decimals, mode);
                    } catch (ArithmeticException e) {
                        // UNNECESSARY with digits lost
                    }
                    if (expected == null || storedDigits(expected) > Amount.MAX_DIGITS) {
                        assertThatThrownBy(() -> reported.multipliedBy(factor, mode)).as("%s × %s %s", v, f, mode)
                                .isInstanceOf(ArithmeticException.class);
                    } else {
                        Amount p = reported.multipliedBy(factor, mode);
                        assertThat(p.value()).as("%s × %s %s", v, f, mode).isEqualByComparingTo(expected);
                        assertThat(p.precision()).isEqualTo(reported.precision());
                    }
                    // Exact: never rounded, whatever the mode; too many digits or decimals overflow.
                    BigDecimal stripped = product.signum() == 0 ? BigDecimal.ZERO : product.stripTrailingZeros();
                    if (stripped.scale() > Precision.MAX_DECIMALS || storedDigits(stripped) > Amount.MAX_DIGITS) {
                        assertThatThrownBy(() -> exact.multipliedBy(factor, mode)).isInstanceOf(ArithmeticException.class);
                    } else {
                        Amount p = exact.multipliedBy(factor, mode);
                        assertThat(p.value()).isEqualByComparingTo(product);
                        assertThat(p.precision().isExact()).isTrue();
                    }
                }
            }
        }

        @ParameterizedTest(name = "1.5 × ±1E-1000000000 {0}")
        @CsvSource({"UP, 0.1, -0.1", "DOWN, 0.0, 0.0", "CEILING, 0.1, 0.0", "FLOOR, 0.0, -0.1", "HALF_UP, 0.0, 0.0",
            "HALF_DOWN, 0.0, 0.0", "HALF_EVEN, 0.0, 0.0"})
        void multipliedByAbsurdlySmallOrLargeFactorsWithoutBuildingHugeNumbers(RoundingMode mode, String positive,
                String negative) {
            Amount a = Amount.parseFigure("1.5", YUAN);
            assertThat(a.multipliedBy(d("1E-1000000000"), mode)).isEqualTo(Amount.parseFigure(positive, YUAN));
            assertThat(a.multipliedBy(d("-1E-1000000000"), mode)).isEqualTo(Amount.parseFigure(negative, YUAN));
            assertThatThrownBy(() -> a.multipliedBy(d("1E+1000000000"), mode)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> a.multipliedBy(d("1E-1000000000"), RoundingMode.UNNECESSARY))
                    .isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Amount.exact(d("1.5"), YUAN).multipliedBy(d("1E+1000000000"), mode))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void multipliedByWithNegativeDecimals() {
            Amount a = Amount.parseFigure("1,877", TEN_THOUSAND_YUAN).to(YUAN);
            assertThat(a.multipliedBy(d("1.5"), RoundingMode.HALF_UP).toString()).isEqualTo("28,160,000 元 (±5,000)");
            assertThat(a.multipliedBy(d("1.5"), RoundingMode.DOWN).toString()).isEqualTo("28,150,000 元 (±5,000)");
            assertThatThrownBy(() -> a.multipliedBy(d("1.5"), RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        }
    }

    // ====================================================================== scaled longs

    @Nested
    class ScaledLongs {
        @ParameterizedTest(name = "{0} in {1} at scale {2} = {3}")
        @CsvSource(delimiter = '|', value = {
            "747.64 万元 (±0.005)                   | YUAN                 | 2  | 747640000",
            "1,877 万元 (±0.5)                      | YUAN                 | 0  | 18770000",
            "1,877 万元 (±0.5)                      | HUNDRED_MILLION_YUAN | 4  | 1877",
            "1,877 万元 (±0.5)                      | HUNDRED_MILLION_YUAN | 3  | ",
            "1,900 元 (±0.5)                        | YUAN                 | -2 | 19",
            "1,901 元 (±0.5)                        | YUAN                 | -2 | ",
            "9,223,372,036,854,775,807 元 (exact)   | YUAN                 | 0  | 9223372036854775807",
            "9,223,372,036,854,775,808 元 (exact)   | YUAN                 | 0  | ",
            "-9,223,372,036,854,775,808 元 (exact)  | YUAN                 | 0  | -9223372036854775808",
            "-9,223,372,036,854,775,809 元 (exact)  | YUAN                 | 0  | ",
            "922,337,203,685,477,580.7 元 (±0.05)   | YUAN                 | 1  | 9223372036854775807",
            "922,337,203,685,477,580.7 元 (±0.05)   | YUAN                 | 2  | ",
            "922,337,203,685,477.5807 万元 (exact)   | YUAN                 | 0  | 9223372036854775807",
            "1 元 (exact)                            | YUAN                 | 18 | 1000000000000000000",
            "10 元 (exact)                           | YUAN                 | 18 | ",
            "0 元 (±0.5)                             | YUAN                 | 2147483647 | 0",
            "0 元 (±0.5)                             | YUAN                 | -2147483648 | 0",
            "1 元 (exact)                            | YUAN                 | 2147483647 | ",
            "1 元 (exact)                            | YUAN                 | -2147483648 | ",
            "— 万元                                  | YUAN                 | 2  | 0",
        })
        void exactOrArithmeticException(String text, AmountUnit target, int scale, Long expected) {
            Amount a = Amount.parse(text);
            // Oracle: the value in yuan times 10^(exponent - target exponent + scale), if an integer within long.
            if (expected == null) {
                assertThatThrownBy(() -> a.toScaledLong(target, scale)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(a.toScaledLong(target, scale)).isEqualTo(expected);
            }
        }

        @Test
        void randomAmountsAgainstAnOracle() {
            BigDecimal min = BigDecimal.valueOf(Long.MIN_VALUE);
            BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
            qt().forAll(amounts(), units(), integers().between(-6, 24)).checkAssert((a, unit, scale) -> {
                BigDecimal scaled = a.value().multiply(tenTo(a.unit().exponent() - unit.exponent() + scale));
                boolean integral = scaled.signum() == 0 || scaled.stripTrailingZeros().scale() <= 0;
                if (!integral || scaled.compareTo(min) < 0 || scaled.compareTo(max) > 0) {
                    assertThatThrownBy(() -> a.toScaledLong(unit, scale)).isInstanceOf(ArithmeticException.class);
                } else {
                    assertThat(a.toScaledLong(unit, scale)).isEqualTo(scaled.longValueExact());
                }
            });
        }
    }

    // ====================================================================== sums

    @Nested
    class Sums {
        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource(delimiter = '|', value = {
            // The seed's 表1: 1592 + 79 = 1671, and so on.
            "1,592 万元 (±0.5)       | 79 万元 (±0.5)        | 1,671 万元 (±0.5)",
            "747.64 万元 (±0.005)    | 8.00 万元 (±0.005)    | 755.64 万元 (±0.005)",
            "747.64 万元 (±0.005)    | 8 万元 (±0.5)         | ",
            "748 万元 (±0.5)         | 0.36 万元 (±0.005)    | ",
            "748 万元 (±0.5)         | 2.00 万元 (±0.005)    | 750 万元 (±0.5)",
            "1,877 万元 (±0.5)       | 30,000 元 (±0.5)      | 18,800,000 元 (±5,000)",
            "1,877 万元 (±0.5)       | 5 元 (±0.5)           | ",
            "3 元 (exact)            | 1,877 万元 (±0.5)     | ",
            "3 元 (exact)            | 0.5 元 (exact)        | 3.5 元 (exact)",
            "3 元 (exact)            | 8 元 (±0.5)           | 11 元 (±0.5)",
            "— 万元                  | 8 万元 (±0.5)         | 8 万元 (±0.5)",
            "— 万元                  | — 元                  | — 元",
            "— 万元                  | — 万元                | — 万元",
            "— 亿元                  | 0.5 万元 (±0.05)      | 0.5 万元 (±0.05)",
            "-131 万元 (±0.5)        | 131 万元 (±0.5)       | 0 万元 (±0.5)",
            "1 亿元 (±0.5)           | 1 千元 (±0.5)         | ",
            "1 亿元 (±0.5)           | 50,000,000 元 (±0.5)  | ",
            "1 亿元 (±0.5)           | 50,000,000 元 (±5,000,000) | ",
            "1 亿元 (±0.5)           | 100,000,000 元 (±50,000,000) | 200,000,000 元 (±50,000,000)",
        })
        void plusUsesTheSmallerUnitAndTheCoarserPrecision(String left, String right, String expected) {
            Amount a = Amount.parse(left);
            Amount b = Amount.parse(right);
            if (expected == null) {
                assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
                assertThatThrownBy(() -> b.plus(a)).isInstanceOf(ArithmeticException.class);
                return;
            }
            assertThat(a.plus(b).toString()).isEqualTo(expected);
            assertThat(b.plus(a)).isEqualTo(a.plus(b));
            assertThat(a.plus(b).minus(b).isSameValueAs(a)).isTrue();
        }

        @Test
        void plusAgainstAnOracle() {
            qt().forAll(amounts(), amounts()).checkAssert((a, b) -> {
                AmountUnit common = a.unit().exponent() <= b.unit().exponent() ? a.unit() : b.unit();
                // Oracle in the common unit; an exact precision is the finest.
                BigDecimal va = a.value().multiply(tenTo(a.unit().exponent() - common.exponent()));
                BigDecimal vb = b.value().multiply(tenTo(b.unit().exponent() - common.exponent()));
                BigDecimal sum = va.add(vb);
                Integer da = a.precision().isExact() ? null : a.precision().decimals() - (a.unit().exponent() - common.exponent());
                Integer db = b.precision().isExact() ? null : b.precision().decimals() - (b.unit().exponent() - common.exponent());
                Integer decimals = da == null ? db : db == null ? da : Integer.valueOf(Math.min(da, db));
                boolean fits = decimals == null
                        ? sum.signum() == 0 || sum.stripTrailingZeros().scale() <= Precision.MAX_DECIMALS
                        : sum.signum() == 0 || sum.stripTrailingZeros().scale() <= decimals;
                BigDecimal stored = sum.signum() == 0 ? BigDecimal.ZERO : sum.stripTrailingZeros();
                if (decimals != null && stored.scale() < Math.max(0, decimals)) {
                    stored = stored.setScale(Math.max(0, decimals));
                }
                fits &= storedDigits(stored) <= Amount.MAX_DIGITS;
                if (!fits) {
                    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
                    return;
                }
                Amount s = a.plus(b);
                assertThat(s.unit()).isEqualTo(common);
                assertThat(s.value()).isEqualByComparingTo(sum);
                assertThat(s.precision()).isEqualTo(decimals == null ? Precision.exact() : Precision.decimals(decimals));
                assertThat(s.isNil()).isEqualTo(a.isNil() && b.isNil());
                assertThat(b.plus(a)).isEqualTo(s);
                assertThat(s.minus(b).isSameValueAs(a)).isTrue();
                assertThat(a.minus(b)).isEqualTo(a.plus(b.negated()));
            });
        }

        @Test
        void sumOfTheSeedsTable1() {
            // 表1: 1592 + 79 + 18 + 187 = 1876, total printed 1877: consistent only within rounding.
            List<Amount> items = Stream.of("1,592", "79", "18", "187")
                    .map(t -> Amount.parseFigure(t, TEN_THOUSAND_YUAN)).toList();
            Amount total = Amount.parseFigure("1,877", TEN_THOUSAND_YUAN);
            Amount sum = Amount.sum(items);
            assertThat(sum).isEqualTo(Amount.parseFigure("1,876", TEN_THOUSAND_YUAN));
            assertThat(sum.isSameValueAs(total)).isFalse();
            Interval itemsInterval = items.stream().map(Amount::interval).reduce(Interval::plus).orElseThrow();
            assertThat(itemsInterval).isEqualTo(Interval.parse("[1874, 1878]"));
            assertThat(itemsInterval.intersects(total.interval())).isTrue();
        }

        @Test
        void sumEdgeCases() {
            assertThatThrownBy(() -> Amount.sum(List.of())).isInstanceOf(IllegalArgumentException.class);
            Amount one = Amount.parseFigure("1", YUAN);
            assertThat(Amount.sum(List.of(one))).isSameAs(one);
            assertThat(Amount.sum(List.of(Amount.nil(YUAN), Amount.nil(TEN_THOUSAND_YUAN)))).isEqualTo(Amount.nil(YUAN));
            assertThat(Amount.sum(List.of(Amount.nil(YUAN), one, Amount.nil(YUAN)))).isEqualTo(one);
            List<Amount> withNull = new ArrayList<>();
            withNull.add(one);
            withNull.add(null);
            assertThatThrownBy(() -> Amount.sum(withNull)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Amount.sum(List.of(Amount.parseFigure("9".repeat(38), YUAN), one)))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    // ====================================================================== rounding bounds (issue properties)

    /**
     * The tight bound of |Σ round(x_i) − round(Σ x_i)| in units of the last digit, for n items and
     * the same mode for items and total. STYLE.md states ⌊n/2⌋ (half-up), ⌈n/2⌉ (HALF_EVEN) and n−1
     * (directed modes). The first and last are tight (also for HALF_DOWN). ⌈n/2⌉ is a valid bound for
     * HALF_EVEN but tight only when n ≡ 3 (mod 4): exceeding ⌊n/2⌋ for odd n = 2m+1 needs every
     * item to be a tie rounded the same way and the total a tie rounded the other way; the parity of
     * half-even ties then forces m odd. For n = 5, HALF_EVEN's largest difference is 2, not 3.
     */
    static int tightBound(int n, RoundingMode mode) {
        switch (mode) {
            case HALF_UP:
            case HALF_DOWN:
                return n / 2;
            case HALF_EVEN:
                return n / 2 + (n % 4 == 3 ? 1 : 0);
            case UP:
            case DOWN:
            case CEILING:
            case FLOOR:
                return Math.max(0, n - 1);
            default:
                throw new IllegalArgumentException(mode.toString());
        }
    }

    @Nested
    class RoundingBounds {
        /** Exact values: up to 12 integer digits and 6 decimals, either sign. */
        private Gen<BigDecimal> trueValues() {
            return digits(18).zip(booleans().all(), (n, negative) -> new BigDecimal(negative ? n.negate() : n, 6));
        }

        @Test
        void theTrueValueLiesInTheIntervalOfItsRoundedReport() {
            qt().forAll(trueValues(), integers().between(-4, 4), roundingModes(), units()).checkAssert((x, d, mode, unit) -> {
                BigDecimal r = x.setScale(d, mode);   // the publisher's rounding
                Amount reported = Amount.of(r, unit, d);
                BigDecimal resolution = tenTo(-d);
                switch (mode) {
                    case HALF_UP:
                    case HALF_DOWN:
                    case HALF_EVEN:
                        assertThat(reported.interval(RoundingConvention.HALF).contains(x)).as("%s %s", x, reported).isTrue();
                        break;
                    case DOWN:
                        assertThat(reported.interval(RoundingConvention.TRUNCATE).contains(x)).as("%s %s", x, reported).isTrue();
                        break;
                    case FLOOR:
                        // Floor is truncation for values >= 0 only.
                        if (x.signum() >= 0) {
                            assertThat(reported.interval(RoundingConvention.TRUNCATE).contains(x)).isTrue();
                        }
                        break;
                    case CEILING:
                        // Ceiling is truncation for values <= 0 only.
                        if (x.signum() <= 0) {
                            assertThat(reported.interval(RoundingConvention.TRUNCATE).contains(x)).isTrue();
                        }
                        break;
                    default:
                        break;
                }
                // Every directed mode (and every mode): within one resolution of the report.
                assertThat(x.subtract(r).abs()).isLessThan(resolution);
                if (mode.name().startsWith("HALF")) {
                    assertThat(x.subtract(r).abs().multiply(BigDecimal.valueOf(2))).isLessThanOrEqualTo(resolution);
                }
            });
        }

        @ParameterizedTest(name = "{0} {1} → {2}")
        @CsvSource({"1.1, UP, 2", "1.1, CEILING, 2", "-1.1, FLOOR, -2", "-1.1, UP, -2", "1.9, FLOOR, 1", "-1.9, CEILING, -1"})
        void neitherConventionCoversUpCeilingOrFloor(String x, RoundingMode mode, String report) {
            BigDecimal value = d(x);
            Amount reported = Amount.of(value.setScale(0, mode), YUAN, 0);
            assertThat(reported.value()).isEqualByComparingTo(report);
            if (!(mode == RoundingMode.FLOOR && value.signum() >= 0) && !(mode == RoundingMode.CEILING && value.signum() <= 0)) {
                assertThat(reported.interval(RoundingConvention.HALF).contains(value)).isFalse();
                assertThat(reported.interval(RoundingConvention.TRUNCATE).contains(value)).isFalse();
            } else {
                assertThat(reported.interval(RoundingConvention.HALF).contains(value)).isFalse();
                assertThat(reported.interval(RoundingConvention.TRUNCATE).contains(value)).isTrue();
            }
            assertThat(value.subtract(reported.value()).abs()).isLessThan(BigDecimal.ONE);
        }

        @Test
        void summationBoundPerModeHoldsForRandomItems() {
            Gen<List<BigDecimal>> items = lists().of(digits(9).zip(integers().between(0, 3), booleans().all(),
                    (n, scale, negative) -> new BigDecimal(negative ? n.negate() : n, scale))).ofSizeBetween(1, 12);
            qt().forAll(items, integers().between(-2, 2), roundingModes(), units()).checkAssert((xs, d, mode, unit) -> {
                List<Amount> children = new ArrayList<>();
                BigDecimal exactTotal = BigDecimal.ZERO;
                for (BigDecimal x : xs) {
                    children.add(Amount.exact(x, unit).roundedTo(d, mode));
                    exactTotal = exactTotal.add(x);
                }
                Amount parent = Amount.exact(exactTotal, unit).roundedTo(d, mode);
                Amount sum = Amount.sum(children);
                BigDecimal difference = sum.value().subtract(parent.value()).abs();
                BigDecimal bound = tenTo(-d).multiply(BigDecimal.valueOf(tightBound(xs.size(), mode)));
                assertThat(difference).as("%s %s to %d: Σ %s vs %s", xs, mode, d, sum, parent).isLessThanOrEqualTo(bound);
            });
        }

        @ParameterizedTest
        @EnumSource(value = RoundingMode.class, names = "UNNECESSARY", mode = EnumSource.Mode.EXCLUDE)
        void summationBoundIsAttainedAndNeverExceededOnAGrid(RoundingMode mode) {
            // Plain-BigDecimal oracle, exhaustive over n items from a grid of ties and near-integers.
            List<BigDecimal> grid = Stream.of("-2.5", "-1.5", "-0.9", "-0.5", "-0.1", "0", "0.1", "0.5", "0.9", "1.5", "2.5", "3.5")
                    .map(BigDecimal::new).toList();
            for (int n = 1; n <= 5; n++) {
                int max = maxDifference(grid, n, mode);
                assertThat(max).as("largest |Σ rounded − rounded Σ| for n=%d %s", n, mode).isEqualTo(tightBound(n, mode));
            }
        }

        private int maxDifference(List<BigDecimal> grid, int n, RoundingMode mode) {
            // Every rounding is a plain BigDecimal setScale, computed once: the grid in tenths,
            // each item's rounding, and the rounding of every possible total.
            int[] tenths = grid.stream().mapToInt(x -> x.movePointRight(1).intValueExact()).toArray();
            int[] roundedItem = grid.stream().mapToInt(x -> x.setScale(0, mode).intValueExact()).toArray();
            int limit = 10 * n * 4;
            int[] roundedTotal = new int[2 * limit + 1];
            for (int t = -limit; t <= limit; t++) {
                roundedTotal[t + limit] = BigDecimal.valueOf(t, 1).setScale(0, mode).intValueExact();
            }
            int[] index = new int[n];
            int max = 0;
            while (true) {
                int exact = 0;
                int rounded = 0;
                for (int i : index) {
                    exact += tenths[i];
                    rounded += roundedItem[i];
                }
                max = Math.max(max, Math.abs(rounded - roundedTotal[exact + limit]));
                int k = 0;
                while (k < n && ++index[k] == grid.size()) {
                    index[k++] = 0;
                }
                if (k == n) {
                    return max;
                }
            }
        }

        @Test
        void styleMdsExamplesAndTheHalfEvenDiscrepancy() {
            // 2.5 + 2.5 + 2.5 → 2 + 2 + 2 = 6 vs 7.5 → 8 under HALF_EVEN: ⌈3/2⌉ = 2 is reached.
            Amount item = Amount.exact(d("2.5"), YUAN);
            Amount children = Amount.sum(List.of(item.roundedTo(0, RoundingMode.HALF_EVEN),
                    item.roundedTo(0, RoundingMode.HALF_EVEN), item.roundedTo(0, RoundingMode.HALF_EVEN)));
            Amount parent = Amount.exact(d("7.5"), YUAN).roundedTo(0, RoundingMode.HALF_EVEN);
            assertThat(children.value()).isEqualByComparingTo("6");
            assertThat(parent.value()).isEqualByComparingTo("8");
            // Seven items of 1.5 → 2 each = 14 vs 10.5 → 10: ⌈7/2⌉ = 4 is reached (n ≡ 3 mod 4).
            Amount seven = Amount.sum(java.util.Collections.nCopies(7, Amount.exact(d("1.5"), YUAN).roundedTo(0, RoundingMode.HALF_EVEN)));
            assertThat(seven.value().subtract(Amount.exact(d("10.5"), YUAN).roundedTo(0, RoundingMode.HALF_EVEN).value()))
                    .isEqualByComparingTo("4");
            // But for n = 5 (≡ 1 mod 4) no choice of items reaches ⌈5/2⌉ = 3: see tightBound.
            assertThat(tightBound(5, RoundingMode.HALF_EVEN)).isEqualTo(2).isLessThan((5 + 1) / 2);
        }

        @Test
        void parentsHalfIntervalMeetsTheSumOfTheChildrensHalfIntervals() {
            Gen<RoundingMode> halfModes = Generate.pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN));
            Gen<List<BigDecimal>> items = lists().of(digits(9).zip(integers().between(0, 3), booleans().all(),
                    (n, scale, negative) -> new BigDecimal(negative ? n.negate() : n, scale))).ofSizeBetween(1, 12);
            qt().forAll(items, lists().of(halfModes).ofSize(13), integers().between(-2, 2), units()).checkAssert((xs, modes, d, unit) -> {
                Interval children = null;
                BigDecimal exactTotal = BigDecimal.ZERO;
                for (int i = 0; i < xs.size(); i++) {
                    Interval item = Amount.exact(xs.get(i), unit).roundedTo(d, modes.get(i)).interval();
                    children = children == null ? item : children.plus(item);
                    exactTotal = exactTotal.add(xs.get(i));
                }
                Interval parent = Amount.exact(exactTotal, unit).roundedTo(d, modes.get(12)).interval();
                assertThat(parent.intersects(children)).as("%s meets %s", parent, children).isTrue();
                assertThat(children.contains(exactTotal)).isTrue();
                assertThat(parent.contains(exactTotal)).isTrue();
            });
        }

        @Test
        void truncatedParentsMeetTheSumOfTruncatedChildren() {
            Gen<List<BigDecimal>> items = lists().of(digits(9).zip(integers().between(0, 3), booleans().all(),
                    (n, scale, negative) -> new BigDecimal(negative ? n.negate() : n, scale))).ofSizeBetween(1, 12);
            qt().forAll(items, integers().between(-2, 2)).checkAssert((xs, d) -> {
                Interval children = null;
                BigDecimal exactTotal = BigDecimal.ZERO;
                for (BigDecimal x : xs) {
                    Interval item = Amount.exact(x, YUAN).roundedTo(d, RoundingMode.DOWN).interval(RoundingConvention.TRUNCATE);
                    children = children == null ? item : children.plus(item);
                    exactTotal = exactTotal.add(x);
                }
                Interval parent = Amount.exact(exactTotal, YUAN).roundedTo(d, RoundingMode.DOWN).interval(RoundingConvention.TRUNCATE);
                assertThat(parent.intersects(children)).isTrue();
            });
        }
    }

    // ====================================================================== Moneta

    @Nested
    class Moneta {
        @Test
        void toMonetaryAmountIsExactInYuanFor38DigitValues() {
            String digits = "12345678901234567890123456789012345678";
            List<Amount> amounts = new ArrayList<>();
            for (AmountUnit unit : AmountUnit.values()) {
                amounts.add(Amount.parseFigure(digits, unit));
                amounts.add(Amount.parseFigure("-" + digits.substring(0, 8) + "." + digits.substring(8), unit));
                amounts.add(Amount.parseFigure("0." + "0".repeat(29) + "7", unit));
            }
            for (Amount a : amounts) {
                MonetaryAmount money = a.toMonetaryAmount();
                BigDecimal expected = a.value().multiply(tenTo(a.unit().exponent()));
                assertThat(money.getCurrency().getCurrencyCode()).isEqualTo("CNY");
                BigDecimal number = money.getNumber().numberValueExact(BigDecimal.class);
                assertThat(number).as("%s", a).isEqualByComparingTo(expected);
                // No MathContext applied: every digit is there (DECIMAL128 keeps 34).
                assertThat(number.stripTrailingZeros()).isEqualTo(expected.stripTrailingZeros());
                assertThat(money.getContext().getPrecision()).isZero();
                // Arithmetic on the result stays exact too (Moneta uses the amount's context).
                assertThat(money.add(money).getNumber().numberValueExact(BigDecimal.class))
                        .isEqualByComparingTo(expected.add(expected));
                assertThat(money.multiply(3).getNumber().numberValueExact(BigDecimal.class))
                        .isEqualByComparingTo(expected.multiply(BigDecimal.valueOf(3)));
                assertThat(Amount.ofMonetary(money, a.unit(), a.precision())).isEqualTo(a);
            }
            assertThat(Amount.parseFigure("9".repeat(38), HUNDRED_MILLION_YUAN).toMonetaryAmount().getNumber()
                    .numberValueExact(BigDecimal.class)).isEqualByComparingTo("9".repeat(38) + "0".repeat(8));
            assertThat(Amount.parseFigure("9".repeat(38), YUAN).toMonetaryAmount().getNumber()
                    .numberValueExact(BigDecimal.class).precision()).isEqualTo(38);
        }

        @Test
        void roundTripOfRandomAmounts() {
            // Nil has no monetary counterpart to come back from: use a reported zero instead.
            qt().forAll(amounts().map(a -> a.isNil() ? Amount.of(BigDecimal.ZERO, a.unit(), 0) : a)).checkAssert(a -> {
                MonetaryAmount money = a.toMonetaryAmount();
                assertThat(money.getNumber().numberValueExact(BigDecimal.class))
                        .isEqualByComparingTo(a.value().multiply(tenTo(a.unit().exponent())));
                assertThat(Amount.ofMonetary(money, a.unit(), a.precision())).isEqualTo(a);
            });
        }

        @Test
        void nilBecomesZero() {
            assertThat(Amount.nil(TEN_THOUSAND_YUAN).toMonetaryAmount().isZero()).isTrue();
        }

        @Test
        void ofMonetaryConvertsToTheGivenUnitAndPrecision() {
            Amount a = Amount.ofMonetary(Money.of(new BigDecimal("18770000"), "CNY"), TEN_THOUSAND_YUAN, Precision.decimals(0));
            assertThat(a.toString()).isEqualTo("1,877 万元 (±0.5)");
            Amount fast = Amount.ofMonetary(FastMoney.of(new BigDecimal("7476400.00"), "CNY"), TEN_THOUSAND_YUAN,
                    Precision.decimals(2));
            assertThat(fast.toString()).isEqualTo("747.64 万元 (±0.005)");
            assertThat(Amount.ofMonetary(Money.of(new BigDecimal("18770001"), "CNY"), TEN_THOUSAND_YUAN, Precision.exact()).value())
                    .isEqualByComparingTo("1877.0001");
        }

        @Test
        void ofMonetaryRefusesOtherCurrenciesAndValuesThatDoNotFit() {
            assertThatThrownBy(() -> Amount.ofMonetary(Money.of(1, "USD"), YUAN, Precision.exact()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CNY");
            assertThatThrownBy(() -> Amount.ofMonetary(Money.of(1, Monetary.getCurrency("HKD")), YUAN, Precision.exact()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.ofMonetary(Money.of(new BigDecimal("18770001"), "CNY"), TEN_THOUSAND_YUAN,
                    Precision.decimals(0))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.ofMonetary(Money.of(new BigDecimal("0.005"), "CNY"), YUAN, Precision.decimals(2)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.ofMonetary(Money.of(new BigDecimal("1".repeat(39)), "CNY"), YUAN, Precision.exact()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ====================================================================== generators

    /** Units, uniformly. */
    static Gen<AmountUnit> units() {
        return Generate.enumValues(AmountUnit.class);
    }

    /** A non-negative integer of 0 to {@code maxDigits} random digits. */
    static Gen<BigInteger> digits(int maxDigits) {
        return lists().of(integers().between(0, 9)).ofSizeBetween(0, maxDigits).map(list -> {
            BigInteger n = BigInteger.ZERO;
            for (int digit : list) {
                n = n.multiply(BigInteger.TEN).add(BigInteger.valueOf(digit));
            }
            return n;
        });
    }

    /**
     * Amounts in every unit, to decimals -8..8 or exact (up to 8 decimals), values of at most 30
     * digits as stored (trailing zeros of negative decimals included), either sign; nil one time
     * in twenty.
     */
    static Gen<Amount> amounts() {
        Gen<Amount> reported = units().zip(integers().between(-9, 8), digits(30), booleans().all(), integers().between(0, 8),
                (unit, decimals, n, negative, exactScale) -> {
                    BigInteger signed = negative ? n.negate() : n;
                    if (decimals == -9) {
                        return Amount.exact(new BigDecimal(signed, exactScale), unit);
                    }
                    if (decimals >= 0) {
                        return Amount.of(new BigDecimal(signed, decimals), unit, decimals);
                    }
                    // Keep only 30 + decimals digits, then append -decimals zeros: 30 digits stored.
                    BigInteger kept = signed.divide(BigInteger.TEN.pow(-decimals));
                    return Amount.of(new BigDecimal(kept).multiply(tenTo(-decimals)), unit, decimals);
                });
        return reported.mix(units().map(Amount::nil), 5);
    }

    static Gen<RoundingMode> roundingModes() {
        return Generate.pick(List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN));
    }
}
