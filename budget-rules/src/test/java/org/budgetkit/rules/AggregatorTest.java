package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.RoundingConvention;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

class AggregatorTest {
    private static final BudgetUnit OWN = BudgetUnit.unit(PingshanPetitionBureau2023.DEPARTMENT,
            PingshanPetitionBureau2023.DEPARTMENT);
    private static final FactSet TABLE7_TOTALS = PingshanPetitionBureau2023.document().facts()
            .select(FactQuery.any().inTable("表7").where(Dimension.UNIT, OWN).whereTotal(Dimension.NATURE));

    private static Map<String, String> byCode(FactSet facts) {
        return facts.stream().collect(Collectors.toMap(
                f -> f.coordinates().get(Dimension.FUNCTION).map(Object::toString).orElse("total"),
                f -> f.amount().toPlainString()));
    }

    @Test
    void rollsUpTable7FromItsLeaves() {
        FactSet rolled = Aggregator.rollUp(TABLE7_TOTALS, Dimension.FUNCTION);
        // The 8 leaves of 表7's 支出总计 column: 471, 449, 672 | 53, 26 | 18 | 59, 128.
        assertThat(byCode(rolled)).containsOnly(
                Map.entry("total", "1876"), // 1,592 + 79 + 18 + 187, printed 1,877
                Map.entry("201", "1592"), Map.entry("20103", "1592"), // 471 + 449 + 672
                Map.entry("208", "79"), Map.entry("20805", "79"), // 53 + 26
                Map.entry("210", "18"), Map.entry("21011", "18"),
                Map.entry("221", "187"), Map.entry("22102", "187")); // 59 + 128
        Fact total = rolled.asList().get(0);
        assertThat(total.coordinates().get(Dimension.FUNCTION)).isEmpty();
        assertThat(total.coordinates().get(Dimension.UNIT)).contains(OWN);
        assertThat(total.provenance().table()).isEqualTo("表7");
        assertThat(total.provenance().column()).isEqualTo("支出总计");
        assertThat(total.provenance().row()).isEqualTo("Σ 8 function");
        assertThat(total.provenance().line()).isZero();
        assertThat(total.amount().precision().decimals()).isZero();
    }

