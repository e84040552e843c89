package org.budgetkit.model.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Claim.Kind;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.FactTree;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;

/**
 * The 2023 department budget of 深圳市坪山区信访局 (Pingshan District Petition Bureau,
 * Shenzhen), built by hand from its published text: every figure of its 12 tables, every
 * numeric statement of its narrative, and the performance indicators of 表12.
 *
 * <p>{@code PingshanPetitionBureau2023.document().table("表1")} is its 收支总表. Each fact's
 * provenance names the table, the row label as printed (wrapped lines joined), the column
 * label of the template, and the line of the figure in {@link #text()} (pages are not known
 * from the text: 0).
 *
 * <p>Rows printed under a unit's row belong to that unit: where a table prints the department
 * row and then the 本级 unit's row (表2, 表4, 表5, 表7, 表8, 表10, 表11), the rows after them are the
 * 本级 unit's; where it prints the department row alone (表3), its rows are the department's.
 * The department has two units, 本级 and the non-independently accounted
 * 深圳市坪山区来访接待中心, whose figures are in 本级's.
 *
 * <p>The document's own inconsistencies are kept as printed: 表3/表7 put the 8 万元 project
 * under 2010301 行政运行 while 表5 and 表12 name it 其他政府办公厅（室）及相关机构事务支出 (2010399);
 * 表6 prints a figure 1,877 without a row label (kept as an {@linkplain Table#unplaced() unplaced}
 * figure). Public government data. Immutable and thread-safe.
 */
public final class PingshanPetitionBureau2023 {
    /** The source name of the text, used in every provenance. */
    public static final String SOURCE = "shenzhen-pingshan-petition-bureau-2023-budget.txt";
    /** The department. */
    public static final String DEPARTMENT = "深圳市坪山区信访局";
    /** The subordinate unit, accounted within 本级. */
    public static final String RECEPTION_CENTRE = "深圳市坪山区来访接待中心";

    private static final FiscalYear Y2023 = FiscalYear.of(2023);
    private static final FiscalYear Y2022 = FiscalYear.of(2022);
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;
    private static final BudgetUnit DEPT = BudgetUnit.department(DEPARTMENT);
    private static final BudgetUnit OWN = BudgetUnit.unit(DEPARTMENT, DEPARTMENT);
    private static final BudgetUnit CENTRE = BudgetUnit.unit(DEPARTMENT, RECEPTION_CENTRE);
    private static final Coordinates NONE = Coordinates.empty();
    private static final Coordinates DEPT_ROW = NONE.with(Dimension.UNIT, DEPT);
    private static final Coordinates OWN_ROW = NONE.with(Dimension.UNIT, OWN);
    private static final Document DOCUMENT = build();

    private PingshanPetitionBureau2023() {
    }

    /**
     * The document: 12 tables, their facts, the narrative's claims and 表12's indicators.
     *
     * @return the document, never null
     */
    public static Document document() {
        return DOCUMENT;
    }

    /**
     * The function tree of the 一般公共预算 expenditure (表7, the 支出总计 column of the 本级 unit),
     * with official names:
     * <pre>
     * 合计 1,877 万元
     *   201 一般公共服务支出 1,592 万元
     *     20103 政府办公厅（室）及相关机构事务 1,592 万元
     *       2010301 行政运行 471 万元
     * </pre>
     *
     * @return the tree, never null
     */
    public static FactTree<FunctionCode> functionTree() {
        FactSet column = DOCUMENT.facts().select(FactQuery.any().inTable("表7").where(Dimension.UNIT, OWN)
                .whereTotal(Dimension.NATURE));
        return FactTree.of(column, Dimension.FUNCTION, Classification.bundledFunctions().edition(2023)::describe);
    }

    /**
     * The text of the published PDF the document was built from (UTF-8, LF line ends).
     *
     * @return the text, never null
     */
    public static String text() {
        try (InputStream in = openText()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the text of the published PDF (UTF-8); the caller closes it.
     *
     * @return the stream, never null
     */
    public static InputStream openText() {
        InputStream in = PingshanPetitionBureau2023.class.getResourceAsStream(SOURCE);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + SOURCE);
        }
        return in;
    }

    private static Document build() {
        Document.Builder doc = Document.builder(DEPARTMENT, Y2023, Phase.BUDGET)
                .source(SOURCE)
                .title("深圳市坪山区信访局2023年部门预算")
                .unit(WAN);
        doc.addUnit(DEPARTMENT);
        doc.addUnit(RECEPTION_CENTRE);
        budgetSummary(doc);
        revenueSummary(doc);
        expenditureSummary(doc);
        basicExpenditure(doc);
        projectExpenditure(doc);
        appropriationSummary(doc);
        generalBudgetByFunction(doc);
        generalBudgetByEconomic(doc);
        threePublic(doc);
        zeroTable(doc, "表10", "政府性基金预算支出表", 1148, 1156, 1158, Templates.SHENZHEN_GOVERNMENT_FUND);
        zeroTable(doc, "表11", "国有资本经营预算支出表", 1164, 1172, 1174, Templates.SHENZHEN_STATE_CAPITAL);
        performanceTargets(doc);
        indicators(doc);
        narrative(doc);
        return doc.build();
    }

    // ---------------------------------------------------------------- tables

