package org.budgetkit.model.dimension;

import java.util.Locale;

/** Shared matching of enum constants by constant name, Chinese name or printed alias. */
final class Labels {
    private static final java.util.regex.Pattern LIST_MARKERS = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|[0-9]{1,2}[、.](?![0-9])|[\u2488-\u249B]|其中[:：]?)+");

    private Labels() {
    }

    /** The text reduced for comparison: no white space, no quotes, full-width folded, no list marker. */
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
        return LIST_MARKERS.matcher(out).replaceFirst("");
    }

    static <E extends Enum<E>> E parse(Class<E> type, CharSequence text, java.util.function.Function<E, String[]> names) {
        String wanted = fold(text);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text.toString().strip().toUpperCase(Locale.ROOT))) {
                return e;
            }
            for (String n : names.apply(e)) {
                if (fold(n).equals(wanted)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("not a " + type.getSimpleName() + ": \"" + text + "\"");
    }
}
