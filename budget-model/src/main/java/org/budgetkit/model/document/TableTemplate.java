package org.budgetkit.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.fact.Coordinates;

/**
 * The layout of a kind of table: its title, the coordinates every cell shares, and its
 * columns with the coordinates each adds. Rows add their own coordinates (a function code, a
 * fund source, a unit) when a table is {@linkplain Table.Builder built}.
 *
 * <p>{@code Templates.SHENZHEN_BASIC_EXPENDITURE.column(2)} is {@code 政府预算拨款/一般公共预算拨款}
 * with {@code {fund_source=GENERAL_PUBLIC_BUDGET}}. Immutable and thread-safe.
 */
public final class TableTemplate {
    /**
     * A column: its label (the header path, levels joined by {@code /}) and the coordinates it
     * adds.
     *
     * @param label the label, not blank
     * @param coordinates the coordinates, not null
     */
    public record Column(String label, Coordinates coordinates) {
        /**
         * Validates the column.
         *
         * @throws IllegalArgumentException if the label is blank
         */
        public Column {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(coordinates, "coordinates");
            if (label.isBlank()) {
                throw new IllegalArgumentException("blank column label");
            }
        }
    }

    private final String id;
    private final TableKind kind;
    private final String title;
    private final Coordinates base;
    private final List<Column> columns;

    private TableTemplate(String id, TableKind kind, String title, Coordinates base, List<Column> columns) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.base = base;
        this.columns = List.copyOf(columns);
    }

    /**
     * A template.
     *
     * @param id a stable identifier such as {@code shenzhen/basic-expenditure}, not blank
     * @param kind the kind of table, not null
     * @param title the title as printed, not null
     * @param base the coordinates every cell shares, not null
     * @param columns the columns, not null, not empty, labels distinct
     * @return the template, never null
     * @throws IllegalArgumentException if the id is blank, there are no columns, two share a
     *     label, or a column sets a dimension of {@code base} to another value
     */
    public static TableTemplate of(String id, TableKind kind, String title, Coordinates base, List<Column> columns) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(columns, "columns");
        if (id.isBlank() || columns.isEmpty()) {
            throw new IllegalArgumentException("a template needs an id and columns: " + id);
        }
        List<String> labels = new ArrayList<>();
        for (Column c : columns) {
            if (labels.contains(c.label())) {
                throw new IllegalArgumentException("column \"" + c.label() + "\" twice in " + id);
            }
            labels.add(c.label());
            try {
                base.merge(c.coordinates());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("column \"" + c.label() + "\" of " + id
                        + " contradicts the template's coordinates: " + e.getMessage(), e);
            }
        }
        return new TableTemplate(id, kind, title, base, columns);
    }

    /** @return the identifier, never null */
    public String id() {
        return id;
    }

    /** @return the kind of table, never null */
    public TableKind kind() {
        return kind;
    }

    /** @return the title as printed, never null */
    public String title() {
        return title;
    }

    /** @return the coordinates every cell shares, never null */
    public Coordinates base() {
        return base;
    }

    /** @return the columns, never null */
    public List<Column> columns() {
        return columns;
    }

    /**
     * A column by position.
     *
     * @param index from 0
     * @return the column, never null
     * @throws IndexOutOfBoundsException if there is no such column
     */
    public Column column(int index) {
        return columns.get(index);
    }

    /**
     * A column by label.
     *
     * @param label the label, not null
     * @return the column, or empty
     */
    public Optional<Column> column(String label) {
        Objects.requireNonNull(label, "label");
        return columns.stream().filter(c -> c.label().equals(label)).findFirst();
    }

    /** {@code TableTemplate[shenzhen/basic-expenditure 基本支出总表, 12 columns]}. */
    @Override
    public String toString() {
        return "TableTemplate[" + id + " " + title + ", " + columns.size() + " columns]";
    }
}
