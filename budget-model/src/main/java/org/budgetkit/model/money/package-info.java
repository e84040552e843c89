/**
 * Exact amounts of money as disclosures print them: a decimal value, the unit it is
 * printed in ({@link org.budgetkit.model.money.AmountUnit 元, 千元, 万元, 亿元}), the
 * {@link org.budgetkit.model.money.Precision precision} it was rounded to, and the
 * {@link org.budgetkit.model.money.Interval interval} of true values such a rounded figure
 * stands for; percentages as printed; parsing of the number forms disclosures use.
 * No binary floating point anywhere: values are {@link java.math.BigDecimal}
 * and every loss of digits is an explicit {@link java.math.RoundingMode}.
 */
package org.budgetkit.model.money;
