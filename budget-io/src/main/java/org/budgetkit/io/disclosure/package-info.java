/**
 * Reading published disclosures (部门预算/决算公开): text extracted from their PDF, or the PDF
 * itself through Apache PDFBox, into complete {@link org.budgetkit.model.document.Document}s with
 * page and line provenance, warnings for what could not be placed, and the narrative's lines.
 * Entry point: {@link org.budgetkit.io.disclosure.DisclosureReader}.
 */
package org.budgetkit.io.disclosure;
