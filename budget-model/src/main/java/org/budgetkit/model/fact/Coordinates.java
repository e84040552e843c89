package org.budgetkit.model.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.model.dimension.Dimension;

/**
 * Where a fact sits: a value on some of the {@link Dimension dimensions}. A hierarchical
 * dimension left out means its total; a dimension set to its default value (the measure
 * {@code AMOUNT}) is the same as leaving it out.
 *
 * <p>{@code Coordinates.empty().with(Dimension.FUNCTION, FunctionCode.parse("201"))
 * .get(Dimension.FUNCTION)} is {@code Optional[201]}. Also used as a partial pattern:
 * {@link #merge(Coordinates)} combines a table's, a row's and a column's coordinates.
 * {@code parse(toString())} returns equal coordinates.
 *
 * <p>Immutable and thread-safe.
 */
public final class Coordinates {
    private static final int SIZE = Dimension.all().size();
    private static final Coordinates EMPTY = new Coordinates(new Object[SIZE]);
    /** Each dimension's default value by index (null for none), so that {@link #with} needs no Optional. */
    private static final Object[] DEFAULTS = defaults();
    private static final Pattern ID = Pattern.compile("([a-z_]+)=");
    private static final Pattern NEXT = Pattern.compile(", (?=[a-z_]+=)");

    private final Object[] values;
    private final int hash;

    /** {@code 31^(SIZE - 1 - i)}: the weight of value {@code i} in {@code Arrays.hashCode(values)}. */
    private static final int[] WEIGHTS = weights();

    private Coordinates(Object[] values) {
        this(values, Arrays.hashCode(values));
    }

    /** With the hash already known: {@code Arrays.hashCode(values)}. */
    private Coordinates(Object[] values, int hash) {
        this.values = values;
        this.hash = hash;
    }

    private static int[] weights() {
        int[] out = new int[SIZE];
        int w = 1;
        for (int i = SIZE - 1; i >= 0; i--) {
            out[i] = w;
            w *= 31;
        }
        return out;
    }

    /**
     * The values with one replaced, and their {@code Arrays.hashCode} computed from this one's:
     * only the replaced value's term changes (the arithmetic wraps as that of the hash does).
     */
    private Coordinates replaced(int index, Object value) {
        Object[] copy = values.clone();
        Object old = copy[index];
        copy[index] = value;
        int delta = (value == null ? 0 : value.hashCode()) - (old == null ? 0 : old.hashCode());
        return new Coordinates(copy, hash + WEIGHTS[index] * delta);
    }

    private static Object[] defaults() {
        Object[] out = new Object[SIZE];
        for (Dimension<?> d : Dimension.all()) {
            out[d.index()] = d.defaultValue().orElse(null);
        }
        return out;
    }

    /** @return coordinates with no dimension set, never null */
    public static Coordinates empty() {
        return EMPTY;
    }

