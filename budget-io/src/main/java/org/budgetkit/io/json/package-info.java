/**
 * JSON: {@link org.budgetkit.io.json.BudgetkitModule}, the Jackson module for every model type
 * (registered with {@link java.util.ServiceLoader}, so {@code findAndRegisterModules()} finds
 * it), and {@link org.budgetkit.io.json.BudgetJson}, which reads with limits and typed errors
 * and writes deterministically. Amounts are decimal strings with unit and decimals, never JSON
 * numbers; no type ids or class names appear.
 */
package org.budgetkit.io.json;
