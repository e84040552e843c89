/**
 * Claims from the narrative of a disclosure (its 文字部分): {@link org.budgetkit.io.narrative.NarrativeReader}
 * finds every numeric statement (amounts, changes from a comparison year, percents, shares, counts,
 * and the parts of 包括/其中 breakdowns), binds each to the coordinates it speaks of (budget unit by the
 * section headings and the names in the sentence, function by name through the classification,
 * special items, nature, fund source) and to its year and comparison year, as
 * {@link org.budgetkit.model.document.Claim}s for the checker in budget-rules.
 */
package org.budgetkit.io.narrative;
