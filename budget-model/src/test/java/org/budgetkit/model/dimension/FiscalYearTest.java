package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2023年", "2023 年", "2023年度", "2023 年度", " 2023 ", "２０２３", "２０２３年",
        "2023　年", "　2023年度　"})
    void parsesThePrintedForms(String text) {
        assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(2023));
        assertThat(FiscalYear.parse(text).value()).isEqualTo(2023);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "23", "20233", "2023年年", "年2023", "2023-01", "二〇二三年", "2023 年 度", "FY2023",
        "2023.0", "-2023"})
    void rejectsOtherText(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1948", "2201", "0000", "9999", "1948年", "２２０１年度"})
    void rejectsYearsOutOfRange(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void ofAcceptsTheRangeOnly() {
        assertThat(FiscalYear.of(FiscalYear.MIN).value()).isEqualTo(1949);
        assertThat(FiscalYear.of(FiscalYear.MAX).value()).isEqualTo(2200);
        assertThatThrownBy(() -> FiscalYear.of(1948)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1948");
        assertThatThrownBy(() -> FiscalYear.of(2201)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousAndNextStayInRange() {
        assertThat(FiscalYear.parse("2023 年").previous()).isEqualTo(FiscalYear.of(2022));
        assertThat(FiscalYear.of(2023).next()).isEqualTo(FiscalYear.of(2024));
        assertThatThrownBy(() -> FiscalYear.of(FiscalYear.MIN).previous()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(FiscalYear.MAX).next()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseOfToStringRoundTripsOverTheRange() {
        qt().withExamples(500).forAll(integers().between(FiscalYear.MIN, FiscalYear.MAX)).checkAssert(y -> {
            FiscalYear year = FiscalYear.of(y);
            assertThat(year.toString()).isEqualTo(Integer.toString(y));
            assertThat(FiscalYear.parse(year.toString())).isEqualTo(year);
            assertThat(FiscalYear.parse(y + "年度")).isEqualTo(year);
        });
    }

    @Test
    void ordersByValue() {
        assertThat(FiscalYear.of(2022)).isLessThan(FiscalYear.of(2023));
        assertThat(FiscalYear.of(2023).compareTo(FiscalYear.parse("2023年"))).isZero();
        qt().withExamples(300).forAll(integers().between(FiscalYear.MIN, FiscalYear.MAX),
                integers().between(FiscalYear.MIN, FiscalYear.MAX)).checkAssert((a, b) ->
                assertThat(Integer.signum(FiscalYear.of(a).compareTo(FiscalYear.of(b))))
                        .isEqualTo(Integer.signum(Integer.compare(a, b))));
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(FiscalYear.of(2023), FiscalYear.parse("2023年"), FiscalYear.of(2022).next())
                .addEqualityGroup(FiscalYear.of(2022))
                .addEqualityGroup(FiscalYear.of(1949))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(FiscalYear.class, FiscalYear.of(2023));
        tester.testAllPublicStaticMethods(FiscalYear.class);
        tester.testAllPublicInstanceMethods(FiscalYear.of(2023));
    }
}
