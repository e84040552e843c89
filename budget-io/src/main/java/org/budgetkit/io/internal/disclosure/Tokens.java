package org.budgetkit.io.internal.disclosure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words of a disclosure are: figures, codes, years, labels; and label normalisation. */
final class Tokens {
    /** A figure as tables print it: 1,877; 1877.00; 87267272.44; 0; a parenthesised or minus negative. */
    private static final Pattern FIGURE = Pattern.compile(
            "[-\u2212]?(?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\\.[0-9]+)?"
                    + "|\\((?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\\.[0-9]+)?\\)");
    /** A function or economic code: 3, 5 or 7 digits. */
    private static final Pattern CODE = Pattern.compile("[235][0-9]{2}(?:[0-9]{2}){0,2}");
    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");
    /** Words a count or date follows a number with: the number is then no amount. */
    private static final String NOT_AMOUNT_AFTER = "年月日个人家辆台套次项件%％名万元类款期批";
    /** An amount glued to the label after it, as some PDFs place them: 27,664.22小计. */
    private static final Pattern GLUED_AMOUNT_FIRST = Pattern.compile(
            "([-\u2212]?[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[-\u2212]?[0-9]+\\.[0-9]+)([^0-9.,%].*)");
    private static final Pattern GLUED_AMOUNT_LAST = Pattern.compile(
            "(.*[^0-9.,\\-\u2212])([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+\\.[0-9]+)");
    /** A code glued to its name: 310资本性支出. */
    private static final Pattern GLUED_CODE = Pattern.compile("([235][0-9]{2}(?:[0-9]{2}){0,2})(\\p{IsHan}.*)");
    /** A leading list marker: 一、 1. （一） ⒈. */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]{1,2}[、.．](?![0-9])|[\u2488-\u249B])");

    private Tokens() {
    }

    static boolean isFigure(String text) {
        return FIGURE.matcher(text).matches();
    }

    private static final Pattern LIST_NUMBER = Pattern.compile("[0-9]{1,2}[.、．]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^[0-9]{4}年度?");
    private static final Pattern NUMERIC = Pattern.compile("[-−(]?[0-9][0-9,.]*\\)?");

    /** Whether a word is made of digits, separators and signs only (a figure, well formed or not). */
    static boolean looksNumeric(String text) {
        // 1. and 2、 are list markers, 01 a code part: not figures gone wrong
        return NUMERIC.matcher(text).matches() && !LIST_NUMBER.matcher(text).matches() && !isTwoDigits(text);
    }

    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    static boolean isTwoDigits(String text) {
        return TWO_DIGITS.matcher(text).matches();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether the word that follows a number makes it a year, a count or a date, not an amount. */
    static boolean qualifiesNumber(String next) {
        return !next.isEmpty() && NOT_AMOUNT_AFTER.indexOf(next.charAt(0)) >= 0;
    }

    static boolean startsWithListMarker(String text) {
        return LIST_MARKER.matcher(text.strip()).find();
    }

    /**
     * Splits a PDF word where an amount or a code touches a label ({@code 27,664.22小计},
     * {@code 310资本性支出}); other words stay whole.
     */
    static List<String> splitGlued(String text) {
        Matcher m = GLUED_AMOUNT_FIRST.matcher(text);
        if (m.matches() && !qualifiesNumber(m.group(2))) {
            return List.of(m.group(1), m.group(2));
        }
        m = GLUED_AMOUNT_LAST.matcher(text);
        if (m.matches() && isHan(m.group(1).charAt(m.group(1).length() - 1))) {
            return List.of(m.group(1), m.group(2));
        }
        m = GLUED_CODE.matcher(text);
        if (m.matches() && !qualifiesNumber(m.group(2))) {
            return List.of(m.group(1), m.group(2));
        }
        return List.of(text);
    }

    /**
     * A label reduced for comparison: no white space, full-width ASCII folded, curly quotes
     * straight, no leading list marker ({@code 一、}, {@code 1.}), no leading {@code 其中：}.
     */
    static String norm(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - '\uFF01' + '!');
            } else if (c == '\u201C' || c == '\u201D' || c == '\u300C' || c == '\u300D') {
                c = '"';
            } else if (c == '\u2018' || c == '\u2019') {
                c = '\'';
            } else if (c == '\u3001') {
                c = '、';
            }
            out.append(c);
        }
        String s = out.toString();
        for (boolean again = true; again;) {
            again = false;
            Matcher m = LIST_MARKER.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                again = true;
            }
            if (s.startsWith("其中:")) {
                s = s.substring(3);
                again = true;
            }
        }
        return s;
    }

    /** A title reduced for matching: {@link #norm} without a leading year ({@code 2025年}, {@code 2019年度}). */
    static String normTitle(CharSequence text) {
        return LEADING_YEAR.matcher(norm(text)).replaceFirst("");
    }

    /** Joins label words: CJK runs without a space, Latin letters and digits with one. */
    static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && isAsciiWord(out.charAt(out.length() - 1)) && isAsciiWord(p.charAt(0))) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
