package org.budgetkit.io.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Claim.Kind;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.MalformedFigureException;
import org.budgetkit.model.money.Percentage;

/** One reading of a narrative: headings, sentences, figures, claims. Not thread-safe; used once. */
final class NarrativeParse {
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、\\s*([^。，；：,;:]{1,30})$");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9.,])(\\d+(?:,\\d+)*(?:\\.\\d+)?)\\s*(万元|亿元|千元|元|%|％|台（套）|台\\(套\\)|人次|年度|年|月|日|台|套|人|家|辆|个|项|件|名)");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:([（(](?:[一二三四五六七八九十]+|\\d{1,2})[）)])|([一二三四五六七八九十]+、)|(\\d{1,2}[.．、](?!\\d))|([\u2488-\u249B]))");
    private static final Pattern COMPARISON = Pattern.compile("(?:比|较|与)\\s*(\\d{4})\\s*年");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("上年|去年|同比|上一年");
    private static final Pattern CHANGE_WORD = Pattern.compile("(增加|减少|增长|下降|上升|降低|提高)\\s*$");
    private static final Pattern YEAR_PHRASE = Pattern.compile("\\d{4}\\s*年(?:度)?");
    private static final Pattern DATE_PHRASE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?");
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:主要包括|具体包括|包括|其中|主要用于|主要是|因此|此外|另外|共计|共有|共|[:：、，,\\s])+");
    private static final Pattern GENERIC = Pattern.compile("^(?:预算数?|预算数为|预算安排|当年预算执行数|预算执行数|为|)$");
    private static final Pattern CLASSIFIED_NAMES = Pattern.compile(
            "([^（“”\"]+)（类）([^（]+)（款）([^（]+)（项）");
    private static final Pattern CLASSIFIED_CODES = Pattern.compile("（(\\d{3})类）.*?（(\\d{2})款）.*?（(\\d{2})项）");
    private static final String UNIT_SUFFIX = "(?:中心|局|委员会|委|办公室|办|院|所|站|队|馆|处|室|会|社|校|园|厅|部|街道)";

    private final String department;
    private final FiscalYear year;
    private final Classification<FunctionCode> functions;
    private final String source;
    private final int firstLine;
    private final List<String> lines;
    private final BudgetUnit dept;
    private final BudgetUnit own;
    private final List<BudgetUnit> subunits = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<FunctionCode> context = new LinkedHashSet<>();
    private final List<Draft> top = new ArrayList<>();

    // Block state (a block is the text between two headings).
    private BudgetUnit sectionUnit;
    private FundSource sectionFund;
    private String topic;
    private Draft anchor;
    private Draft listParent;
    private int listStyle;

    NarrativeParse(String department, FiscalYear year, Classification<FunctionCode> functions, String source,
            int firstLine, List<String> knownUnits, List<String> lines) {
        this.department = department;
        this.year = year;
        this.functions = functions;
        this.source = source;
        this.firstLine = firstLine;
        this.lines = lines;
        this.dept = BudgetUnit.department(department);
        this.own = BudgetUnit.unit(department, department);
        for (String u : knownUnits) {
            addSubunit(u);
        }
    }

    // ================================================================ driver

    List<Claim> claims() {
        discoverUnits();
        Text block = new Text();
        boolean table = false;
        AmountUnit tableUnit = AmountUnit.TEN_THOUSAND_YUAN;
        String pendingName = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            int lineNo = firstLine + i;
            Matcher part = PART.matcher(s);
            Matcher section = SECTION.matcher(s);
            if (part.matches() || section.matches()) {
                process(block);
                block = new Text();
                table = false;
                String title = part.matches() ? part.group(1) : section.group(1);
                if (part.matches()) {
                    int next = nextNonBlank(i);
                    if (next >= 0) {
                        String n = lines.get(next).strip();
                        if (n.length() <= 4 && !n.matches(".*[。，；：、,;:0-9].*") && !PART.matcher(n).matches()
                                && !SECTION.matcher(n).matches()) {
                            title = title + n;
                            i = next;
                        }
                    }
                    sectionUnit = null;
                    sectionFund = fundOf(title);
                } else {
                    sectionUnit = unitHeading(title.strip());
                    FundSource f = fundOf(title);
                    if (f != null) {
                        sectionFund = f;
                    }
                }
                resetBlock();
                continue;
            }
            if (s.contains("项目名称") && s.contains("预算数")) {
                process(block);
                block = new Text();
                table = true;
                tableUnit = s.contains("（元）") || s.contains("(元)") ? AmountUnit.YUAN : AmountUnit.TEN_THOUSAND_YUAN;
                pendingName = null;
                continue;
            }
            if (table) {
                if (s.startsWith("备注")) {
                    table = false;
                    continue;
                }
                pendingName = tableRow(s, raw, lineNo, tableUnit, pendingName);
                continue;
            }
            block.append(raw, lineNo);
        }
        process(block);
        List<Claim> out = new ArrayList<>();
        top.sort(Comparator.comparingInt((Draft d) -> d.line).thenComparingInt(d -> d.column));
        for (Draft d : top) {
            out.add(d.build(year));
        }
        return List.copyOf(out);
    }

    private int nextNonBlank(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private void resetBlock() {
        topic = null;
        anchor = null;
        listParent = null;
        listStyle = 0;
    }

    private static FundSource fundOf(String title) {
        if (title.contains("一般公共预算")) {
            return FundSource.GENERAL_PUBLIC_BUDGET;
        }
        if (title.contains("政府性基金")) {
            return FundSource.GOVERNMENT_FUND_BUDGET;
        }
        if (title.contains("国有资本经营")) {
            return FundSource.STATE_CAPITAL_BUDGET;
        }
        return null;
    }

    // ================================================================ units

    private String placePrefix() {
        Matcher m = Pattern.compile("^((?:.{1,8}?[省市])?(?:.{1,8}?[区县市州旗])?)").matcher(department);
        String p = m.find() ? m.group(1) : "";
        return p.length() >= 2 ? p : department.substring(0, Math.min(2, department.length()));
    }

    private void discoverUnits() {
        String prefix = placePrefix();
        StringBuilder all = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            Matcher section = SECTION.matcher(s);
            if (section.matches()) {
                String t = section.group(1).strip();
                if (looksLikeUnit(t, prefix)) {
                    addSubunit(t);
                }
            }
            all.append(s);
        }
        Matcher m = Pattern.compile("下属(?:事业单位|行政单位|单位)?(" + Pattern.quote(prefix) + "[\\p{IsHan}]{1,20}?"
                + UNIT_SUFFIX + ")").matcher(all);
        while (m.find()) {
            addSubunit(m.group(1));
        }
        mentions.add(new Mention(department + "本级", own));
        mentions.add(new Mention(department, null));
        for (BudgetUnit u : subunits) {
            String n = u.name();
            for (int k = 0; k + 5 <= n.length(); k++) {
                mentions.add(new Mention(n.substring(k), u));
            }
        }
        mentions.sort(Comparator.comparingInt((Mention x) -> -x.text.length()));
    }

    private boolean looksLikeUnit(String t, String prefix) {
        return !t.equals(department) && t.startsWith(prefix) && t.matches(".*" + UNIT_SUFFIX)
                && !t.matches(".*(?:预算|情况|管理|目标|职责|设置|支出|说明|其他|部分).*");
    }

    private void addSubunit(String name) {
        if (name.isEmpty() || name.equals(department)) {
            return;
        }
        BudgetUnit u = BudgetUnit.unit(department, name);
        if (!subunits.contains(u)) {
            subunits.add(u);
        }
    }

    private BudgetUnit unitHeading(String title) {
        if (title.equals(department)) {
            return own;
        }
        for (BudgetUnit u : subunits) {
            if (u.name().equals(title)) {
                return u;
            }
        }
        return null;
    }

    /** A name by which a unit is mentioned; a null unit is the department's own name. */
    private record Mention(String text, BudgetUnit unit) {
    }

    /** A mention found in a text: where, and the unit it resolves to. */
    private record Found(int start, int end, BudgetUnit unit) {
    }

    private List<Found> findMentions(String s) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Found hit = null;
            for (Mention m : mentions) {
                if (s.startsWith(m.text, i)) {
                    BudgetUnit u = m.unit;
                    if (u == null) {
                        u = own.equals(sectionUnit) ? own : dept;
                    }
                    hit = new Found(i, i + m.text.length(), u);
                    break;
                }
            }
            if (hit != null) {
                out.add(hit);
                i = hit.end;
            } else {
                i++;
            }
        }
        return out;
    }

    // ================================================================ text with line map

    /** Joined lines of a block with the line and column of every character. */
    private static final class Text {
        final StringBuilder chars = new StringBuilder();
        final List<int[]> where = new ArrayList<>();

        void append(String raw, int line) {
            int start = 0;
            while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
                start++;
            }
            int end = raw.length();
            while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
            }
            for (int k = start; k < end; k++) {
                chars.append(raw.charAt(k));
                where.add(new int[] {line, k + 1});
            }
        }

        int line(int index) {
            return where.get(index)[0];
        }

        int column(int index) {
            return where.get(index)[1];
        }
    }

    // ================================================================ sentences

    private enum Type { AMOUNT, PERCENT, COUNT, YEAR, OTHER }

    /** A figure in a sentence. */
    private static final class Token {
        Type type;
        int start;
        int end;
        int numberEnd;
        String number;
        String unit;
        boolean comparison;
    }

    private void process(Text text) {
        String s = text.chars.toString();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || i == s.length() - 1) {
                sentence(text, start, i + 1);
                start = i + 1;
            }
        }
    }

    private List<Token> tokens(Text text, String s, int offset) {
        List<Token> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            Token t = new Token();
            t.start = m.start();
            t.end = m.end();
            t.numberEnd = m.end(1);
            t.number = m.group(1);
            t.unit = m.group(2);
            String u = t.unit;
            if (u.equals("年") || u.equals("年度")) {
                t.type = t.number.matches("(?:19|20)\\d\\d") ? Type.YEAR : Type.OTHER;
                if (t.type == Type.YEAR && DATE_PHRASE.matcher(s).region(t.start, s.length()).lookingAt()) {
                    t.type = Type.OTHER;
                }
                String before = s.substring(Math.max(0, t.start - 3), t.start);
                t.comparison = before.matches(".*(?:比|较|与)\\s*$");
            } else if (u.equals("月") || u.equals("日")) {
                t.type = Type.OTHER;
            } else if (u.endsWith("元")) {
                String after = s.substring(t.end, Math.min(s.length(), t.end + 2));
                t.type = after.equals("以上") || after.equals("以下") || after.equals("以内") ? Type.OTHER : Type.AMOUNT;
            } else if (u.equals("%") || u.equals("％")) {
                t.type = Type.PERCENT;
            } else {
                t.type = Type.COUNT;
                if (u.equals("台(套)")) {
                    t.unit = "台（套）";
                }
            }
            boolean bracketed = t.start > 0 && "（(".indexOf(s.charAt(t.start - 1)) >= 0 && t.end < s.length()
                    && "）)".indexOf(s.charAt(t.end)) >= 0;
            if (bracketed && t.type == Type.COUNT) {
                // （01项）, （06款）: a code in a classification path, not a count.
                t.type = Type.OTHER;
            }
            if (t.number.contains(",") && t.type != Type.OTHER && !GROUPED.matcher(t.number).matches()) {
                int at = offset + t.start;
                throw new BudgetFormatException(source, text.line(at), text.column(at), t.number + t.unit,
                        "malformed figure (thousands separators must separate groups of three digits)",
                        "数字格式错误（千位分隔符须每三位一组）", null);
            }
            out.add(t);
        }
        return out;
    }

    private void sentence(Text text, int from, int to) {
        String s = text.chars.substring(from, to);
        List<Token> tokens = tokens(text, s, from);
        boolean figures = tokens.stream().anyMatch(t -> t.type == Type.AMOUNT || t.type == Type.PERCENT
                || t.type == Type.COUNT);
        Matcher marker = MARKER.matcher(s);
        if (!figures) {
            if (marker.lookingAt() && s.length() <= 32) {
                topic = s.substring(marker.end()).replaceAll("[。：:\\s]+$", "").strip();
            }
            return;
        }
        Draft current = null;
        Draft partHead = null;
        int prevEnd = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.type == Type.YEAR || t.type == Type.OTHER) {
                continue;
            }
            String pre = s.substring(prevEnd, t.start);
            int nextStart = s.length();
            for (int j = k + 1; j < tokens.size(); j++) {
                if (tokens.get(j).type != Type.YEAR && tokens.get(j).type != Type.OTHER) {
                    nextStart = tokens.get(j).start;
                    break;
                }
            }
            String gap = s.substring(t.end, nextStart);
            int at = from + t.start;
            Matcher changeWord = CHANGE_WORD.matcher(pre);
            boolean isChange = changeWord.find();
            if (t.type == Type.AMOUNT && !isChange) {
                Draft d = amountDraft(text, s, from, t, prevEnd, tokens);
                boolean part = false;
                int style = markerStyle(s, clauseStart(s, prevEnd, t.start));
                if (partHead != null) {
                    partHead.add(d);
                    part = true;
                    if (style != 0) {
                        listParent = partHead;
                        listStyle = style;
                    }
                } else if (listParent != null && style != 0 && style == listStyle) {
                    listParent.add(d);
                    part = true;
                } else {
                    if (style != 0 && style != listStyle) {
                        listParent = null;
                        listStyle = 0;
                    }
                    top.add(d);
                }
                d.bind(this, part);
                if (style != 0 || clauseStart(s, prevEnd, t.start) == 0 || !part) {
                    anchor = d;
                }
                current = d;
                if (gap.contains("包括") || gap.contains("其中")) {
                    partHead = d;
                }
            } else if (t.type == Type.AMOUNT || (t.type == Type.PERCENT && isChange)) {
                Direction way = direction(changeWord.group(1));
                Draft target = current != null && (t.type == Type.PERCENT ? current.percent == null
                        : current.change == null && current.direction == null) ? current : null;
                if (target == null) {
                    target = attachChange(text, from, t, current);
                }
                if (target.comparison == null) {
                    target.comparison = comparison(pre, target.year);
                }
                if (target.direction == null) {
                    target.direction = way;
                }
                if (t.type == Type.AMOUNT) {
                    target.change = amount(text, from, t);
                } else {
                    target.percent = percent(t);
                }
                current = target;
            } else if (t.type == Type.PERCENT) {
                if (current != null && pre.contains("占")) {
                    current.percent = percent(t);
                    current.share = true;
                }
            } else {
                Draft d = countDraft(text, s, from, t, prevEnd, tokens);
                top.add(d);
            }
            if (current != null && (gap.contains("持平") || gap.contains("无变化") || gap.contains("没有变化"))
                    && current.direction == null) {
                current.direction = Direction.FLAT;
                current.comparison = comparison(gap, current.year);
            }
            prevEnd = t.end;
            if (at < 0) {
                throw new IllegalStateException();
            }
        }
    }

    /** A change with no amount of its own in the sentence: merge into the anchor, or stand alone. */
    private Draft attachChange(Text text, int from, Token t, Draft current) {
        Draft base = current != null ? current : anchor;
        if (base != null && base.parts.isEmpty() && base.change == null && base.direction == null
                && base.kind != Kind.COUNT) {
            return base;
        }
        Draft d = new Draft();
        d.kind = Kind.CHANGE;
        d.subject = base != null ? base.subject : "变化";
        d.coordinates = base != null ? base.coordinates : Coordinates.empty().with(Dimension.UNIT, dept);
        d.year = base != null ? base.year : year;
        d.line = text.line(from + t.start);
        d.column = text.column(from + t.start);
        d.sentence = text.chars.substring(from, Math.min(text.chars.length(), from + sentenceLength(text, from)))
                .strip();
        d.bound = true;
        top.add(d);
        return d;
    }

    private static int sentenceLength(Text text, int from) {
        String s = text.chars.toString();
        int end = s.indexOf('。', from);
        return (end < 0 ? s.length() : end + 1) - from;
    }

    private static Direction direction(String word) {
        return switch (word) {
            case "减少", "下降", "降低" -> Direction.DECREASE;
            default -> Direction.INCREASE;
        };
    }

    private FiscalYear comparison(String text, FiscalYear of) {
        Matcher m = COMPARISON.matcher(text);
        if (m.find()) {
            return FiscalYear.of(Integer.parseInt(m.group(1)));
        }
        if (PREVIOUS_YEAR.matcher(text).find()) {
            return of.previous();
        }
        return of.previous();
    }

    // ================================================================ drafts

    private Draft amountDraft(Text text, String s, int from, Token t, int prevEnd, List<Token> tokens) {
        Draft d = new Draft();
        d.kind = Kind.AMOUNT;
        d.amount = amount(text, from, t);
        d.line = text.line(from + t.start);
        d.column = text.column(from + t.start);
        d.sentence = s.strip();
        d.year = yearOf(s, t, tokens);
        int clause = clauseStart(s, prevEnd, t.start);
        String raw = s.substring(clause, t.start);
        d.unit = unitFor(s, clause, t.start);
        d.subject = subject(raw);
        d.prefix = s.substring(0, clause);
        return d;
    }

    private Draft countDraft(Text text, String s, int from, Token t, int prevEnd, List<Token> tokens) {
        Draft d = new Draft();
        d.kind = Kind.COUNT;
        d.count = new BigDecimal(t.number.replace(",", ""));
        d.countUnit = t.unit;
        d.line = text.line(from + t.start);
        d.column = text.column(from + t.start);
        d.sentence = s.strip();
        d.year = yearOf(s, t, tokens);
        int k = t.end;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        int clause = clauseStart(s, prevEnd, t.start);
        if (k < s.length() && Character.UnicodeScript.of(s.charAt(k)) == Character.UnicodeScript.HAN) {
            int e = k;
            while (e < s.length() && Character.UnicodeScript.of(s.charAt(e)) == Character.UnicodeScript.HAN
                    && "为是的和及".indexOf(s.charAt(e)) < 0) {
                e++;
            }
            d.subject = s.substring(k, e);
            List<Found> found = findMentions(s.substring(0, t.start));
            d.unit = !found.isEmpty() ? found.get(0).unit : sectionUnit != null ? sectionUnit : dept;
        } else {
            d.subject = subject(s.substring(clause, t.start));
            d.unit = unitFor(s, clause, t.start);
        }
        d.coordinates = Coordinates.empty().with(Dimension.UNIT, d.unit);
        d.bound = true;
        return d;
    }

    private FiscalYear yearOf(String s, Token t, List<Token> tokens) {
        FiscalYear y = year;
        for (Token o : tokens) {
            if (o.start >= t.start) {
                break;
            }
            if (o.type == Type.YEAR && !o.comparison) {
                y = FiscalYear.of(Integer.parseInt(o.number));
            }
        }
        return y;
    }

    private static int clauseStart(String s, int prevEnd, int tokenStart) {
        int c = prevEnd;
        for (int i = tokenStart - 1; i >= prevEnd; i--) {
            char ch = s.charAt(i);
            if ("，；、：,;:。".indexOf(ch) >= 0) {
                c = i + 1;
                break;
            }
        }
        return c;
    }

    private static int markerStyle(String s, int clause) {
        Matcher m = MARKER.matcher(s.substring(clause));
        if (!m.lookingAt()) {
            return 0;
        }
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                return g == 4 ? 3 : g;
            }
        }
        return 0;
    }

    /** The unit a figure's clause speaks of: a name in the clause, else in the sentence before it, else the section's. */
    private BudgetUnit unitFor(String s, int clause, int tokenStart) {
        List<Found> inClause = findMentions(s.substring(clause, tokenStart));
        if (!inClause.isEmpty()) {
            return inClause.get(0).unit;
        }
        List<Found> before = findMentions(s.substring(0, clause));
        if (!before.isEmpty()) {
            return before.get(0).unit;
        }
        return sectionUnit != null ? sectionUnit : dept;
    }

    /** The subject as printed: markers, connectives, dates, generic years and unit names removed. */
    private String subject(String raw) {
        String s = raw.strip();
        Matcher marker = MARKER.matcher(s);
        if (marker.lookingAt()) {
            s = s.substring(marker.end());
        }
        s = CONNECTIVE.matcher(s).replaceFirst("");
        int in = s.indexOf("纳入");
        if (in > 0) {
            s = s.substring(0, in);
        }
        s = DATE_PHRASE.matcher(s).replaceAll("");
        Matcher y = YEAR_PHRASE.matcher(s);
        if (y.find()) {
            String before = s.substring(0, y.start()).strip();
            String after = s.substring(y.end()).strip();
            s = !before.isEmpty() && GENERIC.matcher(after).matches() ? before : before + after;
            s = YEAR_PHRASE.matcher(s).replaceAll("");
        }
        s = s.strip();
        List<Found> found = findMentions(s);
        if (!found.isEmpty()) {
            Found last = found.get(found.size() - 1);
            String rest = CONNECTIVE.matcher(s.substring(last.end)).replaceFirst("").strip();
            s = GENERIC.matcher(rest).matches() ? s.substring(last.start).strip() : rest;
        }
        s = CONNECTIVE.matcher(s).replaceFirst("").strip();
        if (s.endsWith("为")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (GENERIC.matcher(s).matches() && topic != null) {
            s = topic;
        }
        return s.isEmpty() ? "金额" : s;
    }

    private Amount amount(Text text, int from, Token t) {
        String unit = t.unit;
        try {
            return Amount.parseFigure(t.number, AmountUnit.parse(unit));
        } catch (MalformedFigureException e) {
            int at = from + t.start;
            throw new BudgetFormatException(source, text.line(at), text.column(at), t.number + unit,
                    "malformed figure", "数字格式错误", e);
        }
    }

    private static Percentage percent(Token t) {
        return Percentage.parse(t.number.replace(",", "") + "%");
    }

    // ================================================================ key-project table

    private static final Pattern ROW = Pattern.compile("^(\\D+?)\\s+(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+.*)?$");

    private String tableRow(String s, String raw, int lineNo, AmountUnit unit, String pending) {
        Matcher m = ROW.matcher(s);
        if (!m.matches() || m.group(1).strip().length() < 2) {
            return s;
        }
        String name = m.group(1).strip();
        if (pending != null && resolveFunction(name).isEmpty() && resolveFunction(pending + name).isPresent()) {
            name = pending + name;
        }
        Draft d = new Draft();
        d.kind = Kind.AMOUNT;
        d.subject = name;
        d.amount = Amount.parseFigure(m.group(2), unit);
        d.line = lineNo;
        d.column = raw.indexOf(m.group(2), raw.indexOf(m.group(1).strip()) + m.group(1).strip().length()) + 1;
        d.sentence = name + " " + m.group(2);
        d.year = year;
        d.unit = sectionUnit != null ? sectionUnit : dept;
        d.projectRow = true;
        d.bind(this, false);
        top.add(d);
        return null;
    }

    // ================================================================ binding

    private static <T> Optional<T> tryParse(Function<String, T> parser, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> candidates(String subject) {
        List<String> out = new ArrayList<>();
        String s = subject.replaceAll("\\s+", "");
        out.add(s);
        String t = s.replaceFirst("^(?:各单位|本单位|本部门|全部门)", "");
        for (String base : new String[] {s, t}) {
            String v = base;
            for (int i = 0; i < 3; i++) {
                String w = v.replaceFirst("(?:预算数为|预算数|预算安排|预算|财政拨款|收入|支出)$", "");
                if (w.equals(v) || w.isEmpty()) {
                    break;
                }
                v = w;
                out.add(v);
            }
        }
        return out;
    }

    Optional<FunctionCode> resolveFunction(String name) {
        Matcher codes = CLASSIFIED_CODES.matcher(name);
        if (codes.find()) {
            return tryParse(FunctionCode::parse, codes.group(1) + codes.group(2) + codes.group(3));
        }
        Matcher names = CLASSIFIED_NAMES.matcher(name.replace("“", "").replace("”", ""));
        if (names.find()) {
            Optional<FunctionCode> c = functions.findByName(year.value(), Optional.empty(), names.group(1).strip());
            Optional<FunctionCode> k = c.flatMap(x -> functions.findByName(year.value(), Optional.of(x),
                    names.group(2).strip()));
            return k.flatMap(x -> functions.findByName(year.value(), Optional.of(x), names.group(3).strip()));
        }
        for (String cand : candidates(name)) {
            for (FunctionCode parent : context) {
                Optional<FunctionCode> f = functions.findByName(year.value(), Optional.of(parent), cand);
                if (f.isPresent()) {
                    return f;
                }
            }
            List<FunctionCode> all = functions.edition(year.value()).findAllByName(cand);
            if (all.size() == 1) {
                return Optional.of(all.get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<Nature> natureOf(String name, boolean[] basicEconomic, String[] economic) {
        String n = name.replaceAll("\\s+", "").replaceFirst("(?:预算数|预算)$", "");
        if (n.equals("人员支出") || n.equals("人员经费")) {
            economic[0] = "301";
        } else if (n.equals("公用支出") || n.equals("公用经费")) {
            economic[0] = "302";
        } else if (n.matches("对个人和家庭的?补助(?:支出)?")) {
            economic[0] = "303";
        } else if (n.equals("项目支出")) {
            return Optional.of(Nature.PROJECT);
        } else if (n.equals("基本支出")) {
            return Optional.of(Nature.BASIC);
        } else {
            return Optional.empty();
        }
        basicEconomic[0] = true;
        return Optional.of(Nature.BASIC);
    }

    Coordinates bindAmount(Draft d) {
        Coordinates c = Coordinates.empty().with(Dimension.UNIT, d.unit);
        String subject = d.subject;
        c = c.with(Dimension.FLOW, subject.contains("收入") ? Flow.REVENUE : Flow.EXPENDITURE);
        boolean[] basic = {false};
        String[] economic = {null};
        Optional<Nature> nature = natureOf(subject, basic, economic);
        if (nature.isPresent()) {
            c = c.with(Dimension.NATURE, nature.get());
            if (economic[0] != null) {
                c = c.with(Dimension.ECONOMIC, EconomicCode.parse(economic[0]));
            }
            return c;
        }
        for (String cand : candidates(subject)) {
            Optional<SpecialItem> item = tryParse(SpecialItem::parse, cand);
            if (item.isPresent()) {
                c = c.with(Dimension.ITEM, item.get());
                if (subject.contains("财政拨款")) {
                    c = c.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
                } else if (sectionFund != null) {
                    c = c.with(Dimension.FUND_SOURCE, sectionFund);
                }
                return c;
            }
        }
        for (String cand : candidates(subject)) {
            Optional<FundSource> fund = tryParse(FundSource::parse, cand);
            if (fund.isPresent()) {
                return c.with(Dimension.FUND_SOURCE, fund.get());
            }
        }
        Optional<FunctionCode> fn = resolveFunction(subject);
        if (fn.isPresent()) {
            fn.get().parent().ifPresent(context::add);
            c = c.with(Dimension.FUNCTION, fn.get());
            if (d.projectRow) {
                c = c.with(Dimension.NATURE, Nature.PROJECT);
            }
            return c;
        }
        if (subject.contains("财政拨款")) {
            c = c.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
        }
        if ((subject.contains("资金") || subject.contains("预算")) && d.prefix != null) {
            int project = d.prefix.lastIndexOf("项目支出");
            int basicAt = d.prefix.lastIndexOf("基本支出");
            if (project >= 0 || basicAt >= 0) {
                c = c.with(Dimension.NATURE, project > basicAt ? Nature.PROJECT : Nature.BASIC);
            }
        }
        return c;
    }

    // ================================================================ a claim being built

    /** A claim being built; parts inherit what they do not bind from their whole. */
    static final class Draft {
        Kind kind;
        String subject;
        Coordinates coordinates = Coordinates.empty();
        BudgetUnit unit;
        FiscalYear year;
        FiscalYear comparison;
        Amount amount;
        Amount change;
        Direction direction;
        Percentage percent;
        boolean share;
        BigDecimal count;
        String countUnit = "";
        String sentence = "";
        String prefix;
        int line;
        int column;
        boolean bound;
        boolean projectRow;
        Draft parent;
        final List<Draft> parts = new ArrayList<>();

        void add(Draft part) {
            part.parent = this;
            parts.add(part);
        }

        void bind(NarrativeParse parse, boolean part) {
            Coordinates own = parse.bindAmount(this);
            if (part && parent != null) {
                Coordinates c = parent.coordinates;
                for (Dimension<?> dim : own.dimensions()) {
                    if (dim != Dimension.UNIT) {
                        c = with(c, own, dim);
                    }
                }
                own = c;
            }
            coordinates = own;
            bound = true;
        }

        private static <V> Coordinates with(Coordinates c, Coordinates from, Dimension<V> dim) {
            return c.with(dim, from.get(dim).orElseThrow());
        }

        Claim build(FiscalYear documentYear) {
            Kind k = kind;
            if (k != Kind.COUNT) {
                k = share && percent != null ? Kind.SHARE : direction != null ? Kind.CHANGE : Kind.AMOUNT;
            }
            Claim.Builder b = Claim.builder(k, subject, year == null ? documentYear : year).coordinates(coordinates)
                    .source(sentence, line);
            if (amount != null && k != Kind.COUNT) {
                b.amount(amount);
            }
            if (k == Kind.CHANGE) {
                b.change(comparison == null ? (year == null ? documentYear : year).previous() : comparison, direction,
                        change, percent);
            }
            if (k == Kind.SHARE) {
                Coordinates whole = parent != null ? parent.coordinates
                        : Coordinates.empty().with(Dimension.UNIT, unit).with(Dimension.FLOW,
                                coordinates.get(Dimension.FLOW).orElse(Flow.EXPENDITURE));
                b.share(whole, percent);
            }
            if (k == Kind.COUNT) {
                b.count(count, countUnit);
            }
            for (Draft p : parts) {
                b.part(p.build(documentYear));
            }
            return b.build();
        }
    }
}
