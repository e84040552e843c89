package org.budgetkit.model.dimension;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared matching of enum constants by constant name, Chinese name or printed alias. */
final class Labels {
    private static final Pattern MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|[0-9]{1,2}[、.](?![0-9])|\\([0-9]{1,2}\\)"
                    + "|[\u2460-\u249B]|其中[:：]?)+");
    /** Per enum type, its folded printed names: built once, as parsing is on every path that reads text. */
    private static final Map<Class<?>, Map<String, Enum<?>>> FOLDED = new ConcurrentHashMap<>();

    private Labels() {
    }

    /**
     * The text reduced for comparison: no white space, no quotes, full-width folded, no list
     * marker ({@code 一、}, {@code （一）}, {@code 1.}, {@code (1)}, {@code ①}, {@code ⑴}, {@code ⒈},
     * {@code 其中：}), as {@code Classification.normalizeName} does for code names.
     */
    static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '"' || c == '\u201C'
                    || c == '\u201D' || c == '\uFF02') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - '\uFF01' + '!');
            }
            out.append(c);
        }
        return MARKER.matcher(out).replaceFirst("");
    }

    static <E extends Enum<E>> E parse(Class<E> type, CharSequence text, Function<E, String[]> names) {
        String constant = text.toString().strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        Enum<?> found = FOLDED.computeIfAbsent(type, t -> index(type, names)).get(fold(text));
        if (found == null) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": \"" + text + "\"");
        }
        return type.cast(found);
    }

    private static <E extends Enum<E>> Map<String, Enum<?>> index(Class<E> type, Function<E, String[]> names) {
        Map<String, Enum<?>> index = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            for (String n : names.apply(e)) {
                // The first constant to print a name keeps it, as the linear search did.
                index.putIfAbsent(fold(n), e);
            }
        }
        return Map.copyOf(index);
    }
}
