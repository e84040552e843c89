package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.internal.disclosure.Layout.Side;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.classification.Level;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Project;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableKind;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.MalformedFigureException;

/**
 * Reads one table: assembles its printed rows (wrapped labels joined, codes split off, figures
 * assigned to printed columns by position or order), maps each row to coordinates through its
 * layout, and adds the rows, facts and unplaced figures to the document.
 */
final class TableReader {
    private static final Coordinates NONE = Coordinates.empty();
    private static final Pattern YEAR_ROW = Pattern.compile("([0-9]{4})\\s*年度?");
    private static final Pattern PROCUREMENT_CATEGORY = Pattern.compile("(?:[一二三四五]、)?(货物|工程|服务)[A-Za-z]?");
    private static final Pattern INDICATORS_START = Pattern.compile("^(一级指标|年度总体目|年度绩效指)");
    private static final List<String> TOTALS = List.of("合计", "总计", "金额合计", "收入合计", "支出合计");

    /** A word of a row's label with the line it was printed on. */
    private record LabelWord(Word word, int line) {
    }

    /** A printed row: its label words, its figures with their printed columns, its line and page. */
    private static final class Row {
        final List<Word> own = new ArrayList<>();
        final List<LabelWord> before = new ArrayList<>();
        final List<LabelWord> after = new ArrayList<>();
        final List<Word> figures = new ArrayList<>();
        final Line line;
        int[] columns;
        /** The left edges of the printed columns on the row's page, or null (no positions). */
        double[] lefts;

        Row(Line line) {
            this.line = line;
        }
    }

    /** One side of a row: code, label and the figures on the side. */
    private record Part(String code, String label, Map<Integer, Word> figures) {
        boolean hasFigures() {
            return !figures.isEmpty();
        }
    }

    private final Document.Builder doc;
    private final Block block;
    private final Layout layout;
    private final TableTemplate template;
    private final Context ctx;
    private final Table.Builder table;
    private final String number;
    private final Map<String, int[]> unplacedCounts = new LinkedHashMap<>();
    private double[] lastLefts;

    /** Whether economic codes start the halves of a side-by-side row. */
    private final boolean economicSides;
    // ROWS state
    private Coordinates unitRow = NONE;
    private boolean departmentSeen;
    private Optional<EconomicCode> economicClass = Optional.empty();
    // SIDES state: the function path and the revenue side's prior-year mode
    private final List<FunctionCode> path = new ArrayList<>();
    private boolean priorYear;

    TableReader(Document.Builder doc, Block block, String number, Context ctx) {
        this.doc = doc;
        this.block = block;
        this.layout = block.layout;
        this.ctx = ctx;
        this.template = layout != null ? layout.template : otherTemplate(block.title);
        this.number = number;
        this.economicSides = layout != null && layout.sides.contains(Side.ECONOMIC);
        this.table = doc.table(template, number, block.title, block.unit, block.line, block.page);
    }

    private static TableTemplate otherTemplate(String title) {
        return TableTemplate.of("other", TableKind.OTHER, title, NONE,
                List.of(new TableTemplate.Column("数值", NONE)));
    }

    void read() {
        if (layout == null) {
            ctx.warnings().add(block.page, block.line, number, "unrecognised table \"" + block.title
                    + "\": kept as printed, its figures unplaced", "未识别的表格“" + block.title + "”：按原样保留，数字未定位");
        }
        List<Row> rows = new ArrayList<>();
        List<Line> indicatorLines = new ArrayList<>();
        for (List<Line> segment : block.segments) {
            List<Line> body = segment;
            if (layout != null && layout.rows == Layout.Rows.PERFORMANCE) {
                body = new ArrayList<>();
                boolean indicators = false;
                for (Line l : segment) {
                    if (!indicators && INDICATORS_START.matcher(Tokens.norm(l.text())).find()) {
                        indicators = true;
                    }
                    (indicators ? indicatorLines : body).add(l);
                }
            }
            rows.addAll(assemble(body));
        }
        if (layout == null) {
            other(rows);
        } else {
            switch (layout.rows) {
                case ROWS -> rows(rows);
                case SIDES -> sides(rows);
                case YEARS -> years(rows);
                case SINGLE -> single(rows);
                case SOURCES -> sources(rows);
                case PERFORMANCE -> performance(rows, indicatorLines);
                case PROCUREMENT -> procurement(rows);
            }
        }
        for (Map.Entry<String, int[]> e : unplacedCounts.entrySet()) {
            int[] c = e.getValue();
            String[] reason = e.getKey().split("\u0000", 2);
            ctx.warnings().add(c[2], c[1], number, c[0] + " figure(s) kept unplaced: " + reason[0],
                    c[0] + " 个数字未定位：" + reason[1]);
        }
        table.build();
    }

    // ---------------------------------------------------------------- assembling rows

    /** The words of a line that are figures (not codes, years or counts). */
    private List<Word> figuresOf(Line line) {
        List<Word> words = line.words();
        List<Word> out = new ArrayList<>();
        int codeEnd = codeEnd(words);
        for (int i = codeEnd; i < words.size(); i++) {
            Word w = words.get(i);
            if (!Tokens.isFigure(w.text())) {
                if (Tokens.looksNumeric(w.text()) && !Tokens.isTwoDigits(w.text())) {
                    throw malformed(line, w);
                }
                continue;
            }
            if (economicSides && Tokens.isCode(w.text()) && w.text().charAt(0) != '2') {
                continue; // the right half's economic code (302, 30201), not a figure
            }
            if (i + 1 < words.size() && Tokens.qualifiesNumber(words.get(i + 1).text())
                    && (!w.positioned() || words.get(i + 1).x0() - w.x1() < 3)) {
                continue;
            }
            out.add(w);
        }
        return out;
    }

