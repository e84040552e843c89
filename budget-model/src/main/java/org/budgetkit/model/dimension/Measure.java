package org.budgetkit.model.dimension;

/**
 * What a figure measures: the amount itself, or its change from the previous year (the
 * 增减变化金额 row of a "三公" table).
 *
 * <p>Immutable and thread-safe.
 */
public enum Measure {
    /** The amount (the default: coordinates without a measure mean this). */
    AMOUNT("金额"),
    /** The change from the previous fiscal year: 增减变化金额. */
    CHANGE("增减变化金额", "增减变化", "增减额", "增减");

    private final String chineseName;
    private final String[] names;

    Measure(String chineseName, String... aliases) {
        this.chineseName = chineseName;
        this.names = new String[aliases.length + 1];
        names[0] = chineseName;
        System.arraycopy(aliases, 0, names, 1, aliases.length);
    }

    /** @return the Chinese name, never null */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Reads a measure by constant name or Chinese name.
     *
     * @param text the text, not null
     * @return the measure, never null
     * @throws IllegalArgumentException if the text names no measure
     */
    public static Measure parse(CharSequence text) {
        return Labels.parse(Measure.class, text, m -> m.names);
    }

    /** @return the Chinese name */
    @Override
    public String toString() {
        return chineseName;
    }
}
