package org.budgetkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in messages: the long-based formatting against the plain-string one it replaced. */
class TextTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1877;1,877", "1876.57;1,876.57", "-8;-8", "0;0", "0.00;0", "0.05;0.05",
        "-0.005;-0.005", "747.640;747.64", "1E+3;1,000", "1.8E+4;18,000", "100;100", "1000;1,000",
        "999999.999;999,999.999", "-1234567.5;-1,234,567.5", "123456789012345678;123,456,789,012,345,678",
        "1234567890123456789;1,234,567,890,123,456,789", "1E+30;1,000,000,000,000,000,000,000,000,000,000",
        "0.0000000000000000001;0.0000000000000000001", "12.3456789012345678901;12.3456789012345678901"})
    void formatsWithSeparatorsAndWithoutTrailingZeros(String value, String text) {
        assertThat(Text.number(new BigDecimal(value))).isEqualTo(text);
    }

    @Test
    void everyLongAtEveryScaleIsFormattedAsThePlainStringWasGrouped() {
        qt().withExamples(20_000).forAll(longs().all(), integers().between(-25, 25)).checkAssert((unscaled, scale) -> {
            BigDecimal v = new BigDecimal(BigInteger.valueOf(unscaled), scale);
            assertThat(Text.number(v)).isEqualTo(org.budgetkit.rules.legacy.Text.number(v));
        });
        qt().withExamples(20_000).forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(-3, 6))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal v = BigDecimal.valueOf(unscaled, scale);
                    assertThat(Text.number(v)).isEqualTo(org.budgetkit.rules.legacy.Text.number(v));
                });
    }
}
