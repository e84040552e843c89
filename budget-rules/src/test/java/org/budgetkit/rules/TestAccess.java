package org.budgetkit.rules;

import org.budgetkit.rules.internal.columnar.FactColumns;

/** Reaches the package-private insides of the public API, for tests. */
public final class TestAccess {
    private TestAccess() {
    }

    /**
     * @param store a store
     * @return its columns
     */
    public static FactColumns columns(ColumnarFacts store) {
        return store.columns();
    }

    /**
     * @param rollUp a roll-up
     * @return whether it was computed with {@code BigDecimal}
     */
    public static boolean isWide(RollUp rollUp) {
        return rollUp.totals().isWide();
    }
}
