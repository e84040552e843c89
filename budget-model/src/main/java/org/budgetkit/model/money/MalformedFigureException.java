package org.budgetkit.model.money;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a printed figure is not one of the number forms disclosures use. Names the
 * offending text and the index of the first character that is wrong, so a reader can turn it
 * into a line and column.
 *
 * <p>{@code Amount.parseFigure("1,87", 万元)} throws one with {@link #problem()}
 * {@link Problem#BAD_GROUPING} and {@link #index()} 3 (the text ends inside a group);
 * {@code "1 877"} fails at index 1 with {@link Problem#UNEXPECTED_CHARACTER}; {@code "007"} at
 * index 1 with {@link Problem#LEADING_ZERO}.
 */
public final class MalformedFigureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with a figure, in English and Chinese. */
    public enum Problem {
        /** Nothing but white space. */
        EMPTY("empty figure", "数字为空"),
        /** More characters than any figure has. */
        TOO_LONG("figure too long", "数字过长"),
        /** Too many significant digits. */
        TOO_MANY_DIGITS("too many digits", "数字位数过多"),
        /** More decimals than the finest {@link Precision} ({@value Precision#MAX_DECIMALS}). */
        TOO_MANY_DECIMALS("too many decimals", "小数位数过多"),
        /** A character that no figure contains. */
        UNEXPECTED_CHARACTER("unexpected character", "非法字符"),
        /** Thousands separators not in groups of three. */
        BAD_GROUPING("thousands separators must separate groups of three digits", "千位分隔符位置错误"),
        /** A decimal point without digits after it, or two points. */
        BAD_DECIMAL_POINT("misplaced decimal point", "小数点位置错误"),
        /** A zero before other integer digits. */
        LEADING_ZERO("leading zero", "整数部分有前导零"),
        /** A sign in the wrong place, or a sign inside parentheses. */
        BAD_SIGN("misplaced sign", "正负号位置错误"),
        /** An opening parenthesis without its closing one, or the reverse. */
        UNBALANCED_PARENTHESES("unbalanced parentheses", "括号不配对"),
        /** No digits at all. */
        NO_DIGITS("no digits", "没有数字");

        private final String english;
        private final String chinese;

        Problem(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        /**
         * The description in the locale's language: Chinese for {@code zh}, English otherwise.
         *
         * @param locale the locale, not null
         * @return the description, never null
         */
        public String describe(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? chinese : english;
        }
    }

    /** The offending text, abbreviated to 80 characters. */
    private final String text;
    /** The index of the first wrong character in the text given to the parser. */
    private final int index;
    /** What is wrong. */
    private final Problem problem;

    MalformedFigureException(CharSequence text, int index, Problem problem) {
        super(problem.english + " at index " + index + " in \"" + abbreviate(text) + "\"");
        this.text = abbreviate(text);
        this.index = index;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 80 ? text.toString() : text.subSequence(0, 77) + "...";
    }

    /** @return the offending text (at most 80 characters), never null */
    public String text() {
        return text;
    }

    /**
     * The index, from 0, of the first wrong character in the text given to the parser (white
     * space before the figure included): the first character at which the text, read left to
     * right, stops being the beginning of a figure; the last character if the text is only an
     * incomplete beginning ({@code 1,87}, {@code 1877.}, {@code (3}); 0 for blank text; the
     * 65th character of the figure if it is too long; the first digit too many if it has too
     * many digits or decimals.
     *
     * @return the index, from 0
     */
    public int index() {
        return index;
    }

    /** @return what is wrong, never null */
    public Problem problem() {
        return problem;
    }

    /**
     * The message in the locale's language (Chinese for {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if ("zh".equals(locale.getLanguage())) {
            return "数字“" + text + "”第 " + (index + 1) + " 个字符处" + problem.chinese;
        }
        return getMessage();
    }
}
