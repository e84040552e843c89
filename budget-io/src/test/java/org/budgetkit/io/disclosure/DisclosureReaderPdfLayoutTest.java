package org.budgetkit.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableKind;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;

/**
 * Rows and columns rebuilt from text positions, on PDFs made for the purpose (so these run
 * without the examples): empty cells, codes in 类/款/项 columns, names wrapped above and below
 * their figures, a table over two pages with and without a repeated header, two tables side by
 * side, and a table no template knows.
 */
class DisclosureReaderPdfLayoutTest {
    private static final String DEPARTMENT = "上海市普陀区测试局";

    /** Title, department and unit lines of a Shanghai district budget table. */
    private static TestPdfs.Builder title(TestPdfs.Builder b, String title, String unit) {
        return b.page().text(150, 60, 14, title).text(40, 85, "编制部门：" + DEPARTMENT).text(500, 85, "单位：" + unit);
    }

    private static TestPdfs.Builder expenditureHeader(TestPdfs.Builder b, double y) {
        return b.text(40, y, "功能分类科目编码").text(150, y + 8, "功能分类科目名称")
                .text(345, y + 8, "合计").text(430, y + 8, "基本支出").text(520, y + 8, "项目支出")
                .text(40, y + 20, "类").text(70, y + 20, "款").text(95, y + 20, "项");
    }

    private static Coordinates spent(Document doc) {
        return Coordinates.empty().with(Dimension.UNIT, doc.department()).with(Dimension.FLOW, Flow.EXPENDITURE)
                .with(Dimension.YEAR, doc.year());
    }