    private static void budgetSummary(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_BUDGET_SUMMARY, "表1", "收支总表", WAN, 423, 0);
        revenue(t, "一、政府预算拨款", FundSource.GOVERNMENT_BUDGET, 433, "1,877");
        revenue(t, "1.一般公共预算拨款", FundSource.GENERAL_PUBLIC_BUDGET, 435, "1,877");
        revenue(t, "2.政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET, 437, "0");
        revenue(t, "3.国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET, 439, "0");
        revenue(t, "二、财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT, 441, "0");
        revenue(t, "三、单位资金", FundSource.UNIT_FUNDS, 443, "0");
        revenue(t, "1.事业收入", FundSource.BUSINESS_INCOME, 445, "0");
        revenue(t, "2.事业单位经营收入", FundSource.OPERATING_INCOME, 447, "0");
        revenue(t, "3.上级补助收入", FundSource.SUPERIOR_SUBSIDY, 449, "0");
        revenue(t, "4.附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE, 451, "0");
        revenue(t, "5.其他收入", FundSource.OTHER_INCOME, 465, "0");
        revenue(t, "本年收入合计", FundSource.CURRENT_YEAR, 477, "1,877");
        revenue(t, "上年结余、结转", FundSource.PRIOR_YEAR_BALANCE, 479, "0");
        t.row("收入总计", "", NONE, 481, 0, "1,877");
        functionSide(t, NONE, 433, 1);
        t.row("本年支出合计", "", flow(Flow.EXPENDITURE), 477, 1, "1,877");
        t.row("结转下年", "", flow(Flow.CARRY_FORWARD), 479, 1, "0");
        t.row("支出总计", "", flow(Flow.USES), 481, 1, "1,877");
    }

    /**
     * The expenditure side of 表1 and 表6: function names without codes, on the lines given by
     * {@code firstLine} (433 in 表1, 927 in 表6) and the page break after 表1's 三、卫生健康支出.
     */
    private static void functionSide(Table.Builder t, Coordinates extra, int firstLine, int column) {
        int[] lines = firstLine == 433
                ? new int[] {433, 435, 437, 439, 441, 443, 445, 447, 449, 451, 465, 467, 469, 471, 473, 475}
                : new int[] {927, 929, 931, 933, 935, 937, 939, 941, 943, 945, 947, 949, 951, 953, 955, 957};
        String[][] rows = {
            {"一、一般公共服务支出", "201", "1,592"},
            {"政府办公厅（室）及相关机构事务", "20103", "1,592"},
            {"行政运行", "2010301", "471"},
            {"一般行政管理事务", "2010302", "449"},
            {"信访事务", "2010308", "672"},
            {"二、社会保障和就业支出", "208", "79"},
            {"行政事业单位养老支出", "20805", "79"},
            {"机关事业单位基本养老保险缴费支出", "2080505", "53"},
            {"机关事业单位职业年金缴费支出", "2080506", "26"},
            {"三、卫生健康支出", "210", "18"},
            {"行政事业单位医疗", "21011", "18"},
            {"行政单位医疗", "2101101", "18"},
            {"四、住房保障支出", "221", "187"},
            {"住房改革支出", "22102", "187"},
            {"住房公积金", "2210201", "59"},
            {"购房补贴", "2210203", "128"},
        };
        for (int i = 0; i < rows.length; i++) {
            // The codes are not printed in these tables: the row keeps an empty code.
            t.row(rows[i][0], "", extra.merge(flow(Flow.EXPENDITURE)).merge(fn(rows[i][1])), lines[i], column,
                    rows[i][2]);
        }
    }

    private static void revenue(Table.Builder t, String label, FundSource source, int line, String figure) {
        t.row(label, "", NONE.with(Dimension.FUND_SOURCE, source), line, 0, figure);
    }

    private static void revenueSummary(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_REVENUE_SUMMARY, "表2", "收入总表", WAN, 491, 0);
        t.row(DEPARTMENT, "", DEPT_ROW, 577, "1,877 1,877 748 1,129 0 0 0 0 0 0 0 0 0 0 0");
        t.row(DEPARTMENT, "", OWN_ROW, 579, "1,877 1,877 748 1,129 0 0 0 0 0 0 0 0 0 0 0");
    }

    private static void expenditureSummary(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 583, 0);
        t.row(DEPARTMENT, "", DEPT_ROW, 607, "1,877 748 1,129 169 0 0");
        codeRow(t, DEPT_ROW, "201", "一般公共服务支出", 609, "1,592 463 1,129 169 0 0");
        codeRow(t, DEPT_ROW, "20103", "政府办公厅（室）及相关机构事务", 611, "1,592 463 1,129 169 0 0");
        codeRow(t, DEPT_ROW, "2010301", "行政运行", 613, "471 463 8 0 0 0");
        codeRow(t, DEPT_ROW, "2010302", "一般行政管理事务", 615, "449 0 449 169 0 0");
        codeRow(t, DEPT_ROW, "2010308", "信访事务", 617, "672 0 672 0 0 0");
        codeRow(t, DEPT_ROW, "208", "社会保障和就业支出", 619, "79 79 0 0 0 0");
        codeRow(t, DEPT_ROW, "20805", "行政事业单位养老支出", 621, "79 79 0 0 0 0");
        codeRow(t, DEPT_ROW, "2080505", "机关事业单位基本养老保险缴费支出", 623, "53 53 0 0 0 0");
        codeRow(t, DEPT_ROW, "2080506", "机关事业单位职业年金缴费支出", 625, "26 26 0 0 0 0");
        codeRow(t, DEPT_ROW, "210", "卫生健康支出", 627, "18 18 0 0 0 0");
        codeRow(t, DEPT_ROW, "21011", "行政事业单位医疗", 655, "18 18 0 0 0 0");
        codeRow(t, DEPT_ROW, "2101101", "行政单位医疗", 657, "18 18 0 0 0 0");
        codeRow(t, DEPT_ROW, "221", "住房保障支出", 659, "187 187 0 0 0 0");
        codeRow(t, DEPT_ROW, "22102", "住房改革支出", 661, "187 187 0 0 0 0");
        codeRow(t, DEPT_ROW, "2210201", "住房公积金", 663, "59 59 0 0 0 0");
        codeRow(t, DEPT_ROW, "2210203", "购房补贴", 665, "128 128 0 0 0 0");
    }

    private static void codeRow(Table.Builder t, Coordinates unit, String code, String name, int line,
            String figures) {
        Coordinates c = code.startsWith("2") ? fn(code) : ec(code);
        t.row(name, code, unit.merge(c), line, figures);
    }

    private static void basicExpenditure(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_BASIC_EXPENDITURE, "表4", "基本支出总表", WAN, 669, 0);
        String zeros = " 0 0 0 0 0 0 0 0 0";
        t.row(DEPARTMENT, "", DEPT_ROW, 725, "748 748 748" + zeros);
        t.row(DEPARTMENT, "", OWN_ROW, 727, "748 748 748" + zeros);
        namedEconomic(t, "301", "工资福利支出", 729, "704 704 704" + zeros);
        namedEconomic(t, "30101", "基本工资", 731, "297 297 297" + zeros);
        namedEconomic(t, "30102", "津贴补贴", 733, "161 161 161" + zeros);
        namedEconomic(t, "30103", "奖金", 735, "70 70 70" + zeros);
        namedEconomic(t, "30108", "机关事业单位基本养老保险缴费", 740, "53 53 53" + zeros);
        namedEconomic(t, "30109", "职业年金缴费", 742, "26 26 26" + zeros);
        namedEconomic(t, "30110", "职工基本医疗保险缴费", 747, "18 18 18" + zeros);
        namedEconomic(t, "30113", "住房公积金", 749, "59 59 59" + zeros);
        namedEconomic(t, "30199", "其他工资福利支出", 809, "19 19 19" + zeros);
        namedEconomic(t, "302", "商品和服务支出", 811, "44 44 44" + zeros);
        namedEconomic(t, "30201", "办公费", 813, "11 11 11" + zeros);
        namedEconomic(t, "30202", "印刷费", 815, "1 1 1" + zeros);
        namedEconomic(t, "30207", "邮电费", 817, "2 2 2" + zeros);
        namedEconomic(t, "30211", "差旅费", 819, "2 2 2" + zeros);
        namedEconomic(t, "30217", "公务接待费", 821, "2 2 2" + zeros);
        namedEconomic(t, "30228", "工会经费", 823, "12 12 12" + zeros);
        namedEconomic(t, "30231", "公务用车运行维护费", 825, "5 5 5" + zeros);
        namedEconomic(t, "30239", "其他交通费用", 827, "7 7 7" + zeros);
        namedEconomic(t, "30299", "其他商品和服务支出", 829, "2 2 2" + zeros);
        namedEconomic(t, "303", "对个人和家庭的补助", 831, "0 0 0" + zeros);
    }

