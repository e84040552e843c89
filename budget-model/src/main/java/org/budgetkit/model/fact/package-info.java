/**
 * Facts: every number of a disclosure as an exact {@link org.budgetkit.model.money.Amount} at
 * {@link org.budgetkit.model.fact.Coordinates coordinates} on the dimensions, with the
 * {@link org.budgetkit.model.fact.Provenance provenance} (source, table, row, column, line,
 * page) messages name; and immutable {@link org.budgetkit.model.fact.FactSet fact sets} queried
 * by any partial coordinates ({@link org.budgetkit.model.fact.FactQuery}).
 */
package org.budgetkit.model.fact;
