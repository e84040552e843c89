package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.budgetkit.model.money.MalformedFigureException.Problem;

/**
 * Parser of the number forms disclosures print: {@code 1,877}, {@code 1877.00},
 * full-width digits, dashes for nil, parenthesised negatives. Package-private: reached
 * through {@link Amount#parseFigure} and {@link Percentage#parse}.
 */
final class FigureParser {
    /** Longer text is refused before any other work: no figure needs more. */
    static final int MAX_LENGTH = 64;
    /** Significant digits accepted: far beyond any budget in 元 with fen. */
    static final int MAX_DIGITS = 38;

    /** A parsed figure: a value whose scale is the number of printed decimals, or nil. */
    record Figure(BigDecimal value, boolean nil) {
        int decimals() {
            return value.scale();
        }
    }

    private FigureParser() {
    }

    static Figure parse(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new MalformedFigureException(text, 0, Problem.EMPTY);
        }
        if (end - start > MAX_LENGTH) {
            throw new MalformedFigureException(text, start + MAX_LENGTH, Problem.TOO_LONG);
        }
        if (isNil(text, start, end)) {
            return new Figure(BigDecimal.ZERO, true);
        }
        boolean negative = false;
        char first = normalize(text.charAt(start));
        char last = normalize(text.charAt(end - 1));
        if (first == '(') {
            if (last != ')') {
                throw new MalformedFigureException(text, end - 1, Problem.UNBALANCED_PARENTHESES);
            }
            negative = true;
            start++;
            end--;
            char inner = start < end ? normalize(text.charAt(start)) : '0';
            if (inner == '-' || inner == '+') {
                throw new MalformedFigureException(text, start, Problem.BAD_SIGN);
            }
        } else if (last == ')') {
            throw new MalformedFigureException(text, end - 1, Problem.UNBALANCED_PARENTHESES);
        } else if (first == '-' || first == '+') {
            negative = first == '-';
            start++;
        }
        StringBuilder digits = new StringBuilder(end - start);
        int point = -1;
        int groupStart = -1;
        boolean grouped = false;
        int integerDigits = 0;
        for (int i = start; i < end; i++) {
            char c = normalize(text.charAt(i));
            if (c >= '0' && c <= '9') {
                if (point < 0 && integerDigits == 1 && digits.charAt(0) == '0') {
                    throw new MalformedFigureException(text, i - 1, Problem.LEADING_ZERO);
                }
                digits.append(c);
                if (point < 0) {
                    integerDigits++;
                }
            } else if (c == ',') {
                if (point >= 0 || integerDigits == 0) {
                    throw new MalformedFigureException(text, i, Problem.BAD_GROUPING);
                }
                // The first group has 1 to 3 digits, every later group exactly 3.
                int groupLength = grouped ? integerDigits - groupStart : integerDigits;
                if (grouped ? groupLength != 3 : groupLength > 3) {
                    throw new MalformedFigureException(text, i, Problem.BAD_GROUPING);
                }
                grouped = true;
                groupStart = integerDigits;
            } else if (c == '.') {
                if (point >= 0 || integerDigits == 0) {
                    throw new MalformedFigureException(text, i, Problem.BAD_DECIMAL_POINT);
                }
                if (grouped && integerDigits - groupStart != 3) {
                    throw new MalformedFigureException(text, i, Problem.BAD_GROUPING);
                }
                point = digits.length();
            } else if (c == '-' || c == '+') {
                throw new MalformedFigureException(text, i, Problem.BAD_SIGN);
            } else {
                throw new MalformedFigureException(text, i, Problem.UNEXPECTED_CHARACTER);
            }
        }
        if (integerDigits == 0) {
            throw new MalformedFigureException(text, Math.min(start, text.length() - 1), Problem.NO_DIGITS);
        }
        if (point < 0 && grouped && integerDigits - groupStart != 3) {
            throw new MalformedFigureException(text, end - 1, Problem.BAD_GROUPING);
        }
        if (point == digits.length()) {
            throw new MalformedFigureException(text, end - 1, Problem.BAD_DECIMAL_POINT);
        }
        int scale = point < 0 ? 0 : digits.length() - point;
        BigInteger unscaled = new BigInteger(digits.toString());
        if (unscaled.toString().length() > MAX_DIGITS) {
            throw new MalformedFigureException(text, start, Problem.TOO_MANY_DIGITS);
        }
        BigDecimal value = new BigDecimal(negative ? unscaled.negate() : unscaled, scale);
        return new Figure(value, false);
    }

    private static boolean isNil(CharSequence text, int start, int end) {
        if (end - start > 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isDash(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\uFF0D' || c == '\u2014' || c == '\u2013' || c == '\u2015'
                || c == '\u2012' || c == '\u2212' || c == '\u2010';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u202F';
    }

    /** Folds full-width forms and minus signs to ASCII; other characters stay as they are. */
    static char normalize(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) (c - '\uFF10' + '0');
        }
        switch (c) {
            case '\uFF0C':
                return ',';
            case '\uFF0E':
                return '.';
            case '\uFF08':
                return '(';
            case '\uFF09':
                return ')';
            case '\uFF0B':
                return '+';
            case '\uFF0D':
            case '\u2212':
                return '-';
            default:
                return c;
        }
    }
}
