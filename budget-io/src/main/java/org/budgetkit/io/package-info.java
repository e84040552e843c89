/**
 * Reading and writing budget data: tidy fact CSV, wide table CSV, JSON, disclosure text and
 * Fiscal Data Package, with typed errors naming source, line and column.
 */
package org.budgetkit.io;
