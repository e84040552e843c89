package org.budgetkit.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.testing.ExampleFiles;
import org.junit.jupiter.api.Test;

/**
 * Reads every real disclosure of {@code shared/examples} (found through the system property
 * {@code budgetkit.examples} or the environment variable {@code BUDGETKIT_EXAMPLES}, or in a
 * {@code shared/examples} folder of the working directory or one of its parents; skipped with a
 * message when absent) and checks, per table, the number of
 * facts and of unplaced figures against a count made from the PDF's text independently of the
 * reader (poppler's {@code pdftotext -layout}, every printed figure of the table's region
 * counted and checked by eye), a few figures read off the page, and that the printed sums
 * hold: the only discrepancies are the ones the documents really print, listed with their
 * figures.
 */
class DisclosureReaderExamplesTest {
    private static final Path EXAMPLES = ExampleFiles.folder();

    private static ReadResult read(String file) {
        Path pdf = EXAMPLES.resolve(file);
        assumeTrue(Files.isRegularFile(pdf), "example " + pdf + " absent: skipped (set BUDGETKIT_EXAMPLES=DIR)");
        return DisclosureReader.standard().readPdf(pdf);
    }

    /** Per table: number, template id, unit, facts, unplaced figures ({@code number|template|unit|facts|unplaced}). */
    private static void tables(Document doc, String... expected) {
        assertThat(doc.tables()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            String[] e = expected[i].split("\\|");
            Table t = doc.tables().get(i);
            assertThat(t.number()).isEqualTo(e[0]);
            assertThat(t.template()).as(t.number()).isEqualTo(e[1]);
            assertThat(t.unit().symbol()).as(t.number()).isEqualTo(e[2]);
            assertThat(doc.facts().inTable(t.number()).size()).as(t.number() + " facts").isEqualTo(Integer.parseInt(e[3]));
            assertThat(t.unplaced()).as(t.number() + " unplaced").hasSize(Integer.parseInt(e[4]));
        }
    }

    private static Coordinates at(Document doc, Flow flow) {
        return Coordinates.empty().with(Dimension.UNIT, doc.department()).with(Dimension.FLOW, flow)
                .with(Dimension.YEAR, doc.year());
    }

    private static Fact only(Document doc, String table, Coordinates c) {
        List<Fact> found = doc.facts().inTable(table).at(c);
        assertThat(found).as(table + " " + c).hasSize(1);
        return found.get(0);
    }

    private static void figure(Document doc, String table, Coordinates c, String value) {
        assertThat(only(doc, table, c).amount().value()).as(table + " " + c).isEqualByComparingTo(new BigDecimal(value));
    }

    private static Coordinates fn(Coordinates c, String code) {
        return c.with(Dimension.FUNCTION, FunctionCode.parse(code));
    }

    private static Coordinates ec(Coordinates c, String code) {
        return c.with(Dimension.ECONOMIC, EconomicCode.parse(code));
    }

    private static void everyFactHasPageAndLine(ReadResult r) {
        String[] lines = r.text().split("\n", -1);
        for (Fact f : r.document().facts()) {
            assertThat(f.provenance().page()).as(f.toString()).isPositive();
            assertThat(lines[f.provenance().line() - 1].replace(",", "")).as(f.toString())
                    .contains(f.amount().toPlainString());
        }
    }

