package org.budgetkit.model.fact;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.budgetkit.model.dimension.Dimension;

/**
 * A selection of facts by partial coordinates: each constrained dimension either has a given
 * value or is required to be absent (its total); other dimensions match anything. Optionally
 * restricted to one table.
 *
 * <p>{@code FactQuery.any().where(Dimension.FUNCTION, parse("201")).whereTotal(Dimension.NATURE)}
 * selects the facts on 201 over all natures. Immutable and thread-safe.
 */
public final class FactQuery implements Predicate<Fact> {
    private static final Object TOTAL = new Object();
    private static final FactQuery ANY = new FactQuery(new Object[Dimension.all().size()], null);

    private final Object[] constraints;
    private final String table;

    private FactQuery(Object[] constraints, String table) {
        this.constraints = constraints;
        this.table = table;
    }

    /** @return the query that selects every fact, never null */
    public static FactQuery any() {
        return ANY;
    }

    /**
     * The query selecting facts whose coordinates agree with every dimension set in
     * {@code pattern}.
     *
     * @param pattern the pattern, not null
     * @return the query, never null
     */
    public static FactQuery matching(Coordinates pattern) {
        Objects.requireNonNull(pattern, "pattern");
        FactQuery q = ANY;
        for (Dimension<?> d : pattern.dimensions()) {
            q = q.whereValue(d, pattern);
        }
        return q;
    }

    private <V> FactQuery whereValue(Dimension<V> d, Coordinates pattern) {
        return where(d, pattern.get(d).orElseThrow());
    }

    /**
     * This query, also requiring {@code dimension} to have {@code value} (in place of any
     * earlier constraint on that dimension).
     *
     * @param <V> the value type
     * @param dimension the dimension, not null
     * @param value the value, not null (a dimension's default value means "not set")
     * @return the query, never null
     */
    public <V> FactQuery where(Dimension<V> dimension, V value) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        if (dimension.defaultValue().map(value::equals).orElse(false)) {
            return whereTotal(dimension);
        }
        Object[] copy = constraints.clone();
        copy[dimension.index()] = dimension.cast(value);
        return new FactQuery(copy, table);
    }

    /**
     * This query, also requiring {@code dimension} to be absent from the coordinates: the
     * total of a hierarchical dimension, or its default (in place of any earlier constraint on
     * that dimension).
     *
     * @param dimension the dimension, not null
     * @return the query, never null
     */
    public FactQuery whereTotal(Dimension<?> dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Object[] copy = constraints.clone();
        copy[dimension.index()] = TOTAL;
        return new FactQuery(copy, table);
    }

    /**
     * This query, restricted to facts read from one table (in place of any earlier table).
     *
     * @param tableName the table, such as {@code 表3}, not null
     * @return the query, never null
     */
    public FactQuery inTable(String tableName) {
        return new FactQuery(constraints, Objects.requireNonNull(tableName, "tableName"));
    }

    /** @return the table the query is restricted to, or empty */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    @Override
    public boolean test(Fact fact) {
        if (table != null && !table.equals(fact.provenance().table())) {
            return false;
        }
        Coordinates c = fact.coordinates();
        for (Dimension<?> d : Dimension.all()) {
            Object want = constraints[d.index()];
            if (want == null) {
                continue;
            }
            Optional<?> have = c.get(d);
            if (want == TOTAL ? have.isPresent() : !have.map(want::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactQuery q && Arrays.equals(q.constraints, constraints) && Objects.equals(q.table, table);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(constraints) * 31 + Objects.hashCode(table);
    }

    /** {@code FactQuery{function=201, nature=total, table=表3}}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("FactQuery{");
        for (Dimension<?> d : Dimension.all()) {
            Object want = constraints[d.index()];
            if (want != null) {
                if (out.charAt(out.length() - 1) != '{') {
                    out.append(", ");
                }
                out.append(d.id()).append('=').append(want == TOTAL ? "total" : want);
            }
        }
        if (table != null) {
            out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ").append("table=").append(table);
        }
        return out.append('}').toString();
    }
}
