package org.budgetkit.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.MalformedFigureException;
import org.junit.jupiter.api.Test;

class TableTest {
    static final String BUREAU = "深圳市坪山区信访局";
    static final BudgetUnit DEPT = BudgetUnit.department(BUREAU);
    static final BudgetUnit OWN = BudgetUnit.unit(BUREAU, BUREAU);
    static final FiscalYear Y2023 = FiscalYear.of(2023);
    static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;
    static final String SOURCE = "000_d2f916a522492f5d.txt";

    static Document.Builder doc() {
        return Document.builder(BUREAU, Y2023, Phase.BUDGET).source(SOURCE);
    }

    static Coordinates fn(String code) {
        return Coordinates.empty().with(Dimension.FUNCTION, FunctionCode.parse(code));
    }

    static Amount wan(String figure) {
        return Amount.parseFigure(figure, WAN);
    }

    /** The seed's 表3 (支出总表), first rows, as printed. */
    static Document table3(Document.Builder b) {
        Table.Builder t = b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 583, 7);
        t.row(BUREAU, "", Coordinates.empty(), 607, "1,877 748 1,129 169 0 0");
        t.row("一般公共服务支出", "201", fn("201"), 609, "1,592 463 1,129 169 0 0");
        t.row("行政运行", "2010301", fn("2010301"), 613, "471 463 8 0 0 0");
        return b.build();
    }

    @Test
    void eachFigureBecomesAFactAtRowColumnAndTemplateCoordinatesWithTheDocumentsUnitAndYear() {
        Document d = table3(doc());
        FactSet facts = d.facts();
        assertThat(facts.size()).isEqualTo(18);
        // Row 201 × column 基本支出: row ⊕ column ⊕ base {flow=EXPENDITURE}, + unit and year.
        Coordinates basic201 = Coordinates.parse("{unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=2023, "
                + "function=201, nature=BASIC}");
        assertThat(facts.at(basic201)).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualTo(wan("463"));
            assertThat(f.provenance()).isEqualTo(new Provenance(SOURCE, "表3", "一般公共服务支出", "基本支出", 609, 7));
        });
        // The 支出总计 column adds nothing; the 政府采购 column adds its item.
        assertThat(facts.at(basic201.without(Dimension.NATURE))).extracting(Fact::amount).containsExactly(wan("1,592"));
        assertThat(facts.at(basic201.without(Dimension.NATURE).with(Dimension.ITEM,
                org.budgetkit.model.dimension.SpecialItem.GOVERNMENT_PROCUREMENT)))
                .extracting(Fact::amount).containsExactly(wan("169"));
        // The department row: no function.
        assertThat(facts.at(basic201.without(Dimension.NATURE).without(Dimension.FUNCTION)))
                .extracting(Fact::amount).containsExactly(wan("1,877"));
        // In order of reading, row by row, column by column.
        assertThat(facts.asList().subList(0, 6)).extracting(f -> f.provenance().column()).containsExactly(
                "支出总计", "基本支出", "项目支出", "政府采购项目/小计", "政府采购项目/其中：面向中小企业政府采购项目",
                "政府采购项目/其中：面向小型、微型企业政府采购项目");
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.coordinates().get(Dimension.UNIT)).contains(DEPT);
            assertThat(f.coordinates().get(Dimension.YEAR)).contains(Y2023);
            assertThat(f.provenance().source()).isEqualTo(SOURCE);
        });
    }

    @Test
    void theTableKeepsItsLayout() {
        Table t = table3(doc()).table("表3").orElseThrow();
        assertThat(t.number()).isEqualTo("表3");
        assertThat(t.title()).isEqualTo("支出总表");
        assertThat(t.kind()).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
        assertThat(t.template()).isEqualTo("shenzhen/expenditure-summary");
        assertThat(t.unit()).isEqualTo(WAN);
        assertThat(t.line()).isEqualTo(583);
        assertThat(t.page()).isEqualTo(7);
        assertThat(t.columns()).hasSize(6).first().isEqualTo("支出总计");
        assertThat(t.rows()).containsExactly(
                new Table.Row(BUREAU, "", Coordinates.empty(), 607, 7),
                new Table.Row("一般公共服务支出", "201", fn("201"), 609, 7),
                new Table.Row("行政运行", "2010301", fn("2010301"), 613, 7));
        assertThat(t.unplaced()).isEmpty();
        assertThat(t.toString()).isEqualTo("表3 支出总表 (万元, 3 rows × 6 columns)");
    }

    @Test
    void aRowThatSetsTheYearOverridesTheDocumentsYear() {
        // The seed's 表9: rows are 2022, 2023 and the change.
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_THREE_PUBLIC, "表9", "一般公共预算“三公”经费支出表", WAN, 1119, 0);
        t.row("2022 年", "", Coordinates.empty().with(Dimension.YEAR, FiscalYear.of(2022)), 1138,
                "4.60 0.00 1.60 3.00 0.00 3.00");
        t.row("2023 年", "", Coordinates.empty().with(Dimension.YEAR, Y2023), 1140, "6.10 0.00 1.60 4.50 0.00 4.50");
        t.row("增减变化金额", "", Coordinates.empty().with(Dimension.MEASURE, Measure.CHANGE), 1142,
                "1.50 0.00 0.00 1.50 0.00 1.50");
        FactSet facts = b.build().facts();
        Coordinates total = Coordinates.parse("{unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=2022, "
                + "fund_source=GENERAL_PUBLIC_BUDGET, item=THREE_PUBLIC}");
        assertThat(facts.at(total)).extracting(Fact::amount).containsExactly(Amount.of(new BigDecimal("4.60"), WAN, 2));
        assertThat(facts.at(total.with(Dimension.YEAR, Y2023))).extracting(Fact::amount)
                .containsExactly(Amount.of(new BigDecimal("6.10"), WAN, 2));
        assertThat(facts.at(total.with(Dimension.YEAR, Y2023).with(Dimension.MEASURE, Measure.CHANGE)))
                .extracting(Fact::amount).containsExactly(Amount.of(new BigDecimal("1.50"), WAN, 2));
        assertThat(facts.values(Dimension.YEAR)).containsExactly(FiscalYear.of(2022), Y2023);
    }

    @Test
    void aRowThatSetsTheUnitOverridesTheDepartment() {
        Document.Builder b = doc();
        BudgetUnit own = b.addUnit(BUREAU);
        Table.Builder t = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "一般公共预算支出表（按功能分类）",
                WAN, 979, 0);
        t.row(BUREAU, "", Coordinates.empty().with(Dimension.UNIT, own), 989, "1,877 748 1,129");
        assertThat(b.build().facts()).extracting(f -> f.coordinates().get(Dimension.UNIT).orElseThrow())
                .containsOnly(OWN);
    }

    @Test
    void figuresAreInTheTablesUnit() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "按功能分类", AmountUnit.YUAN, 1, 0);
        t.row("合计", "", Coordinates.empty(), 2, "18,770,000 7,480,000 11,290,000");
        Document d = b.build();
        assertThat(d.unit()).isEqualTo(WAN);
        assertThat(d.facts().asList().get(0).amount()).isEqualTo(Amount.parseFigure("18,770,000", AmountUnit.YUAN));
        assertThat(d.table("表7").orElseThrow().unit()).isEqualTo(AmountUnit.YUAN);
    }

    @Test
    void aRowWithTooFewOrTooManyFiguresNamesTableRowAndLine() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 583, 0);
        for (String figures : List.of("1,592 463 1,129 169 0", "1,592 463 1,129 169 0 0 0", "", "  ")) {
            assertThatThrownBy(() -> t.row("一般公共服务支出", "201", fn("201"), 609, figures))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("表3").hasMessageContaining("一般公共服务支出").hasMessageContaining("609")
                    .hasMessageContaining("6 columns");
        }
        assertThat(t.build().rows()).isEmpty();
        assertThat(b.build().facts()).isEmpty();
    }

    @Test
    void figuresMaySpreadOverIdeographicSpaces() {
        Document.Builder b = doc();
        b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "t", WAN, 1, 0)
                .row("合计", "", Coordinates.empty(), 2, "  1,877　748\t1,129 ");
        assertThat(b.build().facts()).extracting(Fact::amount).containsExactly(wan("1,877"), wan("748"), wan("1,129"));
    }

    @Test
    void aMalformedFigureThrowsAndAddsNothing() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "t", WAN, 1, 0);
        t.row("合计", "", Coordinates.empty(), 2, "1,877 748 1,129");
        MalformedFigureException e = catchThrowableOfType(MalformedFigureException.class,
                () -> t.row("一般公共服务支出", "201", fn("201"), 3, "1,592 46x3 1,129"));
        assertThat(e).isNotNull();
        assertThat(e.text()).isEqualTo("46x3");
        assertThatThrownBy(() -> t.row("一般公共服务支出", "201", fn("201"), 3, "1,592 463 1,12,9"))
                .isInstanceOf(MalformedFigureException.class);
        Document d = b.build();
        assertThat(d.facts()).hasSize(3);
        assertThat(d.table("表7").orElseThrow().rows()).hasSize(1);
    }

    @Test
    void aRowContradictingItsColumnOrTemplateNamesTableRowAndLine() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 583, 0);
        Coordinates revenue = Coordinates.parse("{flow=REVENUE}");
        assertThatThrownBy(() -> t.row("收入", "", revenue, 700, "1 1 1 1 1 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("表3").hasMessageContaining("收入").hasMessageContaining("700");
        Coordinates basic = Coordinates.parse("{nature=PROJECT}");
        assertThatThrownBy(() -> t.row("项目", "", basic, 701, "1 1 1 1 1 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("表3").hasMessageContaining("701").hasMessageContaining("基本支出");
        assertThat(b.build().facts()).isEmpty();
    }

    @Test
    void partialRowsFillConsecutiveColumns() {
        // The seed's 收支总表 prints revenue and expenditure side by side.
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_BUDGET_SUMMARY, "表1", "收支总表", WAN, 420, 0);
        t.row("一、一般公共服务支出", "", fn("201").with(Dimension.FLOW,
                org.budgetkit.model.dimension.Flow.EXPENDITURE), 452, 1, "1,592");
        t.row("收入总计", "", Coordinates.empty(), 480, 0, "1,877");
        assertThatThrownBy(() -> t.row("x", "", Coordinates.empty(), 481, 1, "1 2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("表1").hasMessageContaining("481");
        assertThatThrownBy(() -> t.row("x", "", Coordinates.empty(), 482, -1, "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.row("x", "", Coordinates.empty(), 483, 0, " "))
                .isInstanceOf(IllegalArgumentException.class);
        Document d = b.build();
        assertThat(d.facts()).extracting(f -> f.provenance().column()).containsExactly("支出/预算数", "收入/预算数");
        assertThat(d.facts().asList().get(1).coordinates())
                .isEqualTo(Coordinates.parse("{unit=部门 深圳市坪山区信访局, flow=REVENUE, year=2023}"));
    }

    @Test
    void unplacedFiguresAreKeptNotDropped() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_APPROPRIATION_SUMMARY, "表6", "政府预算拨款收支总表", WAN, 920, 4);
        t.unplaced("", "收入/预算数", "1,877", 935);
        Table table = t.build();
        assertThat(table.unplaced()).containsExactly(new Table.RawFigure("", "收入/预算数", "1,877", 935, 4));
        assertThat(table.toString()).isEqualTo("表6 政府预算拨款收支总表 (万元, 0 rows × 2 columns, 1 unplaced)");
        assertThat(b.build().facts()).isEmpty();
    }

    @Test
    void pageAppliesToTheRowsThatFollow() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "t", WAN, 1, 3);
        t.row("a", "", fn("201"), 2, "1 1 0");
        t.page(4).row("b", "", fn("208"), 3, "2 2 0");
        t.unplaced("", "支出总计", "9", 4);
        assertThatThrownBy(() -> t.page(-1)).isInstanceOf(IllegalArgumentException.class);
        Table table = t.build();
        assertThat(table.page()).isEqualTo(3);
        assertThat(table.rows()).extracting(Table.Row::page).containsExactly(3, 4);
        assertThat(table.unplaced()).extracting(Table.RawFigure::page).containsExactly(4);
        assertThat(b.build().facts()).extracting(f -> f.provenance().page()).containsExactly(3, 3, 3, 4, 4, 4);
    }

    @Test
    void aBuiltTableTakesNoMoreRows() {
        Document.Builder b = doc();
        Table.Builder t = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "t", WAN, 1, 0);
        t.row("a", "", fn("201"), 2, "1 1 0");
        t.build();
        assertThatThrownBy(t::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("表7");
        assertThatThrownBy(() -> t.row("b", "", fn("208"), 3, "2 2 0")).isInstanceOf(IllegalStateException.class);
        // Even a row with the wrong number of figures: the table is closed first.
        assertThatThrownBy(() -> t.row("b", "", fn("208"), 3, "2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.row("b", "", fn("208"), 3, 0, "2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.unplaced("", "c", "1", 4)).isInstanceOf(IllegalStateException.class);
        assertThat(b.build().facts()).hasSize(3);
    }

    @Test
    void cellMergesRowColumnAndTemplateWithTheDefaults() {
        Table.Builder t = doc().table(Templates.SHENZHEN_BASIC_EXPENDITURE, "表4", "基本支出总表", WAN, 1, 0);
        Coordinates cell = t.cell(Coordinates.parse("{economic=30101}"), t.template().column(2));
        assertThat(cell).isEqualTo(Coordinates.parse("{unit=部门 深圳市坪山区信访局, flow=EXPENDITURE, year=2023, "
                + "economic=30101, fund_source=GENERAL_PUBLIC_BUDGET, nature=BASIC}"));
        assertThat(t.template()).isSameAs(Templates.SHENZHEN_BASIC_EXPENDITURE);
        assertThatThrownBy(() -> t.cell(Coordinates.parse("{nature=PROJECT}"), t.template().column(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablesBuiltAlikeAreEqual() {
        Table a = table3(doc()).table("表3").orElseThrow();
        Table b = table3(doc()).table("表3").orElseThrow();
        Document.Builder other = doc();
        other.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 583, 7)
                .row(BUREAU, "", Coordinates.empty(), 607, "1,877 748 1,129 169 0 0");
        Table c = other.build().table("表3").orElseThrow();
        new EqualsTester().addEqualityGroup(a, b).addEqualityGroup(c).testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(Coordinates.class, Coordinates.empty());
        tester.setDefault(TableTemplate.Column.class, Templates.SHENZHEN_EXPENDITURE_SUMMARY.column(0));
        Table.Builder t = doc().table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 1, 0);
        tester.testAllPublicInstanceMethods(t);
        tester.testAllPublicConstructors(Table.Row.class);
        tester.testAllPublicConstructors(Table.RawFigure.class);
        tester.testAllPublicInstanceMethods(table3(doc()).table("表3").orElseThrow());
    }
}
