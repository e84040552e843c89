package org.budgetkit.io.internal;

import java.math.BigDecimal;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;

/**
 * Strict reading of the exact forms budgetkit writes: plain decimals ({@code -131},
 * {@code 747.64}, never {@code 1E+2}, {@code +5}, {@code 007} or {@code 1,877}), precisions
 * ({@code 2}, {@code -4}, {@code INF}), amount units (元, 千元, 万元, 亿元), whole numbers.
 * Length is checked before anything else, so a megabyte-long number costs nothing.
 */
public final class Numbers {
    /** The text of a nil amount. */
    public static final String NIL = "—";

    private Numbers() {
    }

    /** What is wrong with a number, in both languages; {@code index} is the first bad character. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        /** In English. */
        public final String english;
        /** In Chinese. */
        public final String chinese;

        Problem(String english, String chinese) {
            super(english, null, false, false);
            this.english = english;
            this.chinese = chinese;
        }
    }

    /**
     * Reads a plain decimal.
     *
     * @param text the text
     * @param maxDigits the most digits allowed
     * @return the value, its scale the number of decimals written
     * @throws Problem if the text is not a plain decimal of at most {@code maxDigits} digits
     */
    public static BigDecimal plainDecimal(String text, int maxDigits) throws Problem {
        int n = text.length();
        if (n == 0) {
            throw new Problem("empty amount", "金额为空");
        }
        if (n > maxDigits + 2) {
            throw new Problem("more than " + maxDigits + " digits", "数字位数超过 " + maxDigits + " 位");
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            throw new Problem("not a plain decimal number (digits, optionally a minus sign and a decimal point)",
                    "不是十进制数字（只允许数字、负号和小数点）");
        }
        if (digits > 1 && text.charAt(intStart) == '0') {
            throw new Problem("leading zero", "整数部分有前导零");
        }
        if (i < n) {
            if (text.charAt(i) != '.' || i == n - 1) {
                throw new Problem("not a plain decimal number (digits, optionally a minus sign and a decimal point)",
                        "不是十进制数字（只允许数字、负号和小数点）");
            }
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
            if (i < n) {
                throw new Problem("not a plain decimal number (digits, optionally a minus sign and a decimal point)",
                        "不是十进制数字（只允许数字、负号和小数点）");
            }
        }
        if (digits > maxDigits) {
            throw new Problem("more than " + maxDigits + " digits", "数字位数超过 " + maxDigits + " 位");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() == 0 && text.charAt(0) == '-') {
            throw new Problem("negative zero", "负零");
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Reads a precision: {@code INF} or a whole number of decimals from -30 to 30.
     *
     * @param text the text
     * @return the precision
     * @throws Problem if it is neither
     */
    public static Precision precision(String text) throws Problem {
        if (text.equals("INF")) {
            return Precision.exact();
        }
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        boolean ok = n > start && n - start <= 2 && !(n - start == 2 && text.charAt(start) == '0')
                && !(start == 1 && text.equals("-0"));
        for (int i = start; i < n && ok; i++) {
            ok = isDigit(text.charAt(i));
        }
        int d = ok ? Integer.parseInt(text) : Integer.MIN_VALUE;
        if (!ok || d < Precision.MIN_DECIMALS || d > Precision.MAX_DECIMALS) {
            throw new Problem("decimals must be INF or a whole number from " + Precision.MIN_DECIMALS + " to "
                    + Precision.MAX_DECIMALS, "小数位数必须是 INF 或 " + Precision.MIN_DECIMALS + " 到 "
                    + Precision.MAX_DECIMALS + " 的整数");
        }
        return Precision.decimals(d);
    }

    /**
     * Reads an amount unit by its symbol only: 元, 千元, 万元, 亿元.
     *
     * @param text the text
     * @return the unit
     * @throws Problem for anything else
     */
    public static AmountUnit unit(String text) throws Problem {
        for (AmountUnit u : AmountUnit.values()) {
            if (u.symbol().equals(text)) {
                return u;
            }
        }
        throw new Problem("unknown amount unit (元, 千元, 万元, 亿元)", "未知的金额单位（元、千元、万元、亿元）");
    }

    /**
     * Reads a whole number from 0 to {@code Integer.MAX_VALUE} without sign or leading zeros.
     *
     * @param text the text
     * @return the number
     * @throws Problem otherwise
     */
    public static int count(String text) throws Problem {
        int n = text.length();
        if (n > 0 && n < 10 && (n == 1 || text.charAt(0) != '0')) {
            // Nine digits at most: no overflow, no Long.parseLong.
            int v = 0;
            int i = 0;
            while (i < n && isDigit(text.charAt(i))) {
                v = v * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == n) {
                return v;
            }
        }
        boolean ok = n > 0 && n <= 10 && !(n > 1 && text.charAt(0) == '0');
        for (int i = 0; i < n && ok; i++) {
            ok = isDigit(text.charAt(i));
        }
        long v = ok ? Long.parseLong(text) : -1;
        if (!ok || v > Integer.MAX_VALUE) {
            throw new Problem("not a whole number from 0 to " + Integer.MAX_VALUE, "不是 0 到 " + Integer.MAX_VALUE
                    + " 的整数");
        }
        return (int) v;
    }

    /**
     * The amount a value, unit and precision state, written exactly as {@link #text(Amount)}
     * writes it: a value with other decimals than its precision, or digits beyond it, is refused
     * rather than rounded or padded.
     *
     * @param text the value as written, or {@link #NIL}
     * @param unit the unit
     * @param precision the precision
     * @param maxDigits the most digits
     * @return the amount
     * @throws Problem if the value is malformed or does not match the precision
     */
    public static Amount amount(String text, AmountUnit unit, Precision precision, int maxDigits) throws Problem {
        Amount common = commonAmount(text, unit, precision, maxDigits);
        if (common != null) {
            return common;
        }
        if (text.equals(NIL)) {
            if (!precision.isExact()) {
                throw new Problem("a nil amount (—) has decimals INF", "空金额（—）的小数位数应为 INF");
            }
            return Amount.nil(unit);
        }
        BigDecimal value = plainDecimal(text, maxDigits);
        Amount amount;
        try {
            amount = Amount.of(value, unit, precision);
        } catch (IllegalArgumentException e) {
            throw new Problem(e.getMessage(), precision.isExact() ? "数字位数过多"
                    : "数值在 " + precision + " 位小数之后还有非零数字");
        }
        if (!amount.toPlainString().equals(text)) {
            throw new Problem("the amount is not written with the decimals it states (" + precision + "): expected "
                    + amount.toPlainString(), "金额的小数位与声明的小数位数（" + precision + "）不一致，应为 "
                    + amount.toPlainString());
        }
        return amount;
    }

    /**
     * The usual amounts in one pass over the text, without the intermediate strings and
     * values of {@link #amount}: at most 18 digits, written with exactly the decimals the
     * precision states (0 or more), or exact and whole, or exact with decimals not ending in
     * 0. Every such text is one {@link #amount} accepts, and the amount is the one it returns
     * (the same value and scale: {@code BigDecimal.valueOf(unscaled, decimals)} is
     * {@code new BigDecimal(text)}, and its plain string is the text). Anything else, valid
     * or not, is left to {@link #amount}: null.
     */
    private static Amount commonAmount(String text, AmountUnit unit, Precision precision, int maxDigits) {
        int n = text.length();
        if (n == 0 || n > 20) {
            return null;
        }
        boolean negative = text.charAt(0) == '-';
        int i = negative ? 1 : 0;
        int intStart = i;
        long unscaled = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                break;
            }
            unscaled = unscaled * 10 + (c - '0');
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || (intDigits > 1 && text.charAt(intStart) == '0')) {
            return null;
        }
        int decimals = 0;
        if (i < n) {
            if (text.charAt(i) != '.') {
                return null;
            }
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (!isDigit(c)) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                decimals++;
                i++;
            }
            if (decimals == 0) {
                return null;
            }
        }
        int digits = intDigits + decimals;
        if (digits > 18 || digits > maxDigits || (negative && unscaled == 0)) {
            return null;
        }
        if (precision.isExact() ? decimals > 0 && text.charAt(n - 1) == '0' : precision.decimals() != decimals) {
            return null;
        }
        return Amount.of(BigDecimal.valueOf(negative ? -unscaled : unscaled, decimals), unit, precision);
    }

    /**
     * The exact text of an amount: its plain value, or {@link #NIL}.
     *
     * @param amount the amount
     * @return the text
     */
    public static String text(Amount amount) {
        return amount.isNil() ? NIL : amount.toPlainString();
    }
}
