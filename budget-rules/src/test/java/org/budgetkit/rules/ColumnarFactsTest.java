package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.classification.Level;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Precision;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

class ColumnarFactsTest {
    private static final BudgetUnit OWN = BudgetUnit.unit(PingshanPetitionBureau2023.DEPARTMENT,
            PingshanPetitionBureau2023.DEPARTMENT);
    private static final Coordinates BASE = Coordinates.empty().with(Dimension.UNIT, OWN)
            .with(Dimension.FLOW, Flow.EXPENDITURE).with(Dimension.YEAR, FiscalYear.of(2023));
    private static final List<List<Dimension<?>>> ROLLED = List.of(
            List.of(Dimension.FUNCTION), List.of(Dimension.FUNCTION, Dimension.ECONOMIC),
            List.of(Dimension.FUND_SOURCE), List.of(Dimension.UNIT, Dimension.FLOW),
            List.of(Dimension.NATURE, Dimension.ITEM), List.of(Dimension.ECONOMIC, Dimension.FUND_SOURCE, Dimension.ITEM),
            List.of(Dimension.UNIT, Dimension.FLOW, Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.FUND_SOURCE,
                    Dimension.NATURE, Dimension.ITEM));

    private static Map<Coordinates, Amount> totals(RollUp rollUp) {
        Map<Coordinates, Amount> out = new LinkedHashMap<>();
        List<Coordinates> twice = new ArrayList<>();
        rollUp.forEach((c, a) -> {
            if (out.put(c, a) != null) {
                twice.add(c);
            }
        });
        assertThat(twice).as("coordinates given two totals").isEmpty();
        assertThat(rollUp.size()).isEqualTo(out.size());
        return out;
    }

