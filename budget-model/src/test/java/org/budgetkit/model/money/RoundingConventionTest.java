package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interval a reported figure stands for, against bounds written out by hand. */
class RoundingConventionTest {
    @ParameterizedTest(name = "{0} to {1} decimals, {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // value | decimals | convention | expected interval
        "1877    | 0  | HALF     | [1876.5, 1877.5]",
        "1877    | 0  | TRUNCATE | [1877, 1878)",
        "-131    | 0  | HALF     | [-131.5, -130.5]",
        "-131    | 0  | TRUNCATE | (-132, -131]",
        "0       | 0  | HALF     | [-0.5, 0.5]",
        "0       | 0  | TRUNCATE | (-1, 1)",
        "747.64  | 2  | HALF     | [747.635, 747.645]",
        "747.64  | 2  | TRUNCATE | [747.64, 747.65)",
        "-0.01   | 2  | TRUNCATE | (-0.02, -0.01]",
        "18770000| -4 | HALF     | [18765000, 18775000]",
        "18770000| -4 | TRUNCATE | [18770000, 18780000)",
        "-10000  | -4 | TRUNCATE | (-20000, -10000]",
        "0       | -4 | TRUNCATE | (-10000, 10000)",
        "0.0001  | 4  | HALF     | [0.00005, 0.00015]",
    })
    void intervalOfAReportedFigure(String value, int decimals, RoundingConvention convention, String expected) {
        Interval interval = convention.interval(new BigDecimal(value), Precision.decimals(decimals));
        assertThat(interval.toString()).isEqualTo(expected);
    }

    @Test
    void anExactFigureIsAPointUnderEitherConvention() {
        for (RoundingConvention c : RoundingConvention.values()) {
            Interval point = c.interval(new BigDecimal("-3.25"), Precision.exact());
            assertThat(point.isPoint()).isTrue();
            assertThat(point.lower()).isEqualByComparingTo("-3.25");
            assertThat(point.isLowerClosed()).isTrue();
            assertThat(point.isUpperClosed()).isTrue();
        }
    }

    @Test
    void halfIntervalsHaveTheWidthOfTheResolutionAndAreCentred() {
        for (int d = -6; d <= 6; d++) {
            BigDecimal r = BigDecimal.ONE.movePointLeft(d);
            for (String v : new String[] {"0", "5", "-5", "123456"}) {
                BigDecimal value = new BigDecimal(v).multiply(r);
                Interval i = RoundingConvention.HALF.interval(value, Precision.decimals(d));
                assertThat(i.width()).isEqualByComparingTo(r);
                assertThat(i.lower().add(i.upper())).isEqualByComparingTo(value.add(value));
                Interval t = RoundingConvention.TRUNCATE.interval(value, Precision.decimals(d));
                assertThat(t.width()).isEqualByComparingTo(value.signum() == 0 ? r.add(r) : r);
                assertThat(t.contains(value)).isTrue();
            }
        }
    }

    @Test
    void refusesNullArguments() {
        NullPointerTester tester = new NullPointerTester().setDefault(Precision.class, Precision.decimals(0));
        tester.testAllPublicInstanceMethods(RoundingConvention.HALF);
        tester.testAllPublicInstanceMethods(RoundingConvention.TRUNCATE);
        tester.testAllPublicStaticMethods(RoundingConvention.class);
    }
}
