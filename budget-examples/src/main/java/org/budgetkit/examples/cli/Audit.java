package org.budgetkit.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetkit.model.document.Document;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Reconciler;
import org.budgetkit.rules.Reconciliation;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;
import org.budgetkit.rules.change.ClaimCheck;
import org.budgetkit.rules.change.ClaimChecker;

/**
 * The audit of one document: reconciliation of its tables and the check of its narrative
 * claims. Exact results are counted, not listed, unless asked for.
 */
final class Audit {
    private final Document document;
    private final Reconciliation reconciliation;
    private final List<ClaimCheck> claims;
    private final List<Finding> findings;

    private Audit(Document document, Reconciliation reconciliation, List<ClaimCheck> claims, boolean exact) {
        this.document = document;
        this.reconciliation = reconciliation;
        this.claims = claims;
        List<Finding> all = new ArrayList<>(reconciliation.findings());
        for (ClaimCheck c : claims) {
            for (Finding f : c.findings()) {
                if (exact || f.verdict() != Verdict.EXACT) {
                    all.add(f);
                }
            }
        }
        all.sort(Comparator.comparing((Finding f) -> f.severity()));
        this.findings = List.copyOf(all);
    }

    static Audit of(Document document, boolean exact) {
        return new Audit(document, Reconciler.standard().withExactChecks(exact).reconcile(document),
                ClaimChecker.check(document), exact);
    }

    Document document() {
        return document;
    }

    Reconciliation reconciliation() {
        return reconciliation;
    }

    List<ClaimCheck> claims() {
        return claims;
    }

    /** Every finding, errors first. */
    List<Finding> findings() {
        return findings;
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    long claims(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict().map(v -> v == verdict).orElse(false)).count();
    }

    long uncheckableClaims() {
        return claims.stream().filter(c -> !c.isCheckable()).count();
    }
}
