package org.budgetkit.model.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetkit.model.money.Amount;

/**
 * The published text of the seed, read independently of the code under test: its lines
 * (numbered from 1, as in the provenance of facts and claims) and the figures printed on them,
 * formatted by a plain oracle rather than by {@code Amount}'s own formatting.
 */
final class SeedText {
    /** A figure as printed in a table: {@code 1,877}, {@code 4.60}, {@code 1876.57}, {@code 0}. */
    static final Pattern FIGURE = Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");
    /** A classification code printed at the start of a row of 表3, 表7 or 表8. */
    private static final Pattern CODE = Pattern.compile("[0-9]{3}|[0-9]{5}|[0-9]{7}");

    private static final List<String> LINES = load();

    private SeedText() {
    }

    private static List<String> load() {
        // The bundled copy of the published text; SeedDocumentTest pins its SHA-256 to that of
        // the published seed file (000_d2f916a522492f5d.txt).
        return List.of(PingshanPetitionBureau2023.text().split("\n", -1));
    }

    /** @return every line, index 0 being line 1 */
    static List<String> lines() {
        return LINES;
    }

    /** @return line {@code n}, numbered from 1 */
    static String line(int n) {
        return LINES.get(n - 1);
    }

    /** @return lines {@code from} to {@code to} inclusive, joined with all white space removed */
    static String joined(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int n = Math.max(1, from); n <= Math.min(LINES.size(), to); n++) {
            out.append(line(n));
        }
        return squeeze(out);
    }

    /** @return the text without any white space */
    static String squeeze(CharSequence s) {
        return s.toString().replaceAll("[\\s\u3000]+", "");
    }

    /**
     * The figures of a table line: white-space separated tokens of figure form, without the
     * years ({@code 2023 年…}), the codes that start a row ({@code 201 一般公共服务支出 …}) and
     * the table numbers ({@code 表 1}).
     */
    static List<String> tableFigures(String line) {
        List<String> out = new ArrayList<>();
        if (line.strip().matches("表 [0-9]+")) {
            return out;
        }
        String[] tokens = line.strip().split("[\\s\u3000]+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (!FIGURE.matcher(t).matches()) {
                continue;
            }
            String next = i + 1 < tokens.length ? tokens[i + 1] : "";
            if (next.startsWith("年")) {
                continue;
            }
            if (i == 0 && CODE.matcher(t).matches() && !next.isEmpty() && !FIGURE.matcher(next).matches()) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The figure as the tables print it, computed from value and decimals by a plain oracle:
     * {@code 1877} to 0 decimals is {@code 1,877}; {@code 4.6} to 2 is {@code 4.60}.
     *
     * @param grouped whether the integer part has thousands separators
     */
    static String printed(Amount amount, boolean grouped) {
        int decimals = amount.precision().decimals();
        String plain = amount.value().setScale(decimals).toPlainString();
        return grouped ? group(plain) : plain;
    }

    /** @return {@code plain} with a comma every three digits of its integer part */
    static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String body = negative ? plain.substring(1) : plain;
        int point = body.indexOf('.');
        String integer = point < 0 ? body : body.substring(0, point);
        String fraction = point < 0 ? "" : body.substring(point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + out + fraction;
    }

    /** @return a whole number or decimal as printed in the narrative ({@code 1,877}, {@code 6.1}) */
    static String printedNumber(BigDecimal value) {
        return group(value.toPlainString());
    }
}
