/**
 * CSV formats: {@link org.budgetkit.io.csv.TidyCsv tidy fact CSV} (one fact a row, a column
 * for every coordinate, the exact amount, its unit and decimals, and provenance) and
 * {@link org.budgetkit.io.csv.WideCsv wide table CSV} (a table as published, rows by the
 * template's columns, read back through the template into facts). Both read UTF-8 (with or
 * without byte order mark) and GB18030/GBK, CRLF or LF, strictly and within limits.
 */
package org.budgetkit.io.csv;