    private static Fact only(Document doc, String table, Coordinates c) {
        List<Fact> found = doc.facts().inTable(table).at(c);
        assertThat(found).as(c.toString()).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsCodesInColumnsEmptyCellsWrappedNamesAndASecondPage() {
        TestPdfs.Builder b = TestPdfs.chinese();
        expenditureHeader(title(b, "2025年部门支出预算总表", "元"), 110)
                .row(160, 40, "201", 120, "一般公共服务支出", 400, "300.00", 490, "100.00", 580, "200.00")
                .row(185, 40, "201", 70, "13", 120, "商贸事务", 400, "300.00", 490, "100.00", 580, "200.00")
                .row(210, 40, "201", 70, "13", 95, "01", 120, "行政运行", 400, "100.00", 490, "100.00")
                // a name wrapped above and below its figures
                .text(120, 228, "其他商贸事务")
                .row(235, 40, "201", 70, "13", 95, "99", 400, "200.00", 580, "200.00")
                .text(120, 242, "支出");
        // Second page: the header is repeated, the title is not.
        b.page();
        expenditureHeader(b, 50)
                .row(100, 40, "221", 120, "住房保障支出", 400, "50.00", 490, "50.00")
                .row(125, 150, "合计", 400, "350.00", 490, "150.00", 580, "200.00");
        ReadResult r = DisclosureReader.standard().readPdf(b.build(), "layout.pdf");
        Document doc = r.document();
        assertThat(doc.department().name()).isEqualTo(DEPARTMENT);
        assertThat(doc.year().value()).isEqualTo(2025);
        Table t = doc.tables().get(0);
        assertThat(t.template()).isEqualTo("shanghai/expenditure-summary");
        assertThat(t.unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(t.page()).isEqualTo(1);
        // 3 + 3 + 2 + 2 + 2 + 3 printed figures, every one placed.
        assertThat(doc.facts().size()).isEqualTo(15);
        assertThat(t.unplaced()).isEmpty();
        Coordinates spent = spent(doc);
        Fact other = only(doc, "表1", spent.with(Dimension.FUNCTION, FunctionCode.parse("2011399"))
                .with(Dimension.NATURE, Nature.PROJECT));
        assertThat(other.amount().value()).isEqualByComparingTo("200.00");
        assertThat(other.provenance().row()).isEqualTo("其他商贸事务支出");
        assertThat(doc.facts().inTable("表1").at(spent.with(Dimension.FUNCTION, FunctionCode.parse("2011399"))
                .with(Dimension.NATURE, Nature.BASIC))).isEmpty();
        Fact housing = only(doc, "表1", spent.with(Dimension.FUNCTION, FunctionCode.parse("221"))
                .with(Dimension.NATURE, Nature.BASIC));
        assertThat(housing.provenance().page()).isEqualTo(2);
        assertThat(r.text().split("\n")[housing.provenance().line() - 1]).contains("221").contains("50.00");
        assertThat(only(doc, "表1", spent).amount().value()).isEqualByComparingTo("350.00");
        assertThat(r.warnings()).isEmpty();
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
    }

    @Test
    void aPageWithoutItsHeaderTakesTheColumnsOfThePageBefore() {
        TestPdfs.Builder b = TestPdfs.chinese();
        expenditureHeader(title(b, "2025年部门支出预算总表", "元"), 110)
                .row(160, 40, "201", 120, "一般公共服务支出", 400, "300", 490, "100", 580, "200");
        // The rows go on, only in the 合计 and 项目支出 columns, without a header.
        b.page().row(60, 40, "201", 70, "13", 120, "商贸事务", 400, "200", 580, "200")
                .row(85, 40, "201", 70, "13", 95, "99", 120, "其他商贸事务支出", 400, "200", 580, "200");
        Document doc = DisclosureReader.standard().readPdf(b.build(), "continued.pdf").document();
        Coordinates project = spent(doc).with(Dimension.NATURE, Nature.PROJECT);
        assertThat(only(doc, "表1", project.with(Dimension.FUNCTION, FunctionCode.parse("2011399"))).amount().value())
                .isEqualByComparingTo("200");
        assertThat(doc.facts().size()).isEqualTo(7);
    }

    @Test
    void readsTwoTablesSideBySideWithEmptyRevenueCells() {
        TestPdfs.Builder b = title(TestPdfs.chinese(), "2025年部门财务收支预算总表", "元")
                .text(120, 110, "本年收入").text(420, 110, "本年支出")
                .text(100, 130, "项目").text(250, 130, "预算数").text(360, 130, "项目").text(500, 130, "预算数")
                .row(155, 40, "一、财政拨款收入", 320, "500.00", 350, "一、一般公共服务支出", 570, "300.00")
                .row(180, 40, "1. 一般公共预算资金", 320, "500.00", 350, "二、社会保障和就业支出", 570, "150.00")
                .row(205, 40, "2. 政府性基金", 350, "三、住房保障支出", 570, "50.00")
                .row(230, 40, "二、事业收入")
                .row(300, 80, "收入总计", 320, "500.00", 400, "支出总计", 570, "500.00");
        ReadResult r = DisclosureReader.standard().readPdf(b.build(), "summary.pdf");
        Document doc = r.document();
        assertThat(doc.tables().get(0).template()).isEqualTo("shanghai/budget-summary");
        Coordinates revenue = spent(doc).with(Dimension.FLOW, Flow.REVENUE);
        assertThat(only(doc, "表1", revenue.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)).amount()
                .value()).isEqualByComparingTo("500.00");
        assertThat(doc.facts().inTable("表1").at(revenue.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_FUND_BUDGET)))
                .isEmpty();
        assertThat(only(doc, "表1", spent(doc).with(Dimension.FUNCTION, FunctionCode.parse("221"))).amount().value())
                .isEqualByComparingTo("50.00");
        assertThat(only(doc, "表1", spent(doc).with(Dimension.FLOW, Flow.USES)).amount().value())
                .isEqualByComparingTo("500.00");
        // Revenue side first, then the expenditure side, each top to bottom.
        assertThat(doc.tables().get(0).rows()).extracting(Table.Row::label).containsExactly("一、财政拨款收入",
                "1. 一般公共预算资金", "收入总计", "一、一般公共服务支出", "二、社会保障和就业支出", "三、住房保障支出", "支出总计");
        assertThat(doc.facts().size()).isEqualTo(7);
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
    }

    @Test
    void keepsATableNoTemplateKnowsWithAWarning() {
        TestPdfs.Builder b = title(TestPdfs.chinese(), "2025年部门项目支出绩效目标汇总表", "万元")
                .row(120, 40, "项目名称", 300, "预算数", 420, "目标值")
                .row(150, 40, "社区服务", 360, "12.50", 480, "95")
                .row(175, 40, "合计", 360, "12.50");
        ReadResult r = DisclosureReader.standard().readPdf(b.build(), "other.pdf");
        Table t = r.document().tables().get(0);
        assertThat(t.kind()).isEqualTo(TableKind.OTHER);
        assertThat(t.title()).isEqualTo("2025年部门项目支出绩效目标汇总表");
        assertThat(r.document().facts().isEmpty()).isTrue();
        assertThat(t.unplaced()).extracting(Table.RawFigure::text).containsExactly("12.50", "95", "12.50");
        assertThat(r.warnings()).extracting(ReadWarning::english)
                .anySatisfy(w -> assertThat(w).contains("unrecognised table"));
    }
}