    @Test
    void rollsUpAlongNatureAndKeepsOtherCoordinates() {
        FactSet row = PingshanPetitionBureau2023.document().facts().select(FactQuery.any().inTable("表3")
                .where(Dimension.FUNCTION, FunctionCode.parse("2010301")).whereTotal(Dimension.ITEM));
        FactSet parts = Aggregator.cut(row, Coordinates.empty().with(Dimension.NATURE, Nature.BASIC))
                .plus(Aggregator.cut(row, Coordinates.empty().with(Dimension.NATURE, Nature.PROJECT)));
        FactSet rolled = Aggregator.rollUp(parts, Dimension.NATURE);
        assertThat(rolled.size()).isEqualTo(1);
        assertThat(rolled.asList().get(0).amount().value()).isEqualByComparingTo("471"); // 463 + 8
        assertThat(rolled.asList().get(0).coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2010301"));
    }

    @Test
    void drillDownAndTopLevel() {
        assertThat(byCode(Aggregator.drillDown(TABLE7_TOTALS, Dimension.FUNCTION, FunctionCode.parse("20103"))))
                .containsOnlyKeys("2010301", "2010302", "2010308");
        assertThat(byCode(Aggregator.topLevel(TABLE7_TOTALS, Dimension.FUNCTION)))
                .containsOnlyKeys("201", "208", "210", "221");
    }

    @Test
    void cutSelectsBySetDimensionsOnly() {
        FactSet projects = Aggregator.cut(PingshanPetitionBureau2023.document().facts(),
                Coordinates.empty().with(Dimension.NATURE, Nature.PROJECT).with(Dimension.FUNCTION,
                        FunctionCode.parse("2010308")));
        // 表3 672, 表5 (五 fund columns of which two print 672) …, 表7 672, 表12 three columns.
        assertThat(projects.tables()).containsExactly("表3", "表5", "表7", "表12");
        assertThat(projects.stream().allMatch(f -> f.coordinates().get(Dimension.NATURE).orElseThrow() == Nature.PROJECT))
                .isTrue();
    }

    @Test
    void rejectsTwoFactsAtOneCoordinatesAndFlatDimensions() {
        FactSet twoTables = PingshanPetitionBureau2023.document().facts()
                .select(FactQuery.any().where(Dimension.FUNCTION, FunctionCode.parse("201")));
        assertThatThrownBy(() -> Aggregator.rollUp(twoTables, Dimension.FUNCTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("select one table");
        assertThatThrownBy(() -> Aggregator.rollUp(TABLE7_TOTALS, Dimension.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aggregator.sum(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Fact fact(String code, Amount amount) {
        Coordinates c = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.department("d"))
                .with(Dimension.FLOW, Flow.EXPENDITURE).with(Dimension.YEAR, FiscalYear.of(2023))
                .with(Dimension.FUNCTION, FunctionCode.parse(code));
        return Fact.of(amount, c, new Provenance("s", "t", code, "c", 1, 0));
    }

    @Test
    void sumsPastLongMaxValueExactly() {
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
        FactSet facts = FactSet.of(List.of(fact("2010301", Amount.of(max, AmountUnit.YUAN, 0)),
                fact("2010302", Amount.of(max, AmountUnit.YUAN, 0)), fact("2010303", Amount.of(BigDecimal.ONE,
                        AmountUnit.YUAN, 0))));
        FactSet rolled = Aggregator.rollUp(facts, Dimension.FUNCTION);
        BigDecimal oracle = max.add(max).add(BigDecimal.ONE);
        assertThat(rolled.asList()).hasSize(3).allSatisfy(f -> assertThat(f.amount().value()).isEqualTo(oracle));
        // Just below the limit no overflow happens and the sum is the same as BigDecimal's.
        Amount a = Aggregator.sum(List.of(fact("201", Amount.of(max.subtract(BigDecimal.ONE), AmountUnit.YUAN, 0)),
                fact("202", Amount.of(BigDecimal.ONE, AmountUnit.YUAN, 0))));
        assertThat(a.value()).isEqualTo(max);
        Amount negative = Aggregator.sum(List.of(fact("201", Amount.of(max.negate(), AmountUnit.YUAN, 0)),
                fact("202", Amount.of(max.negate(), AmountUnit.YUAN, 0))));
        assertThat(negative.value()).isEqualTo(max.negate().add(max.negate()));
    }

    @Test
    void sumUsesTheSmallestUnitAndFinestPrecision() {
        Amount a = Aggregator.sum(List.of(fact("201", Amount.parseFigure("747.64", AmountUnit.TEN_THOUSAND_YUAN)),
                fact("202", Amount.parseFigure("8", AmountUnit.TEN_THOUSAND_YUAN)),
                fact("203", Amount.parseFigure("1,000", AmountUnit.YUAN))));
        assertThat(a.unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(a.value()).isEqualByComparingTo("7557400"); // 7,476,400 + 80,000 + 1,000
        assertThat(a.precision().decimals()).isZero();
        // (15,920,000 ± 5,000) + (790,000 ± 5,000) = 16,710,000 ± 10,000 元.
        Interval i = Aggregator.interval(List.of(fact("201", Amount.parseFigure("1,592", AmountUnit.TEN_THOUSAND_YUAN)),
                fact("208", Amount.parseFigure("79", AmountUnit.TEN_THOUSAND_YUAN))), RoundingConvention.HALF);
        assertThat(i).isEqualTo(Interval.closed(new BigDecimal("16700000"), new BigDecimal("16720000")));
    }

    /** Roll-up = sum of leaves: the total of a random two-level tree equals a plain BigDecimal sum. */
    @Test
    void rollUpTotalIsTheSumOfLeaves() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            java.util.Random r = new java.util.Random(seed);
            List<Fact> facts = new ArrayList<>();
            BigDecimal oracle = BigDecimal.ZERO;
            int sections = 1 + r.nextInt(5);
            for (int s = 1; s <= sections; s++) {
                int items = 1 + r.nextInt(5);
                for (int i = 1; i <= items; i++) {
                    BigDecimal v = BigDecimal.valueOf(r.nextLong() >> (r.nextInt(40)), 2);
                    oracle = oracle.add(v);
                    facts.add(fact("2010" + s + "0" + i, Amount.of(v, AmountUnit.YUAN, 2)));
                }
            }
            FactSet rolled = Aggregator.rollUp(FactSet.of(facts), Dimension.FUNCTION);
            assertThat(rolled.asList().get(0).amount().value()).isEqualByComparingTo(oracle);
            assertThat(rolled.size()).isEqualTo(1 + 1 + sections); // total, 201, each 款
        });
    }

    @Test
    void nullArguments() {
        NullPointerTester t = new NullPointerTester()
                .setDefault(FactSet.class, FactSet.empty())
                .setDefault(Dimension.class, Dimension.FUNCTION)
                .setDefault(Coordinates.class, Coordinates.empty())
                .setDefault(Object.class, FunctionCode.parse("201"));
        t.testAllPublicStaticMethods(Aggregator.class);
    }
}
