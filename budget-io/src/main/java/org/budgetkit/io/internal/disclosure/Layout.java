package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetkit.model.document.TableTemplate;

/**
 * How a kind of table is printed: the titles it goes by, how its rows are read, and its
 * printed value columns from left to right (the header labels that locate each, the side of a
 * side-by-side table it belongs to, and the template column it fills, or none: its figures are
 * then kept unplaced).
 */
final class Layout {
    /** How rows are read. */
    enum Rows {
        /** Unit rows, 合计, code rows (split or joined codes), or names resolved in the classification. */
        ROWS,
        /** Two or three tables side by side: label and figures per side. */
        SIDES,
        /** Rows are years and 增减变化金额 (a Shenzhen "三公" table). */
        YEARS,
        /** One row of figures without a label. */
        SINGLE,
        /** A list of sources with a group label spanning its items (Jiangsu 收入预算总表). */
        SOURCES,
        /** Tasks, then performance indicators (部门整体支出绩效目标表). */
        PERFORMANCE,
        /** 政府采购: category rows placed, purchase lines unplaced. */
        PROCUREMENT
    }

    /** What the labels of a side name. */
    enum Side {
        /** Revenue by fund source. */
        FUND,
        /** Expenditure by function, names only, 类 numbered 一、二、… */
        FUNCTION,
        /** Expenditure by use: 基本支出, 项目支出, 单位预留机动经费. */
        USE,
        /** Economic codes and names with 人员经费合计 / 公用经费合计. */
        ECONOMIC
    }

    /** What names without codes in a {@link Rows#ROWS} table are. */
    enum Names {
        /** None expected: codes are printed. */
        NONE,
        /** Economic categories, 款 under the current 类. */
        ECONOMIC,
        /** Function 项 (projects named by their function). */
        FUNCTION_ITEMS
    }

    /** A printed value column. */
    record Column(List<String> headers, int templateColumn, int side) {
        Column {
            headers = List.copyOf(headers);
        }

        boolean placed() {
            return templateColumn >= 0;
        }
    }

    final TableTemplate template;
    final List<Pattern> titles;
    final Rows rows;
    final List<Column> columns;
    final List<Side> sides;
    final Names names;
    /** Whether its revenue side is that of a 财政拨款收支总表 (totals are appropriation totals). */
    final boolean appropriations;

    private Layout(Builder b) {
        this.template = b.template;
        this.titles = List.copyOf(b.titles);
        this.rows = b.rows;
        this.columns = List.copyOf(b.columns);
        this.sides = List.copyOf(b.sides);
        this.names = b.names;
        this.appropriations = b.appropriations;
    }

    static Builder of(TableTemplate template, Rows rows, String... titles) {
        return new Builder(template, rows, titles);
    }

    boolean matches(String normalizedTitle) {
        for (Pattern p : titles) {
            if (p.matcher(normalizedTitle).matches()) {
                return true;
            }
        }
        return false;
    }

    int sideCount() {
        return Math.max(1, sides.size());
    }

    List<Column> columnsOfSide(int side) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.side == side) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Layout[" + template.id() + "]";
    }

    static final class Builder {
        private final TableTemplate template;
        private final List<Pattern> titles = new ArrayList<>();
        private final Rows rows;
        private final List<Column> columns = new ArrayList<>();
        private final List<Side> sides = new ArrayList<>();
        private Names names = Names.NONE;
        private boolean appropriations;
        private boolean explicitColumns;

        private Builder(TableTemplate template, Rows rows, String... titlePatterns) {
            this.template = template;
            this.rows = rows;
            for (String t : titlePatterns) {
                titles.add(Pattern.compile(t));
            }
        }

        /** The sides of a side-by-side table, left to right. */
        Builder sides(Side... s) {
            sides.addAll(List.of(s));
            return this;
        }

        Builder names(Names n) {
            this.names = n;
            return this;
        }

        Builder appropriations() {
            this.appropriations = true;
            return this;
        }

        /** A printed column filling template column {@code index} (-1: kept unplaced), on a side. */
        Builder column(int side, int index, String... headers) {
            explicitColumns = true;
            columns.add(new Column(List.of(headers), index, side));
            return this;
        }

        Layout build() {
            if (!explicitColumns) {
                // One printed column per template column, located by the last part of its label.
                for (int i = 0; i < template.columns().size(); i++) {
                    String label = template.column(i).label();
                    String last = label.substring(label.lastIndexOf('/') + 1);
                    columns.add(new Column(List.of(Tokens.norm(last)), i, 0));
                }
            }
            return new Layout(this);
        }
    }
}
