package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded interval of exact decimal numbers, each bound closed or open: the set of true
 * values a rounded figure may stand for.
 *
 * <p>A figure 1,877 reported to whole units under round-half stands for
 * {@code [1876.5, 1877.5]}; under truncation for {@code [1877, 1878)}. Interval arithmetic is
 * exact: {@code closed(1, 2).plus(closed(3, 4))} is {@code [4, 6]}. {@code parse(toString())}
 * returns an equal interval. Immutable and thread-safe.
 */
public final class Interval {
    private static final Pattern TEXT = Pattern.compile(
            "([\\[(])\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*,\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*([\\])])");

    private final BigDecimal lower;
    private final boolean lowerClosed;
    private final BigDecimal upper;
    private final boolean upperClosed;

    private Interval(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {
        this.lower = lower;
        this.lowerClosed = lowerClosed;
        this.upper = upper;
        this.upperClosed = upperClosed;
    }

    /**
     * An interval with the given bounds.
     *
     * @param lower the lower bound, not null
     * @param lowerClosed whether {@code lower} belongs to the interval
     * @param upper the upper bound, not null
     * @param upperClosed whether {@code upper} belongs to the interval
     * @return the interval, never null
     * @throws IllegalArgumentException if the interval is empty ({@code lower > upper}, or equal
     *     bounds not both closed)
     */
    public static Interval of(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        int c = lower.compareTo(upper);
        if (c > 0 || (c == 0 && !(lowerClosed && upperClosed))) {
            throw new IllegalArgumentException("empty interval: "
                    + format(lower, lowerClosed, upper, upperClosed));
        }
        return new Interval(lower, lowerClosed, upper, upperClosed);
    }

    /**
     * The closed interval {@code [lower, upper]}.
     *
     * @param lower the lower bound, not null
     * @param upper the upper bound, not null
     * @return the interval, never null
     * @throws IllegalArgumentException if {@code lower > upper}
     */
    public static Interval closed(BigDecimal lower, BigDecimal upper) {
        return of(lower, true, upper, true);
    }

    /**
     * The degenerate interval {@code [value, value]} of an exact value.
     *
     * @param value the value, not null
     * @return the interval, never null
     */
    public static Interval point(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Interval(value, true, value, true);
    }

    /**
     * Reads the form {@link #toString()} writes: {@code [1876.5, 1877.5]}, {@code [1877, 1878)}.
     *
     * @param text the text, not null
     * @return the interval, never null
     * @throws IllegalArgumentException if the text is not an interval or the interval is empty
     */
    public static Interval parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an interval: \"" + text + "\"");
        }
        return of(new BigDecimal(m.group(2)), m.group(1).equals("["),
                new BigDecimal(m.group(3)), m.group(4).equals("]"));
    }

    /** @return the lower bound, never null */
    public BigDecimal lower() {
        return lower;
    }

    /** @return the upper bound, never null */
    public BigDecimal upper() {
        return upper;
    }

    /** @return whether the lower bound belongs to the interval */
    public boolean isLowerClosed() {
        return lowerClosed;
    }

    /** @return whether the upper bound belongs to the interval */
    public boolean isUpperClosed() {
        return upperClosed;
    }

    /** @return whether the interval holds a single value */
    public boolean isPoint() {
        return lower.compareTo(upper) == 0;
    }

    /** @return {@code upper - lower}, never null */
    public BigDecimal width() {
        return upper.subtract(lower);
    }

    /**
     * Whether {@code value} lies in the interval.
     *
     * @param value the value, not null
     * @return true if it does
     */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int lo = value.compareTo(lower);
        int hi = value.compareTo(upper);
        return (lo > 0 || (lo == 0 && lowerClosed)) && (hi < 0 || (hi == 0 && upperClosed));
    }

    /**
     * Whether every value of {@code other} lies in this interval.
     *
     * @param other the other interval, not null
     * @return true if it does
     */
    public boolean encloses(Interval other) {
        Objects.requireNonNull(other, "other");
        int lo = other.lower.compareTo(lower);
        int hi = other.upper.compareTo(upper);
        boolean lowerOk = lo > 0 || (lo == 0 && (lowerClosed || !other.lowerClosed));
        boolean upperOk = hi < 0 || (hi == 0 && (upperClosed || !other.upperClosed));
        return lowerOk && upperOk;
    }

    /**
     * Whether the two intervals share a value: the consistency test of XBRL Calculations 1.1.
     *
     * @param other the other interval, not null
     * @return true if they meet
     */
    public boolean intersects(Interval other) {
        return intersection(other).isPresent();
    }

    /**
     * The values both intervals share.
     *
     * @param other the other interval, not null
     * @return the intersection, or empty if they do not meet
     */
    public Optional<Interval> intersection(Interval other) {
        Objects.requireNonNull(other, "other");
        BigDecimal lo;
        boolean loClosed;
        int c = lower.compareTo(other.lower);
        if (c > 0) {
            lo = lower;
            loClosed = lowerClosed;
        } else if (c < 0) {
            lo = other.lower;
            loClosed = other.lowerClosed;
        } else {
            lo = lower;
            loClosed = lowerClosed && other.lowerClosed;
        }
        BigDecimal hi;
        boolean hiClosed;
        c = upper.compareTo(other.upper);
        if (c < 0) {
            hi = upper;
            hiClosed = upperClosed;
        } else if (c > 0) {
            hi = other.upper;
            hiClosed = other.upperClosed;
        } else {
            hi = upper;
            hiClosed = upperClosed && other.upperClosed;
        }
        int d = lo.compareTo(hi);
        if (d > 0 || (d == 0 && !(loClosed && hiClosed))) {
            return Optional.empty();
        }
        return Optional.of(new Interval(lo, loClosed, hi, hiClosed));
    }

    /**
     * The distance between the two intervals: zero when they touch or meet, otherwise the
     * smallest change of either that would make them touch.
     *
     * @param other the other interval, not null
     * @return the gap, zero or positive, never null
     */
    public BigDecimal gap(Interval other) {
        Objects.requireNonNull(other, "other");
        if (other.lower.compareTo(upper) > 0) {
            return other.lower.subtract(upper);
        }
        if (lower.compareTo(other.upper) > 0) {
            return lower.subtract(other.upper);
        }
        return BigDecimal.ZERO;
    }

    /**
     * The interval of {@code x + y} for {@code x} here and {@code y} in {@code other}.
     *
     * @param other the other interval, not null
     * @return the sum, never null
     */
    public Interval plus(Interval other) {
        Objects.requireNonNull(other, "other");
        return new Interval(lower.add(other.lower), lowerClosed && other.lowerClosed,
                upper.add(other.upper), upperClosed && other.upperClosed);
    }

    /**
     * The interval of {@code x - y} for {@code x} here and {@code y} in {@code other}.
     *
     * @param other the other interval, not null
     * @return the difference, never null
     */
    public Interval minus(Interval other) {
        return plus(other.negated());
    }

    /**
     * The interval of {@code -x}.
     *
     * @return the negated interval, never null
     */
    public Interval negated() {
        return new Interval(upper.negate(), upperClosed, lower.negate(), lowerClosed);
    }

    /**
     * The interval of {@code x * factor}, exactly.
     *
     * @param factor the factor, not null
     * @return the scaled interval, never null
     */
    public Interval multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        int sign = factor.signum();
        if (sign == 0) {
            return point(BigDecimal.ZERO);
        }
        Interval scaled = new Interval(lower.multiply(factor), lowerClosed, upper.multiply(factor), upperClosed);
        return sign > 0 ? scaled : new Interval(scaled.upper, upperClosed, scaled.lower, lowerClosed);
    }

    /**
     * An interval enclosing every {@code x / y} for {@code x} here and {@code y} in
     * {@code divisor}, with bounds rounded outward to {@code scale} decimals (so the result
     * may be slightly wider than the true quotient set, never narrower). A bound that had to be
     * rounded is reported closed.
     *
     * <p>{@code closed(1, 2).dividedBy(closed(3, 4), 4)} is {@code [0.2500, 0.6667]}.
     *
     * @param divisor the divisor, not null, with both bounds of one sign (neither zero, even
     *     open: the quotients of {@code (0, 1]} are unbounded)
     * @param scale the decimals of the bounds, 0 to 64
     * @return an enclosing interval, never null
     * @throws ArithmeticException if {@code divisor} contains zero or has zero as a bound
     * @throws IllegalArgumentException if {@code scale} is out of range
     */
    public Interval dividedBy(Interval divisor, int scale) {
        Objects.requireNonNull(divisor, "divisor");
        if (scale < 0 || scale > 64) {
            throw new IllegalArgumentException("scale must be from 0 to 64: " + scale);
        }
        if (divisor.lower.signum() <= 0 && divisor.upper.signum() >= 0) {
            throw new ArithmeticException("division by an interval containing or touching zero: " + divisor);
        }
        // For a divisor of one sign, x/y is monotonic in each argument: the extremes are
        // among the four corner quotients. A corner is attained if both its bounds are, or if
        // its x bound is an attained zero: 0/y is 0 for every y, open bounds of y or not.
        Bound lo = null;
        Bound hi = null;
        for (int i = 0; i < 4; i++) {
            boolean xLow = i < 2;
            boolean yLow = i % 2 == 0;
            BigDecimal x = xLow ? lower : upper;
            BigDecimal y = yLow ? divisor.lower : divisor.upper;
            boolean xClosed = xLow ? lowerClosed : upperClosed;
            boolean attained = xClosed && (x.signum() == 0 || (yLow ? divisor.lowerClosed : divisor.upperClosed));
            BigDecimal down = x.divide(y, scale, RoundingMode.FLOOR);
            BigDecimal up = x.divide(y, scale, RoundingMode.CEILING);
            // A rounded bound lies strictly outside the true set, so including it is safe.
            boolean closed = attained || down.compareTo(up) != 0;
            lo = Bound.lowest(lo, new Bound(down, closed));
            hi = Bound.highest(hi, new Bound(up, closed));
        }
        if (lo.value.compareTo(hi.value) == 0) {
            return point(lo.value);
        }
        return new Interval(lo.value, lo.closed, hi.value, hi.closed);
    }

    private record Bound(BigDecimal value, boolean closed) {
        static Bound lowest(Bound a, Bound b) {
            if (a == null) {
                return b;
            }
            int c = a.value.compareTo(b.value);
            return c < 0 ? a : c > 0 ? b : new Bound(a.value, a.closed || b.closed);
        }

        static Bound highest(Bound a, Bound b) {
            if (a == null) {
                return b;
            }
            int c = a.value.compareTo(b.value);
            return c > 0 ? a : c < 0 ? b : new Bound(a.value, a.closed || b.closed);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval i
                && lowerClosed == i.lowerClosed && upperClosed == i.upperClosed
                && lower.compareTo(i.lower) == 0 && upper.compareTo(i.upper) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower.stripTrailingZeros(), lowerClosed, upper.stripTrailingZeros(), upperClosed);
    }

    /** {@code [1876.5, 1877.5]}, {@code [1877, 1878)}: plain decimals, never exponents. */
    @Override
    public String toString() {
        return format(lower, lowerClosed, upper, upperClosed);
    }

    private static String format(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {
        return (lowerClosed ? "[" : "(") + lower.toPlainString() + ", " + upper.toPlainString()
                + (upperClosed ? "]" : ")");
    }
}
