package org.budgetkit.io.internal;

import org.budgetkit.io.BudgetFormatException;

/** Shorthands for {@link BudgetFormatException}s. */
public final class Errors {
    private Errors() {
    }

    /**
     * An exception at a line and column.
     *
     * @param source the source name
     * @param line the line, from 1
     * @param column the column, from 1; 0 if not about one column
     * @param text the offending text
     * @param english what is wrong, in English
     * @param chinese what is wrong, in Chinese
     * @return the exception, to be thrown
     */
    public static BudgetFormatException at(String source, int line, int column, String text, String english,
            String chinese) {
        return new BudgetFormatException(source, line, column, text == null ? "" : text, english, chinese, null);
    }

    /**
     * An exception at a line and column, with a cause.
     *
     * @param source the source name
     * @param line the line, from 1
     * @param column the column, from 1; 0 if not about one column
     * @param text the offending text
     * @param english what is wrong, in English
     * @param chinese what is wrong, in Chinese
     * @param cause the cause
     * @return the exception, to be thrown
     */
    public static BudgetFormatException at(String source, int line, int column, String text, String english,
            String chinese, Throwable cause) {
        return new BudgetFormatException(source, line, column, text == null ? "" : text, english, chinese, cause);
    }

    /**
     * Shows control characters of a text (for messages): {@code \r}, {@code \t}, {@code \n}.
     *
     * @param text the text
     * @return the visible text
     */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length() && i < 200; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(c == '\r' ? "\\r" : c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            return text;
        }
        return out.toString();
    }
}