    private BudgetFormatException malformed(Line line, Word w) {
        int column = w.positioned() ? 0 : line.text().indexOf(w.text()) + 1;
        String why;
        String whyZh;
        try {
            Amount.parseFigure(w.text(), block.unit);
            why = "not a figure";
            whyZh = "不是数字";
        } catch (MalformedFigureException e) {
            why = e.message(java.util.Locale.ROOT);
            whyZh = e.message(java.util.Locale.CHINESE);
        }
        return new BudgetFormatException(ctx.source(), line.number(), column, w.text(),
                "malformed figure in " + number + " (" + why + ")", number + " 中的数字格式错误（" + whyZh + "）", null);
    }

    /**
     * Learns the codes a table prints with their names (201 一般公共服务支出, 201 13 01 行政运行),
     * before any table is read: a 收支总表 names the 类 and 款 its 支出总表 codes further on.
     */
    static void learnCodes(Block block, NameIndex names) {
        if (block.layout == null || block.layout.rows != Layout.Rows.ROWS) {
            return;
        }
        for (List<Line> segment : block.segments) {
            for (Line l : segment) {
                List<Word> words = l.words();
                if (words.isEmpty() || !Tokens.isCode(words.get(0).text())) {
                    continue;
                }
                int end = 1;
                if (words.get(0).text().length() == 3) {
                    int j = 1;
                    while (j < 3 && j < words.size() && Tokens.isTwoDigits(words.get(j).text())) {
                        j++;
                    }
                    if (j > 1 && j < words.size() && hasHan(words.get(j).text())) {
                        end = j;
                    }
                }
                StringBuilder code = new StringBuilder();
                for (Word w : words.subList(0, end)) {
                    code.append(w.text());
                }
                StringBuilder name = new StringBuilder();
                for (int i = end; i < words.size() && !Tokens.isFigure(words.get(i).text()); i++) {
                    name.append(words.get(i).text());
                }
                if (name.length() == 0 || !hasHan(name.toString())) {
                    continue;
                }
                String digits = code.toString();
                try {
                    if (digits.charAt(0) == '2') {
                        names.learn(FunctionCode.parse(digits), name.toString());
                    } else {
                        names.learn(EconomicCode.parse(digits), name.toString());
                    }
                } catch (IllegalArgumentException e) {
                    // not a code after all (a 4- or 6-digit join): nothing to learn
                }
            }
        }
    }

    /** How many leading words of a line are a classification code (201; 201 13 01; 2010301). */
    private int codeEnd(List<Word> words) {
        if (layout == null || words.isEmpty() || !expectsCodes()) {
            return 0;
        }
        if (!Tokens.isCode(words.get(0).text())) {
            return 0;
        }
        int end = 1;
        if (words.get(0).text().length() == 3) {
            // 类/款/项 in separate columns: 201 13 01 行政运行; the parts are followed by the name.
            int j = 1;
            while (j < 3 && j < words.size() && Tokens.isTwoDigits(words.get(j).text())) {
                j++;
            }
            // The parts are followed by the name, or (the name wrapped to other lines) they stand
            // close together, well left of the figures.
            if (j > 1 && ((j < words.size() && hasHan(words.get(j).text())) || closeTogether(words.subList(0, j)))) {
                end = j;
            }
        }
        return end;
    }

    private static boolean closeTogether(List<Word> parts) {
        for (int i = 1; i < parts.size(); i++) {
            Word a = parts.get(i - 1);
            Word b = parts.get(i);
            if (!a.positioned() || b.x0() - a.x1() > 3 * (a.x1() - a.x0()) + 12) {
                return false;
            }
        }
        return true;
    }

