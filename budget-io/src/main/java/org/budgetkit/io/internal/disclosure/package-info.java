/**
 * Internals of the disclosure reader: lines rebuilt from text or from a PDF's text positions,
 * table spotting by title, the layouts of the known templates, and the row and column
 * reconstruction that turns printed tables into facts. Not exported.
 */
package org.budgetkit.io.internal.disclosure;
