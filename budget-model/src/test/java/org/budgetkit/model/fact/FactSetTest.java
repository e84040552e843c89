package org.budgetkit.model.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;

class FactSetTest {
    private static final String BASE = "unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=";

    /** A fact at {@code {BASE<year><rest>}} printed as {@code figure} in {@code table}. */
    static Fact fact(String table, String yearAndRest, String figure, int line) {
        return Fact.of(Amount.parseFigure(figure, AmountUnit.TEN_THOUSAND_YUAN),
                Coordinates.parse("{" + BASE + yearAndRest + "}"), new Provenance("seed.txt", table, "", "", line, 0));
    }

    // Figures of the seed's 表1, 表3 and 表9 (the coordinates simplified).
    static final Fact T1_201 = fact("表1", "2023, function=201", "1,592", 452);
    static final Fact T1_208 = fact("表1", "2023, function=208", "79", 454);
    static final Fact T3_TOTAL = fact("表3", "2023", "1,877", 520);
    static final Fact T3_201 = fact("表3", "2023, function=201", "1,592", 524);
    static final Fact T3_201_BASIC = fact("表3", "2023, function=201, nature=BASIC", "463", 524);
    static final Fact T3_201_PROJECT = fact("表3", "2023, function=201, nature=PROJECT", "1,129", 524);
    static final Fact T9_2022 = fact("表9", "2022, fund_source=GENERAL_PUBLIC_BUDGET, item=THREE_PUBLIC", "4.60", 1138);
    static final Fact T9_CHANGE = fact("表9",
            "2023, fund_source=GENERAL_PUBLIC_BUDGET, item=THREE_PUBLIC, measure=CHANGE", "1.50", 1142);
    static final List<Fact> ALL = List.of(T1_201, T1_208, T3_TOTAL, T3_201, T3_201_BASIC, T3_201_PROJECT, T9_2022,
            T9_CHANGE);
    static final FactSet FACTS = FactSet.of(ALL);

