package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The unit a disclosure prints its amounts in, a power of ten of the yuan (元, CNY).
 *
 * <p>{@code AmountUnit.parse("万元")} is {@link #TEN_THOUSAND_YUAN}, whose
 * {@link #factor() factor} is 10,000. Immutable and thread-safe.
 */
public enum AmountUnit {
    /** 元, the yuan itself. */
    YUAN("元", "yuan", 0),
    /** 千元, a thousand yuan. */
    THOUSAND_YUAN("千元", "thousand yuan", 3),
    /** 万元, ten thousand yuan: the unit of most department budget tables. */
    TEN_THOUSAND_YUAN("万元", "ten thousand yuan", 4),
    /** 亿元, a hundred million yuan. */
    HUNDRED_MILLION_YUAN("亿元", "hundred million yuan", 8);

    private final String symbol;
    private final String englishName;
    private final int exponent;
    private final BigDecimal factor;

    AmountUnit(String symbol, String englishName, int exponent) {
        this.symbol = symbol;
        this.englishName = englishName;
        this.exponent = exponent;
        this.factor = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    /**
     * The Chinese symbol as printed in {@code 单位：万元}, for example {@code 万元}.
     *
     * @return the symbol, never null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The English name, for example {@code ten thousand yuan}.
     *
     * @return the name, never null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * The power of ten of one unit in yuan: 4 for 万元.
     *
     * @return the exponent, 0 to 8
     */
    public int exponent() {
        return exponent;
    }

    /**
     * The value of one unit in yuan: 10,000 for 万元, as an exact {@link BigDecimal} of scale 0
     * or negative scale.
     *
     * @return the factor, never null
     */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * Converts a value in this unit to a value in {@code target} exactly (a decimal shift).
     * {@code TEN_THOUSAND_YUAN.convert(1877, YUAN)} is 18,770,000.
     *
     * @param value the value in this unit, not null
     * @param target the unit wanted, not null
     * @return the same quantity in {@code target}, never null
     */
    public BigDecimal convert(BigDecimal value, AmountUnit target) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        int shift = exponent - target.exponent;
        return shift == 0 ? value : value.scaleByPowerOfTen(shift);
    }

    /**
     * Reads a unit as disclosures print it: {@code 元}, {@code 千元}, {@code 万元}, {@code 亿元}
     * (surrounding white space ignored; also {@code 单位：万元} and {@code 单位:万元}), or the
     * enum constant's name.
     *
     * @param text the printed unit, not null
     * @return the unit, never null
     * @throws IllegalArgumentException if the text names no unit
     */
    public static AmountUnit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip().replace('\u3000', ' ').strip();
        if (s.startsWith("单位")) {
            s = s.substring(2).strip();
            if (s.startsWith("：") || s.startsWith(":")) {
                s = s.substring(1).strip();
            }
        }
        for (AmountUnit unit : values()) {
            if (unit.symbol.equals(s) || unit.name().equals(s.toUpperCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("not an amount unit (元, 千元, 万元, 亿元): \"" + text + "\"");
    }

    /** Returns the symbol, for example {@code 万元}. */
    @Override
    public String toString() {
        return symbol;
    }
}
