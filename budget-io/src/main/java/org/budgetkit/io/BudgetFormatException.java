package org.budgetkit.io;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when input cannot be read as budget data: a malformed number, a ragged row, an
 * unknown column or code, a wrong encoding, a value over a limit, a hostile or broken file.
 * It names the source, the line and column (from 1; 0 when the problem is the whole input,
 * such as an empty file) and the offending text, in English and Chinese.
 *
 * <p>{@code source.csv:12:5: malformed figure "1,87" (thousands separators must separate groups of
 * three digits)}. Nothing is silently dropped or coerced: a reader either returns every figure
 * exactly or throws this.
 */
public final class BudgetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT = 80;

    private final String source;
    private final int line;
    private final int column;
    private final String text;
    private final String english;
    private final String chinese;

    /**
     * An exception naming where and what.
     *
     * @param source the source name (a file name), not null
     * @param line the line, from 1; 0 if not about one line
     * @param column the column, from 1; 0 if not about one column
     * @param text the offending text (shortened to 80 characters), not null
     * @param english what is wrong, in English, not null
     * @param chinese what is wrong, in Chinese, not null
     * @param cause the underlying exception, or null
     */
    public BudgetFormatException(String source, int line, int column, String text, String english, String chinese,
            Throwable cause) {
        super(format(source, line, column, shorten(text), english), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.text = shorten(Objects.requireNonNull(text, "text"));
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String format(String source, int line, int column, String text, String what) {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(what);
        if (text != null && !text.isEmpty()) {
            out.append(": \"").append(text).append('"');
        }
        return out.toString();
    }

    /** @return the source name, never null */
    public String source() {
        return source;
    }

    /** @return the line, from 1; 0 if the problem is not on one line */
    public int line() {
        return line;
    }

    /** @return the column, from 1; 0 if the problem is not at one column */
    public int column() {
        return column;
    }

    /** @return the offending text, at most 80 characters, never null (may be empty) */
    public String text() {
        return text;
    }

    /**
     * The one-line message in the locale's language: Chinese for {@code zh}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if ("zh".equals(locale.getLanguage())) {
            StringBuilder out = new StringBuilder(source);
            if (line > 0) {
                out.append(" 第 ").append(line).append(" 行");
                if (column > 0) {
                    out.append("第 ").append(column).append(" 列");
                }
            }
            out.append("：").append(chinese);
            if (!text.isEmpty()) {
                out.append("：“").append(text).append('”');
            }
            return out.toString();
        }
        return getMessage();
    }
}
