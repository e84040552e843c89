package org.budgetkit.model.dimension;

/**
 * The phase of a disclosure: 预算 (budget, before the year) or 决算 (final account, after it).
 *
 * <p>Immutable and thread-safe.
 */
public enum Phase {
    /** 预算: the budget as approved. */
    BUDGET("预算", "budget"),
    /** 决算: the final account of what was spent. */
    FINAL_ACCOUNT("决算", "final account");

    private final String chineseName;
    private final String englishName;

    Phase(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return 预算 or 决算, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, never null */
    public String englishName() {
        return englishName;
    }

    /**
     * Reads a phase by constant name ({@code BUDGET}) or Chinese name ({@code 预算}).
     *
     * @param text the text, not null
     * @return the phase, never null
     * @throws IllegalArgumentException if the text names no phase
     */
    public static Phase parse(CharSequence text) {
        return Labels.parse(Phase.class, text, p -> new String[] {p.chineseName});
    }

    /** @return the Chinese name */
    @Override
    public String toString() {
        return chineseName;
    }
}
