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
import org.budgetkit.model.dimension.Dimension;
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