    @Test
    void putuoCommerce2025Budget() {
        ReadResult r = read("putuo-commerce-2025-budget.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("上海市普陀区商务委员会"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2025));
        assertThat(doc.phase()).isEqualTo(Phase.BUDGET);
        assertThat(doc.unit()).isEqualTo(AmountUnit.YUAN);
        tables(doc, "表1|shanghai/budget-summary|元|11|0", "表2|shanghai/revenue-summary|元|62|0",
                "表3|shanghai/expenditure-summary|元|65|0", "表4|shanghai/appropriation-summary|元|18|0",
                "表5|shanghai/general-budget-by-function|元|65|0", "表6|shanghai/government-fund|元|0|0",
                "表7|shanghai/state-capital|元|0|0", "表8|shanghai/general-budget-basic-by-economic|元|63|0",
                "表9|shanghai/three-public|万元|3|0");
        Coordinates spent = at(doc, Flow.EXPENDITURE);
        figure(doc, "表3", spent, "371514655.00");
        figure(doc, "表3", spent.with(Dimension.NATURE, Nature.BASIC), "19830655.00");
        figure(doc, "表3", spent.with(Dimension.NATURE, Nature.PROJECT), "351684000.00");
        // 201 13 50 事业运行: 类/款/项 in three columns.
        figure(doc, "表2", fn(at(doc, Flow.REVENUE), "2011350").with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET),
                "2901820.00");
        figure(doc, "表8", ec(spent, "303").with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
                .with(Dimension.NATURE, Nature.PERSONNEL), "1449536.00");
        // 三公 in 万元: 1.00 in 合计 and 公务接待费, empty columns between; 机关运行经费 171.01.
        Coordinates appropriated = spent.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
        figure(doc, "表9", appropriated.with(Dimension.ITEM, SpecialItem.THREE_PUBLIC), "1.00");
        figure(doc, "表9", appropriated.with(Dimension.ITEM, SpecialItem.OFFICIAL_RECEPTION), "1.00");
        figure(doc, "表9", spent.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
                .with(Dimension.ITEM, SpecialItem.ADMINISTRATIVE_OPERATION), "171.01");
        assertThat(only(doc, "表9", appropriated.with(Dimension.ITEM, SpecialItem.THREE_PUBLIC)).amount().unit())
                .isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(r.warnings()).isEmpty();
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
        assertThat(PrintedSums.withinRounding(doc)).isEmpty();
        everyFactHasPageAndLine(r);
        assertThat(r.narrative()).anySatisfy(l -> assertThat(l.text()).contains("2025年“三公”经费预算数为1.00万元"));
    }

