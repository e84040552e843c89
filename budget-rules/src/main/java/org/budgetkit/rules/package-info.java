/**
 * Calculators over facts: aggregation along any hierarchy, reconciliation with interval
 * (rounding) semantics, year-over-year change and the checking of narrative claims.
 */
package org.budgetkit.rules;