    /**
     * Reads the form {@link #toString()} writes: {@code {flow=EXPENDITURE, year=2023, function=201}}
     * (values in their {@link Dimension#format file form}, or as {@link Dimension#parse} reads
     * them; {@code {}} for none). A value in quotation marks may contain anything, with {@code \"}
     * and {@code \\} for a quote and a backslash: {@code {project="a, b"}}.
     *
     * @param text the text, not null
     * @return the coordinates, never null
     * @throws IllegalArgumentException if the text is not of that form, names an unknown
     *     dimension or one twice, or has a value its dimension does not read
     */
    public static Coordinates parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (!s.startsWith("{") || !s.endsWith("}") || s.length() < 2) {
            throw new IllegalArgumentException("coordinates are written {dimension=value, ...}: \"" + s + "\"");
        }
        int end = s.length() - 1;
        Coordinates c = EMPTY;
        int i = 1;
        while (i < end) {
            Matcher id = ID.matcher(s).region(i, end);
            if (!id.lookingAt()) {
                throw new IllegalArgumentException("expected dimension= at " + i + " in \"" + s + "\"");
            }
            Dimension<?> d = Dimension.ofId(id.group(1));
            if (c.has(d)) {
                throw new IllegalArgumentException("dimension " + d + " twice in \"" + s + "\"");
            }
            int j = id.end();
            String value;
            if (j < end && s.charAt(j) == '"') {
                StringBuilder v = new StringBuilder();
                j++;
                while (true) {
                    if (j >= end) {
                        throw new IllegalArgumentException("unclosed quote in \"" + s + "\"");
                    }
                    char ch = s.charAt(j);
                    if (ch == '\\' && j + 1 < end) {
                        v.append(s.charAt(j + 1));
                        j += 2;
                    } else if (ch == '"') {
                        j++;
                        break;
                    } else {
                        v.append(ch);
                        j++;
                    }
                }
                value = v.toString();
            } else {
                // An unquoted value runs to the next ", dimension=" (the writer quotes any value
                // containing ", ").
                Matcher next = NEXT.matcher(s).region(j, end);
                int stop = next.find() ? next.start() : end;
                value = s.substring(j, stop);
                j = stop;
            }
            c = c.withParsed(d, value);
            if (j < end) {
                if (!s.startsWith(", ", j) || j + 2 >= end) {
                    throw new IllegalArgumentException("expected \", \" at " + j + " in \"" + s + "\"");
                }
                j += 2;
            }
            i = j;
        }
        return c;
    }

    private <V> Coordinates withParsed(Dimension<V> d, String text) {
        return with(d, d.parse(text));
    }

    /**
     * The value on a dimension.
     *
     * @param <V> the value type
     * @param dimension the dimension, not null
     * @return the value, or empty if not set (the total, or the default)
     */
    public <V> Optional<V> get(Dimension<V> dimension) {
        Objects.requireNonNull(dimension, "dimension");
        return Optional.ofNullable(value(dimension));
    }

    /**
     * The value stored for a dimension, without a reflective {@code Class.cast}: every value was
     * checked against its dimension's type when it was set ({@link #with}, {@link #merge}).
     */
    @SuppressWarnings("unchecked")
    private <V> V value(Dimension<V> dimension) {
        return (V) values[dimension.index()];
    }

    /**
     * The value on a dimension, or its default ({@code AMOUNT} for the measure), or null.
     * {@code empty().getOrDefault(Dimension.MEASURE)} is {@code AMOUNT}.
     *
     * @param <V> the value type
     * @param dimension the dimension, not null
     * @return the value or default, or null if neither
     */
    public <V> V getOrDefault(Dimension<V> dimension) {
        Objects.requireNonNull(dimension, "dimension");
        V v = value(dimension);
        return v != null ? v : dimension.defaultValue().orElse(null);
    }

    /**
     * Whether a value is set on the dimension.
     *
     * @param dimension the dimension, not null
     * @return true if set
     */
    public boolean has(Dimension<?> dimension) {
        return values[Objects.requireNonNull(dimension, "dimension").index()] != null;
    }

    /**
     * These coordinates with a value set (replacing any value there).
     *
     * @param <V> the value type
     * @param dimension the dimension, not null
     * @param value the value, not null; a dimension's default value removes the dimension
     * @return the coordinates ({@code this} if unchanged), never null
     */
    public <V> Coordinates with(Dimension<V> dimension, V value) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        Object v = dimension.cast(value);
        if (v.equals(DEFAULTS[dimension.index()])) {
            return without(dimension);
        }
        if (v.equals(values[dimension.index()])) {
            return this;
        }
        return replaced(dimension.index(), v);
    }

    /**
     * These coordinates without a dimension (its total, or its default).
     *
     * @param dimension the dimension, not null
     * @return the coordinates ({@code this} if unchanged), never null
     */
    public Coordinates without(Dimension<?> dimension) {
        Objects.requireNonNull(dimension, "dimension");
        if (values[dimension.index()] == null) {
            return this;
        }
        return replaced(dimension.index(), null);
    }

    /**
     * The union of two sets of coordinates, such as a table's, a row's and a column's.
     *
     * @param other the other coordinates, not null
     * @return the union, never null
     * @throws IllegalArgumentException if both set a dimension to different values
     */
    public Coordinates merge(Coordinates other) {
        Objects.requireNonNull(other, "other");
        Object[] copy = null;
        for (int i = 0; i < SIZE; i++) {
            Object o = other.values[i];
            if (o == null) {
                continue;
            }
            Object mine = values[i];
            if (mine == null) {
                if (copy == null) {
                    copy = values.clone();
                }
                copy[i] = o;
            } else if (!mine.equals(o)) {
                throw new IllegalArgumentException("conflicting " + Dimension.all().get(i) + ": " + mine + " and "
                        + o + " merging " + this + " and " + other);
            }
        }
        return copy == null ? this : new Coordinates(copy);
    }

    /**
     * Whether these coordinates agree with every dimension set in {@code pattern} (dimensions
     * the pattern leaves out match anything).
     *
     * @param pattern the pattern, not null
     * @return true if they agree
     */
    public boolean matches(Coordinates pattern) {
        Objects.requireNonNull(pattern, "pattern");
        for (int i = 0; i < SIZE; i++) {
            Object p = pattern.values[i];
            if (p != null && !p.equals(values[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the dimensions set, in {@link Dimension#all()} order, never null */
    public List<Dimension<?>> dimensions() {
        List<Dimension<?>> out = new ArrayList<>(SIZE);
        for (Dimension<?> d : Dimension.all()) {
            if (values[d.index()] != null) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /** @return whether no dimension is set */
    public boolean isEmpty() {
        return this.equals(EMPTY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coordinates c && c.hash == hash && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * {@code {unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=2023, function=201}}: the
     * dimensions set, in {@link Dimension#all()} order, each with its value in
     * {@link Dimension#format file form}; a value that contains {@code ", "} or starts with a
     * quotation mark is written in quotation marks, with {@code \"} and {@code \\} for a quote and
     * a backslash, so that {@link #parse(CharSequence)} reads back equal coordinates.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Dimension<?> d : Dimension.all()) {
            Object v = values[d.index()];
            if (v != null) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(d.id()).append('=').append(format(d, v));
            }
        }
        return out.append('}').toString();
    }

    private static <V> String format(Dimension<V> d, Object v) {
        String text = d.format(d.cast(v));
        if (!text.contains(", ") && !text.startsWith("\"")) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
