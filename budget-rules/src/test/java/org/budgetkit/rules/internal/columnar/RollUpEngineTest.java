package org.budgetkit.rules.internal.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.math.BigDecimal;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.rules.ColumnarFacts;
import org.budgetkit.rules.RandomFacts;
import org.budgetkit.rules.RollUpOracle;
import org.budgetkit.rules.TestAccess;
import org.junit.jupiter.api.Test;

/** Every way the engine can take gives the oracle's totals. */
class RollUpEngineTest {
    private static final List<Dimension<?>> DIMS = List.of(Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.FUND_SOURCE);
    private static final List<RollUpEngine.Options> WAYS = List.of(
            new RollUpEngine.Options(RollUpEngine.Mode.DENSE, Integer.MAX_VALUE, 1 << 16, 1 << 22),
            new RollUpEngine.Options(RollUpEngine.Mode.SPARSE, Integer.MAX_VALUE, 1 << 16, 1 << 22),
            new RollUpEngine.Options(RollUpEngine.Mode.AUTO, 0, 1 << 16, 1 << 22),
            new RollUpEngine.Options(RollUpEngine.Mode.DENSE, 0, 1, 1 << 22),
            new RollUpEngine.Options(RollUpEngine.Mode.SPARSE, 0, 1, 1 << 22));

    private static Map<Coordinates, Amount> totals(Totals t) {
        Map<Coordinates, Amount> out = new LinkedHashMap<>();
        t.forEach(out::put);
        assertThat(t.size()).isEqualTo(out.size());
        return out;
    }

