/**
 * The dimensions a budget fact is placed on: {@link org.budgetkit.model.dimension.BudgetUnit
 * budget unit} (部门 and its 单位), {@link org.budgetkit.model.dimension.Flow flow} (收入, 支出),
 * {@link org.budgetkit.model.dimension.FiscalYear fiscal year}, function and economic code,
 * {@link org.budgetkit.model.dimension.FundSource fund source}, {@link
 * org.budgetkit.model.dimension.Nature nature} (基本支出, 项目支出), {@link
 * org.budgetkit.model.dimension.SpecialItem special items} ("三公"经费, 政府采购, 机关运行经费),
 * {@link org.budgetkit.model.dimension.Project project} and {@link
 * org.budgetkit.model.dimension.Measure measure}; the {@link
 * org.budgetkit.model.dimension.Phase phase} of a document; and {@link
 * org.budgetkit.model.dimension.Dimension}, the typed key that names each dimension and its
 * hierarchy.
 */
package org.budgetkit.model.dimension;
