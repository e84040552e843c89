/**
 * Disclosure documents: a {@link org.budgetkit.model.document.Document} holds the metadata
 * (department, units, year, phase, unit of amounts), its {@link
 * org.budgetkit.model.document.Table tables} as laid out, built through {@link
 * org.budgetkit.model.document.TableTemplate table templates} that map rows and columns to
 * coordinates, its facts, the numeric {@link org.budgetkit.model.document.Claim claims} of its
 * narrative and its {@link org.budgetkit.model.document.PerformanceIndicator performance
 * indicators}.
 */
package org.budgetkit.model.document;
