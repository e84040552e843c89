/**
 * Real disclosures as data: {@link org.budgetkit.model.sample.PingshanPetitionBureau2023}, the
 * 2023 department budget of 深圳市坪山区信访局 (every figure of its 12 tables and every numeric
 * statement of its narrative, built by hand from the published document), and the text of the
 * published PDF it was built from.
 */
package org.budgetkit.model.sample;
