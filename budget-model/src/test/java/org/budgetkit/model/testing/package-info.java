/**
 * Test generators shared by every module's tests, published in the {@code budget-model}
 * test-jar: QuickTheories {@code Gen}s of amounts, codes, coordinates and facts
 * ({@link org.budgetkit.model.testing.Generators}), and consistent documents with known truth
 * ({@link org.budgetkit.model.testing.ConsistentDocument}) — exact, rounded with a chosen
 * {@code RoundingMode}, or with one figure perturbed — for the reconciliation, aggregation and
 * I/O property tests, plus a deterministic seed-sized document for benchmarks.
 */
package org.budgetkit.model.testing;
