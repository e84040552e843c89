/**
 * Budget classifications: function codes (支出功能分类科目, {@link
 * org.budgetkit.model.classification.FunctionCode}), economic codes (部门预算 and 政府预算支出经济分类科目,
 * {@link org.budgetkit.model.classification.EconomicCode}), and versioned classification trees
 * ({@link org.budgetkit.model.classification.Classification}: edition year, code, official name)
 * with the codes and names observed in real documents bundled, lookup by code and by
 * name-under-parent, loading of a full official list from CSV, and structural acceptance of
 * codes a list does not hold.
 */
package org.budgetkit.model.classification;