    /** The roll-up has exactly the oracle's totals, each found by lookup too. */
    private static void assertSameAsOracle(List<Fact> facts, List<Dimension<?>> dims) {
        ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
        RollUpOracle.Result expected = RollUpOracle.rollUp(facts, dims, store.unit());
        if (expected.overlap().isPresent()) {
            assertThatThrownBy(() -> store.rollUp(dims)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("overlapping facts").hasMessageContaining("事实重叠");
            return;
        }
        RollUp rollUp = store.rollUp(dims);
        assertThat(totals(rollUp)).isEqualTo(expected.totals());
        int[] n = {0};
        List<Coordinates> missed = new ArrayList<>();
        expected.totals().forEach((c, a) -> {
            // Every total of a small case, one in 97 of a large one: each lookup builds keys.
            if (n[0]++ % (expected.totals().size() > 5_000 ? 97 : 1) == 0 && !rollUp.amount(c).equals(Optional.of(a))) {
                missed.add(c);
            }
        });
        assertThat(missed).as("totals not found by lookup").isEmpty();
    }

    @Test
    void rollsUpTheSeedFunctionTableToItsPrintedTotals() {
        // 表7 of the seed, the 本级 unit: the 项 rows in the 基本支出 and 项目支出 columns are the leaves.
        FactSet table7 = PingshanPetitionBureau2023.document().facts()
                .select(FactQuery.any().inTable("表7").where(Dimension.UNIT, OWN));
        List<Fact> leaves = new ArrayList<>();
        for (Fact f : table7) {
            Optional<FunctionCode> code = f.coordinates().get(Dimension.FUNCTION);
            if (code.isPresent() && code.get().level() == Level.ITEM && f.coordinates().has(Dimension.NATURE)) {
                leaves.add(f);
            }
        }
        assertThat(leaves).hasSize(16);

        RollUp rollUp = ColumnarFacts.of(FactSet.of(leaves)).rollUp(Dimension.FUNCTION, Dimension.NATURE);

        // Every 类 and 款 row, every column: the sum of its 项 is the printed figure.
        int checked = 0;
        for (Fact printed : table7) {
            Optional<FunctionCode> code = printed.coordinates().get(Dimension.FUNCTION);
            if (code.isPresent() && code.get().level() != Level.ITEM) {
                assertThat(rollUp.amount(printed.coordinates())).as(printed.toString()).contains(printed.amount());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(8 * 3); // 201 20103 208 20805 210 21011 221 22102 × three columns
        // The 合计 row: 项目支出 adds up; 基本支出 and 支出总计 are one 万元 short of the printed 748 and
        // 1,877 (受四舍五入影响), and their intervals still meet.
        Coordinates total = BASE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        assertThat(rollUp.amount(total.with(Dimension.NATURE, Nature.PROJECT))).contains(wan(1129));
        assertThat(rollUp.amount(total.with(Dimension.NATURE, Nature.BASIC))).contains(wan(747));
        assertThat(rollUp.amount(total)).contains(wan(1876));
        Interval sumOfBasic = leaves.stream().filter(f -> f.coordinates().get(Dimension.NATURE).get() == Nature.BASIC)
                .map(f -> f.amount().interval()).reduce(Interval::plus).orElseThrow();
        assertThat(sumOfBasic.intersects(wan(748).interval())).isTrue();
        // 8 项 + 4 款 + 4 类 + the total, each × 基本 / 项目 / both.
        assertThat(rollUp.size()).isEqualTo(17 * 3);
    }

    @Test
    void rollsUpEveryLevelCombinationOfTwoTrees() {
        Coordinates c = BASE.with(Dimension.FUND_SOURCE, FundSource.BASIC_APPROPRIATION);
        List<Fact> facts = List.of(
                fact(c, "2010301", "30101", 100), fact(c, "2010301", "30102", 20),
                fact(c, "2010302", "30201", 3), fact(c, "2080505", "30108", 4000));
        RollUp r = ColumnarFacts.of(FactSet.of(facts)).rollUp(Dimension.FUNCTION, Dimension.ECONOMIC);

        assertThat(r.amount(at(c, "20103", "301"))).contains(wan(120));
        assertThat(r.amount(at(c, "201", "30201"))).contains(wan(3));
        assertThat(r.amount(at(c, null, "301"))).contains(wan(4120));
        assertThat(r.amount(at(c, "208", null))).contains(wan(4000));
        assertThat(r.amount(at(c, null, null))).contains(wan(4123));
        assertThat(r.amount(at(c, "2010308", null))).isEmpty();
        assertThat(r.amount(at(c, "2010301", "302"))).isEmpty();
        assertThat(r.amount(c.with(Dimension.UNIT, BudgetUnit.department("别处")))).isEmpty();
        // 2010301: 4 levels × 30101/30102 3 levels and 302xx 3 … counted by the oracle:
        assertThat(r.size()).isEqualTo(RollUpOracle.rollUp(facts, r.dimensions(), AmountUnit.TEN_THOUSAND_YUAN)
                .totals().size());
        assertThat(r.toFactSet().size()).isEqualTo(r.size());
        assertThat(r.toFactSet().asList()).allSatisfy(f -> assertThat(f.provenance()).isEqualTo(Provenance.none()));
        assertThat(r).hasToString("RollUp[function, economic: " + r.size() + " totals in 万元]");
    }

    @Test
    void equalsTheBigDecimalOracleOnRandomLeaves() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 60), integers().between(0, ROLLED.size() - 1))
                .checkAssert((seed, count, dims) ->
                        assertSameAsOracle(RandomFacts.generate(seed, count, true, false), ROLLED.get(dims)));
    }

