/**
 * Calculators over facts: aggregation along any hierarchy, reconciliation with interval
 * (rounding) semantics, year-over-year change and the checking of narrative claims.
 *
 * <p>{@link org.budgetkit.rules.Aggregator} rolls facts up along a hierarchical dimension
 * (function, economic category, fund source, nature, special item, budget unit, flow), drills
 * down and cuts by coordinates, exactly (scaled {@code long}s, {@code BigDecimal} past overflow);
 * results are facts with their coordinates and a derived provenance.
 *
 * <p>{@link org.budgetkit.rules.Reconciler#reconcile} checks a document and returns an
 * immutable {@link org.budgetkit.rules.Reconciliation} of {@link org.budgetkit.rules.Finding
 * findings}. Its checks are generated from the facts alone (their coordinates and provenance,
 * so documents read from CSV are checked like those built from tables), in three families
 * listed with their stable ids by {@link org.budgetkit.rules.Rule}:
 * <ol>
 *   <li><b>summations</b> ({@code sum.*}, {@code part.*}): wherever a table prints a value and its
 *       parts along a hierarchy, value = Σ parts; along the open classifications a code a table
 *       does not print counts as zero (a row printed without sub-rows is a leaf of that table);
 *       along fund sources the parts must cover the value's leaves ({@code FundSource.leaves()}),
 *       otherwise they are only checked not to exceed it; "of which" (其中) items are at most
 *       their whole; a department equals the sum of its units when all report, and is at least
 *       the sum of those printed otherwise;
 *   <li><b>agreements</b> ({@code duplicate}, {@code duplicate.derived},
 *       {@code identity.project-function}, {@code identity.basic-economic},
 *       {@code cover.fund-source}, {@code breakdown.*}, {@code reclassified.*}): every figure
 *       printed in two places agrees with the others, also with the sum another table gives of
 *       its breakdown, and with the department value lifted from a table's unit rows (with an
 *       allowance for units that print no rows, bounded by the table's own department total,
 *       sound because amounts are never negative); a table's 财政拨款 expenditure is at most the
 *       same expenditure from all sources, and short of it by no more than the other sources'
 *       revenue; a code one table prints and another, breaking down the same amount, omits, is
 *       compared with zero, and reported as a reclassification (a warning) when the two tables
 *       agree on the common parent;
 *   <li><b>catalogue identities</b> ({@code identity.*}): 收入总计 = 支出总计; 增减变化 = 本年 − 上年;
 *       人员经费 = 301 + 303; 机关运行经费 ≤ 公用经费; "三公" items = their economic categories.
 * </ol>
 *
 * <p><b>Rounding semantics</b> (XBRL Calculations 1.1): a value reported to {@code d} decimals
 * stands for the interval {@code [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]} (round-half) or {@code [v, v + 10⁻ᵈ)}
 * (truncation, {@code Document.convention()}); a summation holds iff the total's interval meets
 * the interval-sum of its parts; figures agree iff their intervals share a value. Mixed
 * precisions (表12's 747.64 against 表4's 748) and units are handled by the intervals, never by a
 * fixed tolerance. Each finding has a verdict: exact (no finding by default), consistent only
 * within rounding (info, with the gap and the tolerance), or inconsistent (error, with the
 * expected value, the tolerance and the smallest change of one figure on its printed grid that
 * restores consistency).
 */
package org.budgetkit.rules;
