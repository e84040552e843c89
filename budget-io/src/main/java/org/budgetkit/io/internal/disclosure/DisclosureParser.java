package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.disclosure.NarrativeLine;
import org.budgetkit.io.disclosure.ReadWarning;
import org.budgetkit.io.narrative.NarrativeReader;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.money.AmountUnit;

/**
 * Reads a disclosure's lines into a document: finds its tables by title, its metadata
 * (department, year, phase, units), its narrative, and reads each table through its layout.
 * Used by {@link org.budgetkit.io.disclosure.DisclosureReader}; not API.
 */
public final class DisclosureParser {
    private static final Pattern NUMBER = Pattern.compile("(表[0-9]{1,2}|公开[0-9]{1,2}表)");
    private static final Pattern UNIT = Pattern.compile("单位[:：]\\s*(亿元|万元|千元|元|万)");
    private static final Pattern META = Pattern.compile("(部门名称|编制部门|预算主管部门|编制单位|部门)[:：]");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:部门名称|编制部门|预算主管部门|编制单位|部门)[:：]\\s*([^\\s:：]{2,40}?)(?:\\s|单位[:：]|$)");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern NOTE = Pattern.compile("^(注[:：0-9一、.]|注$|说明[:：])");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]?\\s*[0-9]{1,3}\\s*[-—–]?$");
    private static final Pattern COVER = Pattern.compile(
            "^(?:.{0,20}?)?([^0-9]{2,40}?)([0-9]{4})年度?(?:区级|省级|市级)?部门(预算|决算)");
    private static final Pattern COVER_LINE = Pattern.compile("^(.{2,40}?)([0-9]{4})年度?部门(预算|决算)表?$");
    private static final Pattern UNIT_ROW = Pattern.compile("^[0-9]{1,2}(\\D{2,40})$");
    private static final Pattern TITLE_YEAR = Pattern.compile("^([0-9]{4})年");
    private static final Pattern HEADER_YEAR = Pattern.compile("([0-9]{4})\\s*年\\s*(?:度|预算数|决算数|预算|决算)");
    private static final Pattern OWN_AND_SUBORDINATE = Pattern.compile("包括(.{2,40}?)本级、下属(.{2,40}?)[，,]共[0-9]+家");
    private static final Pattern BUDGET_UNIT_LIST = Pattern.compile("预算单位[^。:：]{0,40}?包括[:：](.{2,400}?)。");
    private static final Pattern ONLY_OWN_UNIT = Pattern.compile("预算单位共计?[0-9]+家[,，]即(.{2,40}?)本级");
    private static final Pattern UNIT_LIST = Pattern.compile("(?:预算单位|单位)(?:共[0-9]+家[,，]具体)?包括[:：](.{2,400}?)。");

    private final Classification<FunctionCode> functions;
    private final Classification<EconomicCode> economic;

    /**
     * A parser resolving names through these classifications.
     *
     * @param functions the function classification, not null
     * @param economic the economic classification, not null
     */
    public DisclosureParser(Classification<FunctionCode> functions, Classification<EconomicCode> economic) {
        this.functions = Objects.requireNonNull(functions, "functions");
        this.economic = Objects.requireNonNull(economic, "economic");
    }

    /** What a parse gives. */
    public record Parsed(Document document, List<ReadWarning> warnings, List<NarrativeLine> narrative, String text) {
    }

    /**
     * Reads text extracted from a disclosure.
     *
     * @param text the text, not null
     * @param name the source name, not null
     * @return the result, never null
     * @throws BudgetFormatException if it is not a disclosure or a figure is malformed
     */
    public Parsed parseText(String text, String name) {
        return parse(TextSource.of(text, name));
    }

    /**
     * Reads a disclosure PDF.
     *
     * @param pdf the bytes of the PDF, not null
     * @param name the source name, not null
     * @return the result, never null
     * @throws BudgetFormatException if it is not a readable PDF disclosure
     */
    public Parsed parsePdf(byte[] pdf, String name) {
        return parse(PdfSource.read(pdf, name));
    }

    private Parsed parse(SourceText src) {
        List<Line> lines = src.lines();
        boolean[] inTable = new boolean[lines.size()];
        Warnings warnings = new Warnings(src.name());
        int[] feeds = formFeeds(src);
        List<Block> blocks = spot(src, feeds, inTable);
        Meta meta = meta(src, blocks);
        if (meta == null) {
            throw new BudgetFormatException(src.name(), 0, 0, "",
                    "not a department budget or final account disclosure: no table and no title such as "
                            + "\"…2023年部门预算\" found",
                    "不是部门预算或决算公开文件：未找到表格，也未找到“…2023年部门预算”之类的标题", null);
        }
        List<NarrativeLine> narrative = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!inTable[i] && !pageNumber(src, feeds, i)) {
                narrative.add(new NarrativeLine(l.number(), l.page(), l.text()));
            }
        }
        List<String> units = units(lines, inTable, meta.department);
        Document.Builder doc = Document.builder(meta.department, meta.year, meta.phase).source(src.name())
                .title(meta.department + meta.year + "年部门" + meta.phase.chineseName()).unit(mainUnit(blocks));
        for (String u : units) {
            doc.addUnit(u);
        }
        NameIndex names = new NameIndex(functions, economic, meta.year.value());
        Context ctx = new Context(src.name(), meta.department, units, meta.year, names, warnings);
        for (Block b : blocks) {
            TableReader.learnCodes(b, names);
        }
        Map<String, Integer> used = new HashMap<>();
        int ordinal = 0;
        for (Block b : blocks) {
            ordinal++;
            String number = b.number != null ? b.number : "表" + ordinal;
            int n = used.merge(number, 1, Integer::sum);
            if (n > 1) {
                number = number + "-" + n;
            }
            if (!b.unitFound) {
                warnings.add(b.page, b.line, number, "no unit (单位：…) printed: amounts taken as 万元",
                        "未标明金额单位，按万元读取");
            }
            new TableReader(doc, b, number, ctx).read();
        }
        addClaims(doc, narrative, meta, src.name(), units, names.printedFunctions(src.name()));
        return new Parsed(doc.build(), warnings.list(), narrative, src.text());
    }

    /**
     * The narrative's claims join the document, read by the claim extractor
     * ({@link NarrativeReader}) from the narrative's lines in their own numbering: the table
     * lines between them are handed over blank, so every claim keeps the line of the text.
     * Function names resolve in the classification and in the codes the tables print with
     * their names ({@code printed}: 统计信息事务（款）专项普查活动（项） where no list has it).
     */
    private void addClaims(Document.Builder doc, List<NarrativeLine> narrative, Meta meta, String source,
            List<String> units, Classification<FunctionCode> printed) {
        if (narrative.isEmpty()) {
            return;
        }
        int first = narrative.get(0).line();
        int last = narrative.get(narrative.size() - 1).line();
        List<String> lines = new ArrayList<>(java.util.Collections.nCopies(last - first + 1, ""));
        for (NarrativeLine l : narrative) {
            lines.set(l.line() - first, l.text());
        }
        NarrativeReader reader = NarrativeReader.of(meta.department, meta.year, meta.phase).withSource(source)
                .withFunctions(printed).withFirstLine(first).withUnits(units);
        reader.read(lines).forEach(doc::claim);
    }

    // ---------------------------------------------------------------- tables

    /**
     * Whether line {@code i} is a page number: a lone number first or last on its page. Text
     * has no pages but may keep the form feeds of its extraction ({@code pdftotext}): a lone
     * number next to one is the page's number, never part of the sentence around it (Jiangsu's
     * "4" before "13.11%" on the next page would read 413.11%).
     */
    private static boolean pageNumber(SourceText src, int[] feeds, int i) {
        List<Line> lines = src.lines();
        Line l = lines.get(i);
        if (!PAGE_NUMBER.matcher(l.text().replace('\f', ' ').strip()).matches()) {
            return false;
        }
        if (src.positioned()) {
            boolean firstOnPage = i == 0 || lines.get(i - 1).page() != l.page();
            boolean lastOnPage = i == lines.size() - 1 || lines.get(i + 1).page() != l.page();
            return firstOnPage || lastOnPage;
        }
        int before = i == 0 ? 0 : lines.get(i - 1).number();
        int after = i == lines.size() - 1 ? feeds.length - 1 : lines.get(i + 1).number();
        return feeds[l.number()] > feeds[before] || feeds[after] > feeds[l.number()];
    }

    /**
     * For text input, the number of form feeds on lines 1 to n at index n (index 0 is 0); for a
     * PDF, an empty array (its lines carry their pages).
     */
    private static int[] formFeeds(SourceText src) {
        if (src.positioned()) {
            return new int[0];
        }
        String text = src.text();
        int count = 1;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                count++;
            }
        }
        int[] feeds = new int[count + 1];
        int line = 1;
        int seen = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\f') {
                seen++;
            } else if (c == '\n') {
                feeds[line] = seen;
                line++;
            }
        }
        for (int n = line; n <= count; n++) {
            feeds[n] = seen;
        }
        return feeds;
    }

    private record Title(Layout layout, String text) {
    }

    private List<Block> spot(SourceText src, int[] feeds, boolean[] inTable) {
        List<Line> lines = src.lines();
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        Block last = null;
        List<Line> segment = null;
        boolean notes = false;
        String pendingNumber = null;
        int pendingAt = -10;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String raw = l.text();
            String norm = Tokens.norm(raw);
            if (pageNumber(src, feeds, i)) {
                inTable[i] = open != null;
                continue;
            }
            Matcher number = NUMBER.matcher(norm);
            if (number.matches()) {
                pendingNumber = number.group(1);
                pendingAt = i;
                inTable[i] = true;
                continue;
            }
            Title title = title(lines, i, src.positioned());
            if (title != null) {
                String num = pendingNumber != null && i - pendingAt <= 2 ? pendingNumber : null;
                inTable[i] = true;
                int skip = meta(lines, i, src.positioned(), null);
                if (open == null && last != null && sameTable(last, title, num)) {
                    open = last; // the title repeated after the table was closed by a sentence
                }
                if (open != null && sameTable(open, title, num)) {
                    segment = open.newSegment();
                } else {
                    Line at = num != null ? lines.get(pendingAt) : l;
                    open = new Block(title.layout, num, raw.strip(), at.number(), at.page());
                    blocks.add(open);
                    last = open;
                    segment = open.newSegment();
                    meta(lines, i, src.positioned(), open);
                }
                for (int k = i + 1; k <= skip; k++) {
                    inTable[k] = true;
                }
                pendingNumber = null;
                i = skip;
                notes = false;
                continue;
            }
            if (pendingNumber != null && i - pendingAt > 2) {
                inTable[pendingAt] = false;
                pendingNumber = null;
            }
            if (open == null) {
                continue;
            }
            if (PART.matcher(norm).find()) {
                open = null;
                continue;
            }
            if (src.positioned() && i > 0 && lines.get(i - 1).page() != l.page()) {
                if (continues(open, l)) {
                    segment = open.newSegment();
                    notes = false;
                } else {
                    open = null;
                    continue;
                }
            }
            if (notes && Tokens.startsWithListMarker(raw) && raw.strip().length() <= 30) {
                open = null; // a heading after the table's notes: the narrative resumes
                continue;
            }
            if (NOTE.matcher(norm).find()) {
                notes = true;
            }
            if (!src.positioned() && !notes && isSentence(raw)
                    && (open.layout == null || open.layout.rows != Layout.Rows.PERFORMANCE)) {
                open = null; // the narrative goes on after the table (text has no page breaks to tell)
                continue;
            }
            inTable[i] = true;
            if (NOTE.matcher(norm).find()) {
                notes = true;
            }
            if (!notes) {
                segment.add(l);
            }
        }
        return blocks;
    }

    /** A sentence of the narrative: long, with a full stop. No table row reads like one. */
    private static boolean isSentence(String text) {
        String t = text.strip();
        return t.length() > 30 && (t.contains("。") || t.contains("；"));
    }

    private static boolean sameTable(Block open, Title title, String number) {
        return open.layout == title.layout && Tokens.normTitle(open.title).equals(Tokens.normTitle(title.text))
                && (number == null || number.equals(open.number));
    }

    /** Whether the first line of a new page carries on the open table: its rows or its repeated header. */
    private static boolean continues(Block open, Line first) {
        String text = first.text();
        if (text.contains("万元") || text.contains("。") || text.contains("，") || text.length() > 60) {
            return false; // a sentence of the narrative
        }
        if (Tokens.startsWithListMarker(text)) {
            return true; // 十六、金融支出: a row without figures
        }
        for (Word w : first.words()) {
            if (Tokens.isFigure(w.text()) || Tokens.isCode(w.text())) {
                return true;
            }
        }
        String n = Tokens.norm(first.text());
        if (n.contains("项目") || n.contains("科目")) {
            return true;
        }
        if (open.layout != null) {
            for (Layout.Column c : open.layout.columns) {
                for (String h : c.headers()) {
                    if (n.contains(h)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A table title at line {@code i}: a known title, or an unknown one confirmed by a unit line. */
    private static Title title(List<Line> lines, int i, boolean positioned) {
        Line l = lines.get(i);
        String raw = l.text();
        if (Tokens.startsWithListMarker(raw) || raw.length() > 80) {
            return null;
        }
        String n = Tokens.normTitle(raw);
        if (n.length() < 3 || n.length() > 60 || n.indexOf('表') < 0) {
            return null;
        }
        Optional<Layout> layout = Layouts.forTitle(n);
        boolean numbered = i > 0 && NUMBER.matcher(Tokens.norm(lines.get(i - 1).text())).matches();
        boolean confirmed = numbered || meta(lines, i, positioned, null) > i;
        if (layout.isPresent()) {
            return confirmed ? new Title(layout.get(), raw.strip()) : null;
        }
        if (!n.endsWith("表") || n.contains("，") || n.contains(",") || n.contains("。") || n.startsWith("公开")
                || !confirmed) {
            return null;
        }
        for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
            if (Layouts.forTitle(Tokens.normTitle(lines.get(k).text())).isPresent()) {
                return null;
            }
        }
        return new Title(null, raw.strip());
    }

    /**
     * The last index of the meta lines after a title (unit, department), or {@code i} if
     * none; sets the block's unit when a block is given.
     */
    private static int meta(List<Line> lines, int i, boolean positioned, Block block) {
        int last = i;
        for (int k = i + 1; k < Math.min(lines.size(), i + 5); k++) {
            Line l = lines.get(k);
            if (positioned && l.page() != lines.get(i).page()) {
                break;
            }
            String text = l.text();
            Matcher unit = UNIT.matcher(Tokens.norm(text).replace(':', '：'));
            boolean isMeta = false;
            if (unit.find()) {
                isMeta = true;
                if (block != null && !block.unitFound) {
                    String u = unit.group(1);
                    block.unit = AmountUnit.parse(u.equals("万") ? "万元" : u);
                    block.unitFound = true;
                }
            }
            if (META.matcher(text).find() || Tokens.norm(text).equals("元")) {
                isMeta = true;
            }
            if (!isMeta) {
                if (last > i) {
                    break;
                }
                continue;
            }
            last = k;
        }
        if (block != null && !block.unitFound) {
            block.unit = AmountUnit.TEN_THOUSAND_YUAN;
        }
        return last;
    }

    private static AmountUnit mainUnit(List<Block> blocks) {
        Map<AmountUnit, Integer> counts = new LinkedHashMap<>();
        for (Block b : blocks) {
            counts.merge(b.unit, 1, Integer::sum);
        }
        AmountUnit best = AmountUnit.TEN_THOUSAND_YUAN;
        int most = 0;
        for (Map.Entry<AmountUnit, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- metadata

    private record Meta(String department, FiscalYear year, Phase phase) {
    }

    private static Meta meta(SourceText src, List<Block> blocks) {
        List<Line> lines = src.lines();
        Map<String, Integer> departments = new LinkedHashMap<>();
        for (Line l : lines) {
            Matcher m = DEPARTMENT.matcher(l.text());
            if (m.find()) {
                departments.merge(m.group(1), 1, Integer::sum);
            }
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(lines.size(), 12); i++) {
            head.append(Tokens.norm(lines.get(i).text()));
        }
        String department = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : departments.entrySet()) {
            if (e.getValue() > most) {
                department = e.getKey();
                most = e.getValue();
            }
        }
        Integer year = null;
        Phase phase = null;
        Matcher cover = COVER.matcher(head);
        if (cover.find()) {
            if (department == null) {
                department = cover.group(1);
            }
            year = Integer.valueOf(cover.group(2));
            phase = Phase.parse(cover.group(3));
        }
        for (Line l : lines) {
            Matcher m = COVER_LINE.matcher(Tokens.norm(l.text()));
            if (m.matches()) {
                if (department == null) {
                    department = m.group(1);
                }
                if (year == null) {
                    year = Integer.valueOf(m.group(2));
                }
                if (phase == null) {
                    phase = Phase.parse(m.group(3));
                }
                break;
            }
        }
        for (Block b : blocks) {
            Matcher m = TITLE_YEAR.matcher(Tokens.norm(b.title));
            if (year == null && m.find()) {
                year = Integer.valueOf(m.group(1));
            }
            if (phase == null && b.title.contains("决算")) {
                phase = Phase.FINAL_ACCOUNT;
            }
        }
        if (year == null) {
            // A table header's 2023 年预算数 or 2023 年度 (the narrative also names the previous year).
            search:
            for (Block b : blocks) {
                for (List<Line> segment : b.segments) {
                    for (Line l : segment) {
                        Matcher m = HEADER_YEAR.matcher(l.text());
                        if (m.find()) {
                            year = Integer.valueOf(m.group(1));
                            break search;
                        }
                    }
                }
            }
        }
        if (blocks.isEmpty() && (department == null || year == null)) {
            return null;
        }
        if (department == null || year == null) {
            throw new BudgetFormatException(src.name(), 0, 0, "",
                    department == null ? "tables found but no department name (部门名称：…)"
                            : "tables found but no fiscal year (…2023年…)",
                    department == null ? "找到表格，但未找到部门名称（部门名称：…）" : "找到表格，但未找到预算年度（…2023年…）", null);
        }
        if (phase == null) {
            phase = Phase.BUDGET;
        }
        try {
            return new Meta(department.strip(), FiscalYear.of(year), phase);
        } catch (IllegalArgumentException e) {
            throw new BudgetFormatException(src.name(), 0, 0, String.valueOf(year), "fiscal year out of range",
                    "预算年度超出范围", e);
        }
    }

    /** The budget units the narrative names (本级 first), or none. */
    private static List<String> units(List<Line> lines, boolean[] inTable, String department) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!inTable[i]) {
                text.append(Tokens.norm(lines.get(i).text()).replace('(', '（').replace(')', '）'));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String n = Tokens.norm(lines.get(i).text());
            if (n.contains("序号") && n.contains("单位名称")) {
                for (int k = i + 1; k < lines.size(); k++) {
                    Matcher row = UNIT_ROW.matcher(Tokens.norm(lines.get(k).text()));
                    if (!row.matches()) {
                        break;
                    }
                    out.add(row.group(1).replace("(本级)", "").replace("（本级）", ""));
                }
                break;
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher m = OWN_AND_SUBORDINATE.matcher(text);
        if (m.find()) {
            out.add(m.group(1));
            out.add(m.group(2));
            return out;
        }
        m = ONLY_OWN_UNIT.matcher(text);
        if (m.find()) {
            out.add(m.group(1));
            return out;
        }
        m = BUDGET_UNIT_LIST.matcher(text);
        if (!m.find()) {
            m = UNIT_LIST.matcher(text);
        }
        if (m.find(0)) {
            for (String part : m.group(1).split("、")) {
                String name = part.replace("（本级）", "").strip();
                if (name.endsWith("决算") || name.endsWith("预算")) {
                    return new ArrayList<>(); // a list of accounts, not of units
                }
                if (!name.isEmpty() && name.length() <= 40 && !out.contains(name)) {
                    out.add(name);
                }
            }
            return out;
        }
        return out;
    }
}
