package org.budgetkit.io.internal.disclosure;

import java.util.List;
import java.util.Optional;
import org.budgetkit.io.internal.disclosure.Layout.Names;
import org.budgetkit.io.internal.disclosure.Layout.Rows;
import org.budgetkit.io.internal.disclosure.Layout.Side;
import org.budgetkit.model.document.Templates;

/**
 * The layouts of the templates budgetkit knows: Shenzhen (the seed's 12 tables), Shanghai
 * district budgets and final accounts (9 each) and Jiangsu provincial budgets (公开01–12).
 * Titles are matched after {@link Tokens#normTitle}: no white space, ASCII brackets and
 * quotes, no leading year.
 */
final class Layouts {
    private static final List<Layout> ALL = List.of(
            // Shenzhen district budget (the seed)
            Layout.of(Templates.SHENZHEN_BUDGET_SUMMARY, Rows.SIDES, "(部门)?收支总表").sides(Side.FUND, Side.FUNCTION)
                    .column(0, 0, "预算数").column(1, 1, "预算数").build(),
            Layout.of(Templates.SHENZHEN_REVENUE_SUMMARY, Rows.ROWS, "(部门)?收入总表").build(),
            Layout.of(Templates.SHENZHEN_EXPENDITURE_SUMMARY, Rows.ROWS, "(部门)?支出总表").build(),
            Layout.of(Templates.SHENZHEN_BASIC_EXPENDITURE, Rows.ROWS, "(部门)?基本支出总表").names(Names.ECONOMIC).build(),
            Layout.of(Templates.SHENZHEN_PROJECT_EXPENDITURE, Rows.ROWS, "(部门)?项目支出总表")
                    .names(Names.FUNCTION_ITEMS).build(),
            Layout.of(Templates.SHENZHEN_APPROPRIATION_SUMMARY, Rows.SIDES, "(部门)?政府预算拨款收支总表")
                    .sides(Side.FUND, Side.FUNCTION).appropriations()
                    .column(0, 0, "预算数").column(1, 1, "预算数").build(),
            Layout.of(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, Rows.ROWS, "一般公共预算支出表\\(按功能分类\\)").build(),
            Layout.of(Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, Rows.ROWS, "一般公共预算支出表\\(按经济分类\\)").build(),
            Layout.of(Templates.SHENZHEN_THREE_PUBLIC, Rows.YEARS, "一般公共预算\"三公\"经费支出表").build(),
            Layout.of(Templates.SHENZHEN_GOVERNMENT_FUND, Rows.ROWS, "政府性基金预算支出表").build(),
            Layout.of(Templates.SHENZHEN_STATE_CAPITAL, Rows.ROWS, "国有资本经营预算支出表").build(),
            Layout.of(Templates.SHENZHEN_PERFORMANCE_TARGETS, Rows.PERFORMANCE, "部门整体支出绩效目标表").build(),

            // Shanghai district budget
            Layout.of(Templates.SHANGHAI_BUDGET_SUMMARY, Rows.SIDES, "部门财务收支预算总表").sides(Side.FUND, Side.FUNCTION)
                    .column(0, 0, "预算数").column(1, 1, "预算数").build(),
            Layout.of(Templates.SHANGHAI_REVENUE_SUMMARY, Rows.ROWS, "部门收入预算总表").build(),
            Layout.of(Templates.SHANGHAI_EXPENDITURE_SUMMARY, Rows.ROWS, "部门支出预算总表").build(),
            Layout.of(Templates.SHANGHAI_APPROPRIATION_SUMMARY, Rows.SIDES, "部门财政拨款收支预算总表")
                    .sides(Side.FUND, Side.FUNCTION).appropriations()
                    .column(0, 0, "预算数").column(1, 1, "合计").column(1, 2, "一般公共预算")
                    .column(1, 3, "政府性基金预算").column(1, 4, "国有资本经营预算").build(),
            Layout.of(Templates.SHANGHAI_GENERAL_BUDGET_BY_FUNCTION, Rows.ROWS, "部门一般公共预算支出功能分类预算表").build(),
            Layout.of(Templates.SHANGHAI_GOVERNMENT_FUND, Rows.ROWS, "部门政府性基金预算支出功能分类预算表").build(),
            Layout.of(Templates.SHANGHAI_STATE_CAPITAL, Rows.ROWS, "部门国有资本经营预算支出功能分类预算表").build(),
            Layout.of(Templates.SHANGHAI_GENERAL_BUDGET_BASIC_BY_ECONOMIC, Rows.ROWS,
                    "部门一般公共预算基本支出部门预算经济分类预算表").build(),
            Layout.of(Templates.SHANGHAI_THREE_PUBLIC, Rows.SINGLE, "部门\"三公\"经费和机关运行经费预算表").build(),

            // Shanghai district final account
            Layout.of(Templates.SHANGHAI_FINAL_SUMMARY, Rows.SIDES, "(部门)?收入支出决算总表").sides(Side.FUND, Side.FUNCTION)
                    .column(0, 0, "决算数").column(1, 1, "决算数").build(),
            Layout.of(Templates.SHANGHAI_FINAL_REVENUE, Rows.ROWS, "(部门)?收入决算表").build(),
            Layout.of(Templates.SHANGHAI_FINAL_EXPENDITURE, Rows.ROWS, "(部门)?支出决算表").build(),
            Layout.of(Templates.SHANGHAI_FINAL_APPROPRIATION_SUMMARY, Rows.SIDES, "(部门)?财政拨款收入支出决算总表")
                    .sides(Side.FUND, Side.FUNCTION).appropriations()
                    .column(0, 0, "决算数").column(1, 1, "合计").column(1, 2, "一般公共预算财政拨款")
                    .column(1, 3, "政府性基金预算财政拨款").column(1, 4, "国有资本经营预算财政拨款").build(),
            Layout.of(Templates.SHANGHAI_FINAL_GENERAL_BUDGET_BY_FUNCTION, Rows.ROWS, "一般公共预算财政拨款支出决算表")
                    .build(),
            Layout.of(Templates.SHANGHAI_FINAL_GENERAL_BUDGET_BASIC_BY_ECONOMIC, Rows.SIDES, "一般公共预算财政拨款基本支出决算表")
                    .sides(Side.ECONOMIC, Side.ECONOMIC).column(0, 0, "决算数").column(1, 0, "决算数").build(),
            Layout.of(Templates.SHANGHAI_FINAL_THREE_PUBLIC, Rows.SINGLE, "财政拨款\"三公\"经费支出决算表")
                    .column(0, -1, "预算数").column(0, 0, "决算数").column(0, -1, "预算数").column(0, 1, "决算数")
                    .column(0, -1, "预算数").column(0, 2, "决算数").column(0, -1, "预算数").column(0, 3, "决算数")
                    .column(0, -1, "预算数").column(0, 4, "决算数").column(0, -1, "预算数").column(0, 5, "决算数").build(),
            Layout.of(Templates.SHANGHAI_FINAL_GOVERNMENT_FUND, Rows.ROWS, "政府性基金预算财政拨款收入支出决算表").build(),
            Layout.of(Templates.SHANGHAI_FINAL_STATE_CAPITAL, Rows.ROWS, "国有资本经营预算财政拨款收入支出决算表").build(),

            // Jiangsu provincial budget
            Layout.of(Templates.JIANGSU_BUDGET_SUMMARY, Rows.SIDES, "(部门)?收支预算总表")
                    .sides(Side.FUND, Side.FUNCTION, Side.USE)
                    .column(0, 0, "金额").column(1, 1, "金额").column(2, 2, "金额").build(),
            Layout.of(Templates.JIANGSU_REVENUE_SUMMARY, Rows.SOURCES, "(部门)?收入预算总表").column(0, 0, "金额").build(),
            Layout.of(Templates.JIANGSU_EXPENDITURE_SUMMARY, Rows.SINGLE, "(部门)?支出预算总表").build(),
            Layout.of(Templates.JIANGSU_APPROPRIATION_SUMMARY, Rows.SIDES, "(部门)?财政拨款收支预算总表")
                    .sides(Side.FUND, Side.USE).appropriations().column(0, 0, "金额").column(1, 1, "金额").build(),
            Layout.of(Templates.JIANGSU_APPROPRIATION_BY_FUNCTION, Rows.ROWS, "财政拨款支出预算表\\(功能科目\\)")
                    .column(0, 0, "金额").build(),
            Layout.of(Templates.JIANGSU_APPROPRIATION_BASIC_BY_ECONOMIC, Rows.ROWS, "财政拨款基本支出预算表\\(经济科目\\)")
                    .column(0, 0, "金额").build(),
            Layout.of(Templates.JIANGSU_GENERAL_BUDGET_BY_FUNCTION, Rows.ROWS, "一般公共预算支出预算表\\(功能科目\\)")
                    .column(0, 0, "金额").build(),
            Layout.of(Templates.JIANGSU_GENERAL_BUDGET_BASIC_BY_ECONOMIC, Rows.ROWS, "一般公共预算基本支出预算表\\(经济科目\\)")
                    .column(0, 0, "基本支出").build(),
            Layout.of(Templates.JIANGSU_THREE_PUBLIC, Rows.SINGLE, "(一般公共预算)?\"三公\"经费、会议费、培训费支出预算表")
                    .column(0, -1, "合计").column(0, 0, "小计").column(0, 1, "因公出国(境)费").column(0, 2, "小计")
                    .column(0, 3, "公务用车购置费").column(0, 4, "公务用车运行维护费").column(0, 5, "公务接待费")
                    .column(0, 6, "会议费").column(0, 7, "培训费").build(),
            Layout.of(Templates.JIANGSU_GOVERNMENT_FUND, Rows.ROWS,
                    "政府性基金预算财政拨款支出预算表|(财政拨款)?政府性基金(财政拨款)?支出预算表").column(0, 0, "金额").build(),
            Layout.of(Templates.JIANGSU_ADMINISTRATIVE_OPERATION, Rows.ROWS, "一般公共预算机关运行经费支出预算表")
                    .column(0, 0, "机关运行经费支出").build(),
            Layout.of(Templates.JIANGSU_PROCUREMENT, Rows.PROCUREMENT, "政府采购(支出)?预算表").column(0, 0, "总计").build());

    private Layouts() {
    }

    static List<Layout> all() {
        return ALL;
    }

    /** The layout whose titles match a title, normalised by {@link Tokens#normTitle}. */
    static Optional<Layout> forTitle(String normalizedTitle) {
        for (Layout l : ALL) {
            if (l.matches(normalizedTitle)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
