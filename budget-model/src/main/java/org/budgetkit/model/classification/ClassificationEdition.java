package org.budgetkit.model.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One fiscal year's edition of a {@link Classification}: each code with its name that year,
 * as a tree.
 *
 * <p>{@code edition.findByName(Optional.of(parse("20103")), "其他政府办公厅（室）及相关机构事务支出")}
 * is {@code 2010399}. A name alone does not identify a code (行政运行 is under many 款); a name
 * under its parent does. Lookup ignores white space, full-width/half-width differences and
 * list markers ({@link Classification#normalizeName}), and accepts a name cut short where a
 * table cell wrapped when exactly one name under the parent starts with it (4 characters or
 * more). Where two names of a code apply to the year (in a {@linkplain Classification#merge
 * merged} classification), the edition takes the one of the narrower range of years.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the kind of code
 */
public final class ClassificationEdition<C extends ClassificationCode> {
    /** The fewest characters a name cut short must keep to be matched. */
    static final int MIN_PREFIX = 4;

    private final int year;
    private final Map<C, String> names;
    private final Map<Optional<C>, List<C>> children;
    private final Map<Optional<C>, Map<String, List<C>>> byName;

    ClassificationEdition(int year, List<Classification.Entry<C>> entries) {
        this.year = year;
        // Where two names of a code apply to this year (a merged list), the narrower range of
        // years is the more specific; of two equally narrow ones, the first listed.
        Map<C, Classification.Entry<C>> chosen = new TreeMap<>();
        for (Classification.Entry<C> e : entries) {
            if (e.appliesTo(year)) {
                chosen.merge(e.code(), e, (old, candidate) -> span(candidate) < span(old) ? candidate : old);
            }
        }
        Map<C, String> n = new TreeMap<>();
        chosen.forEach((code, e) -> n.put(code, e.name()));
        this.names = java.util.Collections.unmodifiableMap(n);
        Map<Optional<C>, List<C>> kids = new HashMap<>();
        Map<Optional<C>, Map<String, List<C>>> index = new HashMap<>();
        for (Map.Entry<C, String> e : n.entrySet()) {
            @SuppressWarnings("unchecked")
            Optional<C> parent = (Optional<C>) e.getKey().parent();
            kids.computeIfAbsent(parent, p -> new ArrayList<>()).add(e.getKey());
            index.computeIfAbsent(parent, p -> new LinkedHashMap<>())
                    .computeIfAbsent(Classification.normalizeName(e.getValue()), k -> new ArrayList<>(1))
                    .add(e.getKey());
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        this.byName = index;
    }

    private static int span(Classification.Entry<?> e) {
        return e.lastYear() - e.firstYear();
    }

    /** @return the fiscal year of this edition */
    public int year() {
        return year;
    }

    /**
     * The name of a code in this edition.
     *
     * @param code the code, not null
     * @return the name, or empty if the code is not in this edition
     */
    public Optional<String> name(C code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(names.get(code));
    }

    /**
     * The code and its name, or the code alone if the edition does not know it:
     * {@code 2010301 行政运行}.
     *
     * @param code the code, not null
     * @return the description, never null
     */
    public String describe(C code) {
        return name(code).map(n -> code + " " + n).orElse(code.toString());
    }

    /**
     * Whether the code is in this edition. A code that is not is still valid by structure: it
     * may be in the official list but not in this one.
     *
     * @param code the code, not null
     * @return true if it is listed
     */
    public boolean isKnown(C code) {
        Objects.requireNonNull(code, "code");
        return names.containsKey(code);
    }

    /**
     * The codes of {@code codes} this edition does not hold, in their order, without repeats:
     * what to report as "not in the bundled edition".
     *
     * @param codes the codes, not null
     * @return the unknown codes, never null
     */
    public List<C> unknown(Iterable<? extends C> codes) {
        Objects.requireNonNull(codes, "codes");
        Set<C> out = new java.util.LinkedHashSet<>();
        for (C c : codes) {
            if (!isKnown(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** @return every code of the edition, ordered, never null */
    public Set<C> codes() {
        return names.keySet();
    }

    /**
     * The codes of the edition one level below a code (or the 类 for empty).
     *
     * @param parent the parent, or empty for the 类
     * @return the children, ordered, never null
     */
    public List<C> children(Optional<C> parent) {
        Objects.requireNonNull(parent, "parent");
        return children.getOrDefault(parent, List.of());
    }

    /**
     * Finds the code with a name directly under a parent.
     *
     * @param parent the parent, or empty to search the 类
     * @param name the name as printed, not null
     * @return the code; empty if none has that name there, or if two have it
     */
    public Optional<C> findByName(Optional<C> parent, String name) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(name, "name");
        Map<String, List<C>> index = byName.get(parent);
        if (index == null) {
            return Optional.empty();
        }
        String wanted = Classification.normalizeName(name);
        List<C> exact = index.get(wanted);
        if (exact != null) {
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        }
        if (wanted.length() < MIN_PREFIX) {
            return Optional.empty();
        }
        List<C> found = new ArrayList<>(1);
        for (Map.Entry<String, List<C>> e : index.entrySet()) {
            if (e.getKey().startsWith(wanted)) {
                found.addAll(e.getValue());
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Every code of the edition with exactly this name, at any level.
     *
     * @param name the name as printed, not null
     * @return the codes, ordered, never null
     */
    public List<C> findAllByName(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = Classification.normalizeName(name);
        List<C> out = new ArrayList<>();
        for (Map.Entry<C, String> e : names.entrySet()) {
            if (Classification.normalizeName(e.getValue()).equals(wanted)) {
                out.add(e.getKey());
            }
        }
        return List.copyOf(out);
    }

    /** {@code ClassificationEdition[2023, 48 codes]}. */
    @Override
    public String toString() {
        return "ClassificationEdition[" + year + ", " + names.size() + " codes]";
    }
}