    private boolean expectsCodes() {
        return layout.rows == Layout.Rows.ROWS || (layout.rows == Layout.Rows.SIDES && layout.sides.contains(Side.ECONOMIC));
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Tokens.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private List<Row> assemble(List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<List<Word>> figures = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            List<Word> f = figuresOf(lines.get(i));
            figures.add(f);
            if (first < 0 && !f.isEmpty()) {
                first = i;
            }
        }
        if (first < 0) {
            return rows;
        }
        boolean positioned = lines.get(0).positioned();
        List<Line> header = new ArrayList<>();
        if (!positioned) {
            header.addAll(lines.subList(0, first));
            List<LabelWord> pending = new ArrayList<>();
            for (int i = first; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (figures.get(i).isEmpty()) {
                    for (Word w : l.words()) {
                        pending.add(new LabelWord(w, l.number()));
                    }
                    continue;
                }
                Row r = row(l, figures.get(i));
                r.before.addAll(pending);
                pending.clear();
                rows.add(r);
            }
        } else {
            List<Integer> data = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!figures.get(i).isEmpty()) {
                    data.add(i);
                }
            }
            double attach = attachDistance(lines, data);
            Map<Integer, Row> byLine = new TreeMap<>();
            for (int i : data) {
                byLine.put(i, row(lines.get(i), figures.get(i)));
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!figures.get(i).isEmpty()) {
                    continue;
                }
                Line l = lines.get(i);
                if (i < first && i > 0 && continuesHeader(lines.get(i - 1), l)) {
                    header.add(l); // the wrapped end of a header cell (采购组织形 / 式)
                    continue;
                }
                int nearest = -1;
                double best = Double.MAX_VALUE;
                for (int d : data) {
                    double dy = Math.abs(lines.get(d).y() - l.y());
                    if (dy < best) {
                        best = dy;
                        nearest = d;
                    }
                }
                if (nearest >= 0 && best <= attach) {
                    Row r = byLine.get(nearest);
                    for (Word w : l.words()) {
                        (l.y() < lines.get(nearest).y() ? r.before : r.after).add(new LabelWord(w, l.number()));
                    }
                } else if (i < first) {
                    header.add(l);
                }
            }
            rows.addAll(byLine.values());
        }
        assignColumns(rows, header, positioned);
        return rows;
    }

    /** Whether every word of a line sits under a word of the header line just above it. */
    private static boolean continuesHeader(Line above, Line l) {
        if (l.y() - above.y() > 2.2 * Math.max(l.height(), above.height())) {
            return false;
        }
        for (Word w : l.words()) {
            boolean under = false;
            for (Word a : above.words()) {
                if (w.x0() < a.x1() && w.x1() > a.x0()) {
                    under = true;
                    break;
                }
            }
            if (!under) {
                return false;
            }
        }
        return true;
    }

    private Row row(Line l, List<Word> figures) {
        Row r = new Row(l);
        r.figures.addAll(figures);
        for (Word w : l.words()) {
            if (!figures.contains(w)) {
                r.own.add(w);
            }
        }
        return r;
    }

    /** Label lines within this distance of a row's figures belong to it (a wrapped cell). */
    private static double attachDistance(List<Line> lines, List<Integer> data) {
        List<Double> gaps = new ArrayList<>();
        for (int k = 1; k < data.size(); k++) {
            double g = lines.get(data.get(k)).y() - lines.get(data.get(k - 1)).y();
            if (g > 0) {
                gaps.add(g);
            }
        }
        double height = lines.get(data.get(0)).height();
        if (gaps.isEmpty()) {
            return 1.2 * height;
        }
        gaps.sort(Double::compare);
        double pitch = gaps.get(gaps.size() / 2);
        return Math.min(0.6 * pitch, 1.5 * height);
    }

    // ---------------------------------------------------------------- columns

    private List<Layout.Column> columns() {
        return layout == null ? List.of(new Layout.Column(List.of("数值"), -1, 0)) : layout.columns;
    }

    private void assignColumns(List<Row> rows, List<Line> header, boolean positioned) {
        List<Layout.Column> cols = columns();
        double[] lefts = null;
        if (positioned && cols.size() > 1) {
            lefts = locate(header, cols);
            if (lefts == null) {
                lefts = cluster(rows, cols.size());
            }
            if (lefts == null) {
                lefts = lastLefts;
            }
            if (lefts != null) {
                lastLefts = lefts;
            }
        }
        for (Row r : rows) {
            r.lefts = lefts;
            r.columns = new int[r.figures.size()];
            Arrays.fill(r.columns, -1);
            if (lefts != null) {
                for (int k = 0; k < r.figures.size(); k++) {
                    r.columns[k] = columnAt(lefts, r.figures.get(k).x1());
                }
            } else if (layout != null && layout.rows == Layout.Rows.SIDES) {
                sequentialBySide(r);
            } else if (cols.size() == 1 && r.figures.size() == 1) {
                r.columns[0] = 0;
            } else if (r.figures.size() == cols.size()) {
                for (int k = 0; k < cols.size(); k++) {
                    r.columns[k] = k;
                }
            }
        }
    }

    private static int columnAt(double[] lefts, double x1) {
        int found = -1;
        for (int c = 0; c < lefts.length; c++) {
            if (lefts[c] <= x1 + 1.0) {
                found = c;
            }
        }
        return found;
    }

    /** Without positions, a side-by-side row is read side after side, each side's figures in order. */
    private void sequentialBySide(Row r) {
        List<List<Integer>> segments = segmentsByOrder(r);
        int minSide = 0;
        for (List<Integer> seg : segments) {
            List<Integer> figs = new ArrayList<>();
            for (int idx : seg) {
                if (idx >= 0) {
                    figs.add(idx);
                }
            }
            int side = sideFor(labelOfSegment(r, seg), minSide, segments.size());
            minSide = side + 1;
            List<Integer> printed = new ArrayList<>();
            for (int c = 0; c < layout.columns.size(); c++) {
                if (layout.columns.get(c).side() == side) {
                    printed.add(c);
                }
            }
            if (figs.size() == printed.size()) {
                for (int k = 0; k < figs.size(); k++) {
                    r.columns[figs.get(k)] = printed.get(k);
                }
            }
        }
    }

    /**
     * The own words of a row split into label-then-figures segments: each list holds -1 - i
     * for label word i and the figure index for a figure.
     */
    private static List<List<Integer>> segmentsByOrder(Row r) {
        List<List<Integer>> segments = new ArrayList<>();
        List<Integer> current = null;
        boolean lastFigure = true;
        int label = 0;
        int figure = 0;
        for (Word w : r.line.words()) {
            boolean isFigure = figure < r.figures.size() && r.figures.get(figure) == w;
            if (current == null || (!isFigure && lastFigure)) {
                current = new ArrayList<>();
                segments.add(current);
            }
            current.add(isFigure ? figure++ : -1 - label++);
            lastFigure = isFigure;
        }
        return segments;
    }

    private static String labelOfSegment(Row r, List<Integer> seg) {
        List<String> parts = new ArrayList<>();
        for (int idx : seg) {
            if (idx < 0) {
                parts.add(r.own.get(-1 - idx).text());
            }
        }
        return String.join(" ", parts);
    }

    /** The side a label belongs on, not before {@code minSide}, when positions are unknown. */
    private int sideFor(String label, int minSide, int segmentCount) {
        int sides = layout.sideCount();
        if (segmentCount == sides || label.isBlank()) {
            return Math.min(minSide, sides - 1);
        }
        for (int s = minSide; s < sides; s++) {
            Side kind = layout.sides.get(s);
            if (kind == Side.FUND && fundRow(label) != null) {
                return s;
            }
            if (kind == Side.USE && useRow(label) != null) {
                return s;
            }
            if (kind != Side.FUND && kind != Side.USE) {
                return s;
            }
        }
        return Math.min(minSide, sides - 1);
    }

    /**
     * The left edges of the printed columns, found by their header labels (words stacked where
     * a header cell wraps); null unless every column is found, left to right.
     */
    private static double[] locate(List<Line> header, List<Layout.Column> cols) {
        List<double[]> words = new ArrayList<>(); // x0, x1, y, height, index
        List<String> texts = new ArrayList<>();
        for (Line l : header) {
            for (Word w : l.words()) {
                words.add(new double[] {w.x0(), w.x1(), l.y(), l.height()});
                texts.add(Tokens.normTitle(w.text()));
            }
        }
        double[] lefts = new double[cols.size()];
        double previous = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cols.size(); c++) {
            double found = Double.NaN;
            for (String alias : cols.get(c).headers()) {
                found = find(words, texts, alias, previous);
                if (!Double.isNaN(found)) {
                    break;
                }
            }
            if (Double.isNaN(found)) {
                return null;
            }
            lefts[c] = found;
            previous = found;
        }
        return lefts;
    }

    /** The left edge of the leftmost header cell right of {@code after} that spells {@code alias}. */
    private static double find(List<double[]> words, List<String> texts, String alias, double after) {
        double best = Double.NaN;
        for (int i = 0; i < words.size(); i++) {
            double[] w = words.get(i);
            if (w[0] <= after + 0.5 || !(Double.isNaN(best) || w[0] < best)) {
                continue;
            }
            String t = texts.get(i);
            if (t.isEmpty() || !alias.startsWith(t)) {
                continue;
            }
            double left = w[0];
            double[] at = w;
            String spelled = t;
            boolean progress = true;
            while (!spelled.equals(alias) && progress) {
                progress = false;
                for (int j = 0; j < words.size(); j++) {
                    double[] v = words.get(j);
                    String next = texts.get(j);
                    if (j == i || next.isEmpty() || !alias.startsWith(spelled + next)) {
                        continue;
                    }
                    boolean below = v[2] > at[2] + 0.5 && v[2] - at[2] < 2.5 * Math.max(at[3], v[3])
                            && v[0] < at[1] && v[1] > at[0];
                    boolean right = Math.abs(v[2] - at[2]) < 0.5 && v[0] >= at[1] - 0.5
                            && v[0] - at[1] < 2.5 * at[3];
                    if (below || right) {
                        spelled += next;
                        left = Math.min(left, v[0]);
                        at = v;
                        progress = true;
                        break;
                    }
                }
            }
            if (spelled.equals(alias)) {
                best = left;
            }
        }
        return best;
    }

    /** Left edges from the figures themselves, when they fall in exactly as many columns as printed. */
    private static double[] cluster(List<Row> rows, int count) {
        List<double[]> spans = new ArrayList<>();
        for (Row r : rows) {
            for (Word w : r.figures) {
                spans.add(new double[] {w.x0(), w.x1()});
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        spans.sort((a, b) -> Double.compare(a[1], b[1]));
        List<Double> lefts = new ArrayList<>();
        double lastRight = Double.NEGATIVE_INFINITY;
        double left = Double.MAX_VALUE;
        for (double[] s : spans) {
            if (s[1] - lastRight > 12) {
                if (lastRight > Double.NEGATIVE_INFINITY) {
                    lefts.add(left);
                }
                left = s[0];
            }
            left = Math.min(left, s[0]);
            lastRight = s[1];
        }
        lefts.add(left);
        if (lefts.size() != count) {
            return null;
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = lefts.get(i);
        }
        return out;
    }

    // ---------------------------------------------------------------- sides of a row

    /** The parts of a row: one per side (one part for a table without sides). */
    private List<Part> parts(Row r) {
        int sides = layout == null || layout.rows != Layout.Rows.SIDES ? 1 : layout.sideCount();
        List<List<Word>> own = new ArrayList<>();
        List<List<LabelWord>> before = new ArrayList<>();
        List<List<LabelWord>> after = new ArrayList<>();
        List<Map<Integer, Word>> figs = new ArrayList<>();
        for (int s = 0; s < sides; s++) {
            own.add(new ArrayList<>());
            before.add(new ArrayList<>());
            after.add(new ArrayList<>());
            figs.add(new TreeMap<>());
        }
        List<Layout.Column> cols = columns();
        List<Integer> unknown = new ArrayList<>();
        for (int k = 0; k < r.figures.size(); k++) {
            int c = r.columns[k];
            if (c < 0) {
                unknown.add(k);
                continue;
            }
            Map<Integer, Word> m = figs.get(Math.min(cols.get(c).side(), sides - 1));
            if (m.containsKey(c)) {
                unknown.add(k);
            } else {
                m.put(c, r.figures.get(k));
            }
        }
        if (sides == 1) {
            own.get(0).addAll(r.own);
            before.get(0).addAll(r.before);
            after.get(0).addAll(r.after);
        } else if (r.lefts != null) {
            for (Word w : r.own) {
                own.get(sideOfLabel(r.lefts, w.x0())).add(w);
            }
            for (LabelWord w : r.before) {
                before.get(sideOfLabel(r.lefts, w.word().x0())).add(w);
            }
            for (LabelWord w : r.after) {
                after.get(sideOfLabel(r.lefts, w.word().x0())).add(w);
            }
        } else {
            List<List<Integer>> segments = segmentsByOrder(r);
            int minSide = 0;
            for (List<Integer> seg : segments) {
                int side = sideFor(labelOfSegment(r, seg), minSide, segments.size());
                minSide = side + 1;
                for (int idx : seg) {
                    if (idx < 0) {
                        own.get(side).add(r.own.get(-1 - idx));
                    }
                }
            }
            before.get(0).addAll(r.before);
        }
        List<Part> parts = new ArrayList<>();
        for (int s = 0; s < sides; s++) {
            List<Word> words = own.get(s);
            int codeEnd = codeEnd(words);
            String code = joinCode(words.subList(0, codeEnd));
            List<LabelWord> label = new ArrayList<>(before.get(s));
            for (Word w : words.subList(codeEnd, words.size())) {
                label.add(new LabelWord(w, r.line.number()));
            }
            label.addAll(after.get(s));
            parts.add(new Part(code, labelText(label), figs.get(s)));
        }
        // A label whose figures are printed under the next side (当年支出小计 … its total).
        for (int s = 0; s + 1 < parts.size(); s++) {
            Part p = parts.get(s);
            Part q = parts.get(s + 1);
            if (!p.hasFigures() && !p.label().isEmpty() && q.hasFigures() && q.label().isEmpty()) {
                parts.set(s + 1, new Part(p.code(), p.label(), q.figures()));
                parts.set(s, new Part("", "", new TreeMap<>()));
            }
        }
        for (int k : layout == null ? List.<Integer>of() : unknown) {
            Word w = r.figures.get(k);
            unplace(r, parts.isEmpty() ? "" : labelOfRow(parts), "", w.text(), "figure outside the table's columns",
                    "数字不在表格的列中");
        }
        return parts;
    }

    private static String labelOfRow(List<Part> parts) {
        for (Part p : parts) {
            if (!p.label().isEmpty()) {
                return p.label();
            }
        }
        return "";
    }

    private int sideOfLabel(double[] lefts, double x0) {
        List<Layout.Column> cols = layout.columns;
        for (int c = 0; c < cols.size(); c++) {
            if (lefts[c] > x0) {
                return cols.get(c).side();
            }
        }
        return layout.sideCount() - 1;
    }

    private static String joinCode(List<Word> words) {
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            out.append(w.text());
        }
        return out.toString();
    }

    /** Label text: words of one line joined as printed (text) or by script (PDF); lines joined without space. */
    private static String labelText(List<LabelWord> words) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int line = words.get(0).line();
        StringBuilder current = new StringBuilder();
        for (LabelWord w : words) {
            if (w.line() != line) {
                out.append(current);
                current.setLength(0);
                line = w.line();
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(w.word().text());
        }
        return out.append(current).toString();
    }

    // ---------------------------------------------------------------- emitting

    private void emit(Row r, String label, String code, Coordinates coordinates, Map<Integer, Word> figures) {
        table.page(r.line.page());
        TreeMap<Integer, Word> placed = new TreeMap<>();
        for (Map.Entry<Integer, Word> e : figures.entrySet()) {
            Layout.Column col = columns().get(e.getKey());
            if (!col.placed() || placed.containsKey(col.templateColumn())) {
                unplace(r, label, columnLabel(col), e.getValue().text(),
                        "column without coordinates of its own (" + col.headers().get(0) + ")",
                        "该列没有自己的坐标（" + col.headers().get(0) + "）");
            } else {
                placed.put(col.templateColumn(), e.getValue());
            }
        }
        if (placed.isEmpty()) {
            return;
        }
        try {
            // The first run of adjacent columns makes the row; figures further right are added as facts.
            int first = placed.firstKey();
            StringBuilder run = new StringBuilder();
            int next = first;
            List<Map.Entry<Integer, Word>> rest = new ArrayList<>();
            for (Map.Entry<Integer, Word> e : placed.entrySet()) {
                if (e.getKey() == next && rest.isEmpty()) {
                    run.append(run.length() == 0 ? "" : " ").append(e.getValue().text());
                    next++;
                } else {
                    rest.add(e);
                }
            }
            for (Map.Entry<Integer, Word> e : rest) {
                template.column(e.getKey()); // checked before anything is added
                table.cell(coordinates, template.column(e.getKey()));
            }
            table.row(label, code, coordinates, r.line.number(), first, run.toString());
            for (Map.Entry<Integer, Word> e : rest) {
                TableTemplate.Column column = template.column(e.getKey());
                Amount amount = Amount.parseFigure(e.getValue().text(), block.unit);
                doc.fact(Fact.of(amount, table.cell(coordinates, column), new Provenance(ctx.source(), number, label,
                        column.label(), r.line.number(), r.line.page())));
            }
        } catch (MalformedFigureException e) {
            throw new BudgetFormatException(ctx.source(), r.line.number(), 0, r.line.text(),
                    "malformed figure: " + e.getMessage(), "数字格式错误：" + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            for (Word w : placed.values()) {
                unplace(r, label, "", w.text(), "coordinates conflict (" + e.getMessage() + ")", "坐标冲突");
            }
        }
    }

    private void unplace(Row r, String label, String column, String figure, String english, String chinese) {
        table.page(r.line.page());
        table.unplaced(label, column, figure, r.line.number());
        int[] count = unplacedCounts.computeIfAbsent(english + "\u0000" + chinese,
                k -> new int[] {0, r.line.number(), r.line.page()});
        count[0]++;
    }

    private void unplaceAll(Row r, Part p, String english, String chinese) {
        for (Map.Entry<Integer, Word> e : p.figures().entrySet()) {
            unplace(r, p.label(), columnLabel(columns().get(e.getKey())), e.getValue().text(), english, chinese);
        }
    }

    /** The label of a printed column: its template column's, or its header if it fills none. */
    private String columnLabel(Layout.Column col) {
        return col.placed() ? template.column(col.templateColumn()).label() : col.headers().get(0);
    }

    // ---------------------------------------------------------------- ROWS

    private void rows(List<Row> rows) {
        for (Row r : rows) {
            Part p = parts(r).get(0);
            if (!p.hasFigures()) {
                continue;
            }
            Coordinates c = rowCoordinates(p);
            if (c == null) {
                unplaceAll(r, p, "row name not found in the classification", "行名称不在分类中");
                ctx.warnings().add(r.line.page(), r.line.number(), number, "row \"" + p.label()
                        + "\" is not in the classification of " + ctx.year() + ": its figures are kept unplaced",
                        "行“" + p.label() + "”不在 " + ctx.year() + " 年的分类中，其数字未定位");
                continue;
            }
            emit(r, p.label(), p.code(), c, p.figures());
        }
    }

    private Coordinates rowCoordinates(Part p) {
        String code = p.code();
        if (!code.isEmpty()) {
            if (code.charAt(0) == '2') {
                FunctionCode f = FunctionCode.parse(code);
                ctx.names().learn(f, p.label());
                return unitRow.with(Dimension.FUNCTION, f);
            }
            EconomicCode e = EconomicCode.parse(code);
            ctx.names().learn(e, p.label());
            economicClass = e.level() == Level.CLASS ? Optional.of(e) : e.parent();
            return unitRow.with(Dimension.ECONOMIC, e);
        }
        String label = p.label();
        if (ctx.isUnitName(label)) {
            BudgetUnit unit;
            if (!departmentSeen) {
                departmentSeen = true;
                unit = ctx.departmentUnit();
            } else {
                unit = BudgetUnit.unit(ctx.department(), label.strip());
            }
            unitRow = NONE.with(Dimension.UNIT, unit);
            return unitRow;
        }
        if (TOTALS.contains(Tokens.norm(label))) {
            return unitRow;
        }
        if (layout.names == Layout.Names.ECONOMIC) {
            Optional<EconomicCode> e = economicClass.isPresent()
                    ? ctx.names().economic(economicClass, label) : Optional.empty();
            if (e.isEmpty()) {
                e = ctx.names().economic(Optional.empty(), label);
                if (e.isPresent()) {
                    economicClass = e;
                }
            }
            return e.map(v -> unitRow.with(Dimension.ECONOMIC, v)).orElse(null);
        }
        if (layout.names == Layout.Names.FUNCTION_ITEMS) {
            return ctx.names().functionItem(label).map(v -> unitRow.with(Dimension.FUNCTION, v)).orElse(null);
        }
        return null;
    }

    // ---------------------------------------------------------------- SIDES

    private void sides(List<Row> rows) {
        int sides = layout.sideCount();
        List<List<Object[]>> bySide = new ArrayList<>();
        for (int s = 0; s < sides; s++) {
            bySide.add(new ArrayList<>());
        }
        for (Row r : rows) {
            List<Part> parts = parts(r);
            for (int s = 0; s < parts.size(); s++) {
                Part p = parts.get(s);
                if (!p.hasFigures()) {
                    continue;
                }
                if (p.label().isEmpty() && p.code().isEmpty()) {
                    unplaceAll(r, p, "figure without a row label", "数字没有行标签");
                    continue;
                }
                Coordinates c = sideRow(layout.sides.get(s), p);
                if (c == null) {
                    unplaceAll(r, p, "row label not understood", "无法识别的行标签");
                    ctx.warnings().add(r.line.page(), r.line.number(), number, "row \"" + p.label()
                            + "\" not understood: its figures are kept unplaced", "无法识别行“" + p.label() + "”，其数字未定位");
                    continue;
                }
                bySide.get(s).add(new Object[] {r, p, c});
            }
        }
        // Reading order of a side-by-side table: each side from top to bottom, left side first.
        for (List<Object[]> side : bySide) {
            for (Object[] o : side) {
                Part p = (Part) o[1];
                emit((Row) o[0], p.label(), p.code(), (Coordinates) o[2], p.figures());
            }
        }
    }

    private Coordinates sideRow(Side side, Part p) {
        return switch (side) {
            case FUND -> fundRow(p.label());
            case FUNCTION -> functionRow(p.label());
            case USE -> useRow(p.label());
            case ECONOMIC -> economicRow(p);
        };
    }

    private static final Map<String, FundSource> FUNDS = new LinkedHashMap<>();

    static {
        for (String s : List.of("政府预算拨款", "财政拨款", "财政拨款收入", "政府预算拨款收入")) {
            FUNDS.put(s, FundSource.GOVERNMENT_BUDGET);
        }
        for (String s : List.of("一般公共预算拨款", "一般公共预算", "一般公共预算资金", "一般公共预算财政拨款",
                "一般公共预算财政拨款收入", "一般公共预算拨款收入")) {
            FUNDS.put(s, FundSource.GENERAL_PUBLIC_BUDGET);
        }
        for (String s : List.of("政府性基金预算拨款", "政府性基金", "政府性基金预算", "政府性基金预算财政拨款",
                "政府性基金预算财政拨款收入", "政府性基金预算拨款收入")) {
            FUNDS.put(s, FundSource.GOVERNMENT_FUND_BUDGET);
        }
        for (String s : List.of("国有资本经营预算拨款", "国有资本经营预算", "国有资本经营预算财政拨款",
                "国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入")) {
            FUNDS.put(s, FundSource.STATE_CAPITAL_BUDGET);
        }
        FUNDS.put("财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT);
        FUNDS.put("单位资金", FundSource.UNIT_FUNDS);
        // Jiangsu's 其他资金 is the unit's own money (事业收入, 经营收入, 其他收入), not 财政专户 or 上年结转.
        FUNDS.put("其他资金", FundSource.UNIT_FUNDS);
        FUNDS.put("事业收入", FundSource.BUSINESS_INCOME);
        FUNDS.put("事业单位经营收入", FundSource.OPERATING_INCOME);
        FUNDS.put("经营收入", FundSource.OPERATING_INCOME);
        FUNDS.put("上级补助收入", FundSource.SUPERIOR_SUBSIDY);
        FUNDS.put("附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE);
        FUNDS.put("其他收入", FundSource.OTHER_INCOME);
    }

    /** A revenue-side row: a fund source, or a total; null if the label names none. */
    private Coordinates fundRow(String label) {
        String n = Tokens.norm(label);
        boolean appropriations = layout.appropriations;
        switch (n) {
            case "收入总计", "收入合计", "总计", "合计" -> {
                priorYear = false;
                return appropriations ? fund(FundSource.APPROPRIATIONS_TOTAL) : NONE;
            }
            case "本年收入合计", "当年收入小计", "本年收入小计" -> {
                priorYear = false;
                return fund(appropriations ? FundSource.GOVERNMENT_BUDGET : FundSource.CURRENT_YEAR);
            }
            case "上年结余、结转", "上年结余结转", "上年结转", "上年结转资金", "年初结转和结余", "上年结转和结余" -> {
                priorYear = true;
                return fund(appropriations ? FundSource.PRIOR_YEAR_APPROPRIATIONS : FundSource.PRIOR_YEAR_BALANCE);
            }
            case "年初财政拨款结转和结余", "上年财政拨款结转" -> {
                priorYear = true;
                return fund(FundSource.PRIOR_YEAR_APPROPRIATIONS);
            }
            default -> {
                // fall through to the names
            }
        }
        FundSource s = FUNDS.get(n);
        if (s == null) {
            try {
                s = FundSource.parse(label);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (priorYear) {
            s = switch (s) {
                case GENERAL_PUBLIC_BUDGET -> FundSource.PRIOR_YEAR_GENERAL_PUBLIC_BUDGET;
                case GOVERNMENT_FUND_BUDGET -> FundSource.PRIOR_YEAR_GOVERNMENT_FUND;
                case STATE_CAPITAL_BUDGET -> FundSource.PRIOR_YEAR_STATE_CAPITAL;
                default -> s;
            };
        }
        return fund(s);
    }

    private static Coordinates fund(FundSource s) {
        return NONE.with(Dimension.FUND_SOURCE, s);
    }

    private static Coordinates flow(Flow f) {
        return NONE.with(Dimension.FLOW, f);
    }

    /** Totals of an expenditure side, the same whatever its breakdown. */
    private static Coordinates expenditureTotal(String n) {
        return switch (n) {
            case "本年支出合计", "当年支出小计", "本年支出小计" -> flow(Flow.EXPENDITURE);
            case "结转下年", "结转下年资金", "年末结转和结余", "年末财政拨款结转和结余" -> flow(Flow.CARRY_FORWARD);
            case "支出总计", "支出合计", "总计", "合计" -> flow(Flow.USES);
            default -> null;
        };
    }

    /** An expenditure row by function name, under the current 类/款 (names are printed without codes). */
    private Coordinates functionRow(String label) {
        String n = Tokens.norm(label);
        Coordinates total = expenditureTotal(n);
        if (total != null) {
            return total;
        }
        // The codes the document prints first, at every depth; then the classification.
        for (int pass = 0; pass < 2; pass++) {
            for (int depth = path.size(); depth >= 0; depth--) {
                Optional<FunctionCode> parent = depth == 0 ? Optional.empty() : Optional.of(path.get(depth - 1));
                Optional<FunctionCode> found = pass == 0 ? ctx.names().printedFunction(parent, label)
                        : ctx.names().function(parent, label);
                if (found.isEmpty()) {
                    continue;
                }
                FunctionCode f = found.get();
                while (path.size() > depth) {
                    path.remove(path.size() - 1);
                }
                path.add(f);
                return flow(Flow.EXPENDITURE).with(Dimension.FUNCTION, f);
            }
        }
        return null;
    }

    private Coordinates useRow(String label) {
        String n = Tokens.norm(label);
        Coordinates total = expenditureTotal(n);
        if (total != null) {
            return total;
        }
        try {
            return flow(Flow.EXPENDITURE).with(Dimension.NATURE, Nature.parse(n));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Coordinates economicRow(Part p) {
        String n = Tokens.norm(p.label());
        if (!p.code().isEmpty() && p.code().charAt(0) != '2') {
            EconomicCode e = EconomicCode.parse(p.code());
            ctx.names().learn(e, p.label());
            return NONE.with(Dimension.NATURE, Nature.BASIC).with(Dimension.ECONOMIC, e);
        }
        return switch (n) {
            case "人员经费合计", "人员经费" -> NONE.with(Dimension.NATURE, Nature.PERSONNEL);
            case "公用经费合计", "公用经费" -> NONE.with(Dimension.NATURE, Nature.PUBLIC_USE);
            case "合计", "基本支出合计" -> NONE.with(Dimension.NATURE, Nature.BASIC);
            default -> null;
        };
    }

    // ---------------------------------------------------------------- YEARS, SINGLE, OTHER

    private void years(List<Row> rows) {
        for (Row r : rows) {
            Part p = parts(r).get(0);
            if (!p.hasFigures()) {
                continue;
            }
            String label = p.label();
            String unit = ctx.unitPrefix(label);
            if (unit != null) {
                label = label.strip().substring(unit.length()).strip();
            }
            Coordinates c = null;
            Matcher m = YEAR_ROW.matcher(label);
            if (m.matches()) {
                c = NONE.with(Dimension.YEAR, FiscalYear.of(Integer.parseInt(m.group(1))));
            } else {
                try {
                    c = NONE.with(Dimension.MEASURE, Measure.parse(label));
                } catch (IllegalArgumentException e) {
                    c = null;
                }
            }
            if (c == null) {
                unplaceAll(r, p, "row is neither a year nor a change", "行既不是年度也不是增减变化");
                continue;
            }
            emit(r, label, "", c, p.figures());
        }
    }

    private void single(List<Row> rows) {
        for (Row r : rows) {
            Part p = parts(r).get(0);
            if (p.hasFigures()) {
                emit(r, p.label(), p.code(), NONE, p.figures());
            }
        }
    }

    private void other(List<Row> rows) {
        for (Row r : rows) {
            Part p = parts(r).get(0);
            for (Word w : r.figures) {
                unplace(r, p.label(), "", w.text(), "table not recognised", "表格未识别");
            }
        }
    }

    // ---------------------------------------------------------------- SOURCES (Jiangsu 收入预算总表)

    private void sources(List<Row> rows) {
        // Group labels sit left of the items (小计, 事业收入 …), centred on their group.
        double itemX = Double.MAX_VALUE;
        for (Row r : rows) {
            for (Word w : allWords(r)) {
                if (w.positioned() && Tokens.norm(w.text()).equals("小计")) {
                    itemX = Math.min(itemX, w.x0());
                }
            }
        }
        List<double[]> groupAt = new ArrayList<>();
        List<String> groupName = new ArrayList<>();
        for (List<Line> segment : block.segments) {
            for (Line l : segment) {
                for (Word w : l.words()) {
                    if (w.positioned() && w.x1() < itemX - 2 && !Tokens.isFigure(w.text())) {
                        groupAt.add(new double[] {l.y()});
                        groupName.add(w.text());
                    }
                }
            }
        }
        for (Row r : rows) {
            Part p = parts(r).get(0);
            if (!p.hasFigures()) {
                continue;
            }
            List<String> item = new ArrayList<>();
            for (Word w : allWords(r)) {
                if (!w.positioned() || w.x1() >= itemX - 2) {
                    item.add(w.text());
                }
            }
            String itemLabel = Tokens.join(item);
            String group = "";
            double best = Double.MAX_VALUE;
            for (int g = 0; g < groupAt.size(); g++) {
                double d = Math.abs(groupAt.get(g)[0] - r.line.y());
                if (d < best) {
                    best = d;
                    group = groupName.get(g);
                }
            }
            if (Tokens.norm(itemLabel).startsWith("收入总计") || Tokens.norm(itemLabel).startsWith("收入合计")) {
                group = "";
            }
            String label = group.isEmpty() ? itemLabel : group + " " + itemLabel;
            Coordinates c = sourceRow(Tokens.norm(group), Tokens.norm(itemLabel));
            if (c == null) {
                unplaceAll(r, new Part("", label, p.figures()), "no fund source of its own", "没有对应的资金来源");
                continue;
            }
            emit(r, label, "", c, p.figures());
        }
    }

    private static List<Word> allWords(Row r) {
        List<Word> out = new ArrayList<>();
        for (LabelWord w : r.before) {
            out.add(w.word());
        }
        out.addAll(r.own);
        for (LabelWord w : r.after) {
            out.add(w.word());
        }
        return out;
    }

    private static Coordinates sourceRow(String group, String item) {
        if (item.equals("收入总计") || item.equals("收入合计")) {
            return NONE;
        }
        if (item.equals("小计")) {
            FundSource s = switch (group) {
                case "一般公共预算资金", "一般公共预算" -> FundSource.GENERAL_PUBLIC_BUDGET;
                case "政府性基金", "政府性基金预算" -> FundSource.GOVERNMENT_FUND_BUDGET;
                case "财政专户管理资金" -> FundSource.FISCAL_SPECIAL_ACCOUNT;
                case "其他资金" -> FundSource.UNIT_FUNDS;
                case "上年结转和结余资金", "上年结转资金" -> FundSource.PRIOR_YEAR_BALANCE;
                default -> null;
            };
            return s == null ? null : fund(s);
        }
        FundSource s = FUNDS.get(item);
        return s == null || s.parent().map(q -> q != FundSource.UNIT_FUNDS).orElse(true) ? null : fund(s);
    }

    // ---------------------------------------------------------------- PERFORMANCE

    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标");
    private static final List<String> LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
    private static final List<String> QUALITATIVE = List.of("有所提高", "提高", "逐步提高", "明显提高", "有所提升", "提升",
            "有所改善", "改善", "降低", "有所降低", "有效", "良好", "优秀", "达标", "合格", "稳定", "是", "否", "完成");

    private void performance(List<Row> rows, List<Line> indicators) {
        for (Row r : rows) {
            Part p = parts(r).get(0);
            if (!p.hasFigures()) {
                continue;
            }
            String label = p.label();
            int cut = label.indexOf("主要用于");
            if (cut > 0) {
                label = label.substring(0, cut).strip();
            }
            String n = Tokens.norm(label);
            Coordinates c;
            if (TOTALS.contains(n)) {
                c = NONE;
            } else if (n.equals("基本支出")) {
                c = NONE.with(Dimension.NATURE, Nature.BASIC);
            } else {
                c = ctx.names().functionItem(label).map(f -> NONE.with(Dimension.FUNCTION, f))
                        .orElse(NONE.with(Dimension.PROJECT, new Project(label)))
                        .with(Dimension.NATURE, Nature.PROJECT);
            }
            emit(r, label, "", c, p.figures());
        }
        String level1 = "";
        String level2 = "";
        StringBuilder pending = new StringBuilder();
        for (Line l : indicators) {
            List<String> tokens = new ArrayList<>();
            for (Word w : l.words()) {
                tokens.add(w.text());
            }
            if (!tokens.isEmpty() && Tokens.norm(tokens.get(0)).equals("一级指标")) {
                continue;
            }
            if (!tokens.isEmpty() && LEVEL1.contains(Tokens.norm(tokens.get(0)))) {
                level1 = tokens.remove(0);
            }
            if (!tokens.isEmpty() && LEVEL2.contains(Tokens.norm(tokens.get(0)))) {
                level2 = tokens.remove(0);
            }
            if (tokens.isEmpty() || level1.isEmpty()) {
                continue;
            }
            int target = -1;
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (!t.isEmpty() && "≥≤<>=＞＜0123456789".indexOf(t.charAt(0)) >= 0) {
                    target = i;
                    break;
                }
            }
            if (target < 0 && (tokens.size() >= 2 || QUALITATIVE.contains(tokens.get(tokens.size() - 1)))) {
                target = tokens.size() - 1;
            }
            if (target < 0) {
                pending.append(String.join("", tokens));
                continue;
            }
            String name = pending + String.join("", tokens.subList(0, target));
            String value = String.join(" ", tokens.subList(target, tokens.size()));
            pending.setLength(0);
            if (!name.isBlank()) {
                doc.indicator(new PerformanceIndicator(number, level1, level2, name, value, l.number()));
            }
        }
    }

    // ---------------------------------------------------------------- PROCUREMENT

    private void procurement(List<Row> rows) {
        for (Row r : rows) {
            Part p = parts(r).get(0);
            if (!p.hasFigures()) {
                continue;
            }
            String n = Tokens.norm(p.label());
            SpecialItem item = null;
            if (TOTALS.contains(n)) {
                item = SpecialItem.GOVERNMENT_PROCUREMENT;
            } else {
                Matcher m = PROCUREMENT_CATEGORY.matcher(n);
                if (m.matches()) {
                    item = switch (m.group(1)) {
                        case "货物" -> SpecialItem.PROCUREMENT_GOODS;
                        case "工程" -> SpecialItem.PROCUREMENT_WORKS;
                        default -> SpecialItem.PROCUREMENT_SERVICES;
                    };
                }
            }
            if (item == null) {
                unplaceAll(r, p, "purchase line (project, economic category, item) without coordinates of its own",
                        "采购明细行（项目、经济科目、品目）没有自己的坐标");
                continue;
            }
            emit(r, p.label(), "", NONE.with(Dimension.ITEM, item), p.figures());
        }
    }
}
