package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.budgetkit.model.money.MalformedFigureException.Problem;

/**
 * Parser of the number forms disclosures print: {@code 1,877}, {@code 1877.00},
 * full-width digits, dashes for nil, parenthesised negatives. Package-private: reached
 * through {@link Amount#parseFigure}, {@link Amount#parse} and {@link Percentage#parse}.
 *
 * <p>The text, once white space around it is removed, is either a nil dash form (one or two
 * dashes) or a number {@code [sign] body} or {@code (body)}, where the body is {@code 0}, or
 * digits without a leading zero, or digits grouped by thousands separators ({@code 1,877}), then
 * optionally a point and at least one digit. It is read left to right once; the index of a
 * failure is that of the first character at which the text stops being the beginning of such a
 * number, or, when the whole text is only an incomplete beginning ({@code 1,87}, {@code 1877.},
 * {@code (3}), that of its last character. Two limits are checked first and at a fixed place:
 * more than {@value #MAX_LENGTH} characters (refused at the first one too many, before any other
 * work), and more than {@value #MAX_DIGITS} significant digits or more decimals than allowed
 * (refused at the first digit too many).
 */
final class FigureParser {
    /** Longer text is refused before any other work: no figure needs more. */
    static final int MAX_LENGTH = 64;
    /** Significant digits accepted: far beyond any budget in 元 with fen. */
    static final int MAX_DIGITS = 38;
    /** Decimals accepted in a printed figure: the finest {@link Precision}. */
    static final int MAX_DECIMALS = Precision.MAX_DECIMALS;

    /** A parsed figure: a value whose scale is the number of printed decimals, or nil. */
    record Figure(BigDecimal value, boolean nil) {
        int decimals() {
            return value.scale();
        }
    }

    private FigureParser() {
    }

    static Figure parse(CharSequence text) {
        return parse(text, 0, text.length(), MAX_DECIMALS);
    }

    /**
     * Parses {@code text[from, to)}; indices in exceptions are indices in the whole text.
     *
     * @param maxDecimals the most decimals accepted
     */
    static Figure parse(CharSequence text, int from, int to, int maxDecimals) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new MalformedFigureException(text, from, Problem.EMPTY);
        }
        if (end - start > MAX_LENGTH) {
            throw new MalformedFigureException(text, start + MAX_LENGTH, Problem.TOO_LONG);
        }
        if (isNil(text, start, end)) {
            return new Figure(BigDecimal.ZERO, true);
        }
        int i = start;
        boolean negative = false;
        boolean parenthesised = false;
        char first = normalize(text.charAt(i));
        if (first == '(') {
            parenthesised = true;
            negative = true;
            i++;
        } else if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder(end - i);
        int integerDigits = 0;
        boolean grouped = false;
        int groupDigits = 0;
        int point = -1;
        int decimals = 0;
        int significant = 0;
        boolean closed = false;
        for (; i < end; i++) {
            char c = normalize(text.charAt(i));
            if (closed) {
                throw new MalformedFigureException(text, i,
                        c == ')' ? Problem.UNBALANCED_PARENTHESES : Problem.UNEXPECTED_CHARACTER);
            }
            if (c >= '0' && c <= '9') {
                if (point < 0) {
                    if (integerDigits == 1 && digits.charAt(0) == '0') {
                        throw new MalformedFigureException(text, i, Problem.LEADING_ZERO);
                    }
                    // After a separator, a group has exactly three digits.
                    if (grouped && groupDigits == 3) {
                        throw new MalformedFigureException(text, i, Problem.BAD_GROUPING);
                    }
                    integerDigits++;
                    groupDigits++;
                } else {
                    decimals++;
                }
                if (significant > 0 || c != '0') {
                    if (significant == MAX_DIGITS) {
                        throw new MalformedFigureException(text, i, Problem.TOO_MANY_DIGITS);
                    }
                    significant++;
                }
                if (decimals > maxDecimals) {
                    throw new MalformedFigureException(text, i, Problem.TOO_MANY_DECIMALS);
                }
                digits.append(c);
            } else if (c == ',') {
                // The first group has 1 to 3 digits (not a lone 0), every later group exactly 3.
                if (point >= 0 || integerDigits == 0 || (integerDigits == 1 && digits.charAt(0) == '0')
                        || (grouped ? groupDigits != 3 : groupDigits > 3)) {
                    throw new MalformedFigureException(text, i, Problem.BAD_GROUPING);
                }
                grouped = true;
                groupDigits = 0;
            } else if (c == '.') {
                if (point >= 0 || integerDigits == 0) {
                    throw new MalformedFigureException(text, i, Problem.BAD_DECIMAL_POINT);
                }
                if (grouped && groupDigits != 3) {
                    throw new MalformedFigureException(text, i, Problem.BAD_GROUPING);
                }
                point = digits.length();
            } else if (c == '-' || c == '+') {
                throw new MalformedFigureException(text, i, Problem.BAD_SIGN);
            } else if (c == ')') {
                if (!parenthesised) {
                    throw new MalformedFigureException(text, i, Problem.UNBALANCED_PARENTHESES);
                }
                checkComplete(text, i, integerDigits, grouped, groupDigits, point, digits.length());
                closed = true;
            } else {
                throw new MalformedFigureException(text, i, Problem.UNEXPECTED_CHARACTER);
            }
        }
        checkComplete(text, end - 1, integerDigits, grouped, groupDigits, point, digits.length());
        if (parenthesised && !closed) {
            throw new MalformedFigureException(text, end - 1, Problem.UNBALANCED_PARENTHESES);
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        return new Figure(new BigDecimal(negative ? unscaled.negate() : unscaled, decimals), false);
    }

    /** Throws if the number read so far cannot end at {@code index}. */
    private static void checkComplete(CharSequence text, int index, int integerDigits, boolean grouped,
            int groupDigits, int point, int digitCount) {
        if (integerDigits == 0) {
            throw new MalformedFigureException(text, index, Problem.NO_DIGITS);
        }
        if (point < 0 && grouped && groupDigits != 3) {
            throw new MalformedFigureException(text, index, Problem.BAD_GROUPING);
        }
        if (point == digitCount) {
            throw new MalformedFigureException(text, index, Problem.BAD_DECIMAL_POINT);
        }
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
