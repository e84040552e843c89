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
 * The table templates budgetkit knows: the 12 tables of a Shenzhen district department budget
 * (the seed document, {@code shenzhen/…}), the 9 tables of a Shanghai district department budget
 * ({@code shanghai/…}, tables in 元 with 类/款/项 in separate columns) and final account
 * ({@code shanghai-final/…}), and the 12 tables 公开01–公开12 of a Jiangsu provincial department
 * budget ({@code jiangsu/…}, with 会议费/培训费 and 政府采购).
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

    // ------------------------------------------------------------ Shanghai district budgets (9 tables, 元)

    /** 部门财务收支预算总表 (Shanghai district budget 1): revenue by source beside expenditure by function 类. */
    public static final TableTemplate SHANGHAI_BUDGET_SUMMARY = TableTemplate.of("shanghai/budget-summary",
            TableKind.BUDGET_SUMMARY, "部门财务收支预算总表", NONE, List.of(
                    col("本年收入/预算数", REVENUE),
                    col("本年支出/预算数", NONE)));

    /** 部门收入预算总表 (Shanghai 2): revenue by function (类/款/项 columns) and source. */
    public static final TableTemplate SHANGHAI_REVENUE_SUMMARY = TableTemplate.of("shanghai/revenue-summary",
            TableKind.REVENUE_SUMMARY, "部门收入预算总表", REVENUE, List.of(
                    col("收入预算/合计", NONE),
                    fund("收入预算/财政拨款收入", FundSource.GOVERNMENT_BUDGET),
                    fund("收入预算/事业收入", FundSource.BUSINESS_INCOME),
                    fund("收入预算/事业单位经营收入", FundSource.OPERATING_INCOME),
                    fund("收入预算/其他收入", FundSource.OTHER_INCOME)));

    /** 部门支出预算总表 (Shanghai 3): expenditure by function, basic and project. */
    public static final TableTemplate SHANGHAI_EXPENDITURE_SUMMARY = TableTemplate.of("shanghai/expenditure-summary",
            TableKind.EXPENDITURE_SUMMARY, "部门支出预算总表", EXPENDITURE, basicAndProject("支出预算/", "合计"));

    /**
     * 部门财政拨款收支预算总表 (Shanghai 4): appropriations by budget (column 0) beside the
     * expenditure they fund by function 类, in total and by budget.
     */
    public static final TableTemplate SHANGHAI_APPROPRIATION_SUMMARY = TableTemplate.of(
            "shanghai/appropriation-summary", TableKind.APPROPRIATION_SUMMARY, "部门财政拨款收支预算总表", NONE, List.of(
                    col("财政拨款收入/预算数", REVENUE),
                    fund("财政拨款支出/合计", FundSource.APPROPRIATIONS_TOTAL),
                    fund("财政拨款支出/一般公共预算", FundSource.GENERAL_PUBLIC_BUDGET),
                    fund("财政拨款支出/政府性基金预算", FundSource.GOVERNMENT_FUND_BUDGET),
                    fund("财政拨款支出/国有资本经营预算", FundSource.STATE_CAPITAL_BUDGET)));

    /** 部门一般公共预算支出功能分类预算表 (Shanghai 5). */
    public static final TableTemplate SHANGHAI_GENERAL_BUDGET_BY_FUNCTION = TableTemplate.of(
            "shanghai/general-budget-by-function", TableKind.GENERAL_BUDGET_BY_FUNCTION, "部门一般公共预算支出功能分类预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET),
            basicAndProject("一般公共预算支出/", "合计"));

    /** 部门政府性基金预算支出功能分类预算表 (Shanghai 6). */
    public static final TableTemplate SHANGHAI_GOVERNMENT_FUND = TableTemplate.of("shanghai/government-fund",
            TableKind.GOVERNMENT_FUND, "部门政府性基金预算支出功能分类预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_FUND_BUDGET),
            basicAndProject("政府性基金预算支出/", "合计"));

    /** 部门国有资本经营预算支出功能分类预算表 (Shanghai 7). */
    public static final TableTemplate SHANGHAI_STATE_CAPITAL = TableTemplate.of("shanghai/state-capital",
            TableKind.STATE_CAPITAL, "部门国有资本经营预算支出功能分类预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.STATE_CAPITAL_BUDGET),
            basicAndProject("国有资本经营预算支出/", "合计"));

    /**
     * 部门一般公共预算基本支出部门预算经济分类预算表 (Shanghai 8): basic expenditure by economic
     * category (类/款 columns), 人员经费 and 公用经费.
     */
    public static final TableTemplate SHANGHAI_GENERAL_BUDGET_BASIC_BY_ECONOMIC = TableTemplate.of(
            "shanghai/general-budget-basic-by-economic", TableKind.GENERAL_BUDGET_BY_ECONOMIC,
            "部门一般公共预算基本支出部门预算经济分类预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), List.of(
                    nature("一般公共预算基本支出/合计", Nature.BASIC),
                    nature("一般公共预算基本支出/人员经费", Nature.PERSONNEL),
                    nature("一般公共预算基本支出/公用经费", Nature.PUBLIC_USE)));

    /**
     * 部门“三公”经费和机关运行经费预算表 (Shanghai 9, in 万元): "三公" paid by appropriations
     * (财政拨款) and 机关运行经费 (一般公共预算 basic expenditure).
     */
    public static final TableTemplate SHANGHAI_THREE_PUBLIC = TableTemplate.of("shanghai/three-public",
            TableKind.THREE_PUBLIC, "部门“三公”经费和机关运行经费预算表", EXPENDITURE, List.of(
                    appropriated("“三公”经费预算数/合计", SpecialItem.THREE_PUBLIC),
                    appropriated("“三公”经费预算数/因公出国(境)费", SpecialItem.OVERSEAS_TRAVEL),
                    appropriated("“三公”经费预算数/公务接待费", SpecialItem.OFFICIAL_RECEPTION),
                    appropriated("“三公”经费预算数/公务用车购置及运行费/小计", SpecialItem.OFFICIAL_VEHICLES),
                    appropriated("“三公”经费预算数/公务用车购置及运行费/购置费", SpecialItem.VEHICLE_PURCHASE),
                    appropriated("“三公”经费预算数/公务用车购置及运行费/运行费", SpecialItem.VEHICLE_OPERATION),
                    col("机关运行经费预算数", NONE.with(Dimension.ITEM, SpecialItem.ADMINISTRATIVE_OPERATION)
                            .with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET))));

    // ------------------------------------------------------------ Shanghai district final accounts (9 tables)

    /** 收入支出决算总表 (Shanghai final account 1). */
    public static final TableTemplate SHANGHAI_FINAL_SUMMARY = TableTemplate.of("shanghai-final/budget-summary",
            TableKind.BUDGET_SUMMARY, "收入支出决算总表", NONE, List.of(
                    col("收入/决算数", REVENUE),
                    col("支出/决算数", NONE)));

    /** 收入决算表 (Shanghai final account 2): revenue by function and source. */
    public static final TableTemplate SHANGHAI_FINAL_REVENUE = TableTemplate.of("shanghai-final/revenue",
            TableKind.REVENUE_SUMMARY, "收入决算表", REVENUE, List.of(
                    fund("本年收入合计", FundSource.CURRENT_YEAR),
                    fund("财政拨款收入", FundSource.GOVERNMENT_BUDGET),
                    fund("上级补助收入", FundSource.SUPERIOR_SUBSIDY),
                    fund("事业收入", FundSource.BUSINESS_INCOME),
                    fund("经营收入", FundSource.OPERATING_INCOME),
                    fund("附属单位上缴收入", FundSource.SUBORDINATE_REMITTANCE),
                    fund("其他收入", FundSource.OTHER_INCOME)));

    /** 支出决算表 (Shanghai final account 3): expenditure by function and nature. */
    public static final TableTemplate SHANGHAI_FINAL_EXPENDITURE = TableTemplate.of("shanghai-final/expenditure",
            TableKind.EXPENDITURE_SUMMARY, "支出决算表", EXPENDITURE, List.of(
                    col("本年支出合计", NONE),
                    nature("基本支出", Nature.BASIC),
                    nature("项目支出", Nature.PROJECT),
                    nature("上缴上级支出", Nature.REMITTANCE_TO_SUPERIOR),
                    nature("经营支出", Nature.OPERATING),
                    nature("对附属单位补助支出", Nature.SUBSIDY_TO_SUBORDINATE)));

    /** 财政拨款收入支出决算总表 (Shanghai final account 4). */
    public static final TableTemplate SHANGHAI_FINAL_APPROPRIATION_SUMMARY = TableTemplate.of(
            "shanghai-final/appropriation-summary", TableKind.APPROPRIATION_SUMMARY, "财政拨款收入支出决算总表", NONE,
            List.of(
                    col("收入/决算数", REVENUE),
                    fund("支出/合计", FundSource.APPROPRIATIONS_TOTAL),
                    fund("支出/一般公共预算财政拨款", FundSource.GENERAL_PUBLIC_BUDGET),
                    fund("支出/政府性基金预算财政拨款", FundSource.GOVERNMENT_FUND_BUDGET),
                    fund("支出/国有资本经营预算财政拨款", FundSource.STATE_CAPITAL_BUDGET)));

    /** 一般公共预算财政拨款支出决算表 (Shanghai final account 5). */
    public static final TableTemplate SHANGHAI_FINAL_GENERAL_BUDGET_BY_FUNCTION = TableTemplate.of(
            "shanghai-final/general-budget-by-function", TableKind.GENERAL_BUDGET_BY_FUNCTION, "一般公共预算财政拨款支出决算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), basicAndProject("", "合计"));

    /**
     * 一般公共预算财政拨款基本支出决算表 (Shanghai final account 6): basic expenditure by economic
     * category, printed in two halves side by side; rows carry the nature (人员经费合计 and
     * 公用经费合计 are {@link Nature#PERSONNEL} and {@link Nature#PUBLIC_USE}).
     */
    public static final TableTemplate SHANGHAI_FINAL_GENERAL_BUDGET_BASIC_BY_ECONOMIC = TableTemplate.of(
            "shanghai-final/general-budget-basic-by-economic", TableKind.GENERAL_BUDGET_BY_ECONOMIC,
            "一般公共预算财政拨款基本支出决算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), List.of(col("决算数", NONE)));

    /**
     * 财政拨款“三公”经费支出决算表 (Shanghai final account 7): the 决算数 of each item (the table
     * prints each item's 预算数 beside it).
     */
    public static final TableTemplate SHANGHAI_FINAL_THREE_PUBLIC = TableTemplate.of("shanghai-final/three-public",
            TableKind.THREE_PUBLIC, "财政拨款“三公”经费支出决算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET), List.of(
                    item("合计/决算数", SpecialItem.THREE_PUBLIC),
                    item("因公出国（境）费/决算数", SpecialItem.OVERSEAS_TRAVEL),
                    item("公务用车购置及运行维护费/小计/决算数", SpecialItem.OFFICIAL_VEHICLES),
                    item("公务用车购置及运行维护费/公务用车购置费/决算数", SpecialItem.VEHICLE_PURCHASE),
                    item("公务用车购置及运行维护费/公务用车运行维护费/决算数", SpecialItem.VEHICLE_OPERATION),
                    item("公务接待费/决算数", SpecialItem.OFFICIAL_RECEPTION)));

    /** 政府性基金预算财政拨款收入支出决算表 (Shanghai final account 8). */
    public static final TableTemplate SHANGHAI_FINAL_GOVERNMENT_FUND = TableTemplate.of(
            "shanghai-final/government-fund", TableKind.GOVERNMENT_FUND, "政府性基金预算财政拨款收入支出决算表", NONE,
            balanceColumns(FundSource.PRIOR_YEAR_GOVERNMENT_FUND, FundSource.GOVERNMENT_FUND_BUDGET));

    /** 国有资本经营预算财政拨款收入支出决算表 (Shanghai final account 9). */
    public static final TableTemplate SHANGHAI_FINAL_STATE_CAPITAL = TableTemplate.of(
            "shanghai-final/state-capital", TableKind.STATE_CAPITAL, "国有资本经营预算财政拨款收入支出决算表", NONE,
            balanceColumns(FundSource.PRIOR_YEAR_STATE_CAPITAL, FundSource.STATE_CAPITAL_BUDGET));

    // ------------------------------------------------------------ Jiangsu provincial budgets (公开01–12)

    /**
     * 收支预算总表 (Jiangsu 公开01): revenue by source, expenditure by function 类, and
     * expenditure by use (基本支出, 项目支出, 单位预留机动经费).
     */
    public static final TableTemplate JIANGSU_BUDGET_SUMMARY = TableTemplate.of("jiangsu/budget-summary",
            TableKind.BUDGET_SUMMARY, "收支预算总表", NONE, List.of(
                    col("收入/金额", REVENUE),
                    col("支出/功能分类/金额", NONE),
                    col("支出/支出用途/金额", NONE)));

    /** 收入预算总表 (Jiangsu 公开02): revenue by source, as a list. */
    public static final TableTemplate JIANGSU_REVENUE_SUMMARY = TableTemplate.of("jiangsu/revenue-summary",
            TableKind.REVENUE_SUMMARY, "收入预算总表", REVENUE, List.of(col("金额", NONE)));

    /** 支出预算总表 (Jiangsu 公开03): one row, expenditure by use. */
    public static final TableTemplate JIANGSU_EXPENDITURE_SUMMARY = TableTemplate.of("jiangsu/expenditure-summary",
            TableKind.EXPENDITURE_SUMMARY, "支出预算总表", NONE, List.of(
                    col("合计", NONE.with(Dimension.FLOW, Flow.USES)),
                    col("基本支出", EXPENDITURE.with(Dimension.NATURE, Nature.BASIC)),
                    col("项目支出", EXPENDITURE.with(Dimension.NATURE, Nature.PROJECT)),
                    col("单位预留机动经费", EXPENDITURE.with(Dimension.NATURE, Nature.RESERVE)),
                    col("结转下年资金", NONE.with(Dimension.FLOW, Flow.CARRY_FORWARD))));

    /** 财政拨款收支预算总表 (Jiangsu 公开04): appropriations beside their use. */
    public static final TableTemplate JIANGSU_APPROPRIATION_SUMMARY = TableTemplate.of(
            "jiangsu/appropriation-summary", TableKind.APPROPRIATION_SUMMARY, "财政拨款收支预算总表", NONE, List.of(
                    col("收入/金额", REVENUE),
                    fund("支出/支出用途/金额", FundSource.APPROPRIATIONS_TOTAL)));

    /** 财政拨款支出预算表（功能科目） (Jiangsu 公开05). */
    public static final TableTemplate JIANGSU_APPROPRIATION_BY_FUNCTION = TableTemplate.of(
            "jiangsu/appropriation-by-function", TableKind.APPROPRIATION_EXPENDITURE, "财政拨款支出预算表（功能科目）",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET), List.of(col("金额", NONE)));

    /** 财政拨款基本支出预算表（经济科目） (Jiangsu 公开06). */
    public static final TableTemplate JIANGSU_APPROPRIATION_BASIC_BY_ECONOMIC = TableTemplate.of(
            "jiangsu/appropriation-basic-by-economic", TableKind.BASIC_EXPENDITURE, "财政拨款基本支出预算表（经济科目）",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET).with(Dimension.NATURE, Nature.BASIC),
            List.of(col("金额", NONE)));

    /** 一般公共预算支出预算表（功能科目） (Jiangsu 公开07). */
    public static final TableTemplate JIANGSU_GENERAL_BUDGET_BY_FUNCTION = TableTemplate.of(
            "jiangsu/general-budget-by-function", TableKind.GENERAL_BUDGET_BY_FUNCTION, "一般公共预算支出预算表（功能科目）",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), List.of(col("金额", NONE)));

    /** 一般公共预算基本支出预算表（经济科目） (Jiangsu 公开08). */
    public static final TableTemplate JIANGSU_GENERAL_BUDGET_BASIC_BY_ECONOMIC = TableTemplate.of(
            "jiangsu/general-budget-basic-by-economic", TableKind.GENERAL_BUDGET_BY_ECONOMIC,
            "一般公共预算基本支出预算表（经济科目）", EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
                    .with(Dimension.NATURE, Nature.BASIC), List.of(col("基本支出", NONE)));

    /**
     * “三公”经费、会议费、培训费支出预算表 (Jiangsu 公开09): "三公" and its parts, 会议费 and
     * 培训费 (the printed 合计 of all three has no coordinates of its own).
     */
    public static final TableTemplate JIANGSU_THREE_PUBLIC = TableTemplate.of("jiangsu/three-public",
            TableKind.THREE_PUBLIC, "“三公”经费、会议费、培训费支出预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), List.of(
                    item("“三公”经费/小计", SpecialItem.THREE_PUBLIC),
                    item("“三公”经费/因公出国（境）费", SpecialItem.OVERSEAS_TRAVEL),
                    item("“三公”经费/公务用车购置及运行维护费/小计", SpecialItem.OFFICIAL_VEHICLES),
                    item("“三公”经费/公务用车购置及运行维护费/公务用车购置费", SpecialItem.VEHICLE_PURCHASE),
                    item("“三公”经费/公务用车购置及运行维护费/公务用车运行维护费", SpecialItem.VEHICLE_OPERATION),
                    item("“三公”经费/公务接待费", SpecialItem.OFFICIAL_RECEPTION),
                    item("会议费", SpecialItem.MEETINGS),
                    item("培训费", SpecialItem.TRAINING)));

    /** 政府性基金预算财政拨款支出预算表 (Jiangsu 公开10). */
    public static final TableTemplate JIANGSU_GOVERNMENT_FUND = TableTemplate.of("jiangsu/government-fund",
            TableKind.GOVERNMENT_FUND, "政府性基金预算财政拨款支出预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_FUND_BUDGET), List.of(col("金额", NONE)));

    /** 一般公共预算机关运行经费支出预算表 (Jiangsu 公开11): 机关运行经费 by economic category. */
    public static final TableTemplate JIANGSU_ADMINISTRATIVE_OPERATION = TableTemplate.of(
            "jiangsu/administrative-operation", TableKind.ADMINISTRATIVE_OPERATION, "一般公共预算机关运行经费支出预算表",
            EXPENDITURE.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
                    .with(Dimension.ITEM, SpecialItem.ADMINISTRATIVE_OPERATION), List.of(col("机关运行经费支出", NONE)));

    /**
     * 政府采购支出预算表 (Jiangsu 公开12): 政府采购 and its 货物, 工程 and 服务 (rows carry the
     * item; the purchase lines under them have no coordinates of their own).
     */
    public static final TableTemplate JIANGSU_PROCUREMENT = TableTemplate.of("jiangsu/procurement",
            TableKind.PROCUREMENT, "政府采购支出预算表", EXPENDITURE, List.of(col("总计", NONE)));

    private static final List<TableTemplate> ALL = List.of(SHENZHEN_BUDGET_SUMMARY, SHENZHEN_REVENUE_SUMMARY,
            SHENZHEN_EXPENDITURE_SUMMARY, SHENZHEN_BASIC_EXPENDITURE, SHENZHEN_PROJECT_EXPENDITURE,
            SHENZHEN_APPROPRIATION_SUMMARY, SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC,
            SHENZHEN_THREE_PUBLIC, SHENZHEN_GOVERNMENT_FUND, SHENZHEN_STATE_CAPITAL, SHENZHEN_PERFORMANCE_TARGETS,
            SHANGHAI_BUDGET_SUMMARY, SHANGHAI_REVENUE_SUMMARY, SHANGHAI_EXPENDITURE_SUMMARY,
            SHANGHAI_APPROPRIATION_SUMMARY, SHANGHAI_GENERAL_BUDGET_BY_FUNCTION, SHANGHAI_GOVERNMENT_FUND,
            SHANGHAI_STATE_CAPITAL, SHANGHAI_GENERAL_BUDGET_BASIC_BY_ECONOMIC, SHANGHAI_THREE_PUBLIC,
            SHANGHAI_FINAL_SUMMARY, SHANGHAI_FINAL_REVENUE, SHANGHAI_FINAL_EXPENDITURE,
            SHANGHAI_FINAL_APPROPRIATION_SUMMARY, SHANGHAI_FINAL_GENERAL_BUDGET_BY_FUNCTION,
            SHANGHAI_FINAL_GENERAL_BUDGET_BASIC_BY_ECONOMIC, SHANGHAI_FINAL_THREE_PUBLIC, SHANGHAI_FINAL_GOVERNMENT_FUND,
            SHANGHAI_FINAL_STATE_CAPITAL,
            JIANGSU_BUDGET_SUMMARY, JIANGSU_REVENUE_SUMMARY, JIANGSU_EXPENDITURE_SUMMARY, JIANGSU_APPROPRIATION_SUMMARY,
            JIANGSU_APPROPRIATION_BY_FUNCTION, JIANGSU_APPROPRIATION_BASIC_BY_ECONOMIC,
            JIANGSU_GENERAL_BUDGET_BY_FUNCTION, JIANGSU_GENERAL_BUDGET_BASIC_BY_ECONOMIC, JIANGSU_THREE_PUBLIC,
            JIANGSU_GOVERNMENT_FUND, JIANGSU_ADMINISTRATIVE_OPERATION, JIANGSU_PROCUREMENT);

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

    private static List<TableTemplate.Column> basicAndProject(String prefix, String total) {
        return List.of(col(prefix + total, NONE), nature(prefix + "基本支出", Nature.BASIC),
                nature(prefix + "项目支出", Nature.PROJECT));
    }

    /**
     * The columns of a final account's 收入支出决算表 for one budget: 年初结转和结余, 本年收入,
     * 本年支出 (合计, 基本, 项目), 年末结转和结余.
     */
    private static List<TableTemplate.Column> balanceColumns(FundSource prior, FundSource current) {
        Coordinates spent = EXPENDITURE.with(Dimension.FUND_SOURCE, current);
        return List.of(
                col("年初结转和结余", REVENUE.with(Dimension.FUND_SOURCE, prior)),
                col("本年收入", REVENUE.with(Dimension.FUND_SOURCE, current)),
                col("本年支出/合计", spent),
                col("本年支出/基本支出", spent.with(Dimension.NATURE, Nature.BASIC)),
                col("本年支出/项目支出", spent.with(Dimension.NATURE, Nature.PROJECT)),
                col("年末结转和结余", NONE.with(Dimension.FLOW, Flow.CARRY_FORWARD).with(Dimension.FUND_SOURCE, current)));
    }

    private static TableTemplate.Column appropriated(String label, SpecialItem i) {
        return col(label, NONE.with(Dimension.ITEM, i).with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET));
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
