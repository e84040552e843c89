package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrecisionTest {
    @Test
    void everyDecimalsInRangeRoundTripsThroughText() {
        for (int d = Precision.MIN_DECIMALS; d <= Precision.MAX_DECIMALS; d++) {
            Precision p = Precision.decimals(d);
            assertThat(p.decimals()).isEqualTo(d);
            assertThat(p.isExact()).isFalse();
            assertThat(p.toString()).isEqualTo(Integer.toString(d));
            assertThat(Precision.parse(p.toString())).isEqualTo(p).isSameAs(p);
            // resolution = 10^-d, computed here by repeated multiplication, not scaleByPowerOfTen.
            BigDecimal expected = BigDecimal.ONE;
            for (int i = 0; i < Math.abs(d); i++) {
                expected = d > 0 ? expected.multiply(new BigDecimal("0.1")) : expected.multiply(BigDecimal.TEN);
            }
            assertThat(p.resolution()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void exactIsInfWithZeroResolutionAndNoDecimals() {
        Precision exact = Precision.exact();
        assertThat(exact.isExact()).isTrue();
        assertThat(exact.toString()).isEqualTo("INF");
        assertThat(Precision.parse("INF")).isSameAs(exact);
        assertThat(exact.resolution()).isEqualByComparingTo("0");
        assertThatThrownBy(exact::decimals).isInstanceOf(IllegalStateException.class);
        assertThat(exact.shiftedBy(4)).isSameAs(exact);
    }

    @ParameterizedTest
    @ValueSource(ints = {-31, 31, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesDecimalsOutOfRange(int decimals) {
        assertThatThrownBy(() -> Precision.decimals(decimals)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(decimals));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "inf", "Infinity", "2.0", "+2", "1e1", " 2", "2 ", "-", "1000", "31", "-31", "二"})
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> Precision.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 4, -4", "2, 4, -2", "-4, -4, 0", "0, -8, 8", "30, 0, 30", "-26, 4, -30", "26, -4, 30"})
    void shiftsByTheDifferenceOfUnitExponents(int decimals, int shift, int expected) {
        assertThat(Precision.decimals(decimals).shiftedBy(shift)).isEqualTo(Precision.decimals(expected));
    }

    @ParameterizedTest
    @CsvSource({"-27, 4", "27, -4", "30, -1"})
    void refusesAShiftOutOfRange(int decimals, int shift) {
        assertThatThrownBy(() -> Precision.decimals(decimals).shiftedBy(shift))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersFromCoarsestToExactAndPicksTheCoarser() {
        List<Precision> sorted = new ArrayList<>(List.of(Precision.exact(), Precision.decimals(2),
                Precision.decimals(-4), Precision.decimals(0), Precision.decimals(30), Precision.decimals(-30)));
        Collections.shuffle(sorted, new java.util.Random(1));
        Collections.sort(sorted);
        assertThat(sorted).containsExactly(Precision.decimals(-30), Precision.decimals(-4), Precision.decimals(0),
                Precision.decimals(2), Precision.decimals(30), Precision.exact());
        assertThat(Precision.decimals(2).coarser(Precision.decimals(0))).isEqualTo(Precision.decimals(0));
        assertThat(Precision.decimals(0).coarser(Precision.decimals(2))).isEqualTo(Precision.decimals(0));
        assertThat(Precision.exact().coarser(Precision.decimals(30))).isEqualTo(Precision.decimals(30));
        assertThat(Precision.exact().coarser(Precision.exact())).isEqualTo(Precision.exact());
        assertThat(Precision.decimals(-4).compareTo(Precision.decimals(-4))).isZero();
    }

    @Test
    void equalityIsTheNumberOfDecimals() {
        new EqualsTester()
                .addEqualityGroup(Precision.decimals(0), Precision.parse("0"), Precision.parse("-0"))
                .addEqualityGroup(Precision.decimals(2), Precision.parse("02"))
                .addEqualityGroup(Precision.decimals(-4), Precision.parse("-4"))
                .addEqualityGroup(Precision.exact(), Precision.parse("INF"))
                .addEqualityGroup(Precision.decimals(30))
                .testEquals();
    }

    @Test
    void refusesNullArguments() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(Precision.class);
        tester.testAllPublicInstanceMethods(Precision.decimals(2));
        tester.testAllPublicInstanceMethods(Precision.exact());
    }
}
