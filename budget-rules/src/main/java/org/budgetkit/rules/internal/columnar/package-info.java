/**
 * The columnar fact store behind {@link org.budgetkit.rules.ColumnarFacts}: dictionary-encoded
 * coordinates packed into one {@code long} (and, past 64 bits, one {@code int}) a fact, amounts
 * as scaled {@code long}s, and the one-pass roll-up over distinct leaves. Not exported: the
 * layout may change with any release.
 */
package org.budgetkit.rules.internal.columnar;
