/**
 * Internals shared by the budgetkit readers and writers: strict decoding with charset
 * detection, CSV records (RFC 4180, as jackson-dataformat-csv reads it) with limits and positions, strict decimal
 * text, cell neutralisation against spreadsheet formulas, cached reading of dimension values.
 * Not exported: nothing here is API.
 */
package org.budgetkit.io.internal;
