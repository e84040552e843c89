package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import com.google.common.testing.NullPointerTester;
import java.util.Map;
import java.util.stream.IntStream;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DimensionTest {

    @Test
    void allListsTheTenDimensionsInIndexOrder() {
        assertThat(Dimension.all()).containsExactly(Dimension.UNIT, Dimension.FLOW, Dimension.YEAR, Dimension.FUNCTION,
                Dimension.ECONOMIC, Dimension.FUND_SOURCE, Dimension.NATURE, Dimension.ITEM, Dimension.PROJECT,
                Dimension.MEASURE);
        IntStream.range(0, Dimension.all().size())
                .forEach(i -> assertThat(Dimension.all().get(i).index()).isEqualTo(i));
        assertThatThrownBy(() -> Dimension.all().add(Dimension.UNIT)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofIdFindsEachDimensionByItsFileId() {
        assertThat(Dimension.all()).extracting(Dimension::id).containsExactly("unit", "flow", "year", "function",
                "economic", "fund_source", "nature", "item", "project", "measure");
        for (Dimension<?> d : Dimension.all()) {
            assertThat(Dimension.ofId(d.id())).isSameAs(d);
            assertThat(d.toString()).isEqualTo(d.id());
            assertThat(d.chineseName()).isNotBlank();
            assertThat(d.englishName()).isNotBlank();
        }
        assertThatThrownBy(() -> Dimension.ofId("Function")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Function\"");
        assertThatThrownBy(() -> Dimension.ofId("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitFlowAndYearAreRequiredAndOnlyMeasureHasADefault() {
        assertThat(Dimension.all().stream().filter(Dimension::isRequired))
                .containsExactly(Dimension.UNIT, Dimension.FLOW, Dimension.YEAR);
        assertThat(Dimension.MEASURE.defaultValue()).contains(Measure.AMOUNT);
        assertThat(Dimension.all().stream().filter(d -> d.defaultValue().isPresent()))
                .containsExactly(Dimension.MEASURE);
    }

    @Test
    void typesAreTheValueClasses() {
        Map<Dimension<?>, Class<?>> expected = Map.of(Dimension.UNIT, BudgetUnit.class, Dimension.FLOW, Flow.class,
                Dimension.YEAR, FiscalYear.class, Dimension.FUNCTION, FunctionCode.class, Dimension.ECONOMIC,
                EconomicCode.class, Dimension.FUND_SOURCE, FundSource.class, Dimension.NATURE, Nature.class,
                Dimension.ITEM, SpecialItem.class, Dimension.PROJECT, Project.class, Dimension.MEASURE, Measure.class);
        expected.forEach((d, type) -> assertThat(d.type()).isEqualTo(type));
        assertThat(Dimension.FUNCTION.cast(FunctionCode.parse("201"))).isEqualTo(FunctionCode.parse("201"));
        assertThatThrownBy(() -> Dimension.FUNCTION.cast(EconomicCode.parse("301")))
                .isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> Dimension.FUNCTION.cast(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void hierarchicalDimensionsHaveParents() {
        assertThat(Dimension.all().stream().filter(Dimension::isHierarchical)).containsExactly(Dimension.UNIT,
                Dimension.FLOW, Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.FUND_SOURCE, Dimension.NATURE,
                Dimension.ITEM);
        assertThat(Dimension.FUNCTION.parent(FunctionCode.parse("2010301"))).contains(FunctionCode.parse("20103"));
        assertThat(Dimension.FUNCTION.parent(FunctionCode.parse("201"))).isEmpty();
        assertThat(Dimension.ECONOMIC.parent(EconomicCode.parse("30101"))).contains(EconomicCode.parse("301"));
        assertThat(Dimension.FUND_SOURCE.parent(FundSource.BASIC_APPROPRIATION))
                .contains(FundSource.GENERAL_PUBLIC_BUDGET);
        assertThat(Dimension.NATURE.parent(Nature.PUBLIC_USE)).contains(Nature.BASIC);
        assertThat(Dimension.ITEM.parent(SpecialItem.VEHICLE_OPERATION)).contains(SpecialItem.OFFICIAL_VEHICLES);
        assertThat(Dimension.FLOW.parent(Flow.CARRY_FORWARD)).contains(Flow.USES);
        assertThat(Dimension.UNIT.parent(BudgetUnit.unit("局", "中心"))).contains(BudgetUnit.department("局"));
        // Non-hierarchical dimensions: no parent, and every value a component of the total.
        assertThat(Dimension.YEAR.parent(FiscalYear.of(2023))).isEmpty();
        assertThat(Dimension.PROJECT.parent(new Project("信访事务"))).isEmpty();
        assertThat(Dimension.MEASURE.parent(Measure.CHANGE)).isEmpty();
        assertThat(Dimension.YEAR.relation(FiscalYear.of(2023))).isEqualTo(Relation.COMPONENT);
    }

    @Test
    void relationsComeFromTheValueTypes() {
        for (FundSource s : FundSource.values()) {
            assertThat(Dimension.FUND_SOURCE.relation(s)).isEqualTo(s.relation());
        }
        for (SpecialItem i : SpecialItem.values()) {
            assertThat(Dimension.ITEM.relation(i)).isEqualTo(i.relation());
        }
        assertThat(Dimension.FUND_SOURCE.relation(FundSource.APPROPRIATIONS_TOTAL)).isEqualTo(Relation.GROUPING);
        assertThat(Dimension.ITEM.relation(SpecialItem.PROCUREMENT_SME)).isEqualTo(Relation.OF_WHICH);
        assertThat(Dimension.FUNCTION.relation(FunctionCode.parse("2010301"))).isEqualTo(Relation.COMPONENT);
        assertThat(Dimension.NATURE.relation(Nature.PERSONNEL)).isEqualTo(Relation.COMPONENT);
    }

    @Test
    void formatWritesConstantNamesForEnumsAndToStringOtherwise() {
        assertThat(Dimension.FUND_SOURCE.format(FundSource.GENERAL_PUBLIC_BUDGET)).isEqualTo("GENERAL_PUBLIC_BUDGET");
        assertThat(Dimension.FLOW.format(Flow.EXPENDITURE)).isEqualTo("EXPENDITURE");
        assertThat(Dimension.FUNCTION.format(FunctionCode.parse("204 06 01"))).isEqualTo("2040601");
        assertThat(Dimension.YEAR.format(FiscalYear.of(2023))).isEqualTo("2023");
        assertThat(Dimension.UNIT.format(BudgetUnit.department("局"))).isEqualTo("部门 局");
        assertThat(Dimension.FUND_SOURCE.parse("一般公共预算拨款")).isEqualTo(FundSource.GENERAL_PUBLIC_BUDGET);
        assertThat(Dimension.YEAR.parse("2023年")).isEqualTo(FiscalYear.of(2023));
    }

    @Test
    void parseOfFormatRoundTripsOnEveryDimension() {
        roundTrips(Dimension.UNIT, Generators.budgetUnits());
        roundTrips(Dimension.FLOW, arbitrary().enumValues(Flow.class));
        roundTrips(Dimension.YEAR, Generators.years());
        roundTrips(Dimension.FUNCTION, Generators.functionCodes());
        roundTrips(Dimension.ECONOMIC, Generators.economicCodes());
        roundTrips(Dimension.FUND_SOURCE, arbitrary().enumValues(FundSource.class));
        roundTrips(Dimension.NATURE, arbitrary().enumValues(Nature.class));
        roundTrips(Dimension.ITEM, arbitrary().enumValues(SpecialItem.class));
        roundTrips(Dimension.PROJECT, Generators.projects());
        roundTrips(Dimension.MEASURE, arbitrary().enumValues(Measure.class));
    }

    private static <V> void roundTrips(Dimension<V> d, Gen<V> values) {
        qt().withExamples(300).forAll(values).checkAssert(v -> {
            assertThat(d.parse(d.format(v))).as("%s %s", d, v).isEqualTo(v);
            assertThat(d.type().isInstance(v)).isTrue();
        });
    }

    @Test
    void parseRejectsValuesOfOtherDimensions() {
        assertThatThrownBy(() -> Dimension.FUNCTION.parse("301")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dimension.FLOW.parse("GENERAL_PUBLIC_BUDGET"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dimension.YEAR.parse("201")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dimension.UNIT.parse("深圳市坪山区信访局")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(Dimension.class);
        for (Dimension<?> d : Dimension.all()) {
            tester.testAllPublicInstanceMethods(d);
        }
    }

    @Test
    void everyEnumValueOfEveryDimensionRoundTrips() {
        for (Dimension<?> d : Dimension.all()) {
            if (d.type().isEnum()) {
                for (Object v : d.type().getEnumConstants()) {
                    assertRoundTrip(d, v);
                }
            }
        }
    }

    private static <V> void assertRoundTrip(Dimension<V> d, Object value) {
        V v = d.cast(value);
        assertThat(d.parse(d.format(v))).isEqualTo(v);
    }
}
