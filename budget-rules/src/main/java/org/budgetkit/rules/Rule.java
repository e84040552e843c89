package org.budgetkit.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * The catalogue of reconciliation rules: every {@link Finding#rule() rule id} a
 * {@link Reconciler} can report, with a one-line description in English and Chinese.
 *
 * <p>Most rules are <em>generated</em> from the dimensions of the facts ({@code sum.*},
 * {@code part.*}, {@code duplicate*}, {@code breakdown.*}, {@code reclassified.*}); the
 * {@code identity.*} rules are the identities no classification tree implies. Two generated
 * rules get a catalogue name when the tables involved make them a known identity: a
 * comparison between a project table and a table by function is
 * {@link #PROJECT_FUNCTION identity.project-function}, one between a basic-expenditure table
 * and a table by economic category is {@link #BASIC_ECONOMIC identity.basic-economic}.
 *
 * <p>{@code Rule.ofId("sum.function").description(Locale.ENGLISH)} is
 * {@code "a function-classification total equals the sum of its reported sub-codes"}. Ids are
 * stable: they are part of the command line's JSON contract. Immutable and thread-safe.
 */
public enum Rule {
    /** 功能分类: parent = Σ children. */
    SUM_FUNCTION("sum.function",
            "a function-classification total equals the sum of its reported sub-codes (类 = Σ 款 = Σ 项)",
            "功能分类科目合计等于其所列下级科目之和（类 = Σ款，款 = Σ项）"),
    /** 经济分类: parent = Σ children. */
    SUM_ECONOMIC("sum.economic",
            "an economic-classification total equals the sum of its reported sub-codes",
            "经济分类科目合计等于其所列下级科目之和"),
    /** 资金来源: parent = Σ parts covering it. */
    SUM_FUND_SOURCE("sum.fund-source",
            "a fund-source total equals the sum of the reported sources that cover it (收入总计 = 本年收入 + 上年结转)",
            "资金来源合计等于覆盖它的各来源之和（如收入总计 = 本年收入 + 上年结余结转）"),
    /** 基本 + 项目 = 总计; 人员经费 + 公用经费 = 基本支出. */
    SUM_NATURE("sum.nature",
            "basic plus project expenditure equals the total (基本 + 项目 = 总计; 人员经费 + 公用经费 = 基本支出)",
            "基本支出 + 项目支出 = 总计；人员经费 + 公用经费 = 基本支出"),
    /** "三公" and 政府采购 parts. */
    SUM_ITEM("sum.item",
            "a special item equals the sum of its parts (\"三公\" = 出国 + 接待 + 公务用车; 公务用车 = 购置 + 运行维护)",
            "专项等于其组成部分之和（“三公”= 因公出国（境）+ 公务接待 + 公务用车；公务用车 = 购置 + 运行维护；政府采购 = 货物 + 工程 + 服务）"),
    /** 支出总计 = 本年支出 + 结转下年. */
    SUM_FLOW("sum.flow",
            "total uses equal this year's expenditure plus the carry-forward (支出总计 = 本年支出合计 + 结转下年)",
            "支出总计 = 本年支出合计 + 结转下年"),
    /** 部门 = Σ 单位. */
    SUM_UNIT("sum.unit",
            "a department's figure equals the sum of its units' figures when every unit reports",
            "部门数等于所属各单位数之和（各单位均列示时）"),
    /** 其中 ≤ parent. */
    PART_OF_WHICH("part.of-which",
            "an \"of which\" item does not exceed what it is part of (其中 ≤ 合计)",
            "“其中”项不超过其所属合计"),
    /** Incomplete cover: Σ reported parts ≤ parent. */
    PART_FUND_SOURCE("part.fund-source",
            "where not every fund source is printed, the printed sources do not exceed their total",
            "资金来源未全部列示时，所列来源之和不超过合计"),
    /** Not every unit reports: Σ reported units ≤ department. */
    PART_UNIT("part.unit",
            "where not every unit is printed, the printed units do not exceed the department",
            "单位未全部列示时，所列单位之和不超过部门数"),
    /** Same coordinates, two places. */
    DUPLICATE("duplicate",
            "a figure printed in two places (two tables, or twice in one) agrees within rounding",
            "同一数据在两处（两张表或同表两处）列示时，在舍入误差内一致"),
    /** A printed figure vs the sum of another table's breakdown or units. */
    DUPLICATE_DERIVED("duplicate.derived",
            "a printed figure agrees with the sum another table gives of its breakdown or of its units",
            "列示数与另一张表中其明细（或所属单位）之和一致"),
    /** Part of the fund sources vs all sources. */
    COVER_FUND_SOURCE("cover.fund-source",
            "expenditure from some fund sources is at most the expenditure from all, and short of it by at most the other sources' revenue",
            "部分资金来源安排的支出不超过全部来源安排的支出，且差额不超过其他来源的收入"),
    /** A code one table breaks out and another omits. */
    BREAKDOWN_FUNCTION("breakdown.function",
            "a function code one table reports is not missing from another table that breaks down the same amount",
            "一张表列示的功能分类科目，在细分同一金额的另一张表中不应缺失"),
    /** A code one table breaks out and another omits (economic). */
    BREAKDOWN_ECONOMIC("breakdown.economic",
            "an economic code one table reports is not missing from another table that breaks down the same amount",
            "一张表列示的经济分类科目，在细分同一金额的另一张表中不应缺失"),
    /** Same total, different function codes. */
    RECLASSIFIED_FUNCTION("reclassified.function",
            "two tables agree on a total but file part of it under different function codes",
            "两张表合计一致，但部分金额列在不同的功能分类科目下"),
    /** Same total, different economic codes. */
    RECLASSIFIED_ECONOMIC("reclassified.economic",
            "two tables agree on a total but file part of it under different economic codes",
            "两张表合计一致，但部分金额列在不同的经济分类科目下"),
    /** 收入总计 = 支出总计. */
    BALANCE("identity.balance",
            "total revenue equals total uses (收入总计 = 支出总计), also for appropriations (财政拨款收支总表)",
            "收入总计 = 支出总计（财政拨款收支总表亦同）"),
    /** Project table rows vs the function table's project column. */
    PROJECT_FUNCTION("identity.project-function",
            "the project table's rows (named by function) agree with the project column of the tables by function",
            "项目支出表各行（按功能科目）与按功能分类支出表的项目支出列一致"),
    /** Basic-expenditure table vs the economic table's basic column. */
    BASIC_ECONOMIC("identity.basic-economic",
            "the basic-expenditure table agrees with the basic column of the table by economic category",
            "基本支出表与按经济分类支出表的基本支出列一致"),
    /** 增减变化 = 本年 − 上年. */
    CHANGE("identity.change",
            "a change from the previous year equals this year's figure minus last year's (增减变化金额 = 本年 − 上年)",
            "增减变化金额 = 本年数 − 上年数"),
    /** 人员经费 = 工资福利支出 + 对个人和家庭的补助. */
    PERSONNEL_ECONOMIC("identity.personnel-economic",
            "personnel expenses equal basic wages and welfare plus subsidies to households (人员经费 = 301 + 303)",
            "人员经费 = 工资福利支出（301）+ 对个人和家庭的补助（303）"),
    /** 机关运行经费 ≤ 公用经费. */
    OPERATION_PUBLIC_USE("identity.operation-public-use",
            "administrative operating expenses do not exceed public-use expenses (机关运行经费 ≤ 公用经费)",
            "机关运行经费不超过公用经费"),
    /** "三公" vs economic categories. */
    THREE_PUBLIC_ECONOMIC("identity.three-public-economic",
            "the \"three public\" items agree with their economic categories (30212, 30217, 30231, 31013)",
            "“三公”经费各项与对应经济分类科目（30212、30217、30231、31013）一致"),
    /** A printed figure with no place. */
    UNPLACED_FIGURE("unplaced.figure",
            "a printed figure could not be placed on coordinates and takes part in no check",
            "列示的数字无法确定其行列含义，未参与任何校验"),
    /** A listed unit with no figures. */
    UNIT_UNREPORTED("unit.unreported",
            "a unit the department lists prints no figure of its own; department figures derived from units allow for it",
            "部门所列单位未单独列示数据；由单位推算部门数时为其留出余量");

    private final String id;
    private final String english;
    private final String chinese;

    Rule(String id, String english, String chinese) {
        this.id = id;
        this.english = english;
        this.chinese = chinese;
    }

    /** @return the stable id, such as {@code sum.function}, never null */
    public String id() {
        return id;
    }

    /**
     * The one-line description in the locale's language.
     *
     * @param locale the locale, not null
     * @return Chinese for {@code zh}, English otherwise, never null
     */
    public String description(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    /**
     * The rule with this id.
     *
     * @param id such as {@code identity.balance}, not null
     * @return the rule, never null
     * @throws IllegalArgumentException if no rule has this id
     */
    public static Rule ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule id: \"" + id + "\"");
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }
}
