package org.budgetkit.model.document;

/**
 * What a disclosure table shows, whatever its number in a given document (the seed's 表3 is a
 * {@link #EXPENDITURE_SUMMARY}; other places number tables differently).
 *
 * <p>Immutable and thread-safe.
 */
public enum TableKind {
    /** 收支总表 (部门收支总表, 财务收支预算总表): revenue by source beside expenditure by function. */
    BUDGET_SUMMARY("收支总表"),
    /** 收入总表: revenue by unit and fund source. */
    REVENUE_SUMMARY("收入总表"),
    /** 支出总表: expenditure by unit and function, basic and project. */
    EXPENDITURE_SUMMARY("支出总表"),
    /** 基本支出总表 or 基本支出表: basic expenditure by economic category. */
    BASIC_EXPENDITURE("基本支出表"),
    /** 项目支出总表 or 项目支出表: project expenditure by project or function. */
    PROJECT_EXPENDITURE("项目支出表"),
    /** 政府预算拨款收支总表 or 财政拨款收支总表. */
    APPROPRIATION_SUMMARY("财政拨款收支总表"),
    /** 一般公共预算支出表（按功能分类）. */
    GENERAL_BUDGET_BY_FUNCTION("一般公共预算支出表（按功能分类）"),
    /** 一般公共预算支出表（按经济分类） or 一般公共预算基本支出表. */
    GENERAL_BUDGET_BY_ECONOMIC("一般公共预算支出表（按经济分类）"),
    /** 一般公共预算“三公”经费支出表. */
    THREE_PUBLIC("“三公”经费支出表"),
    /** 政府性基金预算支出表. */
    GOVERNMENT_FUND("政府性基金预算支出表"),
    /** 国有资本经营预算支出表. */
    STATE_CAPITAL("国有资本经营预算支出表"),
    /** 财政拨款支出表（功能科目）: appropriated expenditure by function (Jiangsu 公开05). */
    APPROPRIATION_EXPENDITURE("财政拨款支出表"),
    /** 一般公共预算机关运行经费支出表: administrative operation costs by economic category. */
    ADMINISTRATIVE_OPERATION("机关运行经费支出表"),
    /** 政府采购预算表. */
    PROCUREMENT("政府采购预算表"),
    /** 部门整体支出绩效目标表. */
    PERFORMANCE_TARGETS("部门整体支出绩效目标表"),
    /** A table no template recognises, kept as printed. */
    OTHER("其他表");

    private final String chineseName;

    TableKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the usual Chinese title, never null */
    public String chineseName() {
        return chineseName;
    }
}
