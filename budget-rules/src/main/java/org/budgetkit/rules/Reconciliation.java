package org.budgetkit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link Reconciler#reconcile}: the findings (errors first, then warnings, then
 * infos, each in the order the checks were generated), their counts per severity, and how many
 * checks and facts were examined.
 *
 * <p>{@code Reconciler.standard().reconcile(document).hasErrors()} is false for the seed.
 * Immutable and thread-safe.
 */
public final class Reconciliation {
    private final List<Finding> findings;
    private final Map<Severity, Integer> counts;
    private final int checks;
    private final int facts;

    Reconciliation(List<Finding> findings, int checks, int facts) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        this.findings = List.copyOf(sorted);
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        for (Finding f : findings) {
            c.merge(f.severity(), 1, Integer::sum);
        }
        this.counts = c;
        this.checks = checks;
        this.facts = facts;
    }

    /** @return every finding, errors first, never null */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity, not null
     * @return the findings, never null
     */
    public List<Finding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * How many findings have a severity.
     *
     * @param severity the severity, not null
     * @return the count
     */
    public int count(Severity severity) {
        return counts.get(Objects.requireNonNull(severity, "severity"));
    }

    /** @return whether any finding is an error */
    public boolean hasErrors() {
        return counts.get(Severity.ERROR) > 0;
    }

    /** @return how many checks were generated (exact ones included) */
    public int checks() {
        return checks;
    }

    /** @return how many facts the document has */
    public int facts() {
        return facts;
    }

    /** {@code Reconciliation[705 facts, 1,234 checks: 0 errors, 1 warning, 12 infos]}. */
    @Override
    public String toString() {
        return "Reconciliation[" + facts + " facts, " + checks + " checks: " + count(Severity.ERROR) + " errors, "
                + count(Severity.WARNING) + " warnings, " + count(Severity.INFO) + " infos]";
    }
}
