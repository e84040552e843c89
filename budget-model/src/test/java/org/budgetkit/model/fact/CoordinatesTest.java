package org.budgetkit.model.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Project;
import org.budgetkit.model.dimension.SpecialItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {
    private static final Coordinates EMPTY = Coordinates.empty();
    private static final BudgetUnit BUREAU = BudgetUnit.department("深圳市坪山区信访局");
    private static final FunctionCode F201 = FunctionCode.parse("201");
    private static final FunctionCode F202 = FunctionCode.parse("202");

    @Test
    void emptyHasNoDimension() {
        assertThat(EMPTY.isEmpty()).isTrue();
        assertThat(EMPTY.dimensions()).isEmpty();
        assertThat(EMPTY.toString()).isEqualTo("{}");
        for (Dimension<?> d : Dimension.all()) {
            assertThat(EMPTY.has(d)).isFalse();
            assertThat(EMPTY.get(d)).isEmpty();
        }
    }

    @Test
    void withSetsGetReadsWithoutRemoves() {
        Coordinates c = EMPTY.with(Dimension.FUNCTION, F201).with(Dimension.FLOW, Flow.EXPENDITURE);
        assertThat(c.get(Dimension.FUNCTION)).contains(F201);
        assertThat(c.get(Dimension.FLOW)).contains(Flow.EXPENDITURE);
        assertThat(c.get(Dimension.NATURE)).isEmpty();
        assertThat(c.has(Dimension.FUNCTION)).isTrue();
        assertThat(c.has(Dimension.NATURE)).isFalse();
        assertThat(c.isEmpty()).isFalse();
        assertThat(c.with(Dimension.FUNCTION, F202).get(Dimension.FUNCTION)).contains(F202);
        assertThat(c.without(Dimension.FUNCTION).has(Dimension.FUNCTION)).isFalse();
        assertThat(c.without(Dimension.FUNCTION).without(Dimension.FLOW)).isEqualTo(EMPTY);
        // Unchanged: the same instance.
        assertThat(c.with(Dimension.FUNCTION, FunctionCode.parse("201"))).isSameAs(c);
        assertThat(c.without(Dimension.NATURE)).isSameAs(c);
        // The original is untouched.
        assertThat(EMPTY.isEmpty()).isTrue();
    }

    @Test
    void theDefaultValueIsTheSameAsLeavingTheDimensionOut() {
        assertThat(EMPTY.with(Dimension.MEASURE, Measure.AMOUNT)).isEqualTo(EMPTY);
        assertThat(EMPTY.with(Dimension.MEASURE, Measure.AMOUNT).has(Dimension.MEASURE)).isFalse();
        Coordinates change = EMPTY.with(Dimension.MEASURE, Measure.CHANGE);
        assertThat(change.get(Dimension.MEASURE)).contains(Measure.CHANGE);
        assertThat(change.with(Dimension.MEASURE, Measure.AMOUNT)).isEqualTo(EMPTY);
        assertThat(EMPTY.getOrDefault(Dimension.MEASURE)).isEqualTo(Measure.AMOUNT);
        assertThat(change.getOrDefault(Dimension.MEASURE)).isEqualTo(Measure.CHANGE);
        assertThat(EMPTY.getOrDefault(Dimension.FUNCTION)).isNull();
        assertThat(Coordinates.parse("{measure=AMOUNT}")).isEqualTo(EMPTY);
    }

    @Test
    void dimensionsAreListedInTheirFixedOrder() {
        Coordinates c = EMPTY.with(Dimension.MEASURE, Measure.CHANGE).with(Dimension.FUNCTION, F201)
                .with(Dimension.UNIT, BUREAU);
        assertThat(c.dimensions()).containsExactly(Dimension.UNIT, Dimension.FUNCTION, Dimension.MEASURE);
    }

    @Test
    void mergeIsTheUnionAndRejectsConflictsNamingBothValues() {
        Coordinates table = EMPTY.with(Dimension.FLOW, Flow.EXPENDITURE);
        Coordinates row = EMPTY.with(Dimension.FUNCTION, F201);
        Coordinates column = EMPTY.with(Dimension.NATURE, Nature.BASIC);
        Coordinates cell = row.merge(column).merge(table);
        assertThat(cell).isEqualTo(Coordinates.parse("{flow=EXPENDITURE, function=201, nature=BASIC}"));
        assertThat(cell.merge(row)).isSameAs(cell);
        assertThat(cell.merge(EMPTY)).isSameAs(cell);
        assertThat(EMPTY.merge(cell)).isEqualTo(cell);
        assertThatThrownBy(() -> row.merge(EMPTY.with(Dimension.FUNCTION, F202)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("function").hasMessageContaining("201").hasMessageContaining("202");
        assertThatThrownBy(() -> column.merge(EMPTY.with(Dimension.NATURE, Nature.PROJECT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nature").hasMessageContaining(Nature.BASIC.toString())
                .hasMessageContaining(Nature.PROJECT.toString());
    }

    @Test
    void mergeIsCommutativeWithoutConflictsAndTheResultMatchesBoth() {
        qt().withExamples(300).forAll(FactGenerators.coordinates(), FactGenerators.coordinates())
                .checkAssert((a, b) -> {
                    boolean conflict = a.dimensions().stream()
                            .anyMatch(d -> b.has(d) && !b.get(d).equals(a.get(d)));
                    if (conflict) {
                        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class);
                        return;
                    }
                    Coordinates ab = a.merge(b);
                    assertThat(ab).isEqualTo(b.merge(a));
                    assertThat(ab.matches(a)).isTrue();
                    assertThat(ab.matches(b)).isTrue();
                    for (Dimension<?> d : Dimension.all()) {
                        assertThat(ab.has(d)).isEqualTo(a.has(d) || b.has(d));
                    }
                });
    }

    @Test
    void matchesWhenEverySetDimensionOfThePatternAgrees() {
        Coordinates c = Coordinates.parse("{flow=EXPENDITURE, year=2023, function=201, nature=BASIC}");
        assertThat(c.matches(EMPTY)).isTrue();
        assertThat(c.matches(c)).isTrue();
        assertThat(c.matches(Coordinates.parse("{function=201}"))).isTrue();
        assertThat(c.matches(Coordinates.parse("{year=2023, nature=BASIC}"))).isTrue();
        assertThat(c.matches(Coordinates.parse("{function=2010301}"))).isFalse();
        assertThat(c.matches(Coordinates.parse("{function=201, item=THREE_PUBLIC}"))).isFalse();
        assertThat(EMPTY.matches(c)).isFalse();
        // Oracle: dimension by dimension.
        qt().withExamples(1_000).forAll(FactGenerators.smallCoordinates(), FactGenerators.smallCoordinates())
                .checkAssert((a, p) -> assertThat(a.matches(p)).isEqualTo(p.dimensions().stream()
                        .allMatch(d -> a.get(d).equals(p.get(d)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{flow=EXPENDITURE}",
        "{flow=EXPENDITURE, year=2023, function=201}",
        "{unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=2023, function=2010301}",
        "{unit=单位 深圳市坪山区信访局/深圳市坪山区来访接待中心, flow=REVENUE, year=2023, fund_source=CURRENT_YEAR}",
        "{flow=EXPENDITURE, economic=30101, nature=PERSONNEL}",
        "{economic=50101}",
        "{flow=CARRY_FORWARD, fund_source=APPROPRIATIONS_TOTAL}",
        "{item=THREE_PUBLIC, measure=CHANGE}",
        "{year=2022, item=VEHICLE_OPERATION}",
        "{project=信访事务}",
        "{project=a=b}",
        "{project=a,b}",
        "{project=x}}",
        "{project={x}",
        "{project=\"a, b\"}",
        "{project=\"a, measure=CHANGE\", measure=CHANGE}",
        "{project=\"\\\"quoted\\\"\"}",
        "{unit=部门 a\"b, project=c\\d}",
        "{unit=\"部门 x, year=2023\", project=\"\\\\, x\"}"})
    void parseReadsWhatToStringWrites(String text) {
        Coordinates c = Coordinates.parse(text);
        assertThat(c.toString()).isEqualTo(text);
        assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void valuesThatLookLikeSeparatorsAreQuotedAndRoundTrip() {
        Project tricky = new Project("a, measure=CHANGE");
        Coordinates c = EMPTY.with(Dimension.PROJECT, tricky);
        assertThat(c.toString()).isEqualTo("{project=\"a, measure=CHANGE\"}");
        assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
        assertThat(Coordinates.parse(c.toString()).get(Dimension.MEASURE)).isEmpty();
        // The two coordinates this used to confuse stay apart.
        Coordinates other = EMPTY.with(Dimension.PROJECT, new Project("a")).with(Dimension.MEASURE, Measure.CHANGE);
        assertThat(other.toString()).isNotEqualTo(c.toString());
        assertThat(Coordinates.parse(other.toString())).isEqualTo(other);
        Coordinates quote = EMPTY.with(Dimension.PROJECT, new Project("\"引号\"项目"));
        assertThat(Coordinates.parse(quote.toString())).isEqualTo(quote);
    }

    @Test
    void parseAcceptsThePrintedNamesOfValues() {
        assertThat(Coordinates.parse("{flow=支出, fund_source=财政拨款, nature=基本支出, item=“三公”经费}"))
                .isEqualTo(EMPTY.with(Dimension.FLOW, Flow.EXPENDITURE)
                        .with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET)
                        .with(Dimension.NATURE, Nature.BASIC).with(Dimension.ITEM, SpecialItem.THREE_PUBLIC));
        assertThat(Coordinates.parse("{year=2023年, function=201 03 01}"))
                .isEqualTo(EMPTY.with(Dimension.YEAR, FiscalYear.of(2023))
                        .with(Dimension.FUNCTION, FunctionCode.parse("2010301")));
    }

    @Test
    void parseOfToStringRoundTripsForGeneratedCoordinates() {
        qt().withExamples(500).forAll(FactGenerators.coordinates()).checkAssert(c -> {
            String text = c.toString();
            assertThat(Coordinates.parse(text)).as(text).isEqualTo(c);
            assertThat(Coordinates.parse(text).toString()).isEqualTo(text);
        });
    }

    /**
     * {@code with} and {@code without} update the hash from the replaced value alone; it must stay
     * the hash of all values, computed here independently ({@code Arrays.hashCode} of what
     * {@code get} returns), along every path from one set of coordinates to another.
     */
    @Test
    void theHashIsThatOfAllValuesAfterEveryWithAndWithout() {
        qt().withExamples(500).forAll(FactGenerators.coordinates(), FactGenerators.coordinates()).checkAssert((a, b) -> {
            Coordinates c = a;
            for (Dimension<?> d : Dimension.all()) {
                c = replace(c, b, d);
                assertThat(c.hashCode()).as(c.toString()).isEqualTo(valuesHash(c));
                assertThat(c).isEqualTo(Coordinates.parse(c.toString()));
            }
            assertThat(c).isEqualTo(b);
            assertThat(c.hashCode()).isEqualTo(b.hashCode());
        });
    }

    private static <V> Coordinates replace(Coordinates c, Coordinates from, Dimension<V> d) {
        return from.get(d).map(v -> c.with(d, v)).orElseGet(() -> c.without(d));
    }

    private static int valuesHash(Coordinates c) {
        Object[] values = new Object[Dimension.all().size()];
        for (Dimension<?> d : Dimension.all()) {
            values[d.index()] = c.get(d).orElse(null);
        }
        return java.util.Arrays.hashCode(values);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "flow=EXPENDITURE", "{flow=EXPENDITURE", "flow=EXPENDITURE}", "{flow}", "{=x}",
        "{ }", "{flow=EXPENDITURE, flow=REVENUE}", "{colour=red}", "{flow=}", "{flow=EXPENDITURE,year=2023}",
        "{flow=EXPENDITURE, }", "{function=301}", "{year=1800}", "{project=\"unclosed}",
        "{project=\"a\"b}", "{project=\"a\" , flow=REVENUE}", "{project=\"\"}", "{project=\"x\\\"}",
        "{Flow=EXPENDITURE}", "{, flow=EXPENDITURE}"})
    void parseRejectsOtherText(String text) {
        assertThatThrownBy(() -> Coordinates.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsOverEveryDimension() {
        new EqualsTester()
                .addEqualityGroup(EMPTY, Coordinates.parse("{}"), EMPTY.with(Dimension.MEASURE, Measure.AMOUNT),
                        EMPTY.with(Dimension.FUNCTION, F201).without(Dimension.FUNCTION))
                .addEqualityGroup(EMPTY.with(Dimension.FUNCTION, F201), Coordinates.parse("{function=201}"))
                .addEqualityGroup(EMPTY.with(Dimension.FUNCTION, F202))
                .addEqualityGroup(EMPTY.with(Dimension.ECONOMIC, EconomicCode.parse("301")))
                .addEqualityGroup(EMPTY.with(Dimension.FUNCTION, F201).with(Dimension.FLOW, Flow.EXPENDITURE),
                        EMPTY.with(Dimension.FLOW, Flow.EXPENDITURE).with(Dimension.FUNCTION, F201))
                .addEqualityGroup(EMPTY.with(Dimension.MEASURE, Measure.CHANGE))
                .addEqualityGroup(EMPTY.with(Dimension.UNIT, BUREAU))
                .addEqualityGroup(EMPTY.with(Dimension.UNIT, BudgetUnit.unit(BUREAU.name(), BUREAU.name())))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(Dimension.class, Dimension.FUNCTION);
        tester.setDefault(Object.class, F201);
        tester.setDefault(Coordinates.class, EMPTY);
        tester.testAllPublicStaticMethods(Coordinates.class);
        tester.testAllPublicInstanceMethods(Coordinates.parse("{flow=EXPENDITURE, function=201}"));
    }
}
