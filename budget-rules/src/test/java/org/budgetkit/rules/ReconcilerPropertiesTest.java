package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.RoundingConvention;
import org.junit.jupiter.api.Test;

/** Reconciliation of generated trees: exact data is silent, rounded data is never wrong, a change is caught. */
class ReconcilerPropertiesTest {
    private static final Reconciler RECONCILER = Reconciler.standard();

    @Test
    void exactDataYieldsNoFinding() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Document doc = TreeDocuments.generate(seed, TreeDocuments.Printing.exact()).document();
            assertThat(RECONCILER.reconcile(doc).findings()).isEmpty();
        });
    }

    @Test
    void dataRoundedHalfUpOrHalfEvenNeverYieldsAnError() {
        qt().withExamples(80)
                .forAll(longs().all(), integers().between(0, 2),
                        arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN))
                .checkAssert((seed, decimals, mode) -> {
                    Document doc = TreeDocuments.generate(seed,
                            new TreeDocuments.Printing(decimals, mode, RoundingConvention.HALF)).document();
                    assertThat(RECONCILER.reconcile(doc).findings(Severity.ERROR)).isEmpty();
                });
    }

    @Test
    void dataTruncatedUnderTheTruncationConventionNeverYieldsAnError() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 2)).checkAssert((seed, decimals) -> {
            Document doc = TreeDocuments.generate(seed,
                    new TreeDocuments.Printing(decimals, RoundingMode.DOWN, RoundingConvention.TRUNCATE)).document();
            assertThat(RECONCILER.reconcile(doc).findings(Severity.ERROR)).isEmpty();
        });
    }

    /**
     * A leaf of 表3 changed by {@code (c + 2)} printed steps, {@code c} its parent's number of
     * children: the parent's summation has {@code c + 1} figures, so a tolerance of
     * {@code (c + 1)/2} steps, and rounding left a gap of at most that; the change exceeds twice it.
     */
    @Test
    void aSinglePerturbedLeafBeyondToleranceAlwaysYieldsAnErrorNamingIt() {
        qt().withExamples(80)
                .forAll(longs().all(), integers().between(0, 2),
                        arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN), integers().between(0, 2001))
                .checkAssert((seed, decimals, mode, choice) -> {
                    int pick = choice / 2;
                    String column = choice % 2 == 0 ? "基本支出" : "项目支出";
                    TreeDocuments.Generated g = TreeDocuments.generate(seed,
                            new TreeDocuments.Printing(decimals, mode, RoundingConvention.HALF));
                    List<String> leaves = new ArrayList<>(g.leafSiblings().keySet());
                    String leaf = leaves.get(pick % leaves.size());
                    int siblings = g.leafSiblings().get(leaf);
                    BigDecimal delta = g.step().multiply(BigDecimal.valueOf(siblings + 2L));
                    Document doc = g.document();
                    Fact f = TreeDocuments.leafFact(doc, leaf, column);
                    List<Fact> facts = new ArrayList<>(doc.facts().asList());
                    Amount a = f.amount();
                    facts.set(facts.indexOf(f), f.withAmount(Amount.of(a.value().add(delta), a.unit(), a.precision())));
                    Reconciliation r = RECONCILER.reconcile(doc.withFacts(FactSet.of(facts)));
                    assertThat(r.findings(Severity.ERROR))
                            .anySatisfy(e -> assertThat(e.participants()).contains(f.provenance()));
                });
    }
}