    @Test
    void putuoJustice2026Budget() {
        ReadResult r = read("putuo-justice-2026-budget.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("上海市普陀区司法局"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2026));
        assertThat(doc.phase()).isEqualTo(Phase.BUDGET);
        tables(doc, "表1|shanghai/budget-summary|元|13|0", "表2|shanghai/revenue-summary|元|110|0",
                "表3|shanghai/expenditure-summary|元|66|0", "表4|shanghai/appropriation-summary|元|14|0",
                "表5|shanghai/general-budget-by-function|元|66|0", "表6|shanghai/government-fund|元|0|0",
                "表7|shanghai/state-capital|元|0|0", "表8|shanghai/general-budget-basic-by-economic|元|90|0",
                "表9|shanghai/three-public|万元|7|0");
        Coordinates revenue = at(doc, Flow.REVENUE);
        figure(doc, "表2", fn(revenue, "2040601"), "16726725.44");
        figure(doc, "表2", fn(revenue, "2040601").with(Dimension.FUND_SOURCE, FundSource.BUSINESS_INCOME), "0.00");
        Coordinates basic = at(doc, Flow.EXPENDITURE).with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        figure(doc, "表8", ec(basic, "30228").with(Dimension.NATURE, Nature.PUBLIC_USE), "265974.44");
        figure(doc, "表8", ec(basic, "30228").with(Dimension.NATURE, Nature.PERSONNEL), "0.00");
        Coordinates three = at(doc, Flow.EXPENDITURE).with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
        figure(doc, "表9", three.with(Dimension.ITEM, SpecialItem.THREE_PUBLIC), "10.81");
        figure(doc, "表9", three.with(Dimension.ITEM, SpecialItem.VEHICLE_OPERATION), "9.98");
        // 表5 runs over two pages; its second page repeats the header, not the title.
        assertThat(only(doc, "表5", fn(basic, "2210203")).provenance().page()).isEqualTo(16);
        assertThat(r.warnings()).isEmpty();
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
        assertThat(PrintedSums.withinRounding(doc)).isEmpty();
        everyFactHasPageAndLine(r);
    }

    @Test
    void putuoWanliSubdistrict2025Budget() {
        ReadResult r = read("putuo-wanli-subdistrict-2025-budget.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("上海市普陀区人民政府万里街道办事处"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2025));
        tables(doc, "表1|shanghai/budget-summary|元|13|0", "表2|shanghai/revenue-summary|元|335|0",
                "表3|shanghai/expenditure-summary|元|201|0", "表4|shanghai/appropriation-summary|元|22|0",
                "表5|shanghai/general-budget-by-function|元|201|0", "表6|shanghai/government-fund|元|0|0",
                "表7|shanghai/state-capital|元|0|0", "表8|shanghai/general-budget-basic-by-economic|元|96|0",
                "表9|shanghai/three-public|万元|7|0");
        Coordinates spent = at(doc, Flow.EXPENDITURE);
        figure(doc, "表3", fn(spent, "2120101").with(Dimension.NATURE, Nature.BASIC), "17737739");
        figure(doc, "表3", fn(spent, "2120101").with(Dimension.NATURE, Nature.PROJECT), "150000");
        figure(doc, "表9", spent.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET)
                .with(Dimension.ITEM, SpecialItem.VEHICLE_PURCHASE), "15");
        assertThat(r.warnings()).isEmpty();
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
        // A real 1-yuan discrepancy, printed in 表2, 表3 and 表5: 212 01 城乡社区管理事务 is printed
        // 94,995,790 while its 项 sum to 17,887,739 + 17,464,243 + 6,522,681 + 53,121,126 = 94,995,789
        // (and its 基本支出 77,381,546 + 项目支出 17,614,243 = 94,995,789); 212 城乡社区支出 is printed
        // 154,369,326 while its 款 sum to 94,995,790 + 2,191,300 + 4,833,300 + 52,348,937 = 154,369,327.
        // Within rounding (figures in whole yuan), so no error: the reconciler reports the gap.
        assertThat(PrintedSums.withinRounding(doc)).containsExactly(
                "within rounding: 表2 城乡社区支出 (line 184, 收入预算/合计): printed 154369326, parts sum to 154369327",
                "within rounding: 表2 城乡社区支出 (line 184, 收入预算/财政拨款收入): printed 154369326, parts sum to 154369327",
                "within rounding: 表2 城乡社区管理事务 (line 185, 收入预算/合计): printed 94995790, parts sum to 94995789",
                "within rounding: 表2 城乡社区管理事务 (line 185, 收入预算/财政拨款收入): printed 94995790, parts sum to 94995789",
                "within rounding: 表3 城乡社区支出 (line 257, 支出预算/合计): printed 154369326, parts sum to 154369327",
                "within rounding: 表3 城乡社区管理事务 (line 258, 支出预算/合计): printed 94995790, parts sum to 94995789",
                "within rounding: 表3 城乡社区管理事务 (line 258, 支出预算/合计): printed 94995790, parts sum to 94995789",
                "within rounding: 表5 城乡社区支出 (line 356, 一般公共预算支出/合计): printed 154369326, parts sum to 154369327",
                "within rounding: 表5 城乡社区管理事务 (line 357, 一般公共预算支出/合计): printed 94995790, parts sum to 94995789",
                "within rounding: 表5 城乡社区管理事务 (line 357, 一般公共预算支出/合计): printed 94995790, parts sum to 94995789");
        everyFactHasPageAndLine(r);
    }

    @Test
    void putuoSocialWork2024FinalAccount() {
        ReadResult r = read("putuo-social-work-2024-final-account.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("中共上海市普陀区委社会工作部"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2024));
        assertThat(doc.phase()).isEqualTo(Phase.FINAL_ACCOUNT);
        assertThat(doc.unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(doc.units()).extracting(BudgetUnit::name)
                .containsExactly("中共上海市普陀区委社会工作部", "上海市普陀区社会工作发展服务中心");
        tables(doc, "表1|shanghai-final/budget-summary|万元|9|0", "表2|shanghai-final/revenue|万元|36|0",
                "表3|shanghai-final/expenditure|万元|39|0", "表4|shanghai-final/appropriation-summary|万元|15|0",
                "表5|shanghai-final/general-budget-by-function|万元|39|0",
                "表6|shanghai-final/general-budget-basic-by-economic|万元|67|0", "表7|shanghai-final/three-public|万元|0|0",
                "表8|shanghai-final/government-fund|万元|0|0", "表9|shanghai-final/state-capital|万元|0|0");
        Coordinates basic = at(doc, Flow.EXPENDITURE).with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        // 表6 prints two halves side by side: 301/303 on the left, 302/310 on the right.
        figure(doc, "表6", ec(basic, "30299").with(Dimension.NATURE, Nature.BASIC), "0.20");
        figure(doc, "表6", ec(basic, "30108").with(Dimension.NATURE, Nature.BASIC), "6.18");
        figure(doc, "表6", basic.with(Dimension.NATURE, Nature.PERSONNEL), "95.36");
        figure(doc, "表6", basic.with(Dimension.NATURE, Nature.PUBLIC_USE), "10.23");
        // 表4's second page starts with rows without figures (十六、金融支出 …).
        Fact received = only(doc, "表4", at(doc, Flow.REVENUE).with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET));
        assertThat(received.amount().value()).isEqualByComparingTo("307.82");
        assertThat(received.provenance().page()).isEqualTo(11);
        // Wrapped names: 机关事业单位基本养老保险缴费 / 2080505 6.18 / 支出.
        Fact pension = only(doc, "表2", fn(at(doc, Flow.REVENUE), "2080505").with(Dimension.FUND_SOURCE,
                FundSource.CURRENT_YEAR));
        assertThat(pension.provenance().row()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(r.warnings()).isEmpty();
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
        // 302 商品和服务支出 is printed 10.23; its printed 款 sum to 10.22 (3.78 + 1.15 + 0.02 + 0.68
        // + 0.48 + 1.48 + 2.43 + 0.20): within rounding.
        assertThat(PrintedSums.withinRounding(doc)).containsExactly(
                "within rounding: 表6 商品和服务支出 (line 236, 决算数): printed 10.23, parts sum to 10.22");
        everyFactHasPageAndLine(r);
    }

    @Test
    void jiangsuHighCourt2019Budget() {
        ReadResult r = read("jiangsu-high-court-2019-budget.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("江苏省高级人民法院"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2019));
        tables(doc, "公开01表|jiangsu/budget-summary|万元|12|0", "公开02表|jiangsu/revenue-summary|万元|2|1",
                "公开03表|jiangsu/expenditure-summary|万元|4|0", "公开04表|jiangsu/appropriation-summary|万元|6|0",
                "公开05表|jiangsu/appropriation-by-function|万元|18|0",
                "公开06表|jiangsu/appropriation-basic-by-economic|万元|34|0",
                "公开07表|jiangsu/general-budget-by-function|万元|18|0",
                "公开08表|jiangsu/general-budget-basic-by-economic|万元|34|0", "公开09表|jiangsu/three-public|万元|7|1",
                "公开10表|jiangsu/government-fund|万元|1|0", "公开11表|jiangsu/administrative-operation|万元|17|0",
                "公开12表|jiangsu/procurement|万元|4|57");
        Coordinates spent = at(doc, Flow.EXPENDITURE);
        figure(doc, "公开01表", spent.with(Dimension.NATURE, Nature.RESERVE), "5011.40");
        figure(doc, "公开01表", fn(spent, "204"), "27488.23");
        Coordinates general = spent.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        figure(doc, "公开09表", general.with(Dimension.ITEM, SpecialItem.MEETINGS), "271.02");
        figure(doc, "公开09表", general.with(Dimension.ITEM, SpecialItem.TRAINING), "1597.25");
        figure(doc, "公开12表", spent.with(Dimension.ITEM, SpecialItem.GOVERNMENT_PROCUREMENT), "5227.59");
        figure(doc, "公开12表", spent.with(Dimension.ITEM, SpecialItem.PROCUREMENT_WORKS), "530.00");
        // The 合计 of 三公 + 会议费 + 培训费 has no coordinates of its own: kept, unplaced.
        assertThat(doc.table("公开09表").orElseThrow().unplaced()).singleElement()
                .satisfies(u -> assertThat(u.text()).isEqualTo("2,382.02"));
        assertThat(r.warnings()).hasSize(3);
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
        assertThat(PrintedSums.withinRounding(doc)).isEmpty();
        everyFactHasPageAndLine(r);
    }

    @Test
    void jiangsuPartyOffice2019BudgetTables() {
        ReadResult r = read("jiangsu-party-office-2019-budget-tables.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("中共江苏省委办公厅"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2019));
        tables(doc, "表1|jiangsu/budget-summary|万元|12|0", "表2|jiangsu/revenue-summary|万元|2|1",
                "表3|jiangsu/expenditure-summary|万元|4|0", "表4|jiangsu/appropriation-summary|万元|6|0",
                "表5|jiangsu/appropriation-by-function|万元|14|0", "表6|jiangsu/appropriation-basic-by-economic|万元|32|0",
                "表7|jiangsu/general-budget-by-function|万元|14|0", "表8|jiangsu/general-budget-basic-by-economic|万元|32|0",
                "表9|jiangsu/three-public|万元|7|1", "表10|jiangsu/government-fund|万元|0|0",
                "表11|jiangsu/administrative-operation|万元|17|0", "表12|jiangsu/procurement|万元|3|36");
        Coordinates spent = at(doc, Flow.EXPENDITURE);
        figure(doc, "表3", spent.with(Dimension.NATURE, Nature.RESERVE), "2938.21");
        figure(doc, "表12", spent.with(Dimension.ITEM, SpecialItem.GOVERNMENT_PROCUREMENT), "1422.50");
        figure(doc, "表11", ec(spent.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
                .with(Dimension.ITEM, SpecialItem.ADMINISTRATIVE_OPERATION), "30231"), "411.20");
        assertThat(r.narrative()).isEmpty();
        assertThat(PrintedSums.inconsistencies(doc)).isEmpty();
        assertThat(PrintedSums.withinRounding(doc)).isEmpty();
        everyFactHasPageAndLine(r);
    }

    @Test
    void jiangsuPartyOffice2019BudgetNarrative() {
        ReadResult r = read("jiangsu-party-office-2019-budget-text.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("江苏省委办公厅"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2019));
        assertThat(doc.phase()).isEqualTo(Phase.BUDGET);
        assertThat(doc.tables()).isEmpty();
        assertThat(doc.facts().isEmpty()).isTrue();
        assertThat(doc.units()).extracting(BudgetUnit::name).containsExactly("江苏省委办公厅",
                "省委机要局（省国家密码管理局）", "机关后勤服务中心", "机关文印中心");
        assertThat(r.narrative()).anySatisfy(l -> assertThat(l.text()).contains("2938.21"));
    }

    @Test
    void jiangsuCppccOffice2018BudgetNarrativeOnly() {
        // The tables were published separately ("2018 年度部门预算公开表附后"): the file is narrative.
        ReadResult r = read("jiangsu-cppcc-office-2018-budget.pdf");
        Document doc = r.document();
        assertThat(doc.department()).isEqualTo(BudgetUnit.department("江苏省政协办公厅"));
        assertThat(doc.year()).isEqualTo(FiscalYear.of(2018));
        assertThat(doc.tables()).isEmpty();
        assertThat(r.narrative()).anySatisfy(l -> assertThat(l.text()).contains("10,150.48"));
        assertThat(r.narrative()).allSatisfy(l -> assertThat(l.page()).isBetween(1, 17));
    }
}