    @Test
    void equalsTheOracleOrRefusesOverlappingFacts() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 30), integers().between(0, ROLLED.size() - 1))
                .checkAssert((seed, count, dims) ->
                        assertSameAsOracle(RandomFacts.generate(seed, count, false, false), ROLLED.get(dims)));
    }

    @Test
    void staysExactWhenSumsLeaveTheRangeOfALong() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 40), integers().between(0, ROLLED.size() - 1))
                .checkAssert((seed, count, dims) ->
                        assertSameAsOracle(RandomFacts.generate(seed, count, true, true), ROLLED.get(dims)));
    }

    @Test
    void addsBeyondLongMaxValueExactly() {
        Coordinates c = BASE.with(Dimension.ECONOMIC, EconomicCode.parse("30101"));
        long max = Long.MAX_VALUE;
        List<Fact> facts = List.of(
                Fact.of(yuan(max - 10), c.with(Dimension.FUNCTION, FunctionCode.parse("2010301")), Provenance.none()),
                Fact.of(yuan(20), c.with(Dimension.FUNCTION, FunctionCode.parse("2010302")), Provenance.none()),
                Fact.of(yuan(Long.MIN_VALUE), c.with(Dimension.FUNCTION, FunctionCode.parse("2080505")), Provenance.none()));
        RollUp r = ColumnarFacts.of(FactSet.of(facts)).rollUp(Dimension.FUNCTION);

        BigDecimal over = BigDecimal.valueOf(max).add(BigDecimal.TEN);
        assertThat(r.amount(c.with(Dimension.FUNCTION, FunctionCode.parse("20103")))).contains(Amount.of(over, AmountUnit.YUAN, 0));
        assertThat(r.amount(c.with(Dimension.FUNCTION, FunctionCode.parse("201")))).contains(Amount.of(over, AmountUnit.YUAN, 0));
        assertThat(r.amount(c)).contains(Amount.of(new BigDecimal("9"), AmountUnit.YUAN, 0));
        assertThat(totals(r)).isEqualTo(RollUpOracle.rollUp(facts, r.dimensions(), AmountUnit.YUAN).totals());
    }

    @Test
    void sumsJustInsideTheRangeStayOnTheFastPath() {
        Coordinates c = BASE;
        List<Fact> facts = List.of(
                Fact.of(yuan(Long.MAX_VALUE - 1), c.with(Dimension.FUNCTION, FunctionCode.parse("2010301")), Provenance.none()),
                Fact.of(yuan(1), c.with(Dimension.FUNCTION, FunctionCode.parse("2010302")), Provenance.none()));
        RollUp r = ColumnarFacts.of(FactSet.of(facts)).rollUp(Dimension.FUNCTION);
        assertThat(r.amount(c)).contains(yuan(Long.MAX_VALUE));
        assertThat(TestAccess.isWide(r)).isFalse();
        List<Fact> one = List.of(facts.get(0), facts.get(1), Fact.of(yuan(1),
                c.with(Dimension.FUNCTION, FunctionCode.parse("2010308")), Provenance.none()));
        RollUp wide = ColumnarFacts.of(FactSet.of(one)).rollUp(Dimension.FUNCTION);
        assertThat(TestAccess.isWide(wide)).isTrue();
        assertThat(wide.amount(c)).contains(Amount.of(BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), AmountUnit.YUAN, 0));
    }

    @Test
    void refusesAFactThatIsATotalOfOthers() {
        List<Fact> facts = List.of(fact(BASE, "201", "30101", 5), fact(BASE, "2010301", "30101", 3));
        ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
        assertThatThrownBy(() -> store.rollUp(Dimension.FUNCTION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("function=201,").hasMessageContaining("事实重叠");
        // Along another dimension they do not overlap: 201 and 2010301 are then separate groups.
        assertThat(store.rollUp(Dimension.ECONOMIC).amount(at(BASE, "201", null))).contains(wan(5));
    }

    @Test
    void keepsOfWhichItemsAndGroupingsOutOfTheirParents() {
        Coordinates c = BASE;
        List<Fact> facts = List.of(
                Fact.of(wan(7), c.with(Dimension.FUND_SOURCE, FundSource.BASIC_APPROPRIATION), Provenance.none()),
                Fact.of(wan(5), c.with(Dimension.FUND_SOURCE, FundSource.BUSINESS_INCOME), Provenance.none()),
                Fact.of(wan(5), c.with(Dimension.FUND_SOURCE, FundSource.OTHER_FUNDS), Provenance.none()));
        RollUp r = ColumnarFacts.of(FactSet.of(facts)).rollUp(Dimension.FUND_SOURCE);
        assertThat(r.amount(c.with(Dimension.FUND_SOURCE, FundSource.CURRENT_YEAR))).contains(wan(12));
        assertThat(r.amount(c)).contains(wan(12));
        assertThat(r.amount(c.with(Dimension.FUND_SOURCE, FundSource.OTHER_FUNDS))).contains(wan(5));
        // 基本支出拨款 › 一般公共预算拨款 › 政府预算拨款 › 本年收入 › total; 事业收入 › 单位资金; 其他资金.
        assertThat(r.size()).isEqualTo(5 + 2 + 1);
    }

    @Test
    void reportsTheCoarsestPrecisionWidenedToTheDigitsOfTheSum() {
        List<Fact> facts = List.of(
                Fact.of(Amount.parseFigure("1,877", AmountUnit.TEN_THOUSAND_YUAN), at(BASE, "2010301", null), Provenance.none()),
                Fact.of(Amount.parseFigure("747.64", AmountUnit.TEN_THOUSAND_YUAN), at(BASE, "2010302", null), Provenance.none()),
                Fact.of(Amount.parseFigure("12.30", AmountUnit.TEN_THOUSAND_YUAN), at(BASE, "2080505", null), Provenance.none()),
                Fact.of(Amount.parseFigure("0.70", AmountUnit.TEN_THOUSAND_YUAN), at(BASE, "2080506", null), Provenance.none()),
                Fact.of(Amount.nil(AmountUnit.YUAN), at(BASE, "2101101", null), Provenance.none()));
        ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
        assertThat(store.unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(store.scale()).isZero();
        RollUp r = store.rollUp(Dimension.FUNCTION);
        assertThat(r.amount(at(BASE, "20103", null))).contains(Amount.of(new BigDecimal("26246400"), AmountUnit.YUAN, -2));
        assertThat(r.amount(at(BASE, "208", null))).contains(Amount.of(new BigDecimal("130000"), AmountUnit.YUAN, -2));
        assertThat(r.amount(at(BASE, "210", null))).contains(Amount.zero(AmountUnit.YUAN));
        assertThat(r.amount(BASE)).contains(Amount.of(new BigDecimal("26376400"), AmountUnit.YUAN, -2));
    }

    @Test
    void keepsEveryFactExactly() {
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 50)).checkAssert((seed, count) -> {
            List<Fact> facts = RandomFacts.generate(seed, count, false, false);
            ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
            List<Fact> back = store.toFactSet().asList();
            assertThat(back).hasSize(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                Amount original = facts.get(i).amount();
                Amount stored = back.get(i).amount();
                assertThat(back.get(i).coordinates()).isEqualTo(facts.get(i).coordinates());
                assertThat(stored.isSameValueAs(original)).isTrue();
                assertThat(stored).isEqualTo(original.isNil() ? Amount.zero(store.unit()) : original.to(store.unit()));
            }
        });
    }

    @Test
    void scaledLongsGoInAsTheyAre() {
        ColumnarFacts store = ColumnarFacts.builder(AmountUnit.YUAN, 2)
                .addScaled(at(BASE, "2010301", null), 123_456, Precision.decimals(2))
                .addScaled(at(BASE, "2010302", null), 100, Precision.decimals(0))
                .addScaled(at(BASE, "2080505", null), 5_000_000, Precision.decimals(-4))
                .build();
        assertThat(store.toFactSet().asList()).extracting(Fact::amount).containsExactly(
                Amount.of(new BigDecimal("1234.56"), AmountUnit.YUAN, 2), Amount.of(BigDecimal.ONE, AmountUnit.YUAN, 0),
                Amount.of(new BigDecimal("50000"), AmountUnit.YUAN, -4));
        assertThat(store.rollUp(Dimension.FUNCTION).amount(BASE))
                .contains(Amount.of(new BigDecimal("51235.56"), AmountUnit.YUAN, 2));
        assertThat(store).hasToString("ColumnarFacts[3 facts in 元 at scale 2]");
    }

    @Test
    void refusesBadInput() {
        ColumnarFacts.Builder b = ColumnarFacts.builder(AmountUnit.YUAN, 0);
        assertThatThrownBy(() -> b.add(Coordinates.empty().with(Dimension.FLOW, Flow.EXPENDITURE), wan(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> b.add(BASE, Amount.parseFigure("0.5", AmountUnit.YUAN)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> b.add(BASE, Amount.of(new BigDecimal("1e19"), AmountUnit.YUAN, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> b.addScaled(BASE, 15, Precision.decimals(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond -1");
        assertThatThrownBy(() -> b.addScaled(BASE, 15, Precision.decimals(-30)))
                .isInstanceOf(IllegalArgumentException.class);
        b.addScaled(BASE, 0, Precision.decimals(-30));
        assertThatThrownBy(() -> ColumnarFacts.builder(AmountUnit.YUAN, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnarFacts.builder(AmountUnit.YUAN, 19)).isInstanceOf(IllegalArgumentException.class);
        ColumnarFacts store = b.build();
        assertThat(store.size()).isOne();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.add(BASE, wan(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.rollUp(Dimension.YEAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not hierarchical");
        assertThatThrownBy(() -> store.rollUp(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnarFacts.of(FactSet.of(List.of(Fact.of(
                Amount.exact(new BigDecimal("1e-19"), AmountUnit.YUAN), BASE, Provenance.none())))))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void anEmptyStoreRollsUpToNothing() {
        ColumnarFacts store = ColumnarFacts.of(FactSet.empty());
        assertThat(store.isEmpty()).isTrue();
        RollUp r = store.rollUp(Dimension.FUNCTION);
        assertThat(r.size()).isZero();
        assertThat(r.amount(BASE)).isEmpty();
        assertThat(r.toFactSet().isEmpty()).isTrue();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester t = new NullPointerTester().setDefault(Coordinates.class, BASE)
                .setDefault(Amount.class, wan(1)).setDefault(FactSet.class, FactSet.empty())
                .setDefault(AmountUnit.class, AmountUnit.YUAN).setDefault(Precision.class, Precision.decimals(0))
                .setDefault(Fact.class, Fact.of(wan(1), BASE, Provenance.none()));
        t.testAllPublicStaticMethods(ColumnarFacts.class);
        ColumnarFacts store = ColumnarFacts.of(FactSet.of(List.of(fact(BASE, "2010301", "30101", 1))));
        t.testAllPublicInstanceMethods(store);
        t.testAllPublicInstanceMethods(ColumnarFacts.builder(AmountUnit.YUAN, 0));
        t.testAllPublicInstanceMethods(store.rollUp(Dimension.FUNCTION));
    }

    @Test
    void equalsTheOracleOnAHundredThousandFacts() {
        List<Fact> facts = RandomFacts.generate(20231, 100_000, true, false);
        assertSameAsOracle(facts, List.of(Dimension.FUNCTION, Dimension.ECONOMIC));
    }

    static Amount wan(long value) {
        return Amount.of(BigDecimal.valueOf(value), AmountUnit.TEN_THOUSAND_YUAN, 0);
    }

    static Amount yuan(long value) {
        return Amount.of(BigDecimal.valueOf(value), AmountUnit.YUAN, 0);
    }

    static Coordinates at(Coordinates c, String function, String economic) {
        Coordinates out = c;
        if (function != null) {
            out = out.with(Dimension.FUNCTION, FunctionCode.parse(function));
        }
        if (economic != null) {
            out = out.with(Dimension.ECONOMIC, EconomicCode.parse(economic));
        }
        return out;
    }

    static Fact fact(Coordinates c, String function, String economic, long wan) {
        return Fact.of(wan(wan), at(c, function, economic), Provenance.none());
    }
}
