package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

/**
 * Changes every figure of the seed that takes part in a check, one at a time, by more than its
 * rounding allows, and requires an error naming that figure (its table, row, column and line
 * among the error's participants). "More than its rounding allows": the smallest change on the
 * figure's printed grid beyond twice the largest tolerance of any check it takes part in (the
 * tolerance of a check is at least the slack in either direction, so such a change breaks it
 * whatever its gap before).
 */
class ReconcilerPerturbationTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();

    @Test
    void everyConstrainedFigureIsGuardedByAnError() {
        Reconciliation all = Reconciler.standard().withExactChecks(true).reconcile(SEED);
        Map<Provenance, BigDecimal> tolerance = new HashMap<>();
        for (Finding f : all.findings()) {
            if (f.tolerance().isEmpty() || f.rule().startsWith("unplaced") || f.rule().startsWith("unit.")) {
                continue;
            }
            assertThat(f.unit()).isEqualTo("万元");
            for (Provenance p : f.participants()) {
                tolerance.merge(p, f.tolerance().get(), BigDecimal::max);
            }
        }
        Set<Provenance> distinct = new HashSet<>();
        for (Fact f : SEED.facts()) {
            assertThat(distinct.add(f.provenance())).as("provenance identifies a figure: %s", f).isTrue();
        }
        // Every printed figure of the seed takes part in some check.
        assertThat(tolerance.keySet()).containsAll(distinct);
        // The slack is never generous: no check of the seed allows more than 10 万元.
        assertThat(tolerance.values()).allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(BigDecimal.TEN));

        List<String> unguarded = new ArrayList<>();
        List<Fact> facts = SEED.facts().asList();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Amount a = f.amount();
            BigDecimal step = a.precision().resolution();
            BigDecimal limit = tolerance.get(f.provenance()).multiply(BigDecimal.valueOf(2));
            BigDecimal delta = limit.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(step);
            Fact changed = f.withAmount(Amount.of(a.value().add(delta), a.unit(), a.precision()));
            List<Fact> copy = new ArrayList<>(facts);
            copy.set(i, changed);
            Reconciliation r = Reconciler.standard().reconcile(SEED.withFacts(FactSet.of(copy)));
            boolean named = r.findings(Severity.ERROR).stream()
                    .anyMatch(e -> e.participants().contains(f.provenance()) || e.location().equals(f.provenance()));
            if (!named) {
                unguarded.add(f + " +" + delta);
            }
        }
        assertThat(unguarded).isEmpty();
    }
}
