package org.budgetkit.io.internal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.document.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutsTest {
    @Test
    void everyTemplateHasOneLayout() {
        Set<String> ids = new HashSet<>();
        for (Layout l : Layouts.all()) {
            assertThat(ids.add(l.template.id())).as(l.template.id()).isTrue();
            for (Layout.Column c : l.columns) {
                assertThat(c.templateColumn()).isLessThan(l.template.columns().size());
                assertThat(c.side()).isLessThan(l.sideCount());
            }
        }
        for (TableTemplate t : Templates.all()) {
            assertThat(ids).as(t.id()).contains(t.id());
        }
    }

    @Test
    void everyTemplateColumnIsFilledByAPrintedColumn() {
        for (Layout l : Layouts.all()) {
            Set<Integer> filled = new HashSet<>();
            l.columns.forEach(c -> filled.add(c.templateColumn()));
            for (int i = 0; i < l.template.columns().size(); i++) {
                assertThat(filled).as(l + " column " + i).contains(i);
            }
        }
    }

    /** Titles as printed in the seed and the examples. */
    @ParameterizedTest
    @CsvSource({
        "收支总表, shenzhen/budget-summary",
        "一般公共预算“三公”经费支出表, shenzhen/three-public",
        "一般公共预算支出表（按功能分类）, shenzhen/general-budget-by-function",
        "部门整体支出绩效目标表, shenzhen/performance-targets",
        "2025年部门财务收支预算总表, shanghai/budget-summary",
        "2026年部门一般公共预算基本支出部门预算经济分类预算表, shanghai/general-budget-basic-by-economic",
        "2025年部门“三公”经费和机关运行经费预算表, shanghai/three-public",
        "收入支出决算总表, shanghai-final/budget-summary",
        "财政拨款“三公”经费支出决算表, shanghai-final/three-public",
        "收支预算总表, jiangsu/budget-summary",
        "财政拨款支出预算表（功能科目）, jiangsu/appropriation-by-function",
        "“三公”经费、会议费、培训费支出预算表, jiangsu/three-public",
        "财政拨款政府性基金支出预算表, jiangsu/government-fund",
        "政府性基金预算财政拨款支出预算表, jiangsu/government-fund",
        "2019年政府采购预算表, jiangsu/procurement",
        "政府采购支出预算表, jiangsu/procurement"})
    void recognisesPrintedTitles(String title, String template) {
        assertThat(Layouts.forTitle(Tokens.normTitle(title))).get().satisfies(l ->
                assertThat(l.template.id()).isEqualTo(template));
    }

    @Test
    void sentencesAndOtherTablesAreNoTitles() {
        assertThat(Layouts.forTitle(Tokens.normTitle("本表（公开 01 表）反映部门年度总体收支预算情况"))).isEmpty();
        assertThat(Layouts.forTitle(Tokens.normTitle("部门项目支出绩效目标表"))).isEmpty();
    }
}
