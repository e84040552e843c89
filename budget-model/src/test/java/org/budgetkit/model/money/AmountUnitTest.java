package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
