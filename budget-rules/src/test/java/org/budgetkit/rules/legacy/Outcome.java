package org.budgetkit.rules.legacy;

import java.math.BigDecimal;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.rules.Verdict;

/**
 * The result of evaluating a {@link Check}, in yuan. {@code actual} is the point value of the
 * located term, {@code expected} that of the term it is compared with; {@code tolerance} is how
 * far actual may lie from expected in the direction of the difference (for an exact outcome,
 * the larger of the two directions). For an inconsistent outcome, {@code fixFact} is the figure
 * whose smallest change ({@code fixDelta}, in the figure's own unit) restores consistency.
 *
 * @param check the check, not null
 * @param verdict the verdict, not null
 * @param locTerm the index of the located term
 * @param refTerm the index of the term it is compared with
 * @param actual the located term's point value in yuan, not null
 * @param expected the other term's point value in yuan, not null
 * @param tolerance the slack rounding allows in yuan, not null
 * @param fixFact the figure to change, or null
 * @param fixDelta the change in the figure's unit, or null
 */
public record Outcome(Check check, Verdict verdict, int locTerm, int refTerm, BigDecimal actual, BigDecimal expected,
        BigDecimal tolerance, Fact fixFact, BigDecimal fixDelta) {
}
