package org.budgetkit.io.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.classification.Level;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
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
    private static final Pattern SUBSECTION = Pattern.compile(
            "^[（(][一二三四五六七八九十]+[）)]\\s*([^。，；：,;:、0-9]{2,30}?(?:情况|说明|[（(]类[）)]))$");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9.,])(\\d+(?:,\\d+)*(?:\\.\\d+)?)\\s*(万元|亿元|千元|元|万(?=[，。；、,;]|$)|%|％|台（套）|台\\(套\\)|人次|年度|年|月|日|台|套|人|家|辆|个|项|件|名)");
    /** After an amount, a bound: 单价 50 万元以上, 100万元（含）以上 — a threshold, not a claim. */
    private static final Pattern THRESHOLD = Pattern.compile("\\s*(?:[（(]含[）)])?\\s*(?:以上|以下|以内)");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:([（(](?:[一二三四五六七八九十]+|\\d{1,2})[）)])|([一二三四五六七八九十]+、)|(\\d{1,2}[.．、](?!\\d))|([\u2488-\u249B]))");
    /** What opens a sentence that carries on the one before: 其中：, 包括：. */
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:其中|具体包括|主要包括|包括)\\s*[:：，,]?\\s*");
    private static final Pattern CONTINUES = Pattern.compile("^\\s*(?:其中|具体包括|包括)");
    private static final Pattern REASON = Pattern.compile("原因(?:是|为|：|:)?|主要是由于|主要是因为");
    private static final Pattern COMPARED = Pattern.compile("比|较|与|同比|上年|去年|相比|上一年");
    private static final Pattern RESTATED = Pattern.compile("\\s*(?:合计|总计|共计)(?:为)?\\s*");
    private static final Pattern ITEM_AFTER = Pattern.compile(
            "[：:，,。]\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]+、|\\d{1,2}[.．、](?!\\d))");
    private static final Pattern CHANGE_ANYWHERE = Pattern.compile("增加|减少|增长|下降|上升|降低|提高");
    /** A level of the function classification printed after a name: （类）, （204类）, （06款）, （01项）. */
    private static final Pattern LEVEL = Pattern.compile("[（(](\\d{2,3})?(类|款|项)[）)]");
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\s*[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern COMPARISON = Pattern.compile("(?:比|较|与)\\s*(\\d{4})\\s*年");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("上年|去年|同比|上一年");
    private static final Pattern CHANGE_WORD = Pattern.compile("(增加|减少|增长|下降|上升|降低|提高)\\s*$");
    private static final Pattern YEAR_PHRASE = Pattern.compile("\\d{4}\\s*年(?:度)?");
    private static final Pattern DATE_PHRASE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?");
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:主要包括|具体包括|包括|其中|主要用于|主要是|因此|此外|另外|共计|共有|共|[:：、，,\\s])+");
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:预算数?|预算数为|预算安排|当年预算执行数|预算执行数|支出决算数?|决算数?|为|)$");
    /** A subject meaning the total of its unit (and fund): 部门预算收入, 支出预算总计, 本年收入合计, 预算. */
    private static final Pattern TOTAL = Pattern.compile("^(?=.*(?:预算|决算|收|支))(?:本年度?|年度)?(?:部门)?(?:预算|决算)?"
            + "(?:收入支出|收入、支出|收入|支出|收支|收、支)?(?:预算|决算)?(?:总计|合计|总额|总预算)?(?:数|金额)?$");
    /** A unit's budget by a name the text shortens: 深圳市坪山区来访中心预算. */
    private static final Pattern UNIT_TOTAL = Pattern.compile("^[\\p{IsHan}]{2,30}?" + "(?:中心|局|委员会|办公室|院|所|站|队|馆)"
            + "(?:部门)?预算$");
    /** Fund sources a subject may open with, longest first. */
    private static final Map<String, FundSource> FUNDS = funds();
    private static final String UNIT_SUFFIX = "(?:中心|局|委员会|委|办公室|办|院|所|站|队|馆|处|室|会|社|校|园|厅|部|街道)";

    private static Map<String, FundSource> funds() {
        Map<String, FundSource> m = new LinkedHashMap<>();
        m.put("一般公共预算财政拨款", FundSource.GENERAL_PUBLIC_BUDGET);
        m.put("一般公共预算拨款", FundSource.GENERAL_PUBLIC_BUDGET);
        m.put("一般公共预算资金", FundSource.GENERAL_PUBLIC_BUDGET);
        m.put("一般公共预算", FundSource.GENERAL_PUBLIC_BUDGET);
        m.put("政府性基金预算财政拨款", FundSource.GOVERNMENT_FUND_BUDGET);
        m.put("政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET);
        m.put("政府性基金拨款", FundSource.GOVERNMENT_FUND_BUDGET);
        m.put("政府性基金预算", FundSource.GOVERNMENT_FUND_BUDGET);
        m.put("政府性基金", FundSource.GOVERNMENT_FUND_BUDGET);
        m.put("国有资本经营预算财政拨款", FundSource.STATE_CAPITAL_BUDGET);
        m.put("国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET);
        m.put("国有资本经营预算", FundSource.STATE_CAPITAL_BUDGET);
        m.put("财政拨款", FundSource.GOVERNMENT_BUDGET);
        return java.util.Collections.unmodifiableMap(m);
    }

    private final String department;
    private final FiscalYear year;
    private final Phase phase;
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
    private FundSource partFund;
    private String topic;
    private Draft anchor;
    private Draft listParent;
    private int listStyle;
    private Draft lastAmount;
    private FunctionCode headingClass;

    NarrativeParse(String department, FiscalYear year, Phase phase, Classification<FunctionCode> functions,
            String source, int firstLine, List<String> knownUnits, List<String> lines) {
        this.department = department;
        this.year = year;
        this.phase = phase;
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
                    partFund = sectionFund;
                } else {
                    sectionUnit = unitHeading(title.strip());
                    FundSource f = fundOf(title);
                    sectionFund = f != null ? f : partFund;
                }
                resetBlock();
                headingClass = null;
                continue;
            }
            Matcher subsection = SUBSECTION.matcher(s);
            if (subsection.matches()) {
                // （三）一般公共预算财政拨款支出决算具体情况, （一）公共安全（类）: a heading of its own,
                // not the start of the sentence on the next line.
                process(block);
                block = new Text();
                table = false;
                resetBlock();
                String title = subsection.group(1).strip();
                Optional<FunctionCode> cls = title.matches(".*[（(]类[）)]") ? classifiedPath(title) : null;
                headingClass = cls != null && cls.isPresent() ? cls.get() : null;
                if (headingClass != null) {
                    topic = title;
                }
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
        lastAmount = null;
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
            // A remark in brackets ends before the next numbered item: （按…填写）（二）公用经费…
            boolean remarkEnds = (c == '）' || c == ')') && i + 1 < s.length()
                    && BRACKET_MARKER.matcher(s).region(i + 1, s.length()).lookingAt();
            if (c == '。' || c == '！' || c == '？' || remarkEnds || i == s.length() - 1) {
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
            } else if (u.endsWith("元") || u.equals("万")) {
                t.type = THRESHOLD.matcher(s).region(t.end, s.length()).lookingAt() ? Type.OTHER : Type.AMOUNT;
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
        Draft previous = lastAmount;
        lastAmount = null;
        String lead = LEAD.matcher(s).replaceFirst("");
        Matcher marker = MARKER.matcher(lead);
        if (!figures) {
            // A numbered item without figures names what the next sentences speak of: 1.因公出国（境）费用。
            // 1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。
            if (marker.lookingAt() && (lead.length() <= 32 || lead.length() <= 80 && LEVEL.matcher(lead).find())) {
                topic = lead.substring(marker.end()).replaceAll("[。：:\\s]+$", "").strip();
            }
            return;
        }
        Draft current = null;
        Draft partHead = null;
        Draft outerHead = null;
        int headEnd = 0;
        boolean crossing = false;
        if (previous != null && CONTINUES.matcher(s).lookingAt()) {
            // 其中：/包括： opening a sentence breaks down the amount the sentence before ended with.
            partHead = previous;
            crossing = true;
        }
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
            Matcher changeWord = CHANGE_WORD.matcher(pre);
            boolean isChange = changeWord.find() && comparative(pre, changeWord.start());
            boolean reason = t.type != Type.COUNT && explains(s.substring(s.lastIndexOf('；', t.start) + 1, t.start));
            if (reason) {
                // 主要原因是基本支出增加人员工资…等 3397.18 万元、项目经费支出安排减少 1134.33 万元: the
                // figures of an explanation are changes of their own, never of the claim explained.
                if (t.type == Type.AMOUNT) {
                    current = reasonDraft(text, s, from, t, prevEnd, tokens);
                    top.add(current);
                } else if (isChange && current != null && current.reason && current.percent == null) {
                    current.percent = percent(t);
                }
                prevEnd = t.end;
                continue;
            }
            if (t.type == Type.AMOUNT && !isChange) {
                Draft d = amountDraft(text, s, from, t, prevEnd, tokens);
                int clause = clauseStart(s, prevEnd, t.start);
                int style = markerStyle(s, clause);
                if (partHead != null && partHead.parts.isEmpty() && s.substring(headEnd, t.start).contains("；")) {
                    // 主要包括：基本工资、津贴补贴…；公用经费 10.23 万元: the list named no amounts.
                    partHead = outerHead;
                    outerHead = null;
                }
                Coordinates own;
                if (partHead != null && RESTATED.matcher(s.substring(clause, t.start)).matches()) {
                    // …支持企业国际化发展50.00万，合计1170.00万: the whole again, not one more part.
                    own = partHead.claimed();
                    partHead = null;
                    outerHead = null;
                } else {
                    own = bindAmount(d);
                }
                if (crossing && partHead == previous && partHead.parts.isEmpty()
                        && !sameFlow(own, partHead.coordinates)) {
                    partHead = null; // 收入、支出预算总计… 其中：（一）收入预算总计: the two sides, not parts
                }
                boolean part = false;
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
                d.bind(own, part);
                if (style != 0 || clause == 0 || !part) {
                    anchor = d;
                }
                if (style != 0) {
                    topic = d.subject; // 2025年当年预算执行数为…, 2026年预算安排…: of this numbered item
                }
                current = d;
                lastAmount = d;
                if (gap.contains("包括") || gap.contains("其中")) {
                    if (partHead != null) {
                        outerHead = partHead;
                    }
                    partHead = d;
                    d.includes = !gap.contains("其中");
                    headEnd = t.end;
                }
            } else if (t.type == Type.AMOUNT || (t.type == Type.PERCENT && isChange)) {
                Direction way = direction(changeWord.group(1));
                Draft target = current != null && !current.reason && (t.type == Type.PERCENT
                        ? current.percent == null : current.change == null && current.direction == null)
                        ? current : null;
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
                    String whole = pre.substring(pre.lastIndexOf('占') + 1).replaceFirst("的\\s*$", "").strip();
                    if (!whole.isEmpty()) {
                        current.whole = wholeOf(current, whole); // 占“三公”经费的 31.14%
                    }
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
        }
    }

    /**
     * Whether a figure after this text is part of an explanation: 主要原因是…, up to a numbered item
     * (…主要原因是工作量增加财政拨款支出主要内容如下：1、公共安全支出… starts a list of its own).
     */
    private static boolean explains(String before) {
        Matcher why = REASON.matcher(before);
        int end = -1;
        while (why.find()) {
            end = why.end();
        }
        return end >= 0 && !ITEM_AFTER.matcher(before.substring(end)).find();
    }

    /**
     * Whether the change word ending {@code pre} at {@code word} words a change: it opens its
     * clause ({@code ，增长 33%}) or follows a comparison ({@code 比2022年增加}, {@code 与上年相比…增加});
     * in {@code 支持商销稳增长30.00万} it is part of a name.
     */
    private static boolean comparative(String pre, int word) {
        String before = pre.substring(0, word);
        int clause = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')),
                Math.max(before.lastIndexOf('；'), before.lastIndexOf('：')));
        return before.substring(clause + 1).isBlank() || COMPARED.matcher(before).find();
    }

    private static boolean sameFlow(Coordinates part, Coordinates whole) {
        return part.isEmpty() || whole.isEmpty() || part.get(Dimension.FLOW).equals(whole.get(Dimension.FLOW));
    }

    /** A figure of an explanation (主要原因是…): a change of what precedes its change word, unbound. */
    private Draft reasonDraft(Text text, String s, int from, Token t, int prevEnd, List<Token> tokens) {
        String window = s.substring(prevEnd, t.start);
        Matcher why = REASON.matcher(window);
        int cut = 0;
        while (why.find()) {
            cut = why.end();
        }
        window = window.substring(cut);
        Draft d = new Draft();
        d.reason = true;
        d.line = text.line(from + t.start);
        d.column = text.column(from + t.start);
        d.sentence = s.strip();
        d.year = yearOf(s, t, tokens);
        d.unit = sectionUnit != null ? sectionUnit : dept;
        Matcher word = CHANGE_ANYWHERE.matcher(window);
        int at = -1;
        String found = null;
        while (word.find()) {
            at = word.start();
            found = word.group();
        }
        String named = at >= 0 ? window.substring(0, at) : window;
        int delimiter = Math.max(Math.max(named.lastIndexOf('，'), named.lastIndexOf('、')),
                Math.max(named.lastIndexOf('；'), named.lastIndexOf('：')));
        named = named.substring(delimiter + 1).replaceFirst("^[是为]", "");
        d.subject = subject(named);
        if (found != null) {
            d.kind = Kind.CHANGE;
            d.direction = direction(found);
            d.change = amount(text, from, t);
            d.comparison = comparison(window, d.year);
        } else {
            d.kind = Kind.AMOUNT;
            d.amount = amount(text, from, t);
        }
        d.bound = true;
        return d;
    }

    /** The coordinates of the whole a share names ({@code 占“三公”经费的}), of the part's unit and fund. */
    private Coordinates wholeOf(Draft part, String name) {
        Draft w = new Draft();
        w.subject = name;
        w.unit = part.unit;
        Coordinates c = bindAmount(w);
        if (!c.isEmpty() && c.get(Dimension.ITEM).isPresent() && c.get(Dimension.FUND_SOURCE).isEmpty()) {
            Optional<FundSource> fund = part.coordinates.get(Dimension.FUND_SOURCE);
            if (fund.isPresent()) {
                c = c.with(Dimension.FUND_SOURCE, fund.get());
            }
        }
        return c;
    }

    /** A change with no amount of its own in the sentence: merge into the anchor, or stand alone. */
    private Draft attachChange(Text text, int from, Token t, Draft current) {
        Draft base = current != null ? current : anchor;
        if (base != null && base.parts.isEmpty() && base.change == null && base.direction == null
                && base.kind != Kind.COUNT && !base.share && !base.reason) {
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
                if (ch == '、' && listMarkerEnds(s, prevEnd, i)) {
                    continue; // the 、 of 1、 or 一、 opens the clause, it does not end one
                }
                c = i + 1;
                break;
            }
        }
        return c;
    }

    /** Whether the 、 at {@code at} ends a list marker (1、, 12、, 一、) opening a clause. */
    private static boolean listMarkerEnds(String s, int prevEnd, int at) {
        int k = at - 1;
        while (k >= prevEnd && (Character.isDigit(s.charAt(k)) || "一二三四五六七八九十".indexOf(s.charAt(k)) >= 0)) {
            k--;
        }
        if (k == at - 1 || at - 1 - k > 2) {
            return false;
        }
        while (k >= prevEnd && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k < prevEnd || "，；：,;:。".indexOf(s.charAt(k)) >= 0;
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
            // 项目总预算1170.00万: 万 alone, before punctuation, is 万元.
            return Amount.parseFigure(t.number, AmountUnit.parse(unit.equals("万") ? "万元" : unit));
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
        d.bind(bindAmount(d), false);
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
        Optional<FunctionCode> path = classifiedPath(name);
        if (path != null) {
            return path;
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

    /**
     * A function printed as its path, {@code 公共安全支出（类）司法（款）公共法律服务（项）} or
     * {@code 公共安全支出（204类）司法（06款）行政运行（01项）}, a 类 alone ({@code 住房保障支出（类）}) or a 款
     * and 项 under the 类 of a heading ({@code 法院（款）行政运行（项）}). Names are resolved in the
     * classification, which also holds the codes the document's tables print with their names.
     *
     * @return null if the text prints no level; empty if it prints one that does not resolve (a
     *     path never binds to a level above the one it names)
     */
    Optional<FunctionCode> classifiedPath(String text) {
        String t = text.replace('(', '（').replace(')', '）');
        Matcher m = LEVEL.matcher(t);
        String[] names = new String[3];
        String[] digits = new String[3];
        int last = 0;
        boolean any = false;
        while (m.find()) {
            int level = "类款项".indexOf(m.group(2));
            names[level] = levelName(t.substring(last, m.start()));
            digits[level] = m.group(1);
            last = m.end();
            any = true;
        }
        if (!any) {
            return null;
        }
        if (digits[0] != null && digits[0].length() == 3) {
            String code = digits[0];
            if (digits[1] != null && digits[1].length() == 2) {
                code += digits[1];
                if (digits[2] != null && digits[2].length() == 2) {
                    code += digits[2];
                }
            }
            return tryParse(FunctionCode::parse, code);
        }
        Optional<FunctionCode> found = Optional.empty();
        if (names[0] != null) {
            found = under(Optional.empty(), names[0]);
            if (found.isEmpty()) {
                return Optional.empty();
            }
        }
        if (names[1] != null) {
            found = found.isPresent() ? under(found, names[1]) : section(names[1]);
            if (found.isEmpty()) {
                return Optional.empty();
            }
        }
        if (names[2] != null) {
            return found.isEmpty() || names[1] == null ? Optional.empty() : under(found, names[2]);
        }
        return found;
    }

    /** The name before a level marker: what follows the last punctuation, list marker and quotes removed. */
    private static String levelName(String raw) {
        String n = raw;
        int cut = -1;
        for (char c : "，。；：、“”\"‘’".toCharArray()) {
            cut = Math.max(cut, n.lastIndexOf(c));
        }
        n = n.substring(cut + 1).strip();
        Matcher marker = MARKER.matcher(n);
        if (marker.lookingAt()) {
            n = n.substring(marker.end());
        }
        return n.replaceAll("\\s+", "");
    }

    /** The code named {@code name} (or {@code name支出}) directly under {@code parent} (empty: a 类). */
    private Optional<FunctionCode> under(Optional<FunctionCode> parent, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<FunctionCode> f = functions.findByName(year.value(), parent, name);
        if (f.isEmpty() && !name.endsWith("支出")) {
            f = functions.findByName(year.value(), parent, name + "支出");
        }
        return f;
    }

    /** A 款 printed without its 类: under the heading's 类, else the only 款 of that name. */
    private Optional<FunctionCode> section(String name) {
        if (headingClass != null) {
            Optional<FunctionCode> f = under(Optional.of(headingClass), name);
            if (f.isPresent()) {
                return f;
            }
        }
        String wanted = Classification.normalizeName(name);
        Set<FunctionCode> found = new LinkedHashSet<>();
        for (Classification.Entry<FunctionCode> e : functions.entries()) {
            if (e.code().level() == Level.SECTION && Classification.normalizeName(e.name()).equals(wanted)) {
                found.add(e.code());
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static Optional<Nature> natureOf(String name, String[] economic) {
        String n = name.replaceAll("\\s+", "").replaceFirst("(?:预算数|预算)$", "");
        if (n.equals("人员支出")) {
            economic[0] = "301"; // the seed's convention: its 表4 prints 人员支出 as 工资福利支出 (301)
        } else if (n.equals("人员经费")) {
            return Optional.of(Nature.PERSONNEL); // 工资福利支出 and 对个人和家庭的补助 (301 + 303)
        } else if (n.equals("公用支出") || n.equals("公用经费")) {
            economic[0] = "302";
        } else if (n.matches("对个人和家庭的?补助(?:支出)?")) {
            economic[0] = "303";
        } else if (n.equals("项目支出")) {
            return Optional.of(Nature.PROJECT);
        } else if (n.equals("基本支出")) {
            return Optional.of(Nature.BASIC);
        } else if (n.equals("单位预留机动经费") || n.equals("预留机动经费")) {
            return Optional.of(Nature.RESERVE);
        } else {
            return Optional.empty();
        }
        return Optional.of(Nature.BASIC);
    }

    /**
     * The coordinates a subject really denotes, or empty coordinates when it denotes no figure
     * the tables could print: an unresolved subject is never taken for the total.
     */
    Coordinates bindAmount(Draft d) {
        Coordinates c = Coordinates.empty().with(Dimension.UNIT, d.unit);
        String subject = d.subject;
        c = c.with(Dimension.FLOW, subject.contains("收入") ? Flow.REVENUE : Flow.EXPENDITURE);
        String core = core(subject);
        if (phase == Phase.FINAL_ACCOUNT && budgetMeasure(core)) {
            return Coordinates.empty(); // 全年预算, 年初预算: a final account's tables print what was spent
        }
        Optional<FunctionCode> path = classifiedPath(core);
        if (path != null) {
            return path.isPresent() ? function(c, path.get(), d) : Coordinates.empty();
        }
        Optional<Coordinates> nature = nature(c, core);
        if (nature.isPresent()) {
            return nature.get();
        }
        for (String cand : candidates(subject)) {
            Optional<SpecialItem> item = tryParse(SpecialItem::parse, cand);
            if (item.isPresent()) {
                return item(c, item.get(), core);
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
            return function(c, fn.get(), d);
        }
        Optional<SpecialItem> item = itemIn(core);
        if (item.isPresent()) {
            return item(c, item.get(), core);
        }
        Map.Entry<String, FundSource> fund = leadingFund(core);
        String rest = fund == null ? core : core.substring(fund.getKey().length());
        Coordinates funded = fund == null ? c : c.with(Dimension.FUND_SOURCE, fund.getValue());
        if (fund != null) {
            Optional<Coordinates> n = nature(funded, rest);
            if (n.isPresent()) {
                return n.get(); // 财政拨款基本支出预算
            }
        }
        if (TOTAL.matcher(rest).matches() || UNIT_TOTAL.matcher(rest).matches()) {
            return funded; // 部门预算收入, 收入支出总计, 深圳市坪山区来访中心预算
        }
        if ((subject.contains("资金") || subject.contains("预算")) && d.prefix != null) {
            // 所有项目支出预算纳入部门预算绩效管理，涉及预算资金 1,129 万元: the projects' total.
            int project = d.prefix.lastIndexOf("项目支出");
            int basicAt = d.prefix.lastIndexOf("基本支出");
            if (project >= 0 || basicAt >= 0) {
                Coordinates s = subject.contains("财政拨款") ? c.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET)
                        : c;
                return s.with(Dimension.NATURE, project > basicAt ? Nature.PROJECT : Nature.BASIC);
            }
        }
        return Coordinates.empty();
    }

    private Coordinates function(Coordinates c, FunctionCode code, Draft d) {
        code.parent().ifPresent(context::add);
        Coordinates out = c.with(Dimension.FUNCTION, code);
        return d.projectRow ? out.with(Dimension.NATURE, Nature.PROJECT) : out;
    }

    private static Optional<Coordinates> nature(Coordinates c, String name) {
        String[] economic = {null};
        Optional<Nature> nature = natureOf(name, economic);
        if (nature.isEmpty()) {
            return Optional.empty();
        }
        Coordinates out = c.with(Dimension.NATURE, nature.get());
        return Optional.of(economic[0] == null ? out : out.with(Dimension.ECONOMIC, EconomicCode.parse(economic[0])));
    }

    /** An item, with the fund its subject names ({@code 财政拨款的机关运行经费}) or its section's. */
    private Coordinates item(Coordinates c, SpecialItem item, String core) {
        Coordinates out = c.with(Dimension.ITEM, item);
        Map.Entry<String, FundSource> fund = leadingFund(core);
        if (fund != null) {
            return out.with(Dimension.FUND_SOURCE, fund.getValue());
        }
        if (core.contains("财政拨款")) {
            return out.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
        }
        return sectionFund != null ? out.with(Dimension.FUND_SOURCE, sectionFund) : out;
    }

    /** The subject without quotes, spaces, 科目 and the names of units. */
    private String core(String subject) {
        String s = subject.replaceAll("[\\s“”\"‘’]", "").replaceFirst("科目$", "");
        List<Found> found = findMentions(s);
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            s = s.substring(0, f.start()) + s.substring(f.end());
        }
        return s.replaceFirst("^(?:本部门|本单位|全部门|各单位)", "");
    }

    /** A budget figure of a final account: 全年预算, 年初预算 (一般公共预算 is a fund, not a budget figure). */
    private static boolean budgetMeasure(String core) {
        String s = core.replace("一般公共预算", "").replace("政府性基金预算", "").replace("国有资本经营预算", "");
        return s.contains("预算") && !s.contains("决算");
    }

    private static Map.Entry<String, FundSource> leadingFund(String core) {
        for (Map.Entry<String, FundSource> e : FUNDS.entrySet()) {
            if (core.startsWith(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    /**
     * A special item named inside a longer subject: {@code 本部门面向中小企业预留政府采购项目预算金额},
     * {@code 预留给小型和微型企业的政府采购项目预算}, {@code 政府采购货物预算}, {@code 公务用车购置预算支出}.
     */
    private static Optional<SpecialItem> itemIn(String core) {
        boolean procurement = core.contains("采购") || core.contains("购买服务");
        if (procurement) {
            if (core.matches(".*(?:小型和微型企业|小型、微型企业|小微企业).*")) {
                return Optional.of(SpecialItem.PROCUREMENT_SMALL_MICRO);
            }
            if (core.contains("中小企业")) {
                return Optional.of(SpecialItem.PROCUREMENT_SME);
            }
            if (core.contains("货物")) {
                return Optional.of(SpecialItem.PROCUREMENT_GOODS);
            }
            if (core.contains("工程")) {
                return Optional.of(SpecialItem.PROCUREMENT_WORKS);
            }
            if (core.contains("服务")) {
                return Optional.of(SpecialItem.PROCUREMENT_SERVICES);
            }
            if (core.contains("政府采购")) {
                return Optional.of(SpecialItem.GOVERNMENT_PROCUREMENT);
            }
            return Optional.empty();
        }
        if (core.contains("机关运行经费")) {
            return Optional.of(SpecialItem.ADMINISTRATIVE_OPERATION);
        }
        if (core.contains("三公")) {
            return Optional.of(SpecialItem.THREE_PUBLIC);
        }
        if (core.matches(".*因公出国[（(]境[）)].*")) {
            return Optional.of(SpecialItem.OVERSEAS_TRAVEL);
        }
        if (core.contains("公务接待")) {
            return Optional.of(SpecialItem.OFFICIAL_RECEPTION);
        }
        if (core.matches(".*公务用车购置[及和]运行.*")) {
            return Optional.of(SpecialItem.OFFICIAL_VEHICLES);
        }
        if (core.contains("公务用车购置")) {
            return Optional.of(SpecialItem.VEHICLE_PURCHASE);
        }
        if (core.contains("公务用车运行")) {
            return Optional.of(SpecialItem.VEHICLE_OPERATION);
        }
        if (core.contains("会议费")) {
            return Optional.of(SpecialItem.MEETINGS);
        }
        if (core.contains("培训费")) {
            return Optional.of(SpecialItem.TRAINING);
        }
        return Optional.empty();
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
        /** A figure of an explanation (主要原因是…): never the claim a later change attaches to. */
        boolean reason;
        /** A breakdown announced by 包括 (its parts make it up), not 其中 (of which). */
        boolean includes;
        /** The whole of a share when the text names it ({@code 占“三公”经费的}). */
        Coordinates whole;
        Draft parent;
        final List<Draft> parts = new ArrayList<>();

        void add(Draft part) {
            part.parent = this;
            parts.add(part);
        }

        /** Binds to {@code own}; a part takes from its whole what it does not say itself. */
        void bind(Coordinates own, boolean part) {
            Coordinates c = own;
            if (part && parent != null && !own.isEmpty()) {
                c = parent.coordinates;
                for (Dimension<?> dim : own.dimensions()) {
                    if (dim != Dimension.UNIT) {
                        c = with(c, own, dim);
                    }
                }
            }
            coordinates = c;
            bound = true;
        }

        /**
         * The coordinates to claim: a part named by nothing the tables print is its whole when it
         * is the whole's only part under 包括 ({@code 8 万元，主要包括：主要用于机动工作 8 万元}).
         */
        Coordinates claimed() {
            if (coordinates.isEmpty() && parent != null && parent.includes && parent.parts.size() == 1) {
                return parent.claimed();
            }
            return coordinates;
        }

        private static <V> Coordinates with(Coordinates c, Coordinates from, Dimension<V> dim) {
            return c.with(dim, from.get(dim).orElseThrow());
        }

        Claim build(FiscalYear documentYear) {
            Kind k = kind;
            if (k != Kind.COUNT) {
                k = share && percent != null ? Kind.SHARE : direction != null ? Kind.CHANGE : Kind.AMOUNT;
            }
            Claim.Builder b = Claim.builder(k, subject, year == null ? documentYear : year).coordinates(claimed())
                    .source(sentence, line);
            if (amount != null && k != Kind.COUNT) {
                b.amount(amount);
            }
            if (k == Kind.CHANGE) {
                b.change(comparison == null ? (year == null ? documentYear : year).previous() : comparison, direction,
                        change, percent);
            }
            if (k == Kind.SHARE) {
                Coordinates of = whole != null ? whole : parent != null ? parent.claimed()
                        : Coordinates.empty().with(Dimension.UNIT, unit).with(Dimension.FLOW,
                                coordinates.get(Dimension.FLOW).orElse(Flow.EXPENDITURE));
                b.share(of, percent);
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
