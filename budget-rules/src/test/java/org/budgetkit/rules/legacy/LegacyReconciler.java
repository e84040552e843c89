package org.budgetkit.rules.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetkit.model.document.Document;
import org.budgetkit.rules.Finding;

/** The pre-columnar reconciliation engine, as an oracle for tests. Stateless. */
public final class LegacyReconciler {
    private LegacyReconciler() {
    }

    /** The findings and the number of checks, as {@code Reconciliation} holds them. */
    public record Result(List<Finding> findings, int checks) {
    }

    /**
     * Reconciles a document with the old engine.
     *
     * @param document the document
     * @param exactChecks whether exact checks get a finding too
     * @return the findings (errors first, then warnings, then infos, each in check order) and
     *     the number of checks
     */
    public static Result reconcile(Document document, boolean exactChecks) {
        Generator.Result generated = Generator.generate(document);
        List<Finding> findings = new ArrayList<>(Reporter.report(document, generated, exactChecks));
        findings.sort(Comparator.comparing(Finding::severity));
        return new Result(List.copyOf(findings), generated.checks().size());
    }
}
