/**
 * The machinery behind {@link org.budgetkit.rules.Reconciler}, not exported. The
 * {@link org.budgetkit.rules.internal.Generator} decides what to compare from dimensions and
 * provenance alone, working on dictionary-encoded facts ({@code EncodedFacts}: coordinates as
 * packed {@code long} keys of a {@code KeySpace}, values as scaled {@code long}s) in
 * open-addressing maps, and decides on the way which checks hold exactly; only the others become
 * {@link org.budgetkit.rules.internal.Check checks} of {@link org.budgetkit.rules.internal.Term
 * terms} over facts. Those are evaluated under interval semantics on scaled {@code long}s where
 * they hold within rounding ({@code LongEvaluator}), and by the
 * {@link org.budgetkit.rules.internal.Evaluator} with {@code BigDecimal} intervals otherwise
 * (an inconsistency and its smallest fix, a figure too large for a {@code long}); the
 * {@link org.budgetkit.rules.internal.Reporter} words the outcomes in English and Chinese.
 */
package org.budgetkit.rules.internal;
