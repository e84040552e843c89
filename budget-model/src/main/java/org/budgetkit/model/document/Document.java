package org.budgetkit.model.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;

/**
 * One disclosure: a department's budget (预算) or final account (决算) for a fiscal year, with
 * its units, its tables, its facts, the claims of its narrative and its performance indicators.
 *
 * <p>{@code PingshanPetitionBureau2023.document().facts().size()} is the number of figures of
 * the seed's 12 tables. Built with {@link #builder(String, FiscalYear, Phase)}; every fact of
 * a table is made by its {@link Table.Builder}. Immutable and thread-safe.
 */
public final class Document {
    private final String source;
    private final String title;
    private final BudgetUnit department;
    private final FiscalYear year;
    private final Phase phase;
    private final AmountUnit unit;
    private final RoundingConvention convention;
    private final List<BudgetUnit> units;
    private final List<Table> tables;
    private final FactSet facts;
    private final List<Claim> claims;
    private final List<PerformanceIndicator> indicators;

    private Document(Builder b) {
        this.source = b.source;
        this.title = b.title;
        this.department = b.department;
        this.year = b.year;
        this.phase = b.phase;
        this.unit = b.unit;
        this.convention = b.convention;
        this.units = List.copyOf(b.units);
        this.tables = List.copyOf(b.tables.values());
        this.facts = FactSet.of(b.facts);
        this.claims = List.copyOf(b.claims);
        this.indicators = List.copyOf(b.indicators);
    }

    /**
     * Starts a document.
     *
     * @param department the department's name, not blank, one line, without {@code /}
     * @param year the fiscal year, not null
     * @param phase budget or final account, not null
     * @return a builder, never null
     * @throws IllegalArgumentException if the department's name is not a valid
     *     {@linkplain BudgetUnit#department(String) budget unit name}
     */
    public static Builder builder(String department, FiscalYear year, Phase phase) {
        return new Builder(department, year, phase);
    }

    /** @return the source it was read from (a file name), never null; empty if built by hand */
    public String source() {
        return source;
    }

    /** @return the title, such as {@code 深圳市坪山区信访局2023年部门预算}, never null */
    public String title() {
        return title;
    }

    /** @return the department, never null */
    public BudgetUnit department() {
        return department;
    }

    /** @return the fiscal year, never null */
    public FiscalYear year() {
        return year;
    }

    /** @return budget or final account, never null */
    public Phase phase() {
        return phase;
    }

    /** @return the unit most amounts are in, never null (a table may use another: {@link Table#unit()}) */
    public AmountUnit unit() {
        return unit;
    }

    /** @return how the document rounds its figures (round-half unless it says otherwise), never null */
    public RoundingConvention convention() {
        return convention;
    }

    /** @return the budget units the department consolidates that report figures, never null */
    public List<BudgetUnit> units() {
        return units;
    }

    /** @return the tables in order, never null */
    public List<Table> tables() {
        return tables;
    }

    /**
     * A table by number.
     *
     * @param number such as {@code 表3}, not null
     * @return the table, or empty
     */
    public Optional<Table> table(String number) {
        Objects.requireNonNull(number, "number");
        return tables.stream().filter(t -> t.number().equals(number)).findFirst();
    }

    /** @return every fact, in reading order, never null */
    public FactSet facts() {
        return facts;
    }

    /** @return the top-level claims of the narrative in reading order (parts inside them), never null */
    public List<Claim> claims() {
        return claims;
    }

