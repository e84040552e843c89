package org.budgetkit.io.internal;

/**
 * Writing cells for spreadsheets: formula neutralisation and CSV quoting.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF
 * would be taken by a spreadsheet for a formula (CSV injection); it is written with a leading
 * apostrophe ({@code '=1+2}), which spreadsheets show as text. So that reading stays exact, a
 * cell that itself starts with an apostrophe gets one more, and a reader removes exactly one
 * leading apostrophe from every text cell. Numeric cells (amounts, decimals) are never
 * prefixed: they hold only a validated number such as {@code -131}, which a spreadsheet reads
 * as that number.
 */
public final class Cells {
    private Cells() {
    }

    /**
     * The text as written to a text cell.
     *
     * @param value the value, not null
     * @return the neutralised value
     */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == '\'') {
            return "'" + value;
        }
        return value;
    }

    /**
     * The value of a text cell as read: one leading apostrophe removed.
     *
     * @param cell the cell, not null
     * @return the value
     */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
    }

    /**
     * Appends a field to a CSV record, quoting it (RFC 4180) when it holds a comma, a quote, a
     * line break, leading or trailing white space, or starts with {@code #}.
     *
     * @param out the record
     * @param field the field, already neutralised if it is text
     */
    public static void appendQuoted(StringBuilder out, String field) {
        int n = field.length();
        boolean quote = n > 0 && (field.charAt(0) == ' ' || field.charAt(0) == '#' || field.charAt(n - 1) == ' '
                || field.charAt(0) == '\t' || field.charAt(n - 1) == '\t');
        for (int i = 0; i < n && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
