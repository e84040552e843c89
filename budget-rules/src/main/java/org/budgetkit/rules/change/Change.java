package org.budgetkit.rules.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;

/**
 * The change between two amounts: its size, its direction (增加, 减少, 持平), its percent with an
 * explicit precision and rounding mode, and the sentence a disclosure prints for it.
 *
 * <p>{@code Change.between(wan("1,877"), wan("1,414"))} is an increase of 463 万元;
 * {@code percent(0, HALF_UP)} is {@code 33%}; {@code phrase(Locale.CHINESE, FiscalYear.of(2022))} is
 * {@code 比2022年增加463万元，增长33%}. A change from a zero (or nil) prior is 新增
 * ({@link #isNew()}): it has no percent, never a division by zero. Amounts in different units and
 * precisions are compared exactly: the change is expressed in the current amount's unit, to the
 * finer of the two precisions, so no digit is lost; {@link #interval()} is the range of true changes
 * the two roundings allow.
 *
 * <p>Immutable and thread-safe.
 */
public final class Change {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Amount current;
    private final Amount prior;
    private final Amount amount;

    private Change(Amount current, Amount prior, Amount amount) {
        this.current = current;
        this.prior = prior;
        this.amount = amount;
    }

    /**
     * The change from {@code prior} to {@code current}.
     *
     * @param current the amount of the later year, not null
     * @param prior the amount of the earlier year, not null (zero or nil for 新增)
     * @return the change, never null
     * @throws IllegalArgumentException if the prior amount cannot be expressed in the current
     *     amount's unit (precision out of range)
     */
    public static Change between(Amount current, Amount prior) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(prior, "prior");
        Amount p = prior.to(current.unit());
        Precision finer = finer(current.precision(), p.precision());
        BigDecimal diff = current.value().subtract(p.value());
        return new Change(current, prior, Amount.of(diff, current.unit(), finer));
    }

    private static Precision finer(Precision a, Precision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** @return the amount of the later year, never null */
    public Amount current() {
        return current;
    }

    /** @return the amount of the earlier year, as given, never null */
    public Amount prior() {
        return prior;
    }

    /**
     * The signed change in the current amount's unit, exactly: {@code -131 万元} for 580 → 449.
     *
     * @return the change, never null
     */
    public Amount amount() {
        return amount;
    }

    /**
     * The size of the change as a disclosure prints it, without sign.
     *
     * @return the absolute change, never null
     */
    public Amount size() {
        return amount.isNegative() ? amount.negated() : amount;
    }

    /**
     * The range of true changes the two figures' rounding allows:
     * {@code current.interval() − prior.interval()}.
     *
     * @return the interval in the current amount's unit, never null
     */
    public Interval interval() {
        return current.interval().minus(prior.to(current.unit()).interval());
    }

    /** @return 增加, 减少 or 持平 by the sign of the change, never null */
    public Direction direction() {
        int s = amount.signum();
        return s > 0 ? Direction.INCREASE : s < 0 ? Direction.DECREASE : Direction.FLAT;
    }

    /** @return whether the prior amount is zero or nil and the current is not: 新增 (no percent) */
    public boolean isNew() {
        return prior.isZero() && !current.isZero();
    }

    /**
     * The signed percent change {@code (current − prior) / |prior|}, rounded once to
     * {@code decimals} with {@code mode}: 463 / 1,414 is {@code 33%} at 0 decimals half-up,
     * {@code 32.74%} at 2.
     *
     * @param decimals the printed decimals, 0 to 30
     * @param mode the rounding mode, not null; {@code UNNECESSARY} throws if digits would be lost
     * @return the percent, or empty if the prior amount is zero (新增 or both zero)
     * @throws IllegalArgumentException if {@code decimals} is out of range
     * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and the percent is not exact
     */
    public Optional<Percentage> percent(int decimals, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (decimals < 0 || decimals > Precision.MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be from 0 to " + Precision.MAX_DECIMALS + ": " + decimals);
        }
        if (prior.isZero()) {
            return Optional.empty();
        }
        BigDecimal p = prior.to(current.unit()).value().abs();
        return Optional.of(Percentage.of(amount.value().multiply(HUNDRED).divide(p, decimals, mode), decimals));
    }

    /**
     * The sentence with a whole percent rounded half-up:
     * {@code 比2022年增加463万元，增长33%}, {@code 比2022年减少131万元，下降23%}, {@code 与2022年持平},
     * {@code 比2022年增加8万元（新增）}; in English {@code up 463 万元 (33%) on 2022}.
     *
     * @param locale Chinese for {@code zh}, English otherwise, not null
     * @param from the comparison year, not null
     * @return the sentence, never null
     */
    public String phrase(Locale locale, FiscalYear from) {
        return phrase(locale, from, 0);
    }

    /**
     * The sentence with the percent to {@code percentDecimals} decimals, rounded half-up; the
     * amount as the current figure is printed (its unit and precision), with thousands separators.
     *
     * @param locale Chinese for {@code zh}, English otherwise, not null
     * @param from the comparison year, not null
     * @param percentDecimals the percent's decimals, 0 to 30
     * @return the sentence, never null
     * @throws IllegalArgumentException if {@code percentDecimals} is out of range
     */
    public String phrase(Locale locale, FiscalYear from, int percentDecimals) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(from, "from");
        Optional<Percentage> pct = percent(percentDecimals, RoundingMode.HALF_UP);
        Direction d = direction();
        String size = size().toShortString().replace(" ", "");
        String magnitude = pct.map(p -> p.value().abs().toPlainString() + "%").orElse("");
        if ("zh".equals(locale.getLanguage())) {
            if (d == Direction.FLAT) {
                return "与" + from.value() + "年持平";
            }
            String word = d == Direction.INCREASE ? "增长" : "下降";
            return "比" + from.value() + "年" + d.chineseName() + size
                    + (pct.isPresent() ? "，" + word + magnitude : isNew() ? "（新增）" : "");
        }
        if (d == Direction.FLAT) {
            return "unchanged from " + from.value();
        }
        String unitName = current.unit() == AmountUnit.YUAN ? "" : " (" + current.unit().englishName() + ")";
        return (d == Direction.INCREASE ? "up " : "down ") + size + unitName
                + (pct.isPresent() ? ", " + magnitude + "," : "") + (d == Direction.INCREASE ? " on " : " from ")
                + from.value() + (isNew() ? " (new: nothing in " + from.value() + ")" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change c && c.current.equals(current) && c.prior.equals(prior);
    }

    @Override
    public int hashCode() {
        return Objects.hash(current, prior);
    }

    /** {@code 1,414 万元 (±0.5) → 1,877 万元 (±0.5): 增加 463 万元}. */
    @Override
    public String toString() {
        return prior + " → " + current + ": " + direction().chineseName()
                + (direction() == Direction.FLAT ? "" : " " + size().toShortString());
    }
}
