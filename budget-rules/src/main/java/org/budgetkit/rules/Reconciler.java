package org.budgetkit.rules;

import java.util.List;
import java.util.Objects;
import org.budgetkit.model.document.Document;
import org.budgetkit.rules.internal.Generator;
import org.budgetkit.rules.internal.Reporter;

/**
 * Finds every inconsistency of a disclosure, and never cries wolf over rounding.
 *
 * <p>{@code Reconciler.standard().reconcile(PingshanPetitionBureau2023.document())} has no
 * error; among its findings is the {@code sum.function} info that 表1's 1,592 + 79 + 18 + 187
 * = 1,876 against the printed 1,877 is within rounding (tolerance 2.5 万元).
 *
 * <p>Checks are <em>generated</em> from the facts' dimensions and provenance (see the rule
 * catalogue {@link Rule}): summations along every hierarchy within a table, agreement of every
 * figure printed in two places (also with sums of another table's breakdown, and with the
 * department value lifted from unit rows), fund-source cover, codes one table breaks out and
 * another omits, and the catalogue identities. Each is evaluated with the interval semantics of
 * XBRL Calculations 1.1 (a figure to {@code d} decimals stands for an interval; a summation
 * holds iff the total's interval meets the interval-sum of its parts; duplicates hold iff
 * their intervals meet), never with a fixed tolerance:
 * <ul>
 *   <li>{@link Verdict#EXACT}: the point values agree; no finding unless
 *       {@link #withExactChecks(boolean)};
 *   <li>{@link Verdict#WITHIN_ROUNDING}: an {@link Severity#INFO} with the gap and tolerance;
 *   <li>{@link Verdict#INCONSISTENT}: an {@link Severity#ERROR} (a {@link Severity#WARNING} for
 *       conventional identities such as "三公" against economic codes) with the expected and
 *       actual values, the tolerance, and the smallest change of one figure that restores it.
 * </ul>
 * A code filed differently by two tables whose totals agree is a {@code reclassified.*}
 * warning; a figure a table could not place is an {@code unplaced.figure} warning.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reconciler {
    private static final Reconciler STANDARD = new Reconciler(false);

    private final boolean exactChecks;

    private Reconciler(boolean exactChecks) {
        this.exactChecks = exactChecks;
    }

    /** @return the reconciler with the standard options (no findings for exact checks), never null */
    public static Reconciler standard() {
        return STANDARD;
    }

    /**
     * This reconciler, also reporting every exactly consistent check as an {@link Severity#INFO}
     * with verdict {@link Verdict#EXACT} (its tolerance is the larger slack of the two
     * directions): the full list of what was checked.
     *
     * @param include whether to report exact checks
     * @return a reconciler, never null
     */
    public Reconciler withExactChecks(boolean include) {
        return include == exactChecks ? this : new Reconciler(include);
    }

    /** @return whether exact checks are reported */
    public boolean reportsExactChecks() {
        return exactChecks;
    }

    /**
     * Checks a document.
     *
     * @param document the document, not null
     * @return the reconciliation, never null
     */
    public Reconciliation reconcile(Document document) {
        Objects.requireNonNull(document, "document");
        Generator.Result generated = Generator.generate(document, exactChecks);
        List<Finding> findings = Reporter.report(document, generated, exactChecks);
        return new Reconciliation(findings, generated.count(), document.facts().size());
    }

    @Override
    public String toString() {
        return "Reconciler[" + (exactChecks ? "with" : "without") + " exact checks]";
    }
}
