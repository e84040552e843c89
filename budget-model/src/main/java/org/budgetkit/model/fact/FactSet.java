package org.budgetkit.model.fact;

import java.util.ArrayList;
import java.util.Collection;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetkit.model.dimension.Dimension;

/**
 * An ordered, immutable collection of facts with queries by coordinates and by table.
 *
 * <p>{@code facts.select(FactQuery.any().where(Dimension.FUNCTION, parse("201")))} gives every
 * fact on 201 in every table; {@link #at(Coordinates)} those at exactly these coordinates
 * (one per table that prints them). Order is the order of reading. Immutable and
 * thread-safe.
 */
public final class FactSet implements Iterable<Fact> {
    private static final FactSet EMPTY = new FactSet(List.of());

    private final List<Fact> facts;
    private volatile Map<Coordinates, List<Fact>> byCoordinates;

    private FactSet(List<Fact> facts) {
        this.facts = facts;
    }

    /**
     * A fact set of the given facts, in their order.
     *
     * @param facts the facts, not null, no null element
     * @return the fact set, never null
     */
    public static FactSet of(Collection<Fact> facts) {
        Objects.requireNonNull(facts, "facts");
        return facts.isEmpty() ? EMPTY : new FactSet(List.copyOf(facts));
    }

    /** @return the empty fact set, never null */
    public static FactSet empty() {
        return EMPTY;
    }

    /** @return the number of facts */
    public int size() {
        return facts.size();
    }

    /** @return whether there are none */
    public boolean isEmpty() {
        return facts.isEmpty();
    }

    /** @return the facts in order, unmodifiable, never null */
    public List<Fact> asList() {
        return facts;
    }

    /** @return a stream of the facts in order, never null */
    public Stream<Fact> stream() {
        return facts.stream();
    }

    @Override
    public Iterator<Fact> iterator() {
        return facts.iterator();
    }

    /**
     * The facts a query selects, in order.
     *
     * @param query the query, not null
     * @return the selected facts, never null
     */
    public FactSet select(FactQuery query) {
        Objects.requireNonNull(query, "query");
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (query.test(f)) {
                out.add(f);
            }
        }
        return out.size() == facts.size() ? this : of(out);
    }

    /**
     * The facts at exactly these coordinates, in order.
     *
     * @param coordinates the coordinates, not null
     * @return the facts, never null
     */
    public List<Fact> at(Coordinates coordinates) {
        Objects.requireNonNull(coordinates, "coordinates");
        return index().getOrDefault(coordinates, List.of());
    }

    /**
     * The facts read from one table, in order.
     *
     * @param table the table, such as {@code 表3}, not null
     * @return the facts, never null
     */
    public FactSet inTable(String table) {
        return select(FactQuery.any().inTable(table));
    }

    /** @return the distinct table names of the facts in order of first appearance, never null */
    public List<String> tables() {
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts) {
            out.add(f.provenance().table());
        }
        return List.copyOf(out);
    }

    /** @return the distinct coordinates in order of first appearance, never null */
    public Set<Coordinates> coordinates() {
        return java.util.Collections.unmodifiableSet(index().keySet());
    }

    /**
     * The distinct values the facts have on a dimension, in order of first appearance.
     *
     * @param <V> the value type
     * @param dimension the dimension, not null
     * @return the values, never null
     */
    public <V> Set<V> values(Dimension<V> dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Set<V> out = new LinkedHashSet<>();
        for (Fact f : facts) {
            f.coordinates().get(dimension).ifPresent(out::add);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * This set followed by the facts of another.
     *
     * @param other the other set, not null
     * @return the concatenation, never null
     */
    public FactSet plus(FactSet other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        List<Fact> all = new ArrayList<>(facts.size() + other.size());
        all.addAll(facts);
        all.addAll(other.facts);
        return new FactSet(List.copyOf(all));
    }

    private Map<Coordinates, List<Fact>> index() {
        Map<Coordinates, List<Fact>> map = byCoordinates;
        if (map == null) {
            Map<Coordinates, List<Fact>> building = new LinkedHashMap<>();
            for (Fact f : facts) {
                building.computeIfAbsent(f.coordinates(), c -> new ArrayList<>(2)).add(f);
            }
            Map<Coordinates, List<Fact>> frozen = new LinkedHashMap<>(building.size() * 4 / 3 + 1);
            building.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            map = java.util.Collections.unmodifiableMap(frozen);
            byCoordinates = map;
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSet s && s.facts.equals(facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode();
    }

    /** {@code FactSet[705 facts in 表1, 表2, …]}. */
    @Override
    public String toString() {
        List<String> tables = tables();
        return "FactSet[" + facts.size() + " facts" + (tables.isEmpty() || tables.equals(List.of(""))
                ? "" : " in " + String.join(", ", tables)) + "]";
    }

}
