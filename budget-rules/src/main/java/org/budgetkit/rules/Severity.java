package org.budgetkit.rules;

import java.util.Locale;

/**
 * How much a finding matters: an {@link #ERROR} is an inconsistency the figures cannot
 * explain; a {@link #WARNING} deserves a reader's attention (a figure filed under another code,
 * say); an {@link #INFO} explains something harmless (a gap within rounding).
 *
 * <p>Immutable and thread-safe.
 */
public enum Severity {
    /** An inconsistency: the figures contradict each other beyond rounding. */
    ERROR("error", "错误"),
    /** Worth a look, though the figures may be right. */
    WARNING("warning", "警告"),
    /** An explanation, such as a difference within rounding. */
    INFO("info", "提示");

    private final String id;
    private final String chineseName;

    Severity(String id, String chineseName) {
        this.id = id;
        this.chineseName = chineseName;
    }

    /** @return {@code error}, {@code warning} or {@code info}, never null */
    public String id() {
        return id;
    }

    /**
     * The name in the locale's language.
     *
     * @param locale the locale, not null
     * @return 错误/警告/提示 for {@code zh}, the id otherwise, never null
     */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chineseName : id;
    }

    /**
     * The severity with this id.
     *
     * @param id {@code error}, {@code warning} or {@code info}, not null
     * @return the severity, never null
     * @throws IllegalArgumentException for any other id
     */
    public static Severity ofId(String id) {
        for (Severity s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a severity (error, warning, info): \"" + id + "\"");
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }
}
