/**
 * Fiscal Data Package export (a {@code datapackage.json} with profile
 * {@code fiscal-data-package} and a CSV resource) for OpenSpending-style tools, and the
 * re-import of budgetkit's own packages: {@link org.budgetkit.io.fdp.FiscalDataPackage}.
 */
package org.budgetkit.io.fdp;
