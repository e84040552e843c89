package org.budgetkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.model.testing.ConsistentDocument;
import org.budgetkit.model.testing.DocumentShape;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The generator's two key spaces give the same checks, and its fast path hands the exact
 * evaluator exactly the checks it cannot decide on longs.
 */
class GeneratorTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();

    private static List<Finding> findings(Document doc, boolean interned) {
        return Reporter.report(doc, Generator.generate(doc, true, interned), true);
    }

    /** Interned keys (the fallback past 63 bits of dictionary ids) against packed ones, check by check. */
    @Test
    void internedKeysGiveThePackedKeysChecks() {
        assertThat(findings(SEED, true)).hasSizeGreaterThan(500).isEqualTo(findings(SEED, false));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 12; i++) {
            DocumentShape shape = new DocumentShape(1 + i % 3, DocumentShape.YEARS.get(i % 5), 1 + random.nextInt(12),
                    1 + random.nextInt(4), i % 4 == 0 ? 2 : 0);
            ConsistentDocument d = ConsistentDocument.of(shape, i % 2 == 0 ? RoundingMode.HALF_UP : RoundingMode.DOWN,
                    random.nextLong());
            Document perturbed = d.perturb(random.nextLong()).document();
            assertThat(findings(perturbed, true)).isEqualTo(findings(perturbed, false));
        }
    }

    @Test
    void theFastPathDecidesEveryCheckOfTheSeedButTheInconsistentOnes() {
        Generator.Result all = Generator.generate(SEED, true);
        assertThat(all.checks()).hasSize(all.count());
        Evaluator exact = new Evaluator(new Numbers(SEED.convention()));
        for (int i = 0; i < all.checks().size(); i++) {
            Outcome slow = exact.evaluate(all.checks().get(i));
            Outcome fast = all.outcomes().get(i);
            if (slow.verdict() == Verdict.INCONSISTENT) {
                assertThat(fast).isNull();
            } else {
                assertThat(fast).isNotNull();
                assertThat(fast.verdict()).isEqualTo(slow.verdict());
                assertThat(fast.actual()).isEqualByComparingTo(slow.actual());
                assertThat(fast.expected()).isEqualByComparingTo(slow.expected());
                assertThat(fast.tolerance()).isEqualByComparingTo(slow.tolerance());
                assertThat(fast.locTerm()).isEqualTo(slow.locTerm());
                assertThat(fast.refTerm()).isEqualTo(slow.refTerm());
            }
        }
        // Without exact checks, only those not exactly consistent are built: the seed's 40 or so.
        Generator.Result some = Generator.generate(SEED, false);
        assertThat(some.count()).isEqualTo(all.count());
        assertThat(some.checks()).hasSizeLessThan(all.count() / 10).isNotEmpty();
    }

    @Test
    void figuresOffTheFastPathSendTheirChecksToTheExactEvaluator() {
        // 9 decimals in yuan: past the common scale of 8, no check is decided on longs.
        Generator.Result fine = Generator.generate(withFirstFact("1876.0000000000001"), true);
        assertThat(fine.outcomes()).hasSize(fine.count()).allMatch(Objects::isNull);
        // 10^20 yuan does not fit a long: the checks it takes part in go to the exact evaluator, the others not.
        Generator.Result huge = Generator.generate(withFirstFact("10000000000000000"), true);
        assertThat(huge.outcomes()).filteredOn(Objects::isNull).isNotEmpty();
        assertThat(huge.outcomes()).filteredOn(Objects::nonNull).hasSizeGreaterThan(huge.count() / 2);
    }

    private static Document withFirstFact(String value) {
        List<Fact> facts = new ArrayList<>(SEED.facts().asList());
        Fact f = facts.get(0);
        facts.set(0, f.withAmount(Amount.exact(new BigDecimal(value), f.amount().unit())));
        return SEED.withFacts(FactSet.of(facts));
    }
}
