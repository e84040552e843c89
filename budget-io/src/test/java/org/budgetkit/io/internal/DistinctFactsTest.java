package org.budgetkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;

/**
 * The first repeated fact, found group by group after reading, against the check row by row it
 * replaces (a map of coordinates and provenance, filled in reading order): the same fact, line
 * and earlier line, or none, for inputs from one fact to several groups of a thousand, with
 * repeats rare or common, far apart or adjacent, and facts that differ only in amount.
 */
class DistinctFactsTest {
    private record Key(Coordinates coordinates, Provenance provenance) {
    }

    private static Fact fact(SplittableRandom random, int variety) {
        Coordinates c = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.department("局" + random.nextInt(3)))
                .with(Dimension.FLOW, random.nextBoolean() ? Flow.EXPENDITURE : Flow.REVENUE)
                .with(Dimension.YEAR, FiscalYear.of(2023));
        if (random.nextBoolean()) {
            c = c.with(Dimension.NATURE, random.nextBoolean() ? Nature.BASIC : Nature.PROJECT);
        }
        Provenance p = new Provenance("s" + random.nextInt(2), "表" + random.nextInt(3), "r", "c",
                random.nextInt(variety), 0);
        // The amount plays no part: a repeat may have another.
        return Fact.of(Amount.of(BigDecimal.valueOf(random.nextInt(3)), AmountUnit.YUAN, 0), c, p);
    }

    @Test
    void theFirstRepeatIsTheOneACheckRowByRowFinds() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 5_000), integers().between(1, 100_000))
                .checkAssert((seed, n, variety) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    DistinctFacts facts = new DistinctFacts();
                    List<Fact> all = new ArrayList<>();
                    // Copies of earlier facts: none, one in fifty, one in five thousand.
                    int rate = new int[] {0, 50, 5_000}[random.nextInt(3)];
                    for (int i = 0; i < n; i++) {
                        Fact f = rate > 0 && random.nextInt(rate) == 0 && !all.isEmpty() ? all.get(random.nextInt(all.size()))
                                : fact(random, variety);
                        all.add(f);
                        facts.add(f, 10 + 2 * i);
                    }
                    Map<Key, Integer> seen = new HashMap<>();
                    DistinctFacts.Repeat expected = null;
                    for (int i = 0; i < all.size() && expected == null; i++) {
                        Fact f = all.get(i);
                        Integer before = seen.putIfAbsent(new Key(f.coordinates(), f.provenance()), 10 + 2 * i);
                        if (before != null) {
                            expected = new DistinctFacts.Repeat(f, 10 + 2 * i, before);
                        }
                    }
                    assertThat(facts.firstRepeat()).isEqualTo(expected);
                    assertThat(facts.facts()).isEqualTo(all);
                });
    }

    @Test
    void noRepeatInDistinctFactsEvenWhenOnlyAmountsDiffer() {
        DistinctFacts facts = new DistinctFacts();
        assertThat(facts.firstRepeat()).isNull();
        SplittableRandom random = new SplittableRandom(1);
        Fact f = fact(random, 1);
        facts.add(f, 2);
        assertThat(facts.firstRepeat()).isNull();
        Fact other = f.withAmount(Amount.of(BigDecimal.TEN, AmountUnit.YUAN, 0));
        facts.add(other, 3);
        assertThat(facts.firstRepeat()).isEqualTo(new DistinctFacts.Repeat(other, 3, 2));
    }
}
