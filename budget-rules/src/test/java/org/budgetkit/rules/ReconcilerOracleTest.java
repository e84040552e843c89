package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.RoundingConvention;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.model.testing.ConsistentDocument;
import org.budgetkit.model.testing.DocumentShape;
import org.budgetkit.rules.legacy.LegacyReconciler;
import org.junit.jupiter.api.Test;

/**
 * The columnar reconciler against the engine it replaced ({@link LegacyReconciler}, kept in the
 * tests): the same findings, field for field (rule, severity, verdict, location, code, expected,
 * actual, tolerance, unit, participants, both messages) and in the same order, and the same
 * number of checks — with and without the exact checks (with them, every generated check is a
 * finding, so the two engines are compared check by check). On the seed and its perturbations,
 * on consistent generated documents of every shape (1–3 units, five years, whole 万元 or two
 * decimals, half-up, half-even and truncated rounding) and their perturbations, and on the tree
 * documents of the property tests.
 */
class ReconcilerOracleTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();

    static Reconciliation assertSameAsOldEngine(Document doc, boolean exactChecks) {
        LegacyReconciler.Result expected = LegacyReconciler.reconcile(doc, exactChecks);
        Reconciliation actual = Reconciler.standard().withExactChecks(exactChecks).reconcile(doc);
        assertSame(expected.findings(), actual.findings(), doc + (exactChecks ? " with exact checks" : ""));
        assertThat(actual.checks()).as("checks of %s", doc).isEqualTo(expected.checks());
        return actual;
    }

    static void assertSame(List<Finding> expected, List<Finding> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            Finding e = expected.get(i);
            Finding a = actual.get(i);
            assertThat(a).as("finding %d of %s:%n  old %s %s%n  new %s %s", i, what, e, e.participants(), a,
                    a.participants()).isEqualTo(e);
            assertThat(a.message(java.util.Locale.CHINESE)).isEqualTo(e.message(java.util.Locale.CHINESE));
        }
        List<Finding> longer = actual.size() > expected.size() ? actual : expected;
        assertThat(actual.size()).as("findings of %s (first unmatched: %s by the %s engine)", what,
                longer.size() == Math.min(expected.size(), actual.size()) ? null
                        : longer.get(Math.min(expected.size(), actual.size())),
                longer == actual ? "new" : "old").isEqualTo(expected.size());
    }

    @Test
    void theSeedGivesTheOldEnginesFindings() {
        assertSameAsOldEngine(SEED, false);
        assertSameAsOldEngine(SEED, true);
        assertThat(Reconciler.standard().withExactChecks(true).reconcile(SEED).findings()).hasSizeGreaterThan(500);
    }

    /** Every third figure of the seed moved by 1 to 7 printed steps: gaps within rounding and errors. */
    @Test
    void perturbedSeedsGiveTheOldEnginesFindings() {
        List<Fact> facts = SEED.facts().asList();
        int errors = 0;
        int documents = 0;
        for (int i = 0; i < facts.size(); i += 3) {
            Fact f = facts.get(i);
            Amount a = f.amount();
            BigDecimal step = a.precision().isExact() ? BigDecimal.ONE : a.precision().resolution();
            BigDecimal delta = step.multiply(BigDecimal.valueOf(i % 14 < 7 ? 1 + i % 7 : -(1 + i % 7)));
            List<Fact> copy = new ArrayList<>(facts);
            copy.set(i, f.withAmount(Amount.of(a.value().add(delta), a.unit(), a.precision())));
            Document doc = SEED.withFacts(FactSet.of(copy));
            errors += assertSameAsOldEngine(doc, false).hasErrors() ? 1 : 0;
            documents++;
        }
        // Not vacuous: most of these documents have errors, with fixes to compare.
        assertThat(errors).isGreaterThan(documents / 2);
    }

    @Test
    void consistentDocumentsOfEveryShapeAndTheirPerturbationsGiveTheOldEnginesFindings() {
        SplittableRandom random = new SplittableRandom(20_231_000L);
        RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN};
        int units = 0;
        for (int i = 0; i < 60; i++) {
            DocumentShape shape = new DocumentShape(1 + random.nextInt(3),
                    DocumentShape.YEARS.get(random.nextInt(DocumentShape.YEARS.size())), 1 + random.nextInt(12),
                    1 + random.nextInt(4), random.nextInt(5) == 0 ? 2 : 0);
            units += shape.units() > 1 ? 1 : 0;
            ConsistentDocument d = ConsistentDocument.of(shape, modes[i % modes.length], random.nextLong());
            assertSameAsOldEngine(d.rounded(), i % 10 == 0);
            assertSameAsOldEngine(d.perturb(random.nextLong()).document(), false);
            if (i % 15 == 0) {
                assertSameAsOldEngine(d.exact(), true);
            }
        }
        assertThat(units).as("documents with several units").isGreaterThan(20);
    }

    /**
     * Figures the fast path cannot hold: one with 13 decimals in 万元, 9 in yuan (the common
     * scale would pass 8: every check goes to the exact evaluator) and one of 10^20 yuan (too large for a
     * long at any scale: the checks using it do), each in a seed perturbed by a step, so that
     * errors with fixes are compared too.
     */
    @Test
    void figuresOffTheFastPathGiveTheOldEnginesFindings() {
        List<Fact> facts = SEED.facts().asList();
        for (String value : new String[] {"1876.0000000000001", "100000000000000000000"}) {
            for (int i : new int[] {0, 100, 300, 500}) {
                List<Fact> copy = new ArrayList<>(facts);
                Fact f = facts.get(i);
                copy.set(i, f.withAmount(Amount.exact(new BigDecimal(value), f.amount().unit())));
                Fact g = facts.get(i + 1);
                Amount b = g.amount();
                copy.set(i + 1, g.withAmount(Amount.of(b.value().add(b.precision().resolution()), b.unit(),
                        b.precision())));
                Document doc = SEED.withFacts(FactSet.of(copy));
                assertSameAsOldEngine(doc, false);
                assertSameAsOldEngine(doc, true);
            }
        }
    }

    @Test
    void treeDocumentsGiveTheOldEnginesFindings() {
        for (long seed = 0; seed < 60; seed++) {
            int decimals = (int) (seed % 3);
            TreeDocuments.Printing printing = seed % 4 == 0 ? TreeDocuments.Printing.exact()
                    : new TreeDocuments.Printing(decimals, seed % 2 == 0 ? RoundingMode.HALF_EVEN : RoundingMode.DOWN,
                            seed % 2 == 0 ? RoundingConvention.HALF : RoundingConvention.TRUNCATE);
            assertSameAsOldEngine(TreeDocuments.generate(seed * 7919, printing).document(), seed % 5 == 0);
        }
    }
}