    @Test
    void everyWayGivesTheOracleTotals() {
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 80), integers().between(0, WAYS.size() - 1))
                .checkAssert((seed, count, way) -> {
                    List<Fact> facts = RandomFacts.generate(seed, count, true, false);
                    // Scatter the facts half of the time: groups are then gathered by a counting sort.
                    if (seed % 2 == 0) {
                        Collections.shuffle(facts, new Random(seed));
                    }
                    ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
                    FactColumns columns = TestAccess.columns(store);
                    Map<Coordinates, Amount> expected = RollUpOracle.rollUp(facts, DIMS, store.unit()).totals();
                    Totals t = RollUpEngine.rollUp(columns, DIMS, WAYS.get(way));
                    assertThat(totals(t)).isEqualTo(expected);
                    expected.forEach((c, a) -> assertThat(t.amount(c)).contains(a));
                });
    }

    @Test
    void everyWayRefusesOverlappingFacts() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 30), integers().between(0, WAYS.size() - 1))
                .checkAssert((seed, count, way) -> {
                    List<Fact> facts = RandomFacts.generate(seed, count, false, false);
                    ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
                    RollUpOracle.Result expected = RollUpOracle.rollUp(facts, DIMS, store.unit());
                    if (expected.overlap().isPresent()) {
                        assertThatThrownBy(() -> RollUpEngine.rollUp(TestAccess.columns(store), DIMS, WAYS.get(way)))
                                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
                    } else {
                        assertThat(totals(RollUpEngine.rollUp(TestAccess.columns(store), DIMS, WAYS.get(way))))
                                .isEqualTo(expected.totals());
                    }
                });
    }

    /** Every unit × every 项 × every 款 × every source: the shape of the benchmark. */
    private static List<Fact> crossProduct(long seed, List<FunctionCode> functions, List<EconomicCode> economics,
            List<FundSource> sources, int units) {
        Random r = new Random(seed);
        List<Fact> out = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            Coordinates cu = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.unit("局", "单位" + u))
                    .with(Dimension.FLOW, Flow.EXPENDITURE).with(Dimension.YEAR, FiscalYear.of(2023));
            for (FunctionCode f : functions) {
                for (EconomicCode e : economics) {
                    for (FundSource s : sources) {
                        out.add(Fact.of(Amount.of(BigDecimal.valueOf(r.nextInt(2_000_000) - 100_000, 2),
                                AmountUnit.TEN_THOUSAND_YUAN, 2), cu.with(Dimension.FUNCTION, f)
                                .with(Dimension.ECONOMIC, e).with(Dimension.FUND_SOURCE, s), Provenance.none()));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void fullGroupsTakeTheSharedPatternAndAgreeWithTheOracle() {
        List<FunctionCode> functions = RandomFacts.FUNCTION_LEAVES;
        List<EconomicCode> economics = RandomFacts.ECONOMIC_LEAVES;
        List<FundSource> sources = List.of(FundSource.BASIC_APPROPRIATION, FundSource.BUSINESS_INCOME,
                FundSource.OTHER_FUNDS);
        List<List<Dimension<?>>> cases = List.of(List.of(Dimension.FUNCTION, Dimension.ECONOMIC),
                List.of(Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.FUND_SOURCE));
        for (List<Dimension<?>> dims : cases) {
            List<Fact> facts = crossProduct(dims.size(), functions, economics, sources, 5);
            ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
            Map<Coordinates, Amount> expected = RollUpOracle.rollUp(facts, dims, store.unit()).totals();
            // Extra cells 1: units (and sources not rolled up) make the groups, not cell dimensions.
            int groups = dims.contains(Dimension.FUND_SOURCE) ? 5 : 5 * 3;
            for (RollUpEngine.Options way : List.of(new RollUpEngine.Options(RollUpEngine.Mode.AUTO, 1 << 17, 1, 1 << 22),
                    new RollUpEngine.Options(RollUpEngine.Mode.DENSE, 0, 1, 1 << 22))) {
                Totals t = RollUpEngine.rollUp(TestAccess.columns(store), dims, way);
                assertThat(((BlockTotals) t).shape()).isEqualTo("full=" + groups + ", dense=0, sparse=0");
                assertThat(totals(t)).isEqualTo(expected);
            }
            // One fact fewer: that unit's group is no longer full and takes the general path.
            List<Fact> fewer = new ArrayList<>(facts);
            fewer.remove(17);
            ColumnarFacts partial = ColumnarFacts.of(FactSet.of(fewer));
            Totals t = RollUpEngine.rollUp(TestAccess.columns(partial), dims,
                    new RollUpEngine.Options(RollUpEngine.Mode.AUTO, 1 << 17, 1, 1 << 22));
            assertThat(((BlockTotals) t).shape()).isEqualTo("full=" + (groups - 1) + ", dense=1, sparse=0");
            // With the units as a cell dimension: one group, full until a fact is missing.
            assertThat(((BlockTotals) RollUpEngine.rollUp(TestAccess.columns(store), dims,
                    RollUpEngine.Options.defaults())).shape()).isEqualTo("full=1, dense=0, sparse=0");
            assertThat(totals(t)).isEqualTo(RollUpOracle.rollUp(fewer, dims, partial.unit()).totals());
        }
    }

    @Test
    void aFullGroupWithAValueAndItsAncestorIsRefused() {
        List<Fact> facts = crossProduct(1, List.of(FunctionCode.parse("2010301"), FunctionCode.parse("20103")),
                RandomFacts.ECONOMIC_LEAVES, List.of(FundSource.BASIC_APPROPRIATION), 2);
        ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
        assertThatThrownBy(() -> RollUpEngine.rollUp(TestAccess.columns(store), DIMS, RollUpEngine.Options.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("function=20103,");
    }

    @Test
    void refusesKeysWiderThanNinetySixBits() {
        int[] distinct = new int[Dimension.all().size()];
        int[] present = new int[distinct.length];
        java.util.Arrays.fill(distinct, 1 << 10);
        java.util.Arrays.fill(present, 5);
        assertThatThrownBy(() -> new KeyLayout(distinct, present, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("96 bits");
        distinct[0] = 1 << 5; // 9 × 11 + 6 = 105 bits
        distinct[1] = 1;
        distinct[2] = 1;
        present[1] = 10;
        present[2] = 10; // constants take no bit: 7 × 11 + 6 = 83
        KeyLayout layout = new KeyLayout(distinct, present, 10);
        assertThat(layout.bitsLo + layout.bitsHi).isEqualTo(83);
        assertThat(layout.hasHi()).isTrue();
    }

    @Test
    void primitiveMapsAgreeWithHashMap() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 3000)).checkAssert((seed, n) -> {
            Random r = new Random(seed);
            LongPairIntMap pairs = new LongPairIntMap(4);
            IntIntMap ints = new IntIntMap(4);
            Map<List<Long>, Integer> expectedPairs = new HashMap<>();
            Map<Integer, Integer> expectedInts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long a = r.nextInt(50) - 25L;
                int b = r.nextInt(3);
                int v = pairs.putIfAbsent(a, b, expectedPairs.size());
                assertThat(v).isEqualTo(expectedPairs.computeIfAbsent(List.of(a, (long) b), k -> expectedPairs.size()));
                int key = r.nextInt(400);
                assertThat(ints.putIfAbsent(key, i)).isEqualTo(expectedInts.computeIfAbsent(key, k -> -1) < 0
                        ? storeAndGet(expectedInts, key, i) : expectedInts.get(key));
            }
            assertThat(pairs.size()).isEqualTo(expectedPairs.size());
            expectedPairs.forEach((k, v) -> assertThat(pairs.get(k.get(0), k.get(1).intValue())).isEqualTo(v));
            assertThat(pairs.get(1L << 40, 7)).isEqualTo(-1);
        });
    }

    private static int storeAndGet(Map<Integer, Integer> map, int key, int value) {
        map.put(key, value);
        return value;
    }

    @Test
    void storesHoldTheFactsTheyWereGiven() {
        List<Fact> facts = new ArrayList<>(RandomFacts.generate(7, 500, false, false));
        FactColumns columns = TestAccess.columns(ColumnarFacts.of(FactSet.of(facts)));
        for (int i = 0; i < facts.size(); i++) {
            assertThat(columns.coordinates(i)).isEqualTo(facts.get(i).coordinates());
            assertThat(columns.amount(i).isSameValueAs(facts.get(i).amount())).isTrue();
        }
    }
}
