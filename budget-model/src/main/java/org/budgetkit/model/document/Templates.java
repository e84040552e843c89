package org.budgetkit.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.fact.Coordinates;

/**
 * The table templates budgetkit knows, starting with the 12 tables of a Shenzhen district
 * department budget (the seed document).
 *
 * <p>{@code Templates.byId("shenzhen/basic-expenditure")} is {@link #SHENZHEN_BASIC_EXPENDITURE}.
 * Immutable and thread-safe.
 */
public final class Templates {
    private static final Coordinates NONE = Coordinates.empty();
    private static final Coordinates EXPENDITURE = NONE.with(Dimension.FLOW, Flow.EXPENDITURE);
    private static final Coordinates REVENUE = NONE.with(Dimension.FLOW, Flow.REVENUE);

    /** 收支总表: revenue by fund source (column 0) beside expenditure by function (column 1). */
    public static final TableTemplate SHENZHEN_BUDGET_SUMMARY = TableTemplate.of("shenzhen/budget-summary",
            TableKind.BUDGET_SUMMARY, "收支总表", NONE, List.of(
                    col("收入/预算数", REVENUE),
                    col("支出/预算数", NONE)));

    /** 收入总表: revenue by unit and fund source. */
    public static final TableTemplate SHENZHEN_REVENUE_SUMMARY = TableTemplate.of("shenzhen/revenue-summary",
            TableKind.REVENUE_SUMMARY, "收入总表", REVENUE, List.of(
                    col("收入总计", NONE),
                    fund("本年收入/政府预算拨款/一般公共预算拨款/小计", FundSource.GENERAL_PUBLIC_BUDGET),
                    fund("本年收入/政府预算拨款/一般公共预算拨款/基本支出拨款", FundSource.BASIC_APPROPRIATION),
                    fund("本年收入/政府预算拨款/一般公共预算拨款/履职类项目拨款", FundSource.DUTY_PROJECT_APPROPRIATION),
                    fund("本年收入/政府预算拨款/一般公共预算拨款/财政专项资金拨款", FundSource.SPECIAL_FUND_APPROPRIATION),
                    fund("本年收入/政府预算拨款/一般公共预算拨款/政府投资项目拨款",
                            FundSource.GOVERNMENT_INVESTMENT_APPROPRIATION),
                    fund("本年收入/政府预算拨款/政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET),
                    fund("本年收入/政府预算拨款/国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET),
                    fund("本年收入/财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT),
                    fund("本年收入/单位资金/事业收入", FundSource.BUSINESS_INCOME),
                    fund("本年收入/单位资金/事业单位经营收入", FundSource.OPERATING_INCOME),
                    fund("本年收入/单位资金/上级补助收入", FundSource.SUPERIOR_SUBSIDY),
                    fund("本年收入/单位资金/附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE),
                    fund("本年收入/单位资金/其他收入", FundSource.OTHER_INCOME),
                    fund("上年结余、结转", FundSource.PRIOR_YEAR_BALANCE)));

    /** 支出总表: expenditure by unit and function; basic, project and government procurement. */
    public static final TableTemplate SHENZHEN_EXPENDITURE_SUMMARY = TableTemplate.of("shenzhen/expenditure-summary",
            TableKind.EXPENDITURE_SUMMARY, "支出总表", EXPENDITURE, List.of(
                    col("支出总计", NONE),
                    nature("基本支出", Nature.BASIC),
                    nature("项目支出", Nature.PROJECT),
                    item("政府采购项目/小计", SpecialItem.GOVERNMENT_PROCUREMENT),
                    item("政府采购项目/其中：面向中小企业政府采购项目", SpecialItem.PROCUREMENT_SME),
                    item("政府采购项目/其中：面向小型、微型企业政府采购项目", SpecialItem.PROCUREMENT_SMALL_MICRO)));

    /** 基本支出总表: basic expenditure by economic category and fund source. */
    public static final TableTemplate SHENZHEN_BASIC_EXPENDITURE = TableTemplate.of("shenzhen/basic-expenditure",
            TableKind.BASIC_EXPENDITURE, "基本支出总表", EXPENDITURE.with(Dimension.NATURE, Nature.BASIC), List.of(
                    col("总计", NONE),
                    fund("政府预算拨款/小计", FundSource.GOVERNMENT_BUDGET),
                    fund("政府预算拨款/一般公共预算拨款", FundSource.GENERAL_PUBLIC_BUDGET),
                    fund("政府预算拨款/政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET),
                    fund("政府预算拨款/国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET),
                    fund("财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT),
                    fund("单位资金/事业收入", FundSource.BUSINESS_INCOME),
                    fund("单位资金/事业单位经营收入", FundSource.OPERATING_INCOME),
                    fund("单位资金/上级补助收入", FundSource.SUPERIOR_SUBSIDY),
                    fund("单位资金/附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE),
                    fund("单位资金/其他收入", FundSource.OTHER_INCOME),
                    fund("上年结余、结转", FundSource.PRIOR_YEAR_BALANCE)));

    /** 项目支出总表: project expenditure by project (named by function) and fund source. */
    public static final TableTemplate SHENZHEN_PROJECT_EXPENDITURE = TableTemplate.of("shenzhen/project-expenditure",
            TableKind.PROJECT_EXPENDITURE, "项目支出总表", EXPENDITURE.with(Dimension.NATURE, Nature.PROJECT), List.of(
                    col("总计", NONE),
                    fund("政府预算拨款/一般公共预算拨款/小计", FundSource.GENERAL_PUBLIC_BUDGET),
                    fund("政府预算拨款/一般公共预算拨款/履职类项目拨款", FundSource.DUTY_PROJECT_APPROPRIATION),
                    fund("政府预算拨款/一般公共预算拨款/财政专项资金拨款", FundSource.SPECIAL_FUND_APPROPRIATION),
                    fund("政府预算拨款/一般公共预算拨款/政府投资项目拨款", FundSource.GOVERNMENT_INVESTMENT_APPROPRIATION),
                    fund("政府预算拨款/政府性基金预算拨款", FundSource.GOVERNMENT_FUND_BUDGET),
                    fund("政府预算拨款/国有资本经营预算拨款", FundSource.STATE_CAPITAL_BUDGET),
                    fund("财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT),
                    fund("单位资金/事业收入", FundSource.BUSINESS_INCOME),
                    fund("单位资金/事业单位经营收入", FundSource.OPERATING_INCOME),
                    fund("单位资金/上级补助收入", FundSource.SUPERIOR_SUBSIDY),
                    fund("单位资金/附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE),
                    fund("单位资金/其他收入", FundSource.OTHER_INCOME),
                    fund("上年结余、结转", FundSource.PRIOR_YEAR_BALANCE)));

    /**
     * 政府预算拨款收支总表: appropriations received (column 0, rows by fund source) beside the
     * expenditure they fund (column 1, rows by function; fund source 财政拨款合计).
     */
    public static final TableTemplate SHENZHEN_APPROPRIATION_SUMMARY = TableTemplate.of(
            "shenzhen/appropriation-summary", TableKind.APPROPRIATION_SUMMARY, "政府预算拨款收支总表", NONE, List.of(
                    col("收入/预算数", REVENUE),
                    col("支出/预算数", NONE.with(Dimension.FUND_SOURCE, FundSource.APPROPRIATIONS_TOTAL))));

    /** 一般公共预算支出表（按功能分类）. */
    public static final TableTemplate SHENZHEN_GENERAL_BUDGET_BY_FUNCTION = TableTemplate.of(
            "shenzhen/general-budget-by-function", TableKind.GENERAL_BUDGET_BY_FUNCTION, "一般公共预算支出表（按功能分类）",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), basicAndProject());

    /** 一般公共预算支出表（按经济分类）. */
    public static final TableTemplate SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC = TableTemplate.of(
            "shenzhen/general-budget-by-economic", TableKind.GENERAL_BUDGET_BY_ECONOMIC, "一般公共预算支出表（按经济分类）",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), basicAndProject());

    /** 一般公共预算“三公”经费支出表: rows are years and the change. */
    public static final TableTemplate SHENZHEN_THREE_PUBLIC = TableTemplate.of("shenzhen/three-public",
            TableKind.THREE_PUBLIC, "一般公共预算“三公”经费支出表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), List.of(
                    item("总计", SpecialItem.THREE_PUBLIC),
                    item("因公出国(境)费", SpecialItem.OVERSEAS_TRAVEL),
                    item("公务接待费", SpecialItem.OFFICIAL_RECEPTION),
                    item("公务用车购置及运行维护费/小计", SpecialItem.OFFICIAL_VEHICLES),
                    item("公务用车购置及运行维护费/公务用车购置费", SpecialItem.VEHICLE_PURCHASE),
                    item("公务用车购置及运行维护费/公务用车运行维护费", SpecialItem.VEHICLE_OPERATION)));

    /** 政府性基金预算支出表. */
    public static final TableTemplate SHENZHEN_GOVERNMENT_FUND = TableTemplate.of("shenzhen/government-fund",
            TableKind.GOVERNMENT_FUND, "政府性基金预算支出表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_FUND_BUDGET), basicAndProject());

    /** 国有资本经营预算支出表. */
    public static final TableTemplate SHENZHEN_STATE_CAPITAL = TableTemplate.of("shenzhen/state-capital",
            TableKind.STATE_CAPITAL, "国有资本经营预算支出表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.STATE_CAPITAL_BUDGET), basicAndProject());

    /** 部门整体支出绩效目标表: tasks (基本支出 and projects) by 总额, 财政拨款 and 其他资金. */
    public static final TableTemplate SHENZHEN_PERFORMANCE_TARGETS = TableTemplate.of("shenzhen/performance-targets",
            TableKind.PERFORMANCE_TARGETS, "部门整体支出绩效目标表", EXPENDITURE, List.of(
                    col("预算金额/总额", NONE),
                    fund("预算金额/其中：财政拨款", FundSource.GOVERNMENT_BUDGET),
                    fund("预算金额/其中：其他资金", FundSource.OTHER_FUNDS)));

    private static final List<TableTemplate> ALL = List.of(SHENZHEN_BUDGET_SUMMARY, SHENZHEN_REVENUE_SUMMARY,
            SHENZHEN_EXPENDITURE_SUMMARY, SHENZHEN_BASIC_EXPENDITURE, SHENZHEN_PROJECT_EXPENDITURE,
            SHENZHEN_APPROPRIATION_SUMMARY, SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC,
            SHENZHEN_THREE_PUBLIC, SHENZHEN_GOVERNMENT_FUND, SHENZHEN_STATE_CAPITAL, SHENZHEN_PERFORMANCE_TARGETS);

    private Templates() {
    }

    /** @return every template, never null */
    public static List<TableTemplate> all() {
        return ALL;
    }

    /**
     * A template by id.
     *
     * @param id such as {@code shenzhen/basic-expenditure}, not null
     * @return the template, or empty
     */
    public static Optional<TableTemplate> byId(String id) {
        Objects.requireNonNull(id, "id");
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static List<TableTemplate.Column> basicAndProject() {
        List<TableTemplate.Column> out = new ArrayList<>(3);
        out.add(col("支出总计", NONE));
        out.add(nature("基本支出", Nature.BASIC));
        out.add(nature("项目支出", Nature.PROJECT));
        return out;
    }

    private static TableTemplate.Column col(String label, Coordinates c) {
        return new TableTemplate.Column(label, c);
    }

    private static TableTemplate.Column fund(String label, FundSource s) {
        return col(label, NONE.with(Dimension.FUND_SOURCE, s));
    }

    private static TableTemplate.Column nature(String label, Nature n) {
        return col(label, NONE.with(Dimension.NATURE, n));
    }

    private static TableTemplate.Column item(String label, SpecialItem i) {
        return col(label, NONE.with(Dimension.ITEM, i));
    }
}
