package org.budgetkit.io.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetkit.model.dimension.Dimension;

/**
 * Reads dimension values from their file form ({@link Dimension#format}) with a small cache
 * per dimension: files repeat the same few values on every row, and the model's parsers
 * (aliases, folding) are built for correctness, not for millions of calls. Values an enum
 * dimension writes (its constant names) are found without parsing at all. Only the exact form
 * {@link Dimension#format} writes is accepted. Not thread-safe:
 * one instance per read.
 */
public final class DimensionValues {
    private static final int MAX_CACHED = 4_096;
    private static final List<Dimension<?>> ALL = Dimension.all();
    private static final Map<String, Object>[] CONSTANTS = constants();

    private final Map<String, Object>[] cache;

    /** A fresh cache. */
    @SuppressWarnings("unchecked")
    public DimensionValues() {
        cache = new Map[ALL.size()];
        for (int i = 0; i < cache.length; i++) {
            cache[i] = new HashMap<>();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] constants() {
        Map<String, Object>[] out = new Map[ALL.size()];
        for (Dimension<?> d : ALL) {
            Map<String, Object> m = new HashMap<>();
            Object[] values = d.type().getEnumConstants();
            if (values != null) {
                for (Object v : values) {
                    m.put(((Enum<?>) v).name(), v);
                }
            }
            out[d.index()] = Map.copyOf(m);
        }
        return out;
    }

    /**
     * The value of {@code text} on {@code dimension}.
     *
     * @param <V> the value type
     * @param dimension the dimension
     * @param text the text, not empty
     * @return the value
     * @throws IllegalArgumentException if the text is not a value of the dimension, or not in the
     *     form {@link Dimension#format} writes (an alias such as {@code 支出} for {@code EXPENDITURE})
     */
    public <V> V parse(Dimension<V> dimension, String text) {
        int i = dimension.index();
        Object v = cache[i].get(text);
        if (v == null) {
            v = CONSTANTS[i].get(text);
            if (v == null) {
                V parsed = dimension.parse(text);
                String canonical = dimension.format(parsed);
                if (!canonical.equals(text)) {
                    // An alias or a variant would be read, but written back otherwise: refused, not coerced.
                    throw new IllegalArgumentException("\"" + text + "\" is written \"" + canonical + "\"");
                }
                v = parsed;
            }
            if (cache[i].size() < MAX_CACHED) {
                cache[i].put(text, v);
            }
        }
        return dimension.cast(v);
    }
}
