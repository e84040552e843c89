package org.budgetkit.model.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationEdition;
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
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;

/**
 * Makes the exact cells of a random department and writes its tables through the Shenzhen
 * templates, every figure rounded from the exact sum of the cells it covers. Values are scaled
 * longs of 10⁻⁶ 万元 (one fen), summed with {@link Math#addExact}. Deterministic: everything
 * is drawn from one {@link Random} seeded by the caller, in a fixed order, over sorted lists.
 * Not thread-safe; used once.
 */
final class DocumentWriter {
    /** Decimals of the exact values in 万元: 10⁻⁶ 万元 is one fen. */
    static final int SCALE = 6;
    private static final long WAN = 1_000_000L;
    private static final AmountUnit UNIT = AmountUnit.TEN_THOUSAND_YUAN;

    /** An exact atomic value: one unit's spending on one 项 and 款, of one nature, from one source. */
    record Cell(int unit, FunctionCode function, EconomicCode economic, Nature nature, FundSource fund,
            SpecialItem item, int year, long value) {
    }

    private final DocumentShape shape;
    private final RoundingMode mode;
    private final Random random;
    private final ClassificationEdition<FunctionCode> functions;
    private final ClassificationEdition<EconomicCode> economics;
    private final List<Cell> cells = new ArrayList<>();
    /** The cells without an item, and those with one: most figures sum only the former. */
    private final List<Cell> baseCells = new ArrayList<>();
    private final List<Cell> itemCells = new ArrayList<>();
    private final List<Long> truths = new ArrayList<>();
    private final List<BudgetUnit> units = new ArrayList<>();
    private String department;
    private int line;

    DocumentWriter(DocumentShape shape, RoundingMode mode, long seed) {
        this.shape = shape;
        this.mode = mode;
        this.random = new Random(seed);
        this.functions = Classification.bundledFunctions().edition(shape.year());
        this.economics = Classification.bundledEconomic().edition(shape.year());
    }

    List<Cell> cells() {
        return cells;
    }

    long[] truths() {
        return truths.stream().mapToLong(Long::longValue).toArray();
    }

    List<BudgetUnit> units() {
        return units;
    }

    static RoundingConvention convention(RoundingMode mode) {
        return switch (mode) {
            case HALF_UP, HALF_DOWN, HALF_EVEN -> RoundingConvention.HALF;
            case DOWN -> RoundingConvention.TRUNCATE;
            default -> throw new IllegalArgumentException("no rounding convention describes " + mode
                    + ": use HALF_UP, HALF_DOWN, HALF_EVEN or DOWN");
        };
    }

    // ---------------------------------------------------------------- cells

