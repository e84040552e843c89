package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountUnitTest {
    @ParameterizedTest
    @CsvSource({"元, YUAN", "千元, THOUSAND_YUAN", "万元, TEN_THOUSAND_YUAN", "亿元, HUNDRED_MILLION_YUAN",
        "'单位：万元', TEN_THOUSAND_YUAN", "'单位: 元', YUAN", "TEN_THOUSAND_YUAN, TEN_THOUSAND_YUAN"})
    void parsesPrintedUnits(String text, AmountUnit expected) {
        assertThat(AmountUnit.parse(text)).isEqualTo(expected);
    }

    @Test
    void rejectsOtherUnits() {
        assertThatThrownBy(() -> AmountUnit.parse("美元")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("美元");
    }

    @Test
    void convertsExactly() {
        assertThat(AmountUnit.TEN_THOUSAND_YUAN.convert(new BigDecimal("1877"), AmountUnit.YUAN))
                .isEqualByComparingTo("18770000");
        assertThat(AmountUnit.YUAN.convert(new BigDecimal("1"), AmountUnit.HUNDRED_MILLION_YUAN))
                .isEqualByComparingTo("0.00000001");
    }

    @ParameterizedTest
    @CsvSource({"YUAN, 元, yuan, 0, 1", "THOUSAND_YUAN, 千元, thousand yuan, 3, 1000",
        "TEN_THOUSAND_YUAN, 万元, ten thousand yuan, 4, 10000",
        "HUNDRED_MILLION_YUAN, 亿元, hundred million yuan, 8, 100000000"})
    void describesEachUnit(AmountUnit unit, String symbol, String english, int exponent, String factor) {
        assertThat(unit.symbol()).isEqualTo(symbol);
        assertThat(unit.toString()).isEqualTo(symbol);
        assertThat(unit.englishName()).isEqualTo(english);
        assertThat(unit.exponent()).isEqualTo(exponent);
        assertThat(unit.factor()).isEqualByComparingTo(factor);
        assertThat(unit.factor().scale()).isLessThanOrEqualTo(0);
        assertThat(AmountUnit.parse(unit.symbol())).isSameAs(unit);
        assertThat(AmountUnit.parse(unit.name())).isSameAs(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 万元 ", "\u3000万元\u3000", "单位：万元", "单位:万元", "单位 ： 万元", "\u3000单位：万元",
        "ten_thousand_yuan", "Ten_Thousand_Yuan"})
    void parsesVariantsOfTheHeader(String text) {
        assertThat(AmountUnit.parse(text)).isSameAs(AmountUnit.TEN_THOUSAND_YUAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "万", "元元", "单位", "单位：", "10000元", "CNY", "ten thousand yuan", "万 元"})
    void refusesTextNamingNoUnit(String text) {
        assertThatThrownBy(() -> AmountUnit.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertsEveryPairExactly() {
        // Oracle: value * factor(source) / factor(target), the factors written out here.
        long[] factors = {1L, 1_000L, 10_000L, 100_000_000L};
        BigDecimal[] values = {new BigDecimal("1877"), new BigDecimal("747.64"), new BigDecimal("-0.01"),
            BigDecimal.ZERO, new BigDecimal("12345678901234567890123456789.12345678")};
        for (AmountUnit from : AmountUnit.values()) {
            for (AmountUnit to : AmountUnit.values()) {
                for (BigDecimal value : values) {
                    BigDecimal expected = value.multiply(BigDecimal.valueOf(factors[from.ordinal()]))
                            .divide(BigDecimal.valueOf(factors[to.ordinal()]));
                    BigDecimal converted = from.convert(value, to);
                    assertThat(converted).as("%s %s in %s", value, from, to).isEqualByComparingTo(expected);
                    assertThat(to.convert(converted, from)).isEqualByComparingTo(value);
                }
            }
        }
    }

    @Test
    void refusesNullArguments() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(AmountUnit.class);
        for (AmountUnit unit : AmountUnit.values()) {
            tester.testAllPublicInstanceMethods(unit);
        }
    }
}
