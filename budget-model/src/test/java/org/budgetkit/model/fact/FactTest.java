package org.budgetkit.model.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactTest {
    static final Coordinates AT_201 = Coordinates.parse(
            "{unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=2023, function=201}");
    static final Provenance TABLE1 = new Provenance("seed.txt", "表1", "一、一般公共服务支出", "支出/预算数", 452, 0);
    static final Amount A1592 = Amount.parseFigure("1,592", AmountUnit.TEN_THOUSAND_YUAN);

    @Test
    void holdsAmountCoordinatesAndProvenance() {
        Fact fact = Fact.of(A1592, AT_201, TABLE1);
        assertThat(fact.amount()).isEqualTo(A1592);
        assertThat(fact.coordinates()).isEqualTo(AT_201);
        assertThat(fact.provenance()).isEqualTo(TABLE1);
        assertThat(fact.toString()).isEqualTo(A1592 + " " + AT_201 + " ← " + TABLE1.describe());
        assertThat(Fact.of(A1592, AT_201, Provenance.none()).toString()).isEqualTo(A1592 + " " + AT_201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unit", "flow", "year"})
    void requiresUnitFlowAndYear(String id) {
        Coordinates without = AT_201.without(Dimension.ofId(id));
        assertThatThrownBy(() -> Fact.of(A1592, without, TABLE1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a " + id);
    }

    @Test
    void otherDimensionsAreOptional() {
        Coordinates minimal = Coordinates.parse("{unit=部门 局, flow=REVENUE, year=2023}");
        assertThat(Fact.of(A1592, minimal, Provenance.none()).coordinates()).isEqualTo(minimal);
        assertThatThrownBy(() -> Fact.of(A1592, Coordinates.empty(), TABLE1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withAmountReplacesTheAmountOnly() {
        Fact fact = Fact.of(A1592, AT_201, TABLE1);
        Amount other = Amount.parseFigure("1,593", AmountUnit.TEN_THOUSAND_YUAN);
        Fact changed = fact.withAmount(other);
        assertThat(changed.amount()).isEqualTo(other);
        assertThat(changed.coordinates()).isEqualTo(AT_201);
        assertThat(changed.provenance()).isEqualTo(TABLE1);
        assertThat(fact.withAmount(Amount.parseFigure("1592", AmountUnit.TEN_THOUSAND_YUAN))).isSameAs(fact);
        // 1,592.00 is a different report of the same value.
        assertThat(fact.withAmount(Amount.parseFigure("1592.00", AmountUnit.TEN_THOUSAND_YUAN))).isNotEqualTo(fact);
    }

    @Test
    void equalityIsOverAmountCoordinatesAndProvenance() {
        Provenance table7 = new Provenance("seed.txt", "表7", "201", "合计", 1000, 0);
        new EqualsTester()
                .addEqualityGroup(Fact.of(A1592, AT_201, TABLE1), Fact.of(A1592, AT_201, TABLE1))
                .addEqualityGroup(Fact.of(A1592, AT_201, table7))
                .addEqualityGroup(Fact.of(A1592.to(AmountUnit.YUAN), AT_201, TABLE1))
                .addEqualityGroup(Fact.of(A1592, AT_201.with(Dimension.YEAR,
                        org.budgetkit.model.dimension.FiscalYear.of(2022)), TABLE1))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(Amount.class, A1592);
        tester.setDefault(Coordinates.class, AT_201);
        tester.setDefault(Provenance.class, TABLE1);
        tester.testAllPublicStaticMethods(Fact.class);
        tester.testAllPublicInstanceMethods(Fact.of(A1592, AT_201, TABLE1));
    }
}
