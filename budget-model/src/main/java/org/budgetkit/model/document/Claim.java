package org.budgetkit.model.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.Percentage;

/**
 * A numeric statement of a disclosure's narrative: an amount, a change from a comparison
 * year (absolute, percent, or 持平), a share, or a count, with what it speaks of.
 *
 * <p>{@code 2023年部门预算收入1,877万元，比2022年增加463万元，增长33%} is one claim of kind
 * {@link Kind#CHANGE}: subject {@code 部门预算收入}, year 2023, comparison year 2022, amount
 * 1,877 万元, change 463 万元, direction {@link Direction#INCREASE}, percent 33%. A statement
 * that breaks an amount down ({@code 包括人员支出 704 万元、公用支出 44 万元…}) has its
 * {@link #parts()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Claim {
    /** What a claim states. */
    public enum Kind {
        /** An amount: {@code 信访事务预算 672 万元}. */
        AMOUNT,
        /** A change from a comparison year, with or without the amount itself. */
        CHANGE,
        /** A share of a whole: {@code 占71.73%}. */
        SHARE,
        /** A count of persons, units, vehicles or items: {@code 行政编制总数 8 人}. */
        COUNT
    }

    /** The direction of a change as the text words it. */
    public enum Direction {
        /** 增加, 增长, 上升. */
        INCREASE("增加"),
        /** 减少, 下降, 降低. */
        DECREASE("减少"),
        /** 持平. */
        FLAT("持平");

        private final String chineseName;

        Direction(String chineseName) {
            this.chineseName = chineseName;
        }

        /** @return 增加, 减少 or 持平, never null */
        public String chineseName() {
            return chineseName;
        }
    }

    private final Kind kind;
    private final String subject;
    private final Coordinates coordinates;
    private final FiscalYear year;
    private final FiscalYear comparisonYear;
    private final Amount amount;
    private final Amount change;
    private final Direction direction;
    private final Percentage percent;
    private final BigDecimal count;
    private final String countUnit;
    private final Coordinates whole;
    private final List<Claim> parts;
    private final String sentence;
    private final int line;

    private Claim(Builder b) {
        this.kind = b.kind;
        this.subject = b.subject;
        this.coordinates = b.coordinates;
        this.year = b.year;
        this.comparisonYear = b.comparisonYear;
        this.amount = b.amount;
        this.change = b.change;
        this.direction = b.direction;
        this.percent = b.percent;
        this.count = b.count;
        this.countUnit = b.countUnit;
        this.whole = b.whole;
        this.parts = List.copyOf(b.parts);
        this.sentence = b.sentence;
        this.line = b.line;
    }

    /**
     * Starts a claim.
     *
     * @param kind what it states, not null
     * @param subject what it speaks of, as printed ({@code 部门预算收入}), not blank
     * @param year the fiscal year it speaks of, not null
     * @return a builder, never null
     */
    public static Builder builder(Kind kind, String subject, FiscalYear year) {
        return new Builder(kind, subject, year);
    }

    /** @return what it states, never null */
    public Kind kind() {
        return kind;
    }

    /** @return what it speaks of, as printed, never null */
    public String subject() {
        return subject;
    }

    /** @return the coordinates the subject is bound to; empty coordinates if unbound, never null */
    public Coordinates coordinates() {
        return coordinates;
    }

    /** @return the fiscal year it speaks of, never null */
    public FiscalYear year() {
        return year;
    }

    /** @return the year a change is measured from, or empty */
    public Optional<FiscalYear> comparisonYear() {
        return Optional.ofNullable(comparisonYear);
    }

    /** @return the amount stated for {@link #year()}, or empty */
    public Optional<Amount> amount() {
        return Optional.ofNullable(amount);
    }

    /** @return the size of the change as printed (never negative: the direction says which way), or empty */
    public Optional<Amount> change() {
        return Optional.ofNullable(change);
    }

    /**
     * The change with its sign: {@code 减少131万元} gives -131 万元.
     *
     * @return the signed change, or empty if no change amount is stated
     */
    public Optional<Amount> signedChange() {
        if (change == null) {
            return Optional.empty();
        }
        return Optional.of(direction == Direction.DECREASE ? change.negated() : change);
    }

    /** @return the direction of a change, or empty */
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /** @return the percent of a change or a share as printed (never negative for a change), or empty */
    public Optional<Percentage> percent() {
        return Optional.ofNullable(percent);
    }

    /** @return the count of a {@link Kind#COUNT} claim, or empty */
    public Optional<BigDecimal> count() {
        return Optional.ofNullable(count);
    }

    /** @return the counter word of a count ({@code 人}, {@code 家}, {@code 辆}), empty if none, never null */
    public String countUnit() {
        return countUnit;
    }

    /** @return the coordinates of the whole a share is of, or empty */
    public Optional<Coordinates> whole() {
        return Optional.ofNullable(whole);
    }

    /** @return the claims of a breakdown ({@code 包括…}, {@code 其中…}), never null */
    public List<Claim> parts() {
        return parts;
    }

    /** @return the sentence it comes from, never null */
    public String sentence() {
        return sentence;
    }

    /** @return the line of the sentence, from 1; 0 if unknown */
    public int line() {
        return line;
    }

    /** @return 1 plus the number of claims among the parts, recursively */
    public int size() {
        int n = 1;
        for (Claim p : parts) {
            n += p.size();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && c.kind == kind && c.subject.equals(subject) && c.coordinates.equals(coordinates)
                && c.year.equals(year) && Objects.equals(c.comparisonYear, comparisonYear)
                && Objects.equals(c.amount, amount) && Objects.equals(c.change, change) && c.direction == direction
                && Objects.equals(c.percent, percent) && Objects.equals(c.count, count)
                && c.countUnit.equals(countUnit) && Objects.equals(c.whole, whole) && c.parts.equals(parts)
                && c.sentence.equals(sentence) && c.line == line;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, coordinates, year, comparisonYear, amount, change, direction, percent, count,
                countUnit, whole, parts, sentence, line);
    }

    /** {@code 部门预算收入 2023: 1,877 万元 (±0.5), 比2022年增加 463 万元 (±0.5), 33% (line 150)}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(subject).append(' ').append(year).append(':');
        if (amount != null) {
            out.append(' ').append(amount);
        }
        if (direction != null) {
            out.append(out.charAt(out.length() - 1) == ':' ? " " : ", ");
            out.append(comparisonYear == null ? "" : "比" + comparisonYear + "年").append(direction.chineseName());
            if (change != null) {
                out.append(' ').append(change);
            }
        }
        if (percent != null) {
            out.append(out.charAt(out.length() - 1) == ':' ? " " : ", ").append(percent);
        }
        if (count != null) {
            out.append(' ').append(count.toPlainString()).append(' ').append(countUnit);
        }
        if (!parts.isEmpty()) {
            out.append(" [").append(parts.size()).append(" parts]");
        }
        return out.append(line > 0 ? " (line " + line + ")" : "").toString();
    }

    /** Builds a claim. Not thread-safe. */
    public static final class Builder {
        private final Kind kind;
        private final String subject;
        private final FiscalYear year;
        private Coordinates coordinates = Coordinates.empty();
        private FiscalYear comparisonYear;
        private Amount amount;
        private Amount change;
        private Direction direction;
        private Percentage percent;
        private BigDecimal count;
        private String countUnit = "";
        private Coordinates whole;
        private final List<Claim> parts = new ArrayList<>();
        private String sentence = "";
        private int line;

        private Builder(Kind kind, String subject, FiscalYear year) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.subject = Objects.requireNonNull(subject, "subject").strip();
            this.year = Objects.requireNonNull(year, "year");
            if (this.subject.isEmpty()) {
                throw new IllegalArgumentException("a claim needs a subject");
            }
        }

        /**
         * Binds the subject to coordinates.
         *
         * @param value the coordinates, not null
         * @return this builder
         */
        public Builder coordinates(Coordinates value) {
            this.coordinates = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the stated amount.
         *
         * @param value the amount, not null
         * @return this builder
         */
        public Builder amount(Amount value) {
            this.amount = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets a change from a comparison year.
         *
         * @param from the comparison year, not null
         * @param way the direction, not null
         * @param size the size of the change as printed (not negative), or null if none is printed
         * @param percentage the percent as printed (not negative), or null if none
         * @return this builder
         * @throws IllegalArgumentException if {@code size} or {@code percentage} is negative
         */
        public Builder change(FiscalYear from, Direction way, Amount size, Percentage percentage) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(way, "way");
            if (size != null && size.isNegative()) {
                throw new IllegalArgumentException("the size of a change is printed without sign: " + size);
            }
            if (percentage != null && percentage.value().signum() < 0) {
                throw new IllegalArgumentException("the percent of a change is printed without sign: " + percentage);
            }
            this.comparisonYear = from;
            this.direction = way;
            this.change = size;
            this.percent = percentage;
            return this;
        }

        /**
         * Sets a share of a whole.
         *
         * @param of the coordinates of the whole, not null
         * @param percentage the share, not null
         * @return this builder
         */
        public Builder share(Coordinates of, Percentage percentage) {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(percentage, "percentage");
            this.whole = of;
            this.percent = percentage;
            return this;
        }

        /**
         * Sets a count.
         *
         * @param value the count, not null, not negative
         * @param unit the counter word ({@code 人}), not null
         * @return this builder
         * @throws IllegalArgumentException if the count is negative
         */
        public Builder count(BigDecimal value, String unit) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("a count is not negative: " + value);
            }
            this.count = value;
            this.countUnit = unit;
            return this;
        }

        /**
         * Adds a part of a breakdown.
         *
         * @param part the part, not null
         * @return this builder
         */
        public Builder part(Claim part) {
            parts.add(Objects.requireNonNull(part, "part"));
            return this;
        }

        /**
         * Sets where the claim comes from.
         *
         * @param text the sentence, not null
         * @param lineNumber its line, from 1; 0 if unknown
         * @return this builder
         */
        public Builder source(String text, int lineNumber) {
            Objects.requireNonNull(text, "text");
            if (lineNumber < 0) {
                throw new IllegalArgumentException("line must be 0 or positive: " + lineNumber);
            }
            this.sentence = text;
            this.line = lineNumber;
            return this;
        }

        /**
         * Finishes the claim.
         *
         * @return the claim, never null
         * @throws IllegalStateException if what is set does not fit the kind: a CHANGE without a
         *     direction, a SHARE without a whole, a COUNT without a count, an AMOUNT without an
         *     amount
         */
        public Claim build() {
            boolean ok = switch (kind) {
                case AMOUNT -> amount != null && direction == null && count == null;
                case CHANGE -> direction != null && count == null;
                case SHARE -> whole != null && percent != null;
                case COUNT -> count != null && amount == null;
            };
            if (!ok) {
                throw new IllegalStateException("incomplete " + kind + " claim about " + subject);
            }
            return new Claim(this);
        }
    }
}
