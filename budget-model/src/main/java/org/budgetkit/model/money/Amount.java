package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;

/**
 * An exact amount of money as a disclosure reports it: a decimal value in an
 * {@link AmountUnit}, reported to a {@link Precision}, or nil (printed as a dash).
 *
 * <p>{@code Amount.parseFigure("1,877", TEN_THOUSAND_YUAN)} is {@code 1,877 万元 (±0.5)}: it
 * stands for the {@link #interval() interval} {@code [1876.5, 1877.5]} 万元, and
 * {@link #to(AmountUnit) converts exactly} to {@code 18,770,000 元 (±5,000)}.
 *
 * <p>Equality is equality of the report: value, unit, precision and nil-ness. 1,877 万元 to 0
 * decimals is not equal to 1,877.00 万元 to 2 decimals, nor to 18,770,000 元; use
 * {@link #isSameValueAs(Amount)} to compare values. {@code parse(toString())} returns an equal
 * amount. Values have at most {@value #MAX_DIGITS} digits (trailing zeros of a figure reported to
 * negative decimals included: 18,770,000 元 to -4 decimals has 8) and at most
 * {@value Precision#MAX_DECIMALS} decimals. Arithmetic whose result would not fit throws
 * {@link ArithmeticException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Amount {
    /** The most significant digits an amount may have. */
    public static final int MAX_DIGITS = 38;

    private static final CurrencyUnit CNY = Monetary.getCurrency("CNY");
    private static final MonetaryContext UNLIMITED = MonetaryContextBuilder.of(Money.class)
            .setPrecision(0).set(RoundingMode.UNNECESSARY).build();
    private static final Pattern TEXT = Pattern.compile(
            "(-?[0-9][0-9,]*(?:\\.[0-9]+)?) (元|千元|万元|亿元) \\((exact|±[0-9][0-9,]*(?:\\.[0-9]+)?)\\)");
    private static final Pattern NIL_TEXT = Pattern.compile("— (元|千元|万元|亿元)");

    private final BigDecimal value;
    private final AmountUnit unit;
    private final Precision precision;
    private final boolean nil;

    private Amount(BigDecimal value, AmountUnit unit, Precision precision, boolean nil) {
        this.value = value;
        this.unit = unit;
        this.precision = precision;
        this.nil = nil;
    }

    /**
     * An amount reported to {@code decimals} decimals: {@code of(new BigDecimal("747.64"), 万元, 2)}.
     *
     * @param value the reported value, not null; its digits beyond {@code decimals} must be zero
     * @param unit the unit, not null
     * @param decimals the reported decimals, possibly negative
     * @return the amount, never null
     * @throws IllegalArgumentException if the value has non-zero digits beyond {@code decimals},
     *     more than {@value #MAX_DIGITS} digits, or {@code decimals} is out of range
     */
    public static Amount of(BigDecimal value, AmountUnit unit, int decimals) {
        return of(value, unit, Precision.decimals(decimals));
    }

    /**
     * An amount reported with {@code precision}.
     *
     * @param value the reported value, not null; its digits beyond the precision must be zero
     * @param unit the unit, not null
     * @param precision the precision, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the value has non-zero digits beyond the precision or
     *     more than {@value #MAX_DIGITS} digits
     */
    public static Amount of(BigDecimal value, AmountUnit unit, Precision precision) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(precision, "precision");
        return new Amount(normalize(value, precision), unit, precision, false);
    }

    /**
     * An exact amount: its interval is the value itself.
     *
     * @param value the value, not null
     * @param unit the unit, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the value has more than {@value #MAX_DIGITS} digits or
     *     more than {@value Precision#MAX_DECIMALS} decimals once trailing zeros are removed
     */
    public static Amount exact(BigDecimal value, AmountUnit unit) {
        return of(value, unit, Precision.exact());
    }

    /**
     * An exact zero.
     *
     * @param unit the unit, not null
     * @return the amount, never null
     */
    public static Amount zero(AmountUnit unit) {
        return exact(BigDecimal.ZERO, unit);
    }

    /**
     * The nil amount a dash ({@code -}, {@code －}, {@code —}, {@code –}, {@code ——}) reports: no
     * amount, counted as an exact zero in sums.
     *
     * @param unit the unit, not null
     * @return the amount, never null
     */
    public static Amount nil(AmountUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return new Amount(BigDecimal.ZERO, unit, Precision.exact(), true);
    }

    /**
     * Reads a figure as disclosures print it, its precision being the number of printed
     * decimals: {@code 1,877} (0 decimals), {@code 1877.00} (2), {@code 87267272.44},
     * full-width digits, separators and parentheses ({@code １，８７７．５０}, {@code （131）}), one or
     * two dashes ({@code -}, {@code －}, {@code —}, {@code –}, {@code ——}) for nil, {@code -131},
     * {@code －131} or {@code (131)} for negatives. White space around the figure (including the
     * ideographic space U+3000) is ignored.
     *
     * @param text the printed figure, not null
     * @param unit the unit of the table or sentence it comes from, not null
     * @return the amount, never null
     * @throws MalformedFigureException if the text is any other form: empty, exponents,
     *     misplaced separators, signs or points, leading zeros, letters, more than 64 characters,
     *     38 significant digits or {@value Precision#MAX_DECIMALS} decimals; its
     *     {@link MalformedFigureException#index() index} is that of the first wrong character
     */
    public static Amount parseFigure(CharSequence text, AmountUnit unit) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        FigureParser.Figure figure = FigureParser.parse(text);
        if (figure.nil()) {
            return nil(unit);
        }
        return new Amount(figure.value(), unit, Precision.decimals(figure.decimals()), false);
    }

    /**
     * Reads the form {@link #toString()} writes: {@code 1,877 万元 (±0.5)},
     * {@code 747.64 万元 (±0.005)}, {@code 18,770,000 元 (±5,000)}, {@code 3 元 (exact)},
     * {@code — 万元}. Only that exact form: {@code 1,877 万元 (±0.05)} (the value printed with fewer
     * decimals than its precision), {@code 1877 万元 (±0.5)} (no grouping) or
     * {@code 1.50 元 (exact)} are refused, so that text and amount correspond one to one.
     *
     * @param text the text, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the text is not of that form, or is not exactly what
     *     {@link #toString()} writes for the amount it describes
     */
    public static Amount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher nilMatcher = NIL_TEXT.matcher(text);
        if (nilMatcher.matches()) {
            return nil(AmountUnit.parse(nilMatcher.group(1)));
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount such as \"1,877 万元 (±0.5)\": \"" + text + "\"");
        }
        BigDecimal value = FigureParser.parse(m.group(1)).value();
        AmountUnit unit = AmountUnit.parse(m.group(2));
        String tolerance = m.group(3);
        Precision precision;
        if (tolerance.equals("exact")) {
            precision = Precision.exact();
        } else {
            // Half the resolution of 30 decimals has 31.
            String half = tolerance.substring(1);
            BigDecimal resolution = FigureParser.parse(half, 0, half.length(), Precision.MAX_DECIMALS + 1).value()
                    .multiply(BigDecimal.valueOf(2)).stripTrailingZeros();
            if (!resolution.unscaledValue().equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("tolerance is not half a power of ten: \"" + text + "\"");
            }
            precision = Precision.decimals(resolution.scale());
        }
        Amount amount = of(value, unit, precision);
        String canonical = amount.toString();
        if (!canonical.contentEquals(text)) {
            throw new IllegalArgumentException("not the form toString writes: \"" + text + "\" instead of \""
                    + canonical + "\"");
        }
        return amount;
    }

    /**
     * An amount from a {@link MonetaryAmount} in CNY, expressed in {@code unit} exactly.
     *
     * @param money the money, not null, in CNY
     * @param unit the unit wanted, not null
     * @param precision the precision to report, not null; the value must fit it
     * @return the amount, never null
     * @throws IllegalArgumentException if the currency is not CNY or the value does not fit
     *     the precision
     */
    public static Amount ofMonetary(MonetaryAmount money, AmountUnit unit, Precision precision) {
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(precision, "precision");
        if (!CNY.getCurrencyCode().equals(money.getCurrency().getCurrencyCode())) {
            throw new IllegalArgumentException("not an amount in CNY: " + money);
        }
        BigDecimal yuan = money.getNumber().numberValueExact(BigDecimal.class);
        return of(AmountUnit.YUAN.convert(yuan, unit), unit, precision);
    }

    /**
     * The sum of amounts, in the smallest unit among them, reported to the coarsest precision
     * among them (in that unit); nil counts as an exact zero. The interval of a sum is wider:
     * use {@link #interval()} of each item and {@link Interval#plus}.
     *
     * @param amounts the amounts, not null, not empty, no null element
     * @return the sum, never null
     * @throws IllegalArgumentException if there are no amounts
     * @throws ArithmeticException if a partial sum has non-zero digits beyond the coarser
     *     precision or does not fit {@value #MAX_DIGITS} digits
     */
    public static Amount sum(Iterable<Amount> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        Iterator<Amount> it = amounts.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("cannot sum no amounts: the unit is unknown");
        }
        Amount total = Objects.requireNonNull(it.next(), "amount");
        while (it.hasNext()) {
            total = total.plus(Objects.requireNonNull(it.next(), "amount"));
        }
        return total;
    }

    private static BigDecimal normalize(BigDecimal value, Precision precision) {
        if (value.signum() == 0) {
            return precision.isExact() ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(Math.max(precision.decimals(), 0));
        }
        // Refuse huge magnitudes before any setScale: 1E+1000000000 would otherwise build a
        // billion-digit integer.
        if ((long) value.precision() - value.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException(tooManyDigits(value));
        }
        // Already in normal form (the usual case when reading files): the scale is the reported
        // decimals, or 0 for a whole exact value. Stripping and re-scaling would give an equal
        // value of the same scale, so it is returned as is.
        int scale = value.scale();
        if (precision.isExact() ? scale == 0 : scale == precision.decimals() && scale >= 0) {
            if (value.precision() > MAX_DIGITS) {
                throw new IllegalArgumentException(tooManyDigits(value));
            }
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        BigDecimal v;
        if (precision.isExact()) {
            if (stripped.scale() > Precision.MAX_DECIMALS) {
                throw new IllegalArgumentException(show(value) + " has more than " + Precision.MAX_DECIMALS
                        + " decimals");
            }
            v = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        } else {
            int d = precision.decimals();
            // Compared before setScale, so that setScale never divides by a huge power of ten.
            if (stripped.scale() > d) {
                throw new IllegalArgumentException(show(value) + " has non-zero digits beyond " + d + " decimals");
            }
            v = stripped.setScale(Math.max(d, 0));
        }
        if (v.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException(tooManyDigits(value));
        }
        return v;
    }

    private static String tooManyDigits(BigDecimal value) {
        return "more than " + MAX_DIGITS + " digits: " + show(value);
    }

    /** A value for a message: plain unless that would be absurdly long, then abbreviated. */
    private static String show(BigDecimal value) {
        BigDecimal shown = value.round(new MathContext(MAX_DIGITS + 2, RoundingMode.DOWN));
        String digits = Math.abs((long) shown.scale()) <= 2L * MAX_DIGITS ? shown.toPlainString() : shown.toString();
        return shown.compareTo(value) == 0 ? digits : digits + "...";
    }

    /** An amount computed by arithmetic: a value that does not fit is an overflow. */
    private static Amount computed(BigDecimal value, AmountUnit unit, Precision precision, boolean nil) {
        try {
            return new Amount(normalize(value, precision), unit, precision, nil);
        } catch (IllegalArgumentException e) {
            ArithmeticException overflow = new ArithmeticException(e.getMessage());
            overflow.initCause(e);
            throw overflow;
        }
    }

    /** @return the reported value in {@link #unit()}, with {@code max(decimals, 0)} decimals; zero for nil */
    public BigDecimal value() {
        return value;
    }

    /** @return the unit, never null */
    public AmountUnit unit() {
        return unit;
    }

    /** @return the precision it was reported to (exact for nil), never null */
    public Precision precision() {
        return precision;
    }

    /** @return whether it was reported as nil (a dash) */
    public boolean isNil() {
        return nil;
    }

    /** @return whether the value is zero (nil included) */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** @return whether the value is below zero */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** @return -1, 0 or 1 as the value is negative, zero or positive */
    public int signum() {
        return value.signum();
    }

    /**
     * The interval of true values this figure stands for under round-half
     * ({@link RoundingConvention#HALF}): {@code [1876.5, 1877.5]} for 1,877 to 0 decimals.
     *
     * @return the interval in {@link #unit()}, never null
     */
    public Interval interval() {
        return interval(RoundingConvention.HALF);
    }

    /**
     * The interval of true values this figure stands for under {@code convention}.
     *
     * @param convention the rounding convention, not null
     * @return the interval in {@link #unit()}, never null
     */
    public Interval interval(RoundingConvention convention) {
        return convention.interval(value, precision);
    }

    /**
     * The same amount in {@code target}, exactly, with the precision shifted accordingly:
     * {@code 1,877 万元 (±0.5)} is {@code 18,770,000 元 (±5,000)}.
     *
     * @param target the unit wanted, not null
     * @return the converted amount ({@code this} if the unit is the same), never null
     * @throws IllegalArgumentException if the shifted precision is out of range
     * @throws ArithmeticException if the converted value has more than {@value #MAX_DIGITS}
     *     digits or (exact) more than {@value Precision#MAX_DECIMALS} decimals
     */
    public Amount to(AmountUnit target) {
        Objects.requireNonNull(target, "target");
        if (target == unit) {
            return this;
        }
        int shift = unit.exponent() - target.exponent();
        Precision shifted = precision.shiftedBy(shift);
        return computed(unit.convert(value, target), target, shifted, nil);
    }

    /**
     * The same value reported with another precision, without rounding.
     *
     * @param newPrecision the precision, not null
     * @return the amount ({@code this} if unchanged), never null
     * @throws ArithmeticException if the value has non-zero digits beyond {@code newPrecision}
     *     or would have more than {@value #MAX_DIGITS} digits
     */
    public Amount withPrecision(Precision newPrecision) {
        Objects.requireNonNull(newPrecision, "newPrecision");
        if (newPrecision.equals(precision)) {
            return this;
        }
        return computed(value, unit, newPrecision, false);
    }

    /**
     * The value rounded to {@code decimals} decimals with {@code mode}, reported to that
     * precision: {@code 747.64} rounded to 0 with {@code HALF_UP} is {@code 748}.
     *
     * @param decimals the decimals, not more than this amount's unless it is exact
     * @param mode the rounding mode, not null; {@code UNNECESSARY} throws if digits are lost
     * @return the rounded amount, never null
     * @throws IllegalArgumentException if {@code decimals} is out of range or finer than the
     *     precision
     * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and digits would be lost,
     *     or the rounded value has more than {@value #MAX_DIGITS} digits
     */
    public Amount roundedTo(int decimals, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        Precision target = Precision.decimals(decimals);
        if (!precision.isExact() && target.compareTo(precision) > 0) {
            throw new IllegalArgumentException("cannot round " + this + " to the finer precision of "
                    + decimals + " decimals");
        }
        BigDecimal rounded = value.setScale(decimals, mode);
        return computed(rounded, unit, target, false);
    }

    /**
     * The sum, in the smaller of the two units, reported to the coarser precision. Nil counts
     * as zero. For the interval of the sum, add the {@link #interval() intervals}.
     *
     * <p>No silent rounding: 1.25 (2 decimals) plus 3 (0 decimals) has no value at 0 decimals
     * and throws; round one of them first with {@link #roundedTo}.
     *
     * @param other the other amount, not null
     * @return the sum (nil only if both are nil), never null
     * @throws ArithmeticException if the sum has non-zero digits beyond the coarser precision,
     *     or does not fit {@value #MAX_DIGITS} digits (also when converting to the smaller unit)
     * @throws IllegalArgumentException if a precision cannot be expressed in the smaller unit
     */
    public Amount plus(Amount other) {
        Objects.requireNonNull(other, "other");
        AmountUnit common = unit.exponent() <= other.unit.exponent() ? unit : other.unit;
        Amount a = to(common);
        Amount b = other.to(common);
        if (a.nil && b.nil) {
            return a;
        }
        Precision p = a.precision.coarser(b.precision);
        return computed(a.value.add(b.value), common, p, false);
    }

    /**
     * The difference, in the smaller of the two units, reported to the coarser precision.
     *
     * @param other the other amount, not null
     * @return the difference, never null
     * @throws ArithmeticException if the difference has non-zero digits beyond the coarser
     *     precision, or does not fit {@value #MAX_DIGITS} digits
     * @throws IllegalArgumentException if a precision cannot be expressed in the smaller unit
     */
    public Amount minus(Amount other) {
        return plus(Objects.requireNonNull(other, "other").negated());
    }

    /**
     * The negated amount, with the same precision.
     *
     * @return the negation ({@code this} if zero), never null
     */
    public Amount negated() {
        return value.signum() == 0 ? this : new Amount(value.negate(), unit, precision, false);
    }

    /**
     * The value multiplied by {@code factor}, rounded to this amount's precision with
     * {@code mode} (an exact amount stays exact and is not rounded).
     *
     * @param factor the factor, not null
     * @param mode the rounding mode, not null
     * @return the product, never null
     * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and digits would be lost,
     *     or the product has more than {@value #MAX_DIGITS} digits (or, exact, more than
     *     {@value Precision#MAX_DECIMALS} decimals)
     */
    public Amount multipliedBy(BigDecimal factor, RoundingMode mode) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(mode, "mode");
        BigDecimal product = value.multiply(factor);
        if (!precision.isExact() && product.signum() != 0) {
            int d = precision.decimals();
            // |product| < 10^integerDigits. Decided before setScale, which for a factor such as
            // 1E+1000000000 or 1E-1000000000 would build a power of ten of a billion digits.
            long integerDigits = (long) product.precision() - product.scale();
            if (integerDigits > MAX_DIGITS) {
                throw new ArithmeticException(show(product) + " has more than " + MAX_DIGITS + " digits");
            }
            if (integerDigits <= -(long) d - 2) {
                // Below a hundredth of the resolution: rounds, in every mode, as that hundredth does.
                product = BigDecimal.valueOf(product.signum(), d + 2);
            }
            product = product.setScale(d, mode);
        }
        return computed(product, unit, precision, false);
    }

    /**
     * Whether both amounts have the same value once in the same unit, whatever their
     * precision: 1,877 万元 and 18,770,000.00 元 do.
     *
     * @param other the other amount, not null
     * @return true if the values are equal
     */
    public boolean isSameValueAs(Amount other) {
        return compareValueTo(other) == 0;
    }

    /**
     * Compares values in a common unit, ignoring precision.
     *
     * @param other the other amount, not null
     * @return negative, zero or positive as this value is less than, equal to or greater
     */
    public int compareValueTo(Amount other) {
        Objects.requireNonNull(other, "other");
        return unit.convert(value, AmountUnit.YUAN).compareTo(other.unit.convert(other.value, AmountUnit.YUAN));
    }

    /**
     * The value in yuan as a Moneta {@link Money} in CNY, exactly (no rounding context). The
     * precision is not carried.
     *
     * @return the money, never null
     */
    public MonetaryAmount toMonetaryAmount() {
        return Money.of(unit.convert(value, AmountUnit.YUAN), CNY, UNLIMITED);
    }

    /**
     * The value in {@code target} times {@code 10^scale} as a {@code long}, for exact
     * arithmetic on hot paths: {@code 747.64 万元} in 元 at scale 2 is 747,640,000.
     *
     * @param target the unit, not null
     * @param scale the decimals kept
     * @return the scaled value
     * @throws ArithmeticException if digits would be lost or the result overflows a long
     */
    public long toScaledLong(AmountUnit target, int scale) {
        Objects.requireNonNull(target, "target");
        BigDecimal v = unit.convert(value, target);
        if (v.signum() == 0) {
            return 0L;
        }
        // Decide before setScale, which for a scale such as Integer.MAX_VALUE would build a
        // huge power of ten: |v| * 10^scale >= 10^(integer digits + scale - 1).
        if ((long) v.precision() - v.scale() + scale > 19) {
            throw new ArithmeticException(this + " in " + target.symbol() + " at scale " + scale
                    + " overflows a long");
        }
        if (v.stripTrailingZeros().scale() > scale) {
            throw new ArithmeticException(this + " in " + target.symbol() + " has digits beyond scale " + scale);
        }
        return v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /**
     * The value as a plain decimal string without grouping: {@code 1877}, {@code 747.64},
     * {@code -131}. Never an exponent.
     *
     * @return the plain value, never null
     */
    public String toPlainString() {
        return value.toPlainString();
    }

    /**
     * The value with thousands separators and the unit, without the tolerance:
     * {@code 1,877 万元}, {@code 747.64 万元}, {@code — 万元} for nil.
     *
     * @return the short form, never null
     */
    public String toShortString() {
        return (nil ? "—" : group(value)) + " " + unit.symbol();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && nil == a.nil && unit == a.unit && precision.equals(a.precision)
                && value.equals(a.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit, precision, nil);
    }

    /**
     * The short readable form: {@code 1,877 万元 (±0.5)}, {@code 747.64 万元 (±0.005)},
     * {@code 18,770,000 元 (±5,000)}, {@code 3 元 (exact)}, {@code — 万元} for nil.
     */
    @Override
    public String toString() {
        if (nil) {
            return "— " + unit.symbol();
        }
        String tolerance = precision.isExact() ? "exact"
                : "±" + group(precision.resolution().divide(BigDecimal.valueOf(2)));
        return group(value) + " " + unit.symbol() + " (" + tolerance + ")";
    }

    static String group(BigDecimal v) {
        String plain = v.toPlainString();
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int intEnd = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + 8);
        out.append(plain, 0, sign);
        for (int i = sign; i < intEnd; i++) {
            if (i > sign && (intEnd - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        out.append(plain, intEnd, plain.length());
        return out.toString();
    }
}
