/**
 * The reconciliation engine as it was before issue 8's columnar rewrite (checks generated over
 * {@code Coordinates} hash maps, evaluated one by one), kept verbatim in the tests as an oracle:
 * {@link org.budgetkit.rules.legacy.LegacyReconciler} gives the findings the rewritten
 * {@link org.budgetkit.rules.Reconciler} must reproduce, field for field and in the same order.
 */
package org.budgetkit.rules.legacy;
