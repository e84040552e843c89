package org.budgetkit.rules.internal.columnar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of one dimension, numbered from 1 in order of first appearance; 0 stands
 * for "absent" (the dimension's total). Built once, then read-only.
 */
final class Dictionary {
    private final Object[] values;
    private final Map<Object, Integer> ids;

    private Dictionary(Object[] values, Map<Object, Integer> ids) {
        this.values = values;
        this.ids = ids;
    }

    /** @return the number of distinct values (the largest id) */
    int size() {
        return values.length;
    }

    /** @return the value of an id from 1 to {@link #size()} */
    Object value(int id) {
        return values[id - 1];
    }

    /** @return the id of a value, or -1 if it is not in the dictionary; 0 for null */
    int id(Object value) {
        if (value == null) {
            return 0;
        }
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    /** Collects values while facts are appended. Not thread-safe. */
    static final class Builder {
        private final List<Object> values = new ArrayList<>();
        private final Map<Object, Integer> ids = new HashMap<>();
        // Consecutive facts usually share most coordinates (one unit, one row): skip the hash.
        private Object last;
        private int lastId;

        int idOf(Object value) {
            if (value == last || value.equals(last)) {
                return lastId;
            }
            Integer id = ids.get(value);
            if (id == null) {
                values.add(value);
                id = values.size();
                ids.put(value, id);
            }
            last = value;
            lastId = id;
            return id;
        }

        int size() {
            return values.size();
        }

        Dictionary build() {
            return new Dictionary(values.toArray(), Map.copyOf(ids));
        }
    }
}
