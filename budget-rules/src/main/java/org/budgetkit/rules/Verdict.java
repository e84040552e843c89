package org.budgetkit.rules;

import java.util.Locale;

/**
 * The outcome of one check under interval (rounding) semantics.
 *
 * <p>Immutable and thread-safe.
 */
public enum Verdict {
    /** The reported figures agree exactly. */
    EXACT("exact", "完全一致"),
    /** They differ, but by no more than their rounding allows. */
    WITHIN_ROUNDING("within-rounding", "舍入误差内一致"),
    /** They differ by more than their rounding allows. */
    INCONSISTENT("inconsistent", "不一致");

    private final String id;
    private final String chineseName;

    Verdict(String id, String chineseName) {
        this.id = id;
        this.chineseName = chineseName;
    }

    /** @return {@code exact}, {@code within-rounding} or {@code inconsistent}, never null */
    public String id() {
        return id;
    }

    /**
     * The name in the locale's language.
     *
     * @param locale the locale, not null
     * @return the Chinese name for {@code zh}, the id otherwise, never null
     */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chineseName : id;
    }

    /**
     * The verdict with this id.
     *
     * @param id the id, not null
     * @return the verdict, never null
     * @throws IllegalArgumentException for an unknown id
     */
    public static Verdict ofId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a verdict: \"" + id + "\"");
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }
}
