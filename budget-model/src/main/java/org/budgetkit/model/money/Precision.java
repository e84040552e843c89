package org.budgetkit.model.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How precisely a figure was reported: to a number of decimals (as in XBRL, possibly
 * negative: -4 means "to the nearest 10,000") or {@linkplain #exact() exactly}.
 *
 * <p>{@code Precision.decimals(2)} is the precision of {@code 747.64}; its
 * {@link #resolution() resolution} is 0.01. {@code parse(toString())} returns an equal object:
 * {@code "2"}, {@code "-4"}, {@code "INF"}. Immutable and thread-safe.
 */
public final class Precision implements Comparable<Precision> {
    /** The smallest number of decimals accepted. */
    public static final int MIN_DECIMALS = -30;
    /** The largest number of decimals accepted. */
    public static final int MAX_DECIMALS = 30;

    private static final Precision EXACT = new Precision(Integer.MAX_VALUE);
    private static final Precision[] CACHE = new Precision[MAX_DECIMALS - MIN_DECIMALS + 1];

    static {
        for (int d = MIN_DECIMALS; d <= MAX_DECIMALS; d++) {
            CACHE[d - MIN_DECIMALS] = new Precision(d);
        }
    }

    private final int decimals;

    private Precision(int decimals) {
        this.decimals = decimals;
    }

    /**
     * The precision of a figure rounded to {@code decimals} decimals.
     *
     * @param decimals from {@value #MIN_DECIMALS} to {@value #MAX_DECIMALS}
     * @return the precision, never null
     * @throws IllegalArgumentException if {@code decimals} is out of range
     */
    public static Precision decimals(int decimals) {
        if (decimals < MIN_DECIMALS || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException(
                    "decimals must be from " + MIN_DECIMALS + " to " + MAX_DECIMALS + ": " + decimals);
        }
        return CACHE[decimals - MIN_DECIMALS];
    }

    /**
     * The precision of an exact figure (XBRL's {@code INF}): its interval is the value itself.
     *
     * @return the exact precision, never null
     */
    public static Precision exact() {
        return EXACT;
    }

    /**
     * Reads {@code INF} or a whole number of decimals, the inverse of {@link #toString()}.
     *
     * @param text the text, not null
     * @return the precision, never null
     * @throws IllegalArgumentException if the text is neither
     */
    public static Precision parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.equals("INF")) {
            return EXACT;
        }
        if (!s.matches("-?[0-9]{1,3}")) {
            throw new IllegalArgumentException("not a precision (INF or decimals): \"" + s + "\"");
        }
        return decimals(Integer.parseInt(s));
    }

    /**
     * Whether the figure is exact.
     *
     * @return true for {@link #exact()}
     */
    public boolean isExact() {
        return this == EXACT;
    }

    /**
     * The number of decimals.
     *
     * @return the decimals
     * @throws IllegalStateException if this precision is exact
     */
    public int decimals() {
        if (isExact()) {
            throw new IllegalStateException("an exact precision has no number of decimals");
        }
        return decimals;
    }

    /**
     * The size of the last reported digit, {@code 10^-decimals}: 0.01 for 2 decimals, 10,000
     * for -4; zero for an exact figure.
     *
     * @return the resolution, never null
     */
    public BigDecimal resolution() {
        return isExact() ? BigDecimal.ZERO : BigDecimal.ONE.scaleByPowerOfTen(-decimals);
    }

    /**
     * The same precision expressed after a change of unit: 0 decimals in 万元 is -4 decimals
     * in 元. {@code shift} is the source unit's exponent minus the target's.
     *
     * @param shift the decimal shift between units
     * @return the shifted precision (exact stays exact), never null
     * @throws IllegalArgumentException if the result is out of range
     */
    public Precision shiftedBy(int shift) {
        return isExact() || shift == 0 ? this : decimals(decimals - shift);
    }

    /**
     * The coarser of two precisions (fewer decimals; exact is the finest).
     *
     * @param other the other precision, not null
     * @return the coarser precision, never null
     */
    public Precision coarser(Precision other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) <= 0 ? this : other;
    }

    /** Orders from coarsest (fewest decimals) to finest (exact last). */
    @Override
    public int compareTo(Precision other) {
        return Integer.compare(decimals, other.decimals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Precision p && p.decimals == decimals;
    }

    @Override
    public int hashCode() {
        return decimals;
    }

    /** {@code INF} or the number of decimals, such as {@code 2} or {@code -4}. */
    @Override
    public String toString() {
        return isExact() ? "INF" : Integer.toString(decimals);
    }
}