    /** A 表4 row: the economic category printed by name only (its code is not printed). */
    private static void namedEconomic(Table.Builder t, String code, String name, int line, String figures) {
        t.row(name, "", OWN_ROW.merge(ec(code)), line, figures);
    }

    private static void projectExpenditure(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_PROJECT_EXPENDITURE, "表5", "项目支出总表", WAN, 835, 0);
        String zeros = " 0 0 0 0 0 0 0 0 0 0 0";
        t.row(DEPARTMENT, "", DEPT_ROW, 899, "1,129 1,129 1,129" + zeros);
        t.row(DEPARTMENT, "", OWN_ROW, 901, "1,129 1,129 1,129" + zeros);
        // Projects are named by their function 项, without codes; 2010399 is printed by name only.
        t.row("其他政府办公厅（室）及相关机构事务支出", "", OWN_ROW.merge(fn("2010399")), 906, "8 8 8" + zeros);
        t.row("一般行政管理事务", "", OWN_ROW.merge(fn("2010302")), 911, "449 449 449" + zeros);
        t.row("信访事务", "", OWN_ROW.merge(fn("2010308")), 913, "672 672 672" + zeros);
    }

    private static void appropriationSummary(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_APPROPRIATION_SUMMARY, "表6", "政府预算拨款收支总表", WAN, 917, 0);
        revenue(t, "政府预算拨款", FundSource.GOVERNMENT_BUDGET, 927, "1,877");
        revenue(t, "一般公共预算拨款", FundSource.GENERAL_PUBLIC_BUDGET, 929, "1,877");
        revenue(t, "政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET, 931, "0");
        revenue(t, "国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET, 933, "0");
        // Line 935 prints 1,877 where the revenue side has no row label.
        t.unplaced("", "收入/预算数", "1,877", 935);
        // Reading order, as in 表1: the revenue side over both pages, then the expenditure side.
        revenue(t, "本年收入合计", FundSource.GOVERNMENT_BUDGET, 971, "1,877");
        revenue(t, "上年结余、结转", FundSource.PRIOR_YEAR_APPROPRIATIONS, 973, "0");
        revenue(t, "收入总计", FundSource.APPROPRIATIONS_TOTAL, 975, "1,877");
        functionSide(t, NONE, 927, 1);
        t.row("本年支出合计", "", flow(Flow.EXPENDITURE), 971, 1, "1,877");
        t.row("结转下年", "", flow(Flow.CARRY_FORWARD), 973, 1, "0");
        t.row("支出总计", "", flow(Flow.USES), 975, 1, "1,877");
    }

    private static void generalBudgetByFunction(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7",
                "一般公共预算支出表（按功能分类）", WAN, 979, 0);
        t.row(DEPARTMENT, "", DEPT_ROW, 987, "1,877 748 1,129");
        t.row(DEPARTMENT, "", OWN_ROW, 989, "1,877 748 1,129");
        codeRow(t, OWN_ROW, "201", "一般公共服务支出", 991, "1,592 463 1,129");
        codeRow(t, OWN_ROW, "20103", "政府办公厅（室）及相关机构事务", 993, "1,592 463 1,129");
        codeRow(t, OWN_ROW, "2010301", "行政运行", 995, "471 463 8");
        codeRow(t, OWN_ROW, "2010302", "一般行政管理事务", 997, "449 0 449");
        codeRow(t, OWN_ROW, "2010308", "信访事务", 999, "672 0 672");
        codeRow(t, OWN_ROW, "208", "社会保障和就业支出", 1001, "79 79 0");
        codeRow(t, OWN_ROW, "20805", "行政事业单位养老支出", 1003, "79 79 0");
        codeRow(t, OWN_ROW, "2080505", "机关事业单位基本养老保险缴费支出", 1005, "53 53 0");
        codeRow(t, OWN_ROW, "2080506", "机关事业单位职业年金缴费支出", 1007, "26 26 0");
        codeRow(t, OWN_ROW, "210", "卫生健康支出", 1009, "18 18 0");
        codeRow(t, OWN_ROW, "21011", "行政事业单位医疗", 1021, "18 18 0");
        codeRow(t, OWN_ROW, "2101101", "行政单位医疗", 1023, "18 18 0");
        codeRow(t, OWN_ROW, "221", "住房保障支出", 1025, "187 187 0");
        codeRow(t, OWN_ROW, "22102", "住房改革支出", 1027, "187 187 0");
        codeRow(t, OWN_ROW, "2210201", "住房公积金", 1029, "59 59 0");
        codeRow(t, OWN_ROW, "2210203", "购房补贴", 1031, "128 128 0");
    }

    private static void generalBudgetByEconomic(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, "表8",
                "一般公共预算支出表（按经济分类）", WAN, 1035, 0);
        t.row(DEPARTMENT, "", DEPT_ROW, 1043, "1,877 748 1,129");
        t.row(DEPARTMENT, "", OWN_ROW, 1045, "1,877 748 1,129");
        codeRow(t, OWN_ROW, "301", "工资福利支出", 1047, "704 704 0");
        codeRow(t, OWN_ROW, "30101", "基本工资", 1049, "297 297 0");
        codeRow(t, OWN_ROW, "30102", "津贴补贴", 1051, "161 161 0");
        codeRow(t, OWN_ROW, "30103", "奖金", 1053, "70 70 0");
        codeRow(t, OWN_ROW, "30108", "机关事业单位基本养老保险缴费", 1055, "53 53 0");
        codeRow(t, OWN_ROW, "30109", "职业年金缴费", 1057, "26 26 0");
        codeRow(t, OWN_ROW, "30110", "职工基本医疗保险缴费", 1059, "18 18 0");
        codeRow(t, OWN_ROW, "30113", "住房公积金", 1061, "59 59 0");
        codeRow(t, OWN_ROW, "30199", "其他工资福利支出", 1063, "19 19 0");
        codeRow(t, OWN_ROW, "302", "商品和服务支出", 1065, "1,039 44 995");
        codeRow(t, OWN_ROW, "30201", "办公费", 1077, "28 11 17");
        codeRow(t, OWN_ROW, "30202", "印刷费", 1079, "1 1 0");
        codeRow(t, OWN_ROW, "30207", "邮电费", 1081, "2 2 0");
        codeRow(t, OWN_ROW, "30211", "差旅费", 1083, "102 2 100");
        codeRow(t, OWN_ROW, "30217", "公务接待费", 1085, "2 2 0");
        codeRow(t, OWN_ROW, "30226", "劳务费", 1087, "380 0 380");
        codeRow(t, OWN_ROW, "30227", "委托业务费", 1089, "262 0 262");
        codeRow(t, OWN_ROW, "30228", "工会经费", 1091, "12 12 0");
        codeRow(t, OWN_ROW, "30229", "福利费", 1093, "8 0 8");
        codeRow(t, OWN_ROW, "30231", "公务用车运行维护费", 1095, "5 5 0");
        codeRow(t, OWN_ROW, "30239", "其他交通费用", 1097, "7 7 0");
        codeRow(t, OWN_ROW, "30299", "其他商品和服务支出", 1099, "230 2 228");
        codeRow(t, OWN_ROW, "310", "资本性支出", 1101, "134 0 134");
        codeRow(t, OWN_ROW, "31002", "办公设备购置", 1103, "39 0 39");
        codeRow(t, OWN_ROW, "31022", "无形资产购置", 1115, "95 0 95");
    }

    private static void threePublic(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_THREE_PUBLIC, "表9", "一般公共预算“三公”经费支出表", WAN, 1119, 0);
        t.row("2022 年", "", NONE.with(Dimension.YEAR, Y2022), 1138, "4.60 0.00 1.60 3.00 0.00 3.00");
        t.row("2023 年", "", NONE.with(Dimension.YEAR, Y2023), 1140, "6.10 0.00 1.60 4.50 0.00 4.50");
        t.row("增减变化金额", "", NONE.with(Dimension.MEASURE, Measure.CHANGE), 1142, "1.50 0.00 0.00 1.50 0.00 1.50");
    }

    private static void zeroTable(Document.Builder doc, String number, String title, int titleLine, int deptLine,
            int ownLine, org.budgetkit.model.document.TableTemplate template) {
        Table.Builder t = doc.table(template, number, title, WAN, titleLine, 0);
        t.row(DEPARTMENT, "", DEPT_ROW, deptLine, "0.00 0.00 0.00");
        t.row(DEPARTMENT, "", OWN_ROW, ownLine, "0.00 0.00 0.00");
    }

    private static void performanceTargets(Document.Builder doc) {
        Table.Builder t = doc.table(Templates.SHENZHEN_PERFORMANCE_TARGETS, "表12", "部门整体支出绩效目标表", WAN, 1180, 0);
        t.row("基本支出", "", NONE.with(Dimension.NATURE, Nature.BASIC), 1197, "747.64 747.64 0");
        t.row("一般行政管理事务", "", project("2010302"), 1203, "448.62 448.62 0");
        t.row("信访事务", "", project("2010308"), 1209, "672.31 672.31 0");
        t.row("其他政府办公厅（室）及相关机构事务支出", "", project("2010399"), 1214, "8 8 0");
        t.row("金额合计", "", NONE, 1216, "1876.57 1876.57 0");
    }

    private static void indicators(Document.Builder doc) {
        String[][] rows = {
            {"产出指标", "数量指标", "员额核定人数", "33 人", "1237"},
            {"产出指标", "数量指标", "维护信访系统个数", "≥1 个", "1239"},
            {"产出指标", "数量指标", "完成全年省一体化信访信息系统案件办理", "≥3000 件", "1243"},
            {"产出指标", "数量指标", "群众信访诉求服务中心", "1 个", "1245"},
            {"产出指标", "质量指标", "信访访前调解率", "≥90%", "1249"},
            {"产出指标", "质量指标", "信访案件回复及时率", "≥95%", "1251"},
            {"产出指标", "质量指标", "调解化解成功率", "≥60%", "1253"},
            {"产出指标", "质量指标", "信访案件办理办结率", "100%", "1255"},
            {"产出指标", "时效指标", "完成支付时间", "12 月前", "1257"},
            {"产出指标", "成本指标", "全年预算", "≤1877 万元", "1259"},
            {"效益指标", "社会效益指标", "群众对网上信访了解度", "有所提高", "1264"},
            {"效益指标", "社会效益指标", "化解基层矛盾纠纷水平", "有所提高", "1266"},
            {"效益指标", "可持续影响指标", "引导群众网上信访，畅通群众反映诉求的渠道", "有所提高", "1272"},
            {"满意度指标", "服务对象满意度指标", "群众满意度", "≥60%", "1275"},
            {"满意度指标", "服务对象满意度指标", "单位工作人员满意度", "≥90%", "1277"},
        };
        for (String[] r : rows) {
            doc.indicator(new PerformanceIndicator("表12", r[0], r[1], r[2], r[3], Integer.parseInt(r[4])));
        }
    }

    // ---------------------------------------------------------------- narrative

    private static void narrative(Document.Builder doc) {
        staff(doc);
        String income = "2023 年深圳市坪山区信访局部门预算收入 1,877万元，比2022 年增加 463 万元，增长 33 %。";
        doc.claim(change("部门预算收入", DEPT_ROW.merge(flow(Flow.REVENUE)), "1,877", Direction.INCREASE, "463", "33%")
                .source(income, 89).build());
        String spending = "2023 年部门预算支出 1,877万元，比 2022 年增加 463万元，增长 33 %。";
        doc.claim(change("部门预算支出", DEPT_ROW.merge(flow(Flow.EXPENDITURE)), "1,877", Direction.INCREASE, "463",
                "33%").source(spending, 91).build());
        unitBudgets(doc);
        procurement(doc);
        threePublicClaims(doc);
        performanceClaims(doc);
        String operation = "2023 年深圳市坪山区信访局机关运行经费财政拨款预算 44万元，比 2022 年预算增加 3万元，增长 7%。";
        doc.claim(change("机关运行经费财政拨款预算", DEPT_ROW.merge(flow(Flow.EXPENDITURE))
                .with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET)
                .with(Dimension.ITEM, SpecialItem.ADMINISTRATIVE_OPERATION), "44", Direction.INCREASE, "3", "7%")
                .source(operation, 333).build());
        assets(doc);
    }

    private static void staff(Document.Builder doc) {
        String units = "深圳市坪山区信访局包括深圳市坪山区信访局本级、下属深圳市坪山区来访接待中心，共 2家基层单位。";
        doc.claim(count("基层单位", DEPT_ROW, "2", "家", units, 33));
        String dept = "深圳市坪山区信访局行政编制总数 8 人，实有人数 8 人；事业编制总数 7 人，实有人数 7 人；离休 0 人，退休 0 人；"
                + "从基本支出工资福利列支的雇员（含老工勤）1 人，从基本支出工资福利列支的临聘人员 0人。";
        doc.claim(count("行政编制总数", DEPT_ROW, "8", "人", dept, 35));
        doc.claim(count("实有人数", DEPT_ROW, "8", "人", dept, 35));
        doc.claim(count("事业编制总数", DEPT_ROW, "7", "人", dept, 35));
        doc.claim(count("实有人数", DEPT_ROW, "7", "人", dept, 37));
        doc.claim(count("离休", DEPT_ROW, "0", "人", dept, 37));
        doc.claim(count("退休", DEPT_ROW, "0", "人", dept, 37));
        doc.claim(count("从基本支出工资福利列支的雇员（含老工勤）", DEPT_ROW, "1", "人", dept, 41));
        doc.claim(count("从基本支出工资福利列支的临聘人员", DEPT_ROW, "0", "人", dept, 41));
        String own = "深圳市坪山区信访局本级单位，内设办公室、督查督办科，行政编制数 8 人，实有人数 8人；事业编制数 0 人，实有人数 0人；"
                + "离休 0 人，退休 0人；从基本支出工资福利列支的雇员（含老工勤）1 人，从基本支出工资福利列支的临聘人员 0 人。";
        doc.claim(count("行政编制数", OWN_ROW, "8", "人", own, 49));
        doc.claim(count("实有人数", OWN_ROW, "8", "人", own, 49));
        doc.claim(count("事业编制数", OWN_ROW, "0", "人", own, 49));
        doc.claim(count("实有人数", OWN_ROW, "0", "人", own, 49));
        doc.claim(count("离休", OWN_ROW, "0", "人", own, 51));
        doc.claim(count("退休", OWN_ROW, "0", "人", own, 51));
        doc.claim(count("从基本支出工资福利列支的雇员（含老工勤）", OWN_ROW, "1", "人", own, 53));
        doc.claim(count("从基本支出工资福利列支的临聘人员", OWN_ROW, "0", "人", own, 53));
        Coordinates centre = NONE.with(Dimension.UNIT, CENTRE);
        String sub = "下属事业单位深圳市坪山区来访接待中心，内设接访部、办信部，行政编制数 0人，实有人数 0 人；行政行政事业编制数 7人，"
                + "实有人数 7 人；离休 0 人，退休 0 人。";
        doc.claim(count("行政编制数", centre, "0", "人", sub, 57));
        doc.claim(count("实有人数", centre, "0", "人", sub, 57));
        doc.claim(count("行政行政事业编制数", centre, "7", "人", sub, 57));
        doc.claim(count("实有人数", centre, "7", "人", sub, 59));
        doc.claim(count("离休", centre, "0", "人", sub, 59));
        doc.claim(count("退休", centre, "0", "人", sub, 59));
    }

    private static void unitBudgets(Document.Builder doc) {
        Coordinates own = OWN_ROW.merge(flow(Flow.EXPENDITURE));
        Coordinates personnel = basic(own, "301");
        Coordinates publicUse = basic(own, "302");
        Coordinates households = basic(own, "303");
        Coordinates projects = own.with(Dimension.NATURE, Nature.PROJECT);
        String total = "深圳市坪山区信访局预算 1,877 万元，包括人员支出 704 万元、公用支出 44 万元、对个人和家庭的补助支出 0 万元、"
                + "项目支出 1,129 万元。";
        doc.claim(amount("深圳市坪山区信访局预算", own, "1,877", total, 125)
                .part(amount("人员支出", personnel, "704", total, 125).build())
                .part(amount("公用支出", publicUse, "44", total, 127).build())
                .part(amount("对个人和家庭的补助支出", households, "0", total, 127).build())
                .part(amount("项目支出", projects, "1,129", total, 129).build())
                .build());
        doc.claim(amount("人员支出", personnel, "704",
                "（一）人员支出 704 万元，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴纳、"
                        + "职工基本医疗保险缴费、住房公积金、其他工资福利支出等。", 131).build());
        doc.claim(amount("公用支出", publicUse, "44",
                "（二）公用支出 44 万元，主要包括：公用综合定额经费、车辆运行维护费和工会经费等。", 137).build());
        doc.claim(amount("对个人和家庭补助支出", households, "0", "（三）对个人和家庭补助支出 0 万元。", 141).build());
        String other = "1.其他政府办公厅（室）及相关机构事务支出预算 8 万元，主要包括：主要用于机动工作 8 万元，主要用于机动预备费。";
        String otherChange = "较2022 年预算增加 8 万元，主要原因是 2022 年未做机动预备费。";
        String general = "2.一般行政管理事务预算 449 万元，主要包括：统筹业务费、聘用人员经费、社工项目经费、法律顾问费、办公室事务、"
                + "资产配置预算项目、体检费、党建（党廉活动）及机关队伍建设（工青妇经费）等。较 2022 年预算减少 131 万元，下降 23%，"
                + "主要原因是新增社工项目经费，同时将信访大厅建设经费纳入信访事务。";
        String petitions = "3.信访事务预算 672 万元，主要包括：信访稳定备用金、信访服务窗口建设、心理咨询经费、接访事务、"
                + "信访大厅建设经费、办信事务等。较 2022 年预算增加 555 万元，增长 474%，主要原因是信访稳定备用金，"
                + "信访大厅建设经费纳入信访事务，其次是全面推进“数字信访”建设，推动“光明模式”群众信访诉求服务平台，"
                + "因此办信事务费用增加。";
        Coordinates otherProject = projects.merge(fn("2010399"));
        doc.claim(amount("项目支出", projects, "1,129", "（四）项目支出 1,129 万元，具体包括：", 143)
                .part(amount("其他政府办公厅（室）及相关机构事务支出预算", otherProject, "8", other, 145)
                        .part(amount("机动工作", otherProject, "8", other, 147).build())
                        .build())
                .part(change("一般行政管理事务预算", projects.merge(fn("2010302")), "449", Direction.DECREASE, "131", "23%")
                        .source(general, 151).build())
                .part(change("信访事务预算", projects.merge(fn("2010308")), "672", Direction.INCREASE, "555", "474%")
                        .source(petitions, 163).build())
                .build());
        doc.claim(Claim.builder(Kind.CHANGE, "其他政府办公厅（室）及相关机构事务支出预算", Y2023).coordinates(otherProject)
                .change(Y2022, Direction.INCREASE, wan("8"), null).source(otherChange, 149).build());
        Coordinates centre = NONE.with(Dimension.UNIT, CENTRE).merge(flow(Flow.EXPENDITURE));
        doc.claim(count("事业单位", DEPT_ROW, "1", "家",
                "深圳市坪山区信访局下属深圳市坪山区来访接待中心 1 家事业单位为非独立核算单位。", 179));
        String centreTotal = "深圳市坪山区来访中心预算 0 万元，包括人员支出 0 万元、公用支出 0 万元、对个人和家庭的补助支出 0 万元、"
                + "项目支出 0 万元。";
        doc.claim(amount("深圳市坪山区来访中心预算", centre, "0", centreTotal, 183)
                .part(amount("人员支出", basic(centre, "301"), "0", centreTotal, 183).build())
                .part(amount("公用支出", basic(centre, "302"), "0", centreTotal, 185).build())
                .part(amount("对个人和家庭的补助支出", basic(centre, "303"), "0", centreTotal, 185).build())
                .part(amount("项目支出", centre.with(Dimension.NATURE, Nature.PROJECT), "0", centreTotal, 185).build())
                .build());
    }

    private static void procurement(Document.Builder doc) {
        Coordinates spending = DEPT_ROW.merge(flow(Flow.EXPENDITURE));
        String text = "深圳市坪山区信访局政府采购项目纳入 2023 年部门预算共计 169万元，其中货物采购 0万元、工程采购 0万元、"
                + "服务采购 169万元。";
        doc.claim(amount("政府采购项目", item(spending, SpecialItem.GOVERNMENT_PROCUREMENT), "169", text, 193)
                .part(amount("货物采购", item(spending, SpecialItem.PROCUREMENT_GOODS), "0", text, 193).build())
                .part(amount("工程采购", item(spending, SpecialItem.PROCUREMENT_WORKS), "0", text, 193).build())
                .part(amount("服务采购", item(spending, SpecialItem.PROCUREMENT_SERVICES), "169", text, 195).build())
                .build());
    }

    private static void threePublicClaims(Document.Builder doc) {
        Coordinates general = DEPT_ROW.merge(flow(Flow.EXPENDITURE))
                .with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        String total = "2023 年“三公”经费预算 6.1万元，比 2022 年预算增加 1.5万元，增长 32%，主要是 2022 年 12 月下属事业单位"
                + "区来访接待中心增加新能源公务用车 1 辆。";
        doc.claim(change("“三公”经费预算", item(general, SpecialItem.THREE_PUBLIC), "6.1", Direction.INCREASE, "1.5", "32%")
                .source(total, 201).build());
        doc.claim(count("增加新能源公务用车", NONE.with(Dimension.UNIT, CENTRE), "1", "辆", total, 207));
        String overseas = "1.因公出国（境）费用。2023 年预算数 0万元，与 2022 年预算持平，主要是为进一步规范因公出国（境）经费管理，"
                + "我区因公出国（境）经费完全按零基预算的原则根据区因公出国计划预审会议审定计划动态调配使用，因此各单位 2023 年"
                + "因公出国（境）经费预算数为 0 万元，在实际执行中根据计划据实调配。";
        Coordinates travel = item(general, SpecialItem.OVERSEAS_TRAVEL);
        doc.claim(Claim.builder(Kind.CHANGE, "因公出国（境）费用", Y2023).coordinates(travel).amount(wan("0"))
                .change(Y2022, Direction.FLAT, null, null).source(overseas, 209).build());
        doc.claim(amount("各单位因公出国（境）经费预算数", travel, "0", overseas, 217).build());
        String reception = "⒉公务接待费。2023 年预算数 1.6万元，比 2022 年增加 0万元，主要是用于信访交流工作、上级业务专项检查、"
                + "调研等工作业务接待。";
        doc.claim(change("公务接待费", item(general, SpecialItem.OFFICIAL_RECEPTION), "1.6", Direction.INCREASE, "0", null)
                .source(reception, 219).build());
        String vehicles = "⒊公务用车购置和运行维护费。2023 年预算数 4.5万元，其中：";
        String purchase = "公务用车购置费 2023 年预算数 0万元，比 2022 年预算数增加 0万元，主要是本年度无安排购置新增公务用车；";
        String operation = "公务用车运行维护费 2023 年预算数 4.5万元，比 2022 年预算数增加 1.5万元，主要是深圳市坪山区信访局现有"
                + "公务用车 2 辆，车辆运行维护费主要用于购买车辆保险、车辆燃油费、车辆维修费、车辆过桥过路费等支出，"
                + "公务用车运行维护预算经费增加原因是我局下属事业单位区来访接待中心增加公务用车 1 辆。";
        doc.claim(amount("公务用车购置和运行维护费", item(general, SpecialItem.OFFICIAL_VEHICLES), "4.5", vehicles, 225)
                .part(change("公务用车购置费", item(general, SpecialItem.VEHICLE_PURCHASE), "0", Direction.INCREASE, "0",
                        null).source(purchase, 229).build())
                .part(change("公务用车运行维护费", item(general, SpecialItem.VEHICLE_OPERATION), "4.5",
                        Direction.INCREASE, "1.5", null).source(operation, 233).build())
                .build());
        doc.claim(count("现有公务用车", DEPT_ROW, "2", "辆", operation, 235));
        doc.claim(count("增加公务用车", NONE.with(Dimension.UNIT, CENTRE), "1", "辆", operation, 241));
    }

    private static void performanceClaims(Document.Builder doc) {
        doc.claim(count("基层单位", DEPT_ROW, "2", "家", "深圳市坪山区信访局实施部门预算绩效管理的单位范围包括：深圳市坪山区信访局本级、"
                + "下属事业单位深圳市坪山区来访接待中心共 2 家基层单位。", 253));
        String projects = "2023 年深圳市坪山区信访局所有项目支出预算纳入部门预算绩效管理，涉及预算资金 1,129 万元，"
                + "设置并编报 3 个项目绩效目标。";
        doc.claim(amount("涉及预算资金", DEPT_ROW.merge(flow(Flow.EXPENDITURE)).with(Dimension.NATURE, Nature.PROJECT),
                "1,129", projects, 265).build());
        doc.claim(count("项目绩效目标", DEPT_ROW, "3", "个", projects, 265));
        Coordinates key = DEPT_ROW.merge(flow(Flow.EXPENDITURE)).with(Dimension.NATURE, Nature.PROJECT);
        doc.claim(amount("信访事务", key.merge(fn("2010308")), "672", "信访事务 672", 283).build());
        doc.claim(amount("一般行政管理事务", key.merge(fn("2010302")), "449", "一般行政管理事务 449", 319).build());
        doc.claim(amount("其他政府办公厅（室）及相关机构事务支出", key.merge(fn("2010399")), "8",
                "其他政府办公厅（室）及相关机构事务支出 8", 325).build());
    }

    private static void assets(Document.Builder doc) {
        String now = "截至 2022 年 10 月，深圳市坪山区信访局共有车辆 1辆；单价 50 万元以上通用设备 0台（套），"
                + "单价 100 万元以上专用设备 0台（套）。";
        doc.claim(count("车辆", DEPT_ROW, "1", "辆", now, 341));
        doc.claim(count("单价 50 万元以上通用设备", DEPT_ROW, "0", "台（套）", now, 343));
        doc.claim(count("单价 100 万元以上专用设备", DEPT_ROW, "0", "台（套）", now, 345));
        String plan = "2023 年计划新增车辆 0辆；新增单价 50 万元以上通用设备 0台（套）；新增单价 100 万元以上专用设备 0台（套）。";
        doc.claim(count("计划新增车辆", DEPT_ROW, "0", "辆", plan, 347));
        doc.claim(count("新增单价 50 万元以上通用设备", DEPT_ROW, "0", "台（套）", plan, 351));
        doc.claim(count("新增单价 100 万元以上专用设备", DEPT_ROW, "0", "台（套）", plan, 351));
        doc.claim(count("事业单位", DEPT_ROW, "1", "家",
                "（二）深圳市坪山区信访局下属深圳市坪山区来访接待中心 1 家事业单位为非独立核算单位。", 361));
    }

    // ---------------------------------------------------------------- helpers

    private static Coordinates fn(String code) {
        return NONE.with(Dimension.FUNCTION, FunctionCode.parse(code));
    }

    private static Coordinates ec(String code) {
        return NONE.with(Dimension.ECONOMIC, EconomicCode.parse(code));
    }

    private static Coordinates flow(Flow f) {
        return NONE.with(Dimension.FLOW, f);
    }

    private static Coordinates project(String function) {
        return fn(function).with(Dimension.NATURE, Nature.PROJECT);
    }

    private static Coordinates basic(Coordinates c, String economic) {
        return c.with(Dimension.NATURE, Nature.BASIC).merge(ec(economic));
    }

    private static Coordinates item(Coordinates c, SpecialItem i) {
        return c.with(Dimension.ITEM, i);
    }

    private static Amount wan(String figure) {
        return Amount.parseFigure(figure, WAN);
    }

    private static Claim.Builder amount(String subject, Coordinates c, String figure, String sentence, int line) {
        return Claim.builder(Kind.AMOUNT, subject, Y2023).coordinates(c).amount(wan(figure)).source(sentence, line);
    }

    private static Claim.Builder change(String subject, Coordinates c, String figure, Direction direction,
            String change, String percent) {
        return Claim.builder(Kind.CHANGE, subject, Y2023).coordinates(c).amount(wan(figure))
                .change(Y2022, direction, wan(change), percent == null ? null : Percentage.parse(percent));
    }

    private static Claim count(String subject, Coordinates c, String value, String unit, String sentence, int line) {
        return Claim.builder(Kind.COUNT, subject, Y2023).coordinates(c).count(new BigDecimal(value), unit)
                .source(sentence, line).build();
    }
}
