/**
 * The machinery behind {@link org.budgetkit.rules.Reconciler}, not exported: the
 * {@link org.budgetkit.rules.internal.Generator} decides what to compare (checks made of
 * {@link org.budgetkit.rules.internal.Term terms} over facts) from dimensions and provenance
 * alone; the {@link org.budgetkit.rules.internal.Evaluator} decides whether they hold under
 * interval semantics (scaled {@code long}s for the exact fast path, {@code BigDecimal}
 * intervals otherwise); the {@link org.budgetkit.rules.internal.Reporter} words the outcomes.
 * Generation and evaluation are kept apart so that bulk evaluation can move to a columnar store.
 */
package org.budgetkit.rules.internal;