    @Test
    void keepsTheFactsInOrder() {
        assertThat(FACTS.size()).isEqualTo(8);
        assertThat(FACTS.isEmpty()).isFalse();
        assertThat(FACTS.asList()).containsExactlyElementsOf(ALL);
        assertThat(FACTS).containsExactlyElementsOf(ALL);
        assertThat(FACTS.stream().toList()).containsExactlyElementsOf(ALL);
        assertThatThrownBy(() -> FACTS.asList().add(T1_201)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesItsInput() {
        List<Fact> input = new ArrayList<>(ALL);
        FactSet set = FactSet.of(input);
        input.clear();
        assertThat(set.size()).isEqualTo(8);
        assertThatThrownBy(() -> FactSet.of(Arrays.asList(T1_201, null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void emptySetsAreOne() {
        assertThat(FactSet.of(List.of())).isSameAs(FactSet.empty());
        assertThat(FactSet.empty().isEmpty()).isTrue();
        assertThat(FactSet.empty().tables()).isEmpty();
        assertThat(FactSet.empty().coordinates()).isEmpty();
        assertThat(FactSet.empty().at(T1_201.coordinates())).isEmpty();
        assertThat(FactSet.empty().toString()).isEqualTo("FactSet[0 facts]");
    }

    @Test
    void selectKeepsTheOrderOfTheFactsItSelects() {
        FactSet on201 = FACTS.select(FactQuery.any().where(Dimension.FUNCTION, FunctionCode.parse("201")));
        assertThat(on201).containsExactly(T1_201, T3_201, T3_201_BASIC, T3_201_PROJECT);
        assertThat(FACTS.select(FactQuery.any())).isSameAs(FACTS);
        assertThat(FACTS.select(FactQuery.any().where(Dimension.FUNCTION, FunctionCode.parse("202")))).isEmpty();
    }

    @Test
    void atGivesTheFactsAtExactlyTheseCoordinatesOnePerTable() {
        assertThat(FACTS.at(T1_201.coordinates())).containsExactly(T1_201, T3_201);
        assertThat(FACTS.at(T3_201_BASIC.coordinates())).containsExactly(T3_201_BASIC);
        // Not a pattern: {.., function=201} does not find the fact with a nature.
        assertThat(FACTS.at(T3_201_BASIC.coordinates().without(Dimension.UNIT))).isEmpty();
        assertThat(FACTS.at(Coordinates.empty())).isEmpty();
        assertThatThrownBy(() -> FACTS.at(T1_201.coordinates()).add(T1_208))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inTableAndTablesFollowTheProvenance() {
        assertThat(FACTS.inTable("表3")).containsExactly(T3_TOTAL, T3_201, T3_201_BASIC, T3_201_PROJECT);
        assertThat(FACTS.inTable("表9")).containsExactly(T9_2022, T9_CHANGE);
        assertThat(FACTS.inTable("表2")).isEmpty();
        assertThat(FACTS.tables()).containsExactly("表1", "表3", "表9");
    }

    @Test
    void coordinatesAreDistinctInOrderOfFirstAppearance() {
        assertThat(FACTS.coordinates()).containsExactly(T1_201.coordinates(), T1_208.coordinates(),
                T3_TOTAL.coordinates(), T3_201_BASIC.coordinates(), T3_201_PROJECT.coordinates(),
                T9_2022.coordinates(), T9_CHANGE.coordinates());
        assertThatThrownBy(() -> FACTS.coordinates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesAreDistinctInOrderOfFirstAppearance() {
        assertThat(FACTS.values(Dimension.FUNCTION)).containsExactly(FunctionCode.parse("201"),
                FunctionCode.parse("208"));
        assertThat(FACTS.values(Dimension.NATURE)).containsExactly(Nature.BASIC, Nature.PROJECT);
        assertThat(FACTS.values(Dimension.YEAR)).containsExactly(FiscalYear.of(2023), FiscalYear.of(2022));
        // The default measure is not a value: coordinates leave it out.
        assertThat(FACTS.values(Dimension.MEASURE)).containsExactly(Measure.CHANGE);
        assertThat(FACTS.values(Dimension.PROJECT)).isEmpty();
    }

    @Test
    void plusConcatenates() {
        FactSet first = FactSet.of(ALL.subList(0, 3));
        FactSet second = FactSet.of(ALL.subList(3, 8));
        assertThat(first.plus(second)).isEqualTo(FACTS).containsExactlyElementsOf(ALL);
        assertThat(first.plus(FactSet.empty())).isSameAs(first);
        assertThat(FactSet.empty().plus(first)).isEqualTo(first);
        assertThat(first.plus(first).size()).isEqualTo(6);
        assertThat(first.plus(second).at(T1_201.coordinates())).containsExactly(T1_201, T3_201);
    }

    @Test
    void equalityIsOfTheOrderedFacts() {
        new EqualsTester()
                .addEqualityGroup(FACTS, FactSet.of(ALL), FactSet.of(ALL.subList(0, 3)).plus(FactSet.of(ALL.subList(3, 8))))
                .addEqualityGroup(FactSet.of(List.of(T1_208, T1_201)))
                .addEqualityGroup(FactSet.of(List.of(T1_201, T1_208)))
                .addEqualityGroup(FactSet.empty())
                .testEquals();
    }

    @Test
    void toStringNamesTheTables() {
        assertThat(FACTS.toString()).isEqualTo("FactSet[8 facts in 表1, 表3, 表9]");
        Fact loose = Fact.of(T1_201.amount(), T1_201.coordinates(), Provenance.none());
        assertThat(FactSet.of(List.of(loose)).toString()).isEqualTo("FactSet[1 facts]");
    }

    @Test
    void theLazyIndexIsSafeUnderConcurrentFirstUse() throws Exception {
        // Many facts on few coordinates; every thread starts querying a fresh set at the same time.
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            facts.add(fact("表" + (i % 12), "2023, function=2" + String.format("%02d", i % 40 + 1) + ", nature="
                    + (i % 3 == 0 ? "BASIC" : "PROJECT"), Integer.toString(i), i + 1));
        }
        Map<Coordinates, List<Fact>> expected = new LinkedHashMap<>();
        for (Fact f : facts) {
            expected.computeIfAbsent(f.coordinates(), c -> new ArrayList<>()).add(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                FactSet set = FactSet.of(facts);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        for (Map.Entry<Coordinates, List<Fact>> e : expected.entrySet()) {
                            if (!set.at(e.getKey()).equals(e.getValue())) {
                                return false;
                            }
                        }
                        return List.copyOf(set.coordinates()).equals(List.copyOf(expected.keySet()));
                    }));
                }
                start.countDown();
                for (Future<Boolean> r : results) {
                    assertThat(r.get(30, TimeUnit.SECONDS)).isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSize(80);
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(FactSet.class, FACTS);
        tester.setDefault(FactQuery.class, FactQuery.any());
        tester.setDefault(Coordinates.class, Coordinates.empty());
        tester.setDefault(Dimension.class, Dimension.FUNCTION);
        tester.testAllPublicStaticMethods(FactSet.class);
        tester.testAllPublicInstanceMethods(FACTS);
    }
}
