package org.budgetkit.model.dimension;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;

/**
 * A dimension a fact is placed on, as a typed key: {@code coordinates.get(Dimension.FUNCTION)}
 * is an {@code Optional<FunctionCode>}. Each dimension knows its value type, how to read and
 * write values ({@code parse(format(v))} equals {@code v}), and its hierarchy: the
 * {@link #parent(Object) parent} of a value and its {@link #relation(Object) relation} to it.
 *
 * <p>Coordinates that leave a hierarchical dimension out mean its total (all functions, all
 * fund sources); {@link #UNIT}, {@link #FLOW} and {@link #YEAR} are {@linkplain #isRequired()
 * required} of every fact. {@link #MEASURE} has the default {@link Measure#AMOUNT}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the value type
 */
public final class Dimension<V> {
    /** 预算单位: the department or unit a figure belongs to. */
    public static final Dimension<BudgetUnit> UNIT = new Dimension<>(0, "unit", "预算单位", "budget unit",
            BudgetUnit.class, BudgetUnit::parse, BudgetUnit::parent, v -> Relation.COMPONENT, true, null);
    /** 收支: revenue, expenditure, carry-forward. */
    public static final Dimension<Flow> FLOW = new Dimension<>(1, "flow", "收支", "flow",
            Flow.class, Flow::parse, Flow::parent, v -> Relation.COMPONENT, true, null);
    /** 年度: the fiscal year the figure is for (2022 in a 2023 document's comparison column). */
    public static final Dimension<FiscalYear> YEAR = new Dimension<>(2, "year", "年度", "fiscal year",
            FiscalYear.class, FiscalYear::parse, null, null, true, null);
    /** 支出功能分类科目. */
    public static final Dimension<FunctionCode> FUNCTION = new Dimension<>(3, "function", "功能分类科目",
            "function", FunctionCode.class, FunctionCode::parse, FunctionCode::parent, v -> Relation.COMPONENT,
            false, null);
    /** 支出经济分类科目 (部门预算 or 政府预算). */
    public static final Dimension<EconomicCode> ECONOMIC = new Dimension<>(4, "economic", "经济分类科目",
            "economic category", EconomicCode.class, EconomicCode::parse, EconomicCode::parent,
            v -> Relation.COMPONENT, false, null);
    /** 资金来源. */
    public static final Dimension<FundSource> FUND_SOURCE = new Dimension<>(5, "fund_source", "资金来源",
            "fund source", FundSource.class, FundSource::parse, FundSource::parent, FundSource::relation,
            false, null);
    /** 支出性质: basic or project. */
    public static final Dimension<Nature> NATURE = new Dimension<>(6, "nature", "支出性质", "nature",
            Nature.class, Nature::parse, Nature::parent, v -> Relation.COMPONENT, false, null);
    /** 专项: "三公"经费, 政府采购, 机关运行经费 and their parts. */
    public static final Dimension<SpecialItem> ITEM = new Dimension<>(7, "item", "专项", "special item",
            SpecialItem.class, SpecialItem::parse, SpecialItem::parent, SpecialItem::relation, false, null);
    /** 项目: a named project. */
    public static final Dimension<Project> PROJECT = new Dimension<>(8, "project", "项目", "project",
            Project.class, Project::parse, null, null, false, null);
    /** 度量: the amount or its change from the previous year. */
    public static final Dimension<Measure> MEASURE = new Dimension<>(9, "measure", "度量", "measure",
            Measure.class, Measure::parse, null, null, false, Measure.AMOUNT);

    private static final List<Dimension<?>> ALL = List.of(UNIT, FLOW, YEAR, FUNCTION, ECONOMIC, FUND_SOURCE,
            NATURE, ITEM, PROJECT, MEASURE);

    private final int index;
    private final String id;
    private final String chineseName;
    private final String englishName;
    private final Class<V> type;
    private final Function<CharSequence, V> parser;
    private final Function<V, Optional<V>> parents;
    private final Function<V, Relation> relations;
    private final boolean required;
    private final V defaultValue;

    @SuppressWarnings("unchecked")
    private <P> Dimension(int index, String id, String chineseName, String englishName, Class<V> type,
            Function<CharSequence, V> parser, Function<V, Optional<P>> parents, Function<V, Relation> relations,
            boolean required, V defaultValue) {
        this.index = index;
        this.id = id;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.type = type;
        this.parser = parser;
        this.parents = (Function<V, Optional<V>>) (Function<?, ?>) parents;
        this.relations = relations;
        this.required = required;
        this.defaultValue = defaultValue;
    }

    /** @return every dimension, in a fixed order, never null */
    public static List<Dimension<?>> all() {
        return ALL;
    }

    /**
     * The dimension with this {@link #id()}.
     *
     * @param id such as {@code function}, not null
     * @return the dimension, never null
     * @throws IllegalArgumentException if no dimension has this id
     */
    public static Dimension<?> ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Dimension<?> d : ALL) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension: \"" + id + "\"");
    }

    /** @return the position in {@link #all()} */
    public int index() {
        return index;
    }

    /** @return the stable identifier used in files, such as {@code fund_source}, never null */
    public String id() {
        return id;
    }

    /** @return the Chinese name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, never null */
    public String englishName() {
        return englishName;
    }

    /** @return the value type, never null */
    public Class<V> type() {
        return type;
    }

    /** @return whether every fact has a value on this dimension */
    public boolean isRequired() {
        return required;
    }

    /** @return whether values have parents */
    public boolean isHierarchical() {
        return parents != null;
    }

    /** @return the value meant when none is given ({@link Measure#AMOUNT} for {@link #MEASURE}), or empty */
    public Optional<V> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * The parent of a value: {@code FUNCTION.parent(2010301)} is {@code 20103}; empty for a
     * top-level value (whose parent is the total) and on non-hierarchical dimensions.
     *
     * @param value the value, not null
     * @return the parent, or empty
     */
    public Optional<V> parent(V value) {
        Objects.requireNonNull(value, "value");
        return parents == null ? Optional.empty() : parents.apply(value);
    }

    /**
     * How a value relates to its parent (or, at the top, to the total).
     *
     * @param value the value, not null
     * @return the relation, never null
     */
    public Relation relation(V value) {
        Objects.requireNonNull(value, "value");
        return relations == null ? Relation.COMPONENT : relations.apply(value);
    }

    /**
     * Reads a value from the text {@link #format(Object)} writes (and, for enums, the Chinese
     * name as printed).
     *
     * @param text the text, not null
     * @return the value, never null
     * @throws IllegalArgumentException if the text is not a value of this dimension
     */
    public V parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return parser.apply(text);
    }

    /**
     * Writes a value in the form {@link #parse(CharSequence)} reads: the constant name for an
     * enum ({@code GENERAL_PUBLIC_BUDGET}), {@code toString()} otherwise.
     *
     * @param value the value, not null
     * @return the text, never null
     */
    public String format(V value) {
        Objects.requireNonNull(value, "value");
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /**
     * Checks that an object is a value of this dimension.
     *
     * @param value the object, not null
     * @return the value, never null
     * @throws ClassCastException if it is of another type
     */
    public V cast(Object value) {
        return type.cast(Objects.requireNonNull(value, "value"));
    }

    /** The id, such as {@code function}. */
    @Override
    public String toString() {
        return id;
    }
}
