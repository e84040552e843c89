/**
 * JSON for the types of budget-rules that budget-io cannot know: {@link
 * org.budgetkit.examples.json.FindingModule}, the Jackson module for findings, registered with
 * {@link java.util.ServiceLoader}.
 */
package org.budgetkit.examples.json;
