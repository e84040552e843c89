package org.budgetkit.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;

/**
 * A table of a document as it was laid out: number ({@code 表3}), title, kind, the unit of
 * its amounts, its column labels, its rows (label, code, the coordinates the row adds, line),
 * and any figures that could not be placed on coordinates (kept, never dropped). The figures
 * themselves are the document's {@link Fact facts} whose provenance names this table.
 *
 * <p>Built with a {@link Builder} obtained from {@link Document.Builder#table}. Immutable and
 * thread-safe.
 */
public final class Table {
    /**
     * A row as printed.
     *
     * @param label the label as printed (wrapped lines joined), not null
     * @param code the classification code as printed, or empty
     * @param coordinates the coordinates the row adds, not null
     * @param line the line of its figures, from 1; 0 if unknown
     * @param page the page, from 1; 0 if unknown
     */
    public record Row(String label, String code, Coordinates coordinates, int line, int page) {
        /** Checks the arguments. */
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(coordinates, "coordinates");
        }
    }

    /**
     * A printed figure that could not be placed on coordinates (an unlabelled row, say).
     *
     * @param row the row label (possibly empty), not null
     * @param column the column label, not null
     * @param text the figure as printed, not null
     * @param line the line, from 1; 0 if unknown
     * @param page the page, from 1; 0 if unknown
     */
    public record RawFigure(String row, String column, String text, int line, int page) {
        /** Checks the arguments. */
        public RawFigure {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(text, "text");
        }
    }

    private final String number;
    private final String title;
    private final TableKind kind;
    private final String template;
    private final AmountUnit unit;
    private final int line;
    private final int page;
    private final List<String> columns;
    private final List<Row> rows;
    private final List<RawFigure> unplaced;

    private Table(Builder b) {
        this.number = b.number;
        this.title = b.title;
        this.kind = b.template.kind();
        this.template = b.template.id();
        this.unit = b.unit;
        this.line = b.line;
        this.page = b.titlePage;
        this.columns = b.template.columns().stream().map(TableTemplate.Column::label).toList();
        this.rows = List.copyOf(b.rows);
        this.unplaced = List.copyOf(b.unplaced);
    }

    /** @return the number as printed, such as {@code 表3}, never null */
    public String number() {
        return number;
    }

    /** @return the title as printed, never null */
    public String title() {
        return title;
    }

    /** @return the kind, never null */
    public TableKind kind() {
        return kind;
    }

    /** @return the id of the template it was built with, never null */
    public String template() {
        return template;
    }

    /** @return the unit of its amounts ({@code 单位：万元}), never null */
    public AmountUnit unit() {
        return unit;
    }

    /** @return the line of the title, from 1; 0 if unknown */
    public int line() {
        return line;
    }

    /** @return the page of the title, from 1; 0 if unknown */
    public int page() {
        return page;
    }

    /** @return the column labels in order, never null */
    public List<String> columns() {
        return columns;
    }

    /** @return the rows in order, never null */
    public List<Row> rows() {
        return rows;
    }

    /** @return the figures that could not be placed on coordinates, never null */
    public List<RawFigure> unplaced() {
        return unplaced;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && t.number.equals(number) && t.title.equals(title) && t.template.equals(template)
                && t.unit == unit && t.line == line && t.page == page && t.rows.equals(rows)
                && t.unplaced.equals(unplaced);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, template, unit, line, rows, unplaced);
    }

    /** {@code 表3 支出总表 (万元, 17 rows × 6 columns)}. */
    @Override
    public String toString() {
        return number + " " + title + " (" + unit.symbol() + ", " + rows.size() + " rows × " + columns.size()
                + " columns" + (unplaced.isEmpty() ? "" : ", " + unplaced.size() + " unplaced") + ")";
    }

    /**
     * Builds a table row by row, turning each printed figure into a fact: its coordinates are the
     * row's, the column's and the template's together, with the document's unit and year
     * filled in where none of them says otherwise. Not thread-safe.
     */
    public static final class Builder {
        private static final java.util.regex.Pattern FIGURE_SEPARATOR = java.util.regex.Pattern.compile("[\\s\u3000]+");

        private final TableTemplate template;
        private final String number;
        private final String title;
        private final AmountUnit unit;
        private final int line;
        private final int titlePage;
        private final String source;
        private final Coordinates defaults;
        private final Consumer<Fact> sink;
        private final Consumer<Table> done;
        private final List<Row> rows = new ArrayList<>();
        private final List<RawFigure> unplaced = new ArrayList<>();
        private int page;
        private boolean built;

        Builder(TableTemplate template, String number, String title, AmountUnit unit, int line, int page,
                String source, Coordinates defaults, Consumer<Fact> sink, Consumer<Table> done) {
            this.template = template;
            this.number = number;
            this.title = title;
            this.unit = unit;
            this.line = line;
            this.titlePage = page;
            this.page = page;
            this.source = source;
            this.defaults = defaults;
            this.sink = sink;
            this.done = done;
        }

        /**
         * Sets the page of the rows (and unplaced figures) that follow; the table's own
         * {@link Table#page()} stays the page of its title.
         *
         * @param newPage from 1; 0 if unknown
         * @return this builder
         * @throws IllegalArgumentException if the page is negative
         */
        public Builder page(int newPage) {
            if (newPage < 0) {
                throw new IllegalArgumentException("page must be 0 or positive: " + newPage);
            }
            this.page = newPage;
            return this;
        }

        /**
         * Adds a row whose figures fill every column.
         *
         * @param label the row label as printed, not null
         * @param code the code as printed, or empty, not null
         * @param coordinates the coordinates the row adds, not null
         * @param figureLine the line of the figures, from 1; 0 if unknown
         * @param figures the figures as printed, separated by white space, not null
         * @return this builder
         * @throws IllegalArgumentException if the number of figures differs from the number of
         *     columns, or the row's coordinates conflict with a column's or the template's (the
         *     message names the table, the row and the line)
         * @throws org.budgetkit.model.money.MalformedFigureException if a figure is malformed
         *     (nothing of the row is added)
         * @throws IllegalStateException if the table is already built
         */
        public Builder row(String label, String code, Coordinates coordinates, int figureLine, String figures) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(figures, "figures");
            checkOpen();
            int count = figures.isBlank() ? 0 : FIGURE_SEPARATOR.split(figures.strip()).length;
            if (count != template.columns().size()) {
                throw new IllegalArgumentException(number + " row \"" + label + "\" (line " + figureLine + "): "
                        + count + " figures for " + template.columns().size() + " columns");
            }
            return row(label, code, coordinates, figureLine, 0, figures);
        }

        /**
         * Adds a row whose figures fill consecutive columns from {@code firstColumn} (one side
         * of a two-sided 收支总表, say).
         *
         * @param label the row label as printed, not null
         * @param code the code as printed, or empty, not null
         * @param coordinates the coordinates the row adds, not null
         * @param figureLine the line of the figures, from 1; 0 if unknown
         * @param firstColumn the column of the first figure, from 0
         * @param figures the figures as printed, separated by white space, not null
         * @return this builder
         * @throws IllegalArgumentException if the figures run past the last column, there are
         *     none, or the row's coordinates conflict with a column's or the template's (the
         *     message names the table, the row and the line)
         * @throws org.budgetkit.model.money.MalformedFigureException if a figure is malformed
         *     (nothing of the row is added)
         * @throws IllegalStateException if the table is already built
         */
        public Builder row(String label, String code, Coordinates coordinates, int figureLine, int firstColumn,
                String figures) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(figures, "figures");
            checkOpen();
            String[] tokens = FIGURE_SEPARATOR.split(figures.strip());
            if (figures.isBlank() || firstColumn < 0 || firstColumn + tokens.length > template.columns().size()) {
                throw new IllegalArgumentException(number + " row \"" + label + "\" (line " + figureLine + "): "
                        + tokens.length + " figures for " + template.columns().size() + " columns from column "
                        + firstColumn);
            }
            List<Fact> facts = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                TableTemplate.Column column = template.column(firstColumn + i);
                Coordinates at;
                try {
                    at = cell(coordinates, column);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(number + " row \"" + label + "\" (line " + figureLine
                            + ") × column \"" + column.label() + "\": " + e.getMessage(), e);
                }
                Amount amount = Amount.parseFigure(tokens[i], unit);
                facts.add(Fact.of(amount, at,
                        new Provenance(source, number, label, column.label(), figureLine, page)));
            }
            rows.add(new Row(label, code, coordinates, figureLine, page));
            facts.forEach(sink);
            return this;
        }

        /**
         * Adds a row's layout without making facts from it: for a reader that restores a
         * document whose facts it restores itself, one by one and in order (a JSON document
         * lists every fact once, whatever table it came from). The row keeps its own page.
         *
         * @param row the row as printed, not null
         * @return this builder
         * @throws IllegalStateException if the table is already built
         */
        public Builder layout(Row row) {
            Objects.requireNonNull(row, "row");
            checkOpen();
            rows.add(row);
            return this;
        }

        /**
         * Keeps a figure that cannot be placed on coordinates.
         *
         * @param rowLabel the row label (possibly empty), not null
         * @param columnLabel the column label, not null
         * @param text the figure as printed, not null
         * @param figureLine the line, from 1; 0 if unknown
         * @return this builder
         * @throws IllegalStateException if the table is already built
         */
        public Builder unplaced(String rowLabel, String columnLabel, String text, int figureLine) {
            Objects.requireNonNull(rowLabel, "rowLabel");
            Objects.requireNonNull(columnLabel, "columnLabel");
            Objects.requireNonNull(text, "text");
            checkOpen();
            unplaced.add(new RawFigure(rowLabel, columnLabel, text, figureLine, page));
            return this;
        }

        /**
         * The coordinates of a cell: the row's, the column's and the template's, with the
         * document's defaults for whatever none of them sets.
         *
         * @param rowCoordinates the row's coordinates, not null
         * @param column the column, not null
         * @return the cell's coordinates, never null
         * @throws IllegalArgumentException if they conflict
         */
        public Coordinates cell(Coordinates rowCoordinates, TableTemplate.Column column) {
            Objects.requireNonNull(rowCoordinates, "rowCoordinates");
            Objects.requireNonNull(column, "column");
            Coordinates c = rowCoordinates.merge(column.coordinates()).merge(template.base());
            for (Dimension<?> d : defaults.dimensions()) {
                if (!c.has(d)) {
                    c = fill(c, defaults, d);
                }
            }
            return c;
        }

        private static <V> Coordinates fill(Coordinates c, Coordinates from, Dimension<V> d) {
            return c.with(d, from.get(d).orElseThrow());
        }

        /** @return the template, never null */
        public TableTemplate template() {
            return template;
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException(number + " is already built");
            }
        }

        boolean isBuilt() {
            return built;
        }

        /**
         * Finishes the table and adds it to its document (starting the next table or building
         * the document finishes it too).
         *
         * @return the table, never null
         * @throws IllegalStateException if called twice
         */
        public Table build() {
            checkOpen();
            built = true;
            Table table = new Table(this);
            done.accept(table);
            return table;
        }
    }
}