    /** @return every claim, parts after the claim they belong to, never null */
    public List<Claim> allClaims() {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            flatten(c, out);
        }
        return List.copyOf(out);
    }

    private static void flatten(Claim c, List<Claim> out) {
        out.add(c);
        for (Claim p : c.parts()) {
            flatten(p, out);
        }
    }

    /** @return the performance indicators, never null */
    public List<PerformanceIndicator> indicators() {
        return indicators;
    }

    /**
     * This document with other facts (a corrected or perturbed copy, say); tables, claims and
     * metadata stay.
     *
     * @param newFacts the facts, not null
     * @return the document ({@code this} if equal), never null
     */
    public Document withFacts(FactSet newFacts) {
        Objects.requireNonNull(newFacts, "newFacts");
        if (newFacts.equals(facts)) {
            return this;
        }
        Builder b = toBuilder();
        b.facts.clear();
        newFacts.forEach(b.facts::add);
        return new Document(b);
    }

    private Builder toBuilder() {
        Builder b = new Builder(department.name(), year, phase);
        b.source = source;
        b.title = title;
        b.unit = unit;
        b.convention = convention;
        b.units.addAll(units);
        tables.forEach(t -> b.tables.put(t.number(), t));
        facts.forEach(b.facts::add);
        b.claims.addAll(claims);
        b.indicators.addAll(indicators);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && d.source.equals(source) && d.title.equals(title)
                && d.department.equals(department) && d.year.equals(year) && d.phase == phase && d.unit == unit
                && d.convention == convention && d.units.equals(units) && d.tables.equals(tables)
                && d.facts.equals(facts) && d.claims.equals(claims) && d.indicators.equals(indicators);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, department, year, phase, facts);
    }

    /** {@code 深圳市坪山区信访局 2023 预算: 12 tables, 705 facts, 73 claims}. */
    @Override
    public String toString() {
        return department.name() + " " + year + " " + phase.chineseName() + ": " + tables.size() + " tables, "
                + facts.size() + " facts, " + allClaims().size() + " claims";
    }

    /** Builds a document. Not thread-safe. */
    public static final class Builder {
        private final BudgetUnit department;
        private final FiscalYear year;
        private final Phase phase;
        private String source = "";
        private String title = "";
        private AmountUnit unit = AmountUnit.TEN_THOUSAND_YUAN;
        private RoundingConvention convention = RoundingConvention.HALF;
        private final List<BudgetUnit> units = new ArrayList<>();
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<PerformanceIndicator> indicators = new ArrayList<>();
        private Table.Builder open;

        private Builder(String department, FiscalYear year, Phase phase) {
            Objects.requireNonNull(department, "department");
            this.year = Objects.requireNonNull(year, "year");
            this.phase = Objects.requireNonNull(phase, "phase");
            this.department = BudgetUnit.department(department);
        }

        /**
         * Sets the source name (a file name), used in every fact's provenance.
         *
         * @param value the source, not null
         * @return this builder
         * @throws IllegalStateException if tables were already started
         */
        public Builder source(String value) {
            Objects.requireNonNull(value, "value");
            if (!tables.isEmpty() || open != null) {
                throw new IllegalStateException("set the source before the tables");
            }
            this.source = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title, not null
         * @return this builder
         */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the unit most amounts are in (万元 unless set).
         *
         * @param value the unit, not null
         * @return this builder
         */
        public Builder unit(AmountUnit value) {
            this.unit = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the rounding convention (round-half unless set).
         *
         * @param value the convention, not null
         * @return this builder
         */
        public Builder convention(RoundingConvention value) {
            this.convention = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Adds a budget unit of the department.
         *
         * @param name the unit's name, not blank, one line, without {@code /}
         * @return the unit, never null
         * @throws IllegalArgumentException if the name is not a valid budget unit name
         */
        public BudgetUnit addUnit(String name) {
            BudgetUnit u = BudgetUnit.unit(department.name(), name);
            if (!units.contains(u)) {
                units.add(u);
            }
            return u;
        }

        /** @return the department, never null */
        public BudgetUnit department() {
            return department;
        }

        /**
         * Starts a table; its facts join the document as rows are added. The previous table,
         * if still open, is finished first.
         *
         * @param template the template, not null
         * @param number the number as printed, such as {@code 表3}, not blank, not used before
         * @param title the title as printed, not null
         * @param tableUnit the unit of the table's amounts, not null
         * @param line the line of the title, from 1; 0 if unknown
         * @param page the page of the title, from 1; 0 if unknown
         * @return the table builder, never null
         * @throws IllegalArgumentException if the number is blank or already used (the open
         *     table, if any, then stays open)
         */
        public Table.Builder table(TableTemplate template, String number, String title, AmountUnit tableUnit,
                int line, int page) {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(tableUnit, "tableUnit");
            // Checked before the open table is finished: a rejected call changes nothing.
            if (number.isBlank() || tables.containsKey(number)) {
                throw new IllegalArgumentException("table number blank or used twice: \"" + number + "\"");
            }
            closeOpenTable();
            Coordinates defaults = Coordinates.empty().with(Dimension.UNIT, department).with(Dimension.YEAR, year);
            open = new Table.Builder(template, number, title, tableUnit, line, page, source, defaults, facts::add,
                    t -> tables.put(t.number(), t));
            tables.put(number, null);
            return open;
        }

        private void closeOpenTable() {
            if (open != null && !open.isBuilt()) {
                open.build();
            }
            open = null;
        }

        /**
         * Adds a fact not read from a table.
         *
         * @param fact the fact, not null
         * @return this builder
         */
        public Builder fact(Fact fact) {
            facts.add(Objects.requireNonNull(fact, "fact"));
            return this;
        }

        /**
         * Adds a claim of the narrative.
         *
         * @param claim the claim, not null
         * @return this builder
         */
        public Builder claim(Claim claim) {
            claims.add(Objects.requireNonNull(claim, "claim"));
            return this;
        }

        /**
         * Adds a performance indicator.
         *
         * @param indicator the indicator, not null
         * @return this builder
         */
        public Builder indicator(PerformanceIndicator indicator) {
            indicators.add(Objects.requireNonNull(indicator, "indicator"));
            return this;
        }

        /**
         * Finishes the document (and its open table).
         *
         * @return the document, never null
         */
        public Document build() {
            closeOpenTable();
            tables.values().removeIf(Objects::isNull);
            return new Document(this);
        }
    }
}
