package org.budgetkit.model.fact;

import java.util.Objects;

/**
 * Where a fact was read: the source (a file name), the table (such as {@code 表3}), the row and
 * column labels as printed, and the line and page of the figure (0 when unknown).
 *
 * <p>{@code new Provenance("shenzhen-pingshan-petition-bureau-2023-budget.txt", "表1", "一、一般公共服务支出", "支出/预算数", 433, 0)}.
 * Immutable and thread-safe.
 *
 * @param source the source name, not null (may be empty)
 * @param table the table, not null; empty for a fact not read from a table
 * @param row the row label, not null (may be empty)
 * @param column the column label, not null (may be empty)
 * @param line the line of the figure in the source, from 1; 0 if unknown
 * @param page the page, from 1; 0 if unknown
 */
public record Provenance(String source, String table, String row, String column, int line, int page) {
    private static final Provenance NONE = new Provenance("", "", "", "", 0, 0);

    /**
     * Validates the provenance.
     *
     * @throws IllegalArgumentException if {@code line} or {@code page} is negative, or a label
     *     has a line break
     */
    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        if (line < 0 || page < 0) {
            throw new IllegalArgumentException("line and page are 0 (unknown) or positive: " + line + ", " + page);
        }
        if (table.indexOf('\n') >= 0 || row.indexOf('\n') >= 0 || column.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("labels are one line each");
        }
    }

    /** @return a provenance that says nothing (a computed or hand-entered fact), never null */
    public static Provenance none() {
        return NONE;
    }

    /**
     * A short form for messages: {@code 表1 “一、一般公共服务支出” × “支出/预算数” (line 433)};
     * what is unknown is left out ({@code 表6 × “收入/预算数” (line 935)}), and nothing is known
     * of {@link #none()}: the empty string.
     *
     * @return the description, never null
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (!table.isEmpty()) {
            out.append(table);
        }
        if (!row.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append('“').append(row).append('”');
        }
        if (!column.isEmpty()) {
            out.append(out.length() > 0 ? " × “" : "× “").append(column).append('”');
        }
        if (line > 0 || page > 0) {
            out.append(out.length() > 0 ? " " : "").append('(');
            if (page > 0) {
                out.append("page ").append(page).append(line > 0 ? ", " : "");
            }
            if (line > 0) {
                out.append("line ").append(line);
            }
            out.append(')');
        }
        return out.toString();
    }
}
