/**
 * Year-over-year change and the checking of narrative claims: {@link org.budgetkit.rules.change.Change}
 * (absolute change, direction, percent with explicit rounding, 新增 for a zero base, the standard
 * Chinese and English sentence), {@link org.budgetkit.rules.change.Judgement} (interval-exact
 * verdicts on a stated amount, sum, percent change or share given the rounding of every figure it
 * rests on) and {@link org.budgetkit.rules.change.ClaimChecker}, which checks every
 * {@link org.budgetkit.model.document.Claim} of a document against its tables and against itself.
 */
package org.budgetkit.rules.change;
