package org.budgetkit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.fact.Provenance;

/**
 * One result of checking a document: which rule, how severe, the verdict, where (table, row,
 * column, code, line, and every figure that took part), what was expected and what was found,
 * the tolerance rounding allows, and a message in Chinese and English.
 *
 * <p>For the seed's 表1, {@code 1,592 + 79 + 18 + 187 = 1,876} against a printed total of 1,877 is a
 * finding of rule {@code sum.function}, severity {@link Severity#INFO}, verdict
 * {@link Verdict#WITHIN_ROUNDING}, expected 1876, actual 1877, tolerance 2.5. Amounts are in
 * {@link #unit()} (such as {@code 万元}, {@code %}, {@code 人}). Immutable and thread-safe.
 */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final Verdict verdict;
    private final Provenance location;
    private final String code;
    private final BigDecimal expected;
    private final BigDecimal actual;
    private final BigDecimal tolerance;
    private final String unit;
    private final List<Provenance> participants;
    private final String english;
    private final String chinese;

    private Finding(Builder b) {
        this.rule = b.rule;
        this.severity = b.severity;
        this.verdict = b.verdict;
        this.location = b.location;
        this.code = b.code;
        this.expected = b.expected;
        this.actual = b.actual;
        this.tolerance = b.tolerance;
        this.unit = b.unit;
        this.participants = List.copyOf(b.participants);
        this.english = b.english;
        this.chinese = b.chinese;
    }

    /**
     * Starts a finding.
     *
     * @param rule the stable rule id, such as {@code sum.function}, not blank
     * @param severity the severity, not null
     * @param verdict the verdict, not null
     * @return a builder, never null
     */
    public static Builder builder(String rule, Severity severity, Verdict verdict) {
        return new Builder(rule, severity, verdict);
    }

    /** @return the stable id of the rule that produced it, never null */
    public String rule() {
        return rule;
    }

    /** @return the severity, never null */
    public Severity severity() {
        return severity;
    }

    /** @return the verdict, never null */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the main figure's provenance (table, row, column, line), never null; {@link Provenance#none()} if none */
    public Provenance location() {
        return location;
    }

    /** @return the classification code concerned, or empty, never null */
    public String code() {
        return code;
    }

    /** @return the value the rule expected (the point estimate), or empty */
    public Optional<BigDecimal> expected() {
        return Optional.ofNullable(expected);
    }

    /** @return the value found, or empty */
    public Optional<BigDecimal> actual() {
        return Optional.ofNullable(actual);
    }

    /** @return how far actual may lie from expected given the rounding, or empty */
    public Optional<BigDecimal> tolerance() {
        return Optional.ofNullable(tolerance);
    }

    /** @return the unit of expected, actual and tolerance ({@code 万元}, {@code %}), empty if none, never null */
    public String unit() {
        return unit;
    }

    /** @return every figure that took part in the check, never null */
    public List<Provenance> participants() {
        return participants;
    }

    /**
     * The message in the locale's language: Chinese for {@code zh}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.rule.equals(rule) && f.severity == severity && f.verdict == verdict
                && f.location.equals(location) && f.code.equals(code) && Objects.equals(f.expected, expected)
                && Objects.equals(f.actual, actual) && Objects.equals(f.tolerance, tolerance) && f.unit.equals(unit)
                && f.participants.equals(participants) && f.english.equals(english) && f.chinese.equals(chinese);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, verdict, location, code, expected, actual, participants);
    }

    /** {@code warning sum.function within-rounding 表1 “…” (line 481): message}. */
    @Override
    public String toString() {
        String where = location.describe();
        return severity + " " + rule + " " + verdict + (where.isEmpty() ? "" : " " + where) + ": " + english;
    }

    /** Builds a finding. Not thread-safe. */
    public static final class Builder {
        private final String rule;
        private final Severity severity;
        private final Verdict verdict;
        private Provenance location = Provenance.none();
        private String code = "";
        private BigDecimal expected;
        private BigDecimal actual;
        private BigDecimal tolerance;
        private String unit = "";
        private final List<Provenance> participants = new ArrayList<>();
        private String english;
        private String chinese;

        private Builder(String rule, Severity severity, Verdict verdict) {
            this.rule = Objects.requireNonNull(rule, "rule");
            if (rule.isBlank()) {
                throw new IllegalArgumentException("blank rule id");
            }
            this.severity = Objects.requireNonNull(severity, "severity");
            this.verdict = Objects.requireNonNull(verdict, "verdict");
        }

        /**
         * Sets the main figure's provenance.
         *
         * @param value the provenance, not null
         * @return this builder
         */
        public Builder location(Provenance value) {
            this.location = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the classification code concerned.
         *
         * @param value the code as text, not null
         * @return this builder
         */
        public Builder code(String value) {
            this.code = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets expected, actual and tolerance, in one unit.
         *
         * @param expectedValue the expected value, or null
         * @param actualValue the actual value, or null
         * @param toleranceValue the tolerance, or null; not negative
         * @param unitName the unit, not null
         * @return this builder
         * @throws IllegalArgumentException if the tolerance is negative
         */
        public Builder values(BigDecimal expectedValue, BigDecimal actualValue, BigDecimal toleranceValue,
                String unitName) {
            if (toleranceValue != null && toleranceValue.signum() < 0) {
                throw new IllegalArgumentException("negative tolerance: " + toleranceValue);
            }
            this.expected = expectedValue;
            this.actual = actualValue;
            this.tolerance = toleranceValue;
            this.unit = Objects.requireNonNull(unitName, "unitName");
            return this;
        }

        /**
         * Adds a figure that took part.
         *
         * @param value its provenance, not null
         * @return this builder
         */
        public Builder participant(Provenance value) {
            participants.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the message.
         *
         * @param englishText in English, not blank
         * @param chineseText in Chinese, not blank
         * @return this builder
         */
        public Builder message(String englishText, String chineseText) {
            this.english = Objects.requireNonNull(englishText, "englishText");
            this.chinese = Objects.requireNonNull(chineseText, "chineseText");
            return this;
        }

        /**
         * Finishes the finding.
         *
         * @return the finding, never null
         * @throws IllegalStateException if no message was set
         */
        public Finding build() {
            if (english == null || english.isBlank() || chinese == null || chinese.isBlank()) {
                throw new IllegalStateException("a finding needs a message in English and Chinese");
            }
            return new Finding(this);
        }
    }
}