    Document write() {
        department = String.format("示例局%04d", random.nextInt(10_000));
        makeCells();
        Document.Builder doc = Document.builder(department, FiscalYear.of(shape.year()), Phase.BUDGET)
                .source("generated-" + department + ".txt")
                .title(department + shape.year() + "年部门预算")
                .unit(UNIT)
                .convention(convention(mode));
        for (int u = 0; u < shape.units(); u++) {
            units.add(doc.addUnit(u == 0 ? department : department + "下属单位" + u));
        }
        budgetSummary(doc);
        revenueSummary(doc);
        byFunction(doc, Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", shape.decimals());
        byEconomic(doc, Templates.SHENZHEN_BASIC_EXPENDITURE, "表4", Nature.BASIC);
        byFunction(doc, Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", shape.decimals());
        byEconomic(doc, Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, "表8", null);
        threePublic(doc);
        return doc.build();
    }

    private void makeCells() {
        List<FunctionCode> items = new ArrayList<>();
        for (FunctionCode c : functions.codes()) {
            Optional<FunctionCode> section = c.parent();
            if (c.level() == Level.ITEM && functions.isKnown(section.get())
                    && functions.isKnown(section.get().parent().get())) {
                items.add(c);
            }
        }
        List<EconomicCode> basicSections = sections("301", "302", "303");
        List<EconomicCode> projectSections = sections("302", "310");
        for (int u = 0; u < shape.units(); u++) {
            List<FunctionCode> chosen = pick(items, Math.min(shape.functionItems(), items.size()));
            for (FunctionCode f : chosen) {
                boolean basic = random.nextInt(10) < 8;
                boolean project = !basic || random.nextInt(10) < 6;
                if (basic) {
                    spread(u, f, Nature.BASIC, basicSections);
                }
                if (project) {
                    spread(u, f, Nature.PROJECT, projectSections);
                }
            }
        }
        procurement();
        threePublicCells();
        for (Cell c : cells) {
            (c.item() == null ? baseCells : itemCells).add(c);
        }
    }

    private List<EconomicCode> sections(String... classes) {
        List<EconomicCode> out = new ArrayList<>();
        for (EconomicCode c : economics.codes()) {
            EconomicCode parent = c.parent().orElse(c);
            if (c.level() == Level.SECTION && economics.isKnown(parent) && List.of(classes).contains(parent.digits())) {
                out.add(c);
            }
        }
        return out;
    }

    private void spread(int unit, FunctionCode f, Nature nature, List<EconomicCode> sections) {
        // From half the most to the most: sizes vary less than from 1 to the most.
        int most = Math.min(shape.economicSections(), sections.size());
        int n = (most + 1) / 2 + random.nextInt(most - (most + 1) / 2 + 1);
        for (EconomicCode e : pick(sections, n)) {
            cells.add(new Cell(unit, f, e, nature, fund(nature), null, shape.year(), amount()));
        }
    }

    /** Appropriations mostly; now and then another source, so that every column has figures. */
    private FundSource fund(Nature nature) {
        int r = random.nextInt(100);
        if (nature == Nature.BASIC) {
            return r < 85 ? FundSource.BASIC_APPROPRIATION
                    : r < 90 ? FundSource.BUSINESS_INCOME
                    : r < 94 ? FundSource.OTHER_INCOME
                    : r < 97 ? FundSource.PRIOR_YEAR_OTHER
                    : FundSource.SUPERIOR_SUBSIDY;
        }
        return r < 60 ? FundSource.DUTY_PROJECT_APPROPRIATION
                : r < 72 ? FundSource.SPECIAL_FUND_APPROPRIATION
                : r < 78 ? FundSource.GOVERNMENT_INVESTMENT_APPROPRIATION
                : r < 83 ? FundSource.GOVERNMENT_FUND_BUDGET
                : r < 86 ? FundSource.STATE_CAPITAL_BUDGET
                : r < 90 ? FundSource.FISCAL_SPECIAL_ACCOUNT
                : r < 93 ? FundSource.OPERATING_INCOME
                : r < 95 ? FundSource.SUBORDINATE_REMITTANCE
                : FundSource.PRIOR_YEAR_OTHER;
    }

    /**
     * An exact amount up to 300 万元: zero one time in ten, a multiple of 0.5 万元 one time in
     * five (a tie when rounded to whole 万元 if odd), a multiple of 0.005 万元 one time in ten (a
     * tie at two decimals), otherwise any number of fen.
     */
    private long amount() {
        int r = random.nextInt(10);
        if (r == 0) {
            return 0;
        }
        if (r <= 2) {
            return (1 + random.nextInt(600)) * (WAN / 2);
        }
        if (r == 3) {
            return (1 + random.nextInt(60_000)) * (WAN / 200);
        }
        return 1 + (long) random.nextInt(300_000_000);
    }

    /** A share of {@code whole}: zero, the whole, or any fen between, ties at 0.005 万元 often. */
    private long part(long whole) {
        if (whole == 0) {
            return 0;
        }
        int r = random.nextInt(6);
        if (r == 0) {
            return 0;
        }
        if (r == 1) {
            return whole;
        }
        long x = Math.floorMod(random.nextLong(), whole + 1);
        return r == 2 ? x - x % (WAN / 200) : x;
    }

    /** 政府采购 within some cells: 货物 + 工程 + 服务 ≤ the cell; 中小企业 ≤ that; 小微 ≤ 中小. */
    private void procurement() {
        List<Cell> base = List.copyOf(cells);
        for (Cell c : base) {
            if (random.nextInt(10) >= (c.nature() == Nature.PROJECT ? 4 : 1)) {
                continue;
            }
            long total = part(c.value());
            long goods = part(total);
            long works = part(total - goods);
            long services = total - goods - works;
            long sme = part(total);
            long small = part(sme);
            item(c, SpecialItem.PROCUREMENT_GOODS, c.year(), goods);
            item(c, SpecialItem.PROCUREMENT_WORKS, c.year(), works);
            item(c, SpecialItem.PROCUREMENT_SERVICES, c.year(), services);
            item(c, SpecialItem.PROCUREMENT_SME, c.year(), sme);
            item(c, SpecialItem.PROCUREMENT_SMALL_MICRO, c.year(), small);
        }
    }

    /**
     * "三公"经费 of this year and the last, in cells paid by 一般公共预算 appropriations: each
     * part of this year's at most its cell and 20 万元; last year's up to 20 万元.
     */
    private void threePublicCells() {
        Set<FundSource> general = FundSource.GENERAL_PUBLIC_BUDGET.leaves();
        List<Cell> candidates = cells.stream().filter(c -> c.item() == null && general.contains(c.fund())).toList();
        if (candidates.isEmpty()) {
            return;
        }
        for (SpecialItem i : List.of(SpecialItem.OVERSEAS_TRAVEL, SpecialItem.OFFICIAL_RECEPTION,
                SpecialItem.VEHICLE_PURCHASE, SpecialItem.VEHICLE_OPERATION)) {
            for (int k = random.nextInt(3); k > 0; k--) {
                Cell c = candidates.get(random.nextInt(candidates.size()));
                item(c, i, shape.year(), part(Math.min(c.value(), 20 * WAN)));
                item(c, i, shape.year() - 1, part(20 * WAN));
            }
        }
    }

    private void item(Cell c, SpecialItem i, int year, long value) {
        cells.add(new Cell(c.unit(), c.function(), c.economic(), c.nature(), c.fund(), i, year, value));
    }

    private <T extends Comparable<? super T>> List<T> pick(List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        List<T> out = new ArrayList<>(copy.subList(0, n));
        out.sort(null);
        return out;
    }

    // ---------------------------------------------------------------- exact sums

    /**
     * The exact value at the coordinates of a printed cell, by a scan of the cells (the fast
     * path; {@link ConsistentDocument#truth(Coordinates)} is the independent, generic one).
     */
    long truth(Coordinates c) {
        if (c.get(Dimension.MEASURE).orElse(Measure.AMOUNT) == Measure.CHANGE) {
            Coordinates amount = c.without(Dimension.MEASURE);
            FiscalYear y = c.get(Dimension.YEAR).orElseThrow();
            return Math.subtractExact(truth(amount), truth(amount.with(Dimension.YEAR, y.previous())));
        }
        if (c.get(Dimension.FLOW).orElseThrow() == Flow.CARRY_FORWARD) {
            return 0; // nothing is carried forward: revenue equals expenditure, source by source
        }
        BudgetUnit u = c.get(Dimension.UNIT).orElseThrow();
        int unit = u.kind() == BudgetUnit.Kind.DEPARTMENT ? -1 : units.indexOf(u);
        int year = c.get(Dimension.YEAR).orElseThrow().value();
        String function = c.get(Dimension.FUNCTION).map(FunctionCode::digits).orElse("");
        String economic = c.get(Dimension.ECONOMIC).map(EconomicCode::digits).orElse("");
        Nature nature = c.get(Dimension.NATURE).orElse(null);
        Set<FundSource> funds = c.get(Dimension.FUND_SOURCE).map(FundSource::leaves).orElse(null);
        Set<SpecialItem> items = c.get(Dimension.ITEM).map(DocumentWriter::components).orElse(null);
        long sum = 0;
        // Cheap comparisons first: most cells fail on item, unit or nature.
        for (Cell cell : items == null ? baseCells : itemCells) {
            if ((items != null && !items.contains(cell.item()))
                    || (unit >= 0 && cell.unit() != unit) || cell.year() != year
                    || (nature != null && cell.nature() != nature)
                    || (funds != null && !funds.contains(cell.fund()))
                    || (!function.isEmpty() && !cell.function().digits().startsWith(function))
                    || (!economic.isEmpty() && !cell.economic().digits().startsWith(economic))) {
                continue;
            }
            sum = Math.addExact(sum, cell.value());
        }
        return sum;
    }

    /** The item and every item that sums into it (through 组成部分, not 其中). */
    private static Set<SpecialItem> components(SpecialItem target) {
        Set<SpecialItem> out = EnumSet.noneOf(SpecialItem.class);
        for (SpecialItem i : SpecialItem.values()) {
            for (SpecialItem x = i; x != null; x = x.relation() == Relation.COMPONENT ? x.parent().orElse(null)
                    : null) {
                if (x == target) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- tables

    private Table.Builder table(Document.Builder doc, TableTemplate template, String number) {
        return doc.table(template, number, template.title(), UNIT, ++line, 0);
    }

    /** Adds a row: every column's figure (or those from {@code first} on) rounded from its truth. */
    private void row(Table.Builder t, String label, String code, Coordinates row, int first, int count,
            int decimals) {
        StringBuilder figures = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            long exact = truth(t.cell(row, t.template().column(i)));
            truths.add(exact);
            figures.append(figures.length() == 0 ? "" : " ")
                    .append(BigDecimal.valueOf(exact, SCALE).setScale(decimals, mode).toPlainString());
        }
        t.row(label, code, row, ++line, first, figures.toString());
    }

    private void row(Table.Builder t, String label, String code, Coordinates row, int decimals) {
        row(t, label, code, row, 0, t.template().columns().size(), decimals);
    }

    private static Coordinates unitRow(BudgetUnit u) {
        return Coordinates.empty().with(Dimension.UNIT, u);
    }

    private Coordinates departmentRow() {
        return unitRow(BudgetUnit.department(department));
    }

    /** 收支总表: revenue by source beside expenditure by function, department only. */
    private void budgetSummary(Document.Builder doc) {
        Table.Builder t = table(doc, Templates.SHENZHEN_BUDGET_SUMMARY, "表1");
        int d = shape.decimals();
        Object[][] revenue = {
            {"一、政府预算拨款", FundSource.GOVERNMENT_BUDGET},
            {"1.一般公共预算拨款", FundSource.GENERAL_PUBLIC_BUDGET},
            {"2.政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET},
            {"3.国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET},
            {"二、财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT},
            {"三、单位资金", FundSource.UNIT_FUNDS},
            {"1.事业收入", FundSource.BUSINESS_INCOME},
            {"2.事业单位经营收入", FundSource.OPERATING_INCOME},
            {"3.上级补助收入", FundSource.SUPERIOR_SUBSIDY},
            {"4.附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE},
            {"5.其他收入", FundSource.OTHER_INCOME},
            {"本年收入合计", FundSource.CURRENT_YEAR},
            {"上年结余、结转", FundSource.PRIOR_YEAR_BALANCE},
        };
        for (Object[] r : revenue) {
            row(t, (String) r[0], "", Coordinates.empty().with(Dimension.FUND_SOURCE, (FundSource) r[1]), 0, 1, d);
        }
        row(t, "收入总计", "", Coordinates.empty(), 0, 1, d);
        Coordinates spending = Coordinates.empty().with(Dimension.FLOW, Flow.EXPENDITURE);
        for (FunctionCode f : functionNodes(-1)) {
            row(t, functions.name(f).orElseThrow(), "", spending.with(Dimension.FUNCTION, f), 1, 1, d);
        }
        row(t, "本年支出合计", "", spending, 1, 1, d);
        row(t, "结转下年", "", Coordinates.empty().with(Dimension.FLOW, Flow.CARRY_FORWARD), 1, 1, d);
        row(t, "支出总计", "", Coordinates.empty().with(Dimension.FLOW, Flow.USES), 1, 1, d);
    }

    /** 收入总表: the department's row, then each unit's. */
    private void revenueSummary(Document.Builder doc) {
        Table.Builder t = table(doc, Templates.SHENZHEN_REVENUE_SUMMARY, "表2");
        row(t, department, "", departmentRow(), shape.decimals());
        for (BudgetUnit u : units) {
            row(t, u.name(), "", unitRow(u), shape.decimals());
        }
    }

    /** A by-function table: the department's row, then each unit's row and its 类, 款 and 项. */
    private void byFunction(Document.Builder doc, TableTemplate template, String number, int decimals) {
        Table.Builder t = table(doc, template, number);
        row(t, department, "", departmentRow(), decimals);
        for (int u = 0; u < units.size(); u++) {
            row(t, units.get(u).name(), "", unitRow(units.get(u)), decimals);
            for (FunctionCode f : functionNodes(u)) {
                row(t, functions.name(f).orElseThrow(), f.digits(),
                        unitRow(units.get(u)).with(Dimension.FUNCTION, f), decimals);
            }
        }
    }

    /** A by-economic table: the department's row, then each unit's row and its 类 and 款. */
    private void byEconomic(Document.Builder doc, TableTemplate template, String number, Nature only) {
        Table.Builder t = table(doc, template, number);
        row(t, department, "", departmentRow(), shape.decimals());
        for (int u = 0; u < units.size(); u++) {
            row(t, units.get(u).name(), "", unitRow(units.get(u)), shape.decimals());
            for (EconomicCode e : economicNodes(u, only)) {
                // 表4 prints names only (as the seed does); 表8 prints codes.
                row(t, economics.name(e).orElseThrow(), only == null ? e.digits() : "",
                        unitRow(units.get(u)).with(Dimension.ECONOMIC, e), shape.decimals());
            }
        }
    }

    /** "三公"经费支出表: last year, this year and the change, in two decimals. */
    private void threePublic(Document.Builder doc) {
        Table.Builder t = table(doc, Templates.SHENZHEN_THREE_PUBLIC, "表9");
        FiscalYear year = FiscalYear.of(shape.year());
        row(t, year.previous() + " 年", "", Coordinates.empty().with(Dimension.YEAR, year.previous()), 2);
        row(t, year + " 年", "", Coordinates.empty().with(Dimension.YEAR, year), 2);
        row(t, "增减变化金额", "", Coordinates.empty().with(Dimension.MEASURE, Measure.CHANGE), 2);
    }

    /** The 类, 款 and 项 a unit (or, for -1, the department) spends on, in tree order. */
    private List<FunctionCode> functionNodes(int unit) {
        TreeSet<String> digits = new TreeSet<>();
        for (Cell c : cells) {
            if (unit < 0 || c.unit() == unit) {
                for (FunctionCode x = c.function(); x != null; x = x.parent().orElse(null)) {
                    digits.add(x.digits());
                }
            }
        }
        // Sorting the digits as strings puts every code right after its parent.
        return digits.stream().map(FunctionCode::parse).toList();
    }

    /** The 类 and 款 a unit spends on (of one nature, or all), in tree order. */
    private List<EconomicCode> economicNodes(int unit, Nature only) {
        TreeSet<String> digits = new TreeSet<>();
        for (Cell c : cells) {
            if (c.unit() == unit && c.item() == null && (only == null || c.nature() == only)) {
                digits.add(c.economic().digits());
                digits.add(c.economic().parent().orElseThrow().digits());
            }
        }
        return digits.stream().map(EconomicCode::parse).toList();
    }
}
