package org.budgetkit.rules.change;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.document.Claim;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Verdict;

/**
 * What checking one claim found: the findings of every check it took part in (against a table
 * figure, the prior year, its own chain of current, change and percent, a breakdown, a count
 * cross-check), or, when the document offers nothing to check it against, why not.
 *
 * <p>For the seed's {@code “三公”经费预算 6.1万元，比 2022 年预算增加 1.5万元，增长 32%}: four findings
 * ({@code claim.amount}, {@code claim.change} twice, {@code claim.percent}) and the overall verdict
 * {@link Verdict#WITHIN_ROUNDING}. Immutable and thread-safe.
 */
public final class ClaimCheck {
    private final Claim claim;
    private final List<Finding> findings;
    private final String english;
    private final String chinese;

    ClaimCheck(Claim claim, List<Finding> findings, String english, String chinese) {
        this.claim = claim;
        this.findings = List.copyOf(findings);
        this.english = english;
        this.chinese = chinese;
    }

    /** @return the claim, never null */
    public Claim claim() {
        return claim;
    }

    /** @return the findings of every check the claim took part in, in order; empty if not checkable, never null */
    public List<Finding> findings() {
        return findings;
    }

    /** @return whether the document offered anything to check the claim against */
    public boolean isCheckable() {
        return !findings.isEmpty();
    }

    /**
     * The worst verdict among the findings: inconsistent over within rounding over exact.
     *
     * @return the verdict, or empty if the claim is not checkable
     */
    public Optional<Verdict> verdict() {
        Verdict worst = null;
        for (Finding f : findings) {
            if (worst == null || f.verdict().ordinal() > worst.ordinal()) {
                worst = f.verdict();
            }
        }
        return Optional.ofNullable(worst);
    }

    /**
     * Why a claim is not checkable, or a summary of its findings.
     *
     * @param locale Chinese for {@code zh}, English otherwise, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimCheck c && c.claim.equals(claim) && c.findings.equals(findings)
                && c.english.equals(english) && c.chinese.equals(chinese);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, findings);
    }

    /** {@code 部门预算收入 2023: … (line 89) → exact}. */
    @Override
    public String toString() {
        return claim + " → " + verdict().map(Verdict::id).orElse("not checkable: " + english);
    }
}
