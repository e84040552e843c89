package org.budgetkit.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;

/**
 * The seed's real figures, addressed by coordinates: a selection from every table, with the
 * value, unit (万元) and decimals printed in the text (line given in each comment).
 */
class PingshanPetitionBureau2023FiguresTest {
    private static final Document DOC = PingshanPetitionBureau2023.document();
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;
    private static final String NAME = "深圳市坪山区信访局";
    private static final BudgetUnit DEPT = BudgetUnit.department(NAME);
    private static final BudgetUnit OWN = BudgetUnit.unit(NAME, NAME);
    private static final FiscalYear Y2023 = FiscalYear.of(2023);
    private static final FiscalYear Y2022 = FiscalYear.of(2022);

    private static Coordinates at(BudgetUnit unit, Flow flow) {
        return Coordinates.empty().with(Dimension.UNIT, unit).with(Dimension.FLOW, flow)
                .with(Dimension.YEAR, Y2023);
    }

    private static Coordinates spending(BudgetUnit unit) {
        return at(unit, Flow.EXPENDITURE);
    }

    private static Coordinates fn(Coordinates c, String code) {
        return c.with(Dimension.FUNCTION, FunctionCode.parse(code));
    }

    private static Coordinates ec(Coordinates c, String code) {
        return c.with(Dimension.ECONOMIC, EconomicCode.parse(code));
    }

    private static Coordinates fund(Coordinates c, FundSource s) {
        return c.with(Dimension.FUND_SOURCE, s);
    }

    private static Coordinates nature(Coordinates c, Nature n) {
        return c.with(Dimension.NATURE, n);
    }

    private static Coordinates item(Coordinates c, SpecialItem i) {
        return c.with(Dimension.ITEM, i);
    }

    /** A figure of {@code decimals} decimals in 万元, made without parsing: {@code wan("4.60", 2)}. */
    private static Amount wan(String value, int decimals) {
        return Amount.of(new BigDecimal(value), WAN, decimals);
    }

    /** The one fact of {@code table} at exactly {@code c}, checked to be printed on {@code line}. */
    private static Amount figure(String table, Coordinates c, int line) {
        List<Fact> found = DOC.facts().inTable(table).at(c);
        assertThat(found).as("%s at %s", table, c).hasSize(1);
        assertThat(found.get(0).provenance().line()).as("%s at %s", table, c).isEqualTo(line);
        return found.get(0).amount();
    }

    @Test
    void table1BudgetSummary() {
        // 433: 一、一般公共服务支出 1,592
        assertThat(figure("表1", fn(spending(DEPT), "201"), 433)).isEqualTo(wan("1592", 0));
        // 473: 住房公积金 59
        assertThat(figure("表1", fn(spending(DEPT), "2210201"), 473)).isEqualTo(wan("59", 0));
        // 435: 1.一般公共预算拨款 1,877; 437: 2.政府性基金预算拨款 0; 445: 1.事业收入 0
        Coordinates revenue = at(DEPT, Flow.REVENUE);
        assertThat(figure("表1", fund(revenue, FundSource.GENERAL_PUBLIC_BUDGET), 435)).isEqualTo(wan("1877", 0));
        assertThat(figure("表1", fund(revenue, FundSource.GOVERNMENT_FUND_BUDGET), 437)).isEqualTo(wan("0", 0));
        assertThat(figure("表1", fund(revenue, FundSource.BUSINESS_INCOME), 445)).isEqualTo(wan("0", 0));
        // 477: 本年收入合计 1,877 本年支出合计 1,877; 479: 上年结余、结转 0 结转下年 0; 481: 收入总计, 支出总计
        assertThat(figure("表1", fund(revenue, FundSource.CURRENT_YEAR), 477)).isEqualTo(wan("1877", 0));
        assertThat(figure("表1", spending(DEPT), 477)).isEqualTo(wan("1877", 0));
        assertThat(figure("表1", fund(revenue, FundSource.PRIOR_YEAR_BALANCE), 479)).isEqualTo(wan("0", 0));
        assertThat(figure("表1", at(DEPT, Flow.CARRY_FORWARD), 479)).isEqualTo(wan("0", 0));
        assertThat(figure("表1", revenue, 481)).isEqualTo(wan("1877", 0));
        assertThat(figure("表1", at(DEPT, Flow.USES), 481)).isEqualTo(wan("1877", 0));
    }

    @Test
    void table2RevenueSummary() {
        // 579: the 本级 row 1,877 1,877 748 1,129 0 …
        Coordinates own = at(OWN, Flow.REVENUE);
        assertThat(figure("表2", fund(own, FundSource.BASIC_APPROPRIATION), 579)).isEqualTo(wan("748", 0));
        assertThat(figure("表2", fund(own, FundSource.DUTY_PROJECT_APPROPRIATION), 579))
                .isEqualTo(wan("1129", 0));
        assertThat(figure("表2", fund(own, FundSource.GENERAL_PUBLIC_BUDGET), 579)).isEqualTo(wan("1877", 0));
        assertThat(figure("表2", fund(own, FundSource.PRIOR_YEAR_BALANCE), 579)).isEqualTo(wan("0", 0));
        // 577: the department row
        assertThat(figure("表2", at(DEPT, Flow.REVENUE), 577)).isEqualTo(wan("1877", 0));
        assertThat(figure("表2", fund(at(DEPT, Flow.REVENUE), FundSource.SPECIAL_FUND_APPROPRIATION), 577))
                .isEqualTo(wan("0", 0));
    }

    @Test
    void table3ExpenditureSummary() {
        // 613: 2010301 行政运行 471 463 8 0 0 0 (the department's: 表3 prints no 本级 row)
        Coordinates running = fn(spending(DEPT), "2010301");
        assertThat(figure("表3", running, 613)).isEqualTo(wan("471", 0));
        assertThat(figure("表3", nature(running, Nature.BASIC), 613)).isEqualTo(wan("463", 0));
        assertThat(figure("表3", nature(running, Nature.PROJECT), 613)).isEqualTo(wan("8", 0));
        // 615: 2010302 一般行政管理事务 449 0 449 169 0 0
        Coordinates general = fn(spending(DEPT), "2010302");
        assertThat(figure("表3", item(general, SpecialItem.GOVERNMENT_PROCUREMENT), 615)).isEqualTo(wan("169", 0));
        assertThat(figure("表3", item(general, SpecialItem.PROCUREMENT_SME), 615)).isEqualTo(wan("0", 0));
        // 607: 深圳市坪山区信访局 1,877 748 1,129 169 0 0
        assertThat(figure("表3", nature(spending(DEPT), Nature.PROJECT), 607)).isEqualTo(wan("1129", 0));
        // 665: 2210203 购房补贴 128 128 0 0 0 0 (after the page break)
        assertThat(figure("表3", fn(spending(DEPT), "2210203"), 665)).isEqualTo(wan("128", 0));
    }

    @Test
    void table4BasicExpenditure() {
        Coordinates basic = nature(spending(OWN), Nature.BASIC);
        // 740: 机关事业单位基本养老保险缴费 53 53 53 0 … (label wrapped over 737–739)
        assertThat(figure("表4", ec(basic, "30108"), 740)).isEqualTo(wan("53", 0));
        assertThat(figure("表4", fund(ec(basic, "30108"), FundSource.GENERAL_PUBLIC_BUDGET), 740))
                .isEqualTo(wan("53", 0));
        assertThat(figure("表4", fund(ec(basic, "30108"), FundSource.PRIOR_YEAR_BALANCE), 740))
                .isEqualTo(wan("0", 0));
        // 729: 工资福利支出 704; 811: 商品和服务支出 44; 831: 对个人和家庭的补助 0
        assertThat(figure("表4", ec(basic, "301"), 729)).isEqualTo(wan("704", 0));
        assertThat(figure("表4", ec(basic, "302"), 811)).isEqualTo(wan("44", 0));
        assertThat(figure("表4", ec(basic, "303"), 831)).isEqualTo(wan("0", 0));
        // 725: the department row 748; 727: the 本级 row 748
        assertThat(figure("表4", nature(spending(DEPT), Nature.BASIC), 725)).isEqualTo(wan("748", 0));
        assertThat(figure("表4", fund(basic, FundSource.GOVERNMENT_BUDGET), 727)).isEqualTo(wan("748", 0));
    }

    @Test
    void table5ProjectExpenditure() {
        Coordinates project = nature(spending(OWN), Nature.PROJECT);
        // 906: 其他政府办公厅（室）及相关机构事务支出 8 8 8 0 … — named, so 2010399
        assertThat(figure("表5", fn(project, "2010399"), 906)).isEqualTo(wan("8", 0));
        assertThat(figure("表5", fund(fn(project, "2010399"), FundSource.DUTY_PROJECT_APPROPRIATION), 906))
                .isEqualTo(wan("8", 0));
        // 913: 信访事务 672 …; 899: department 1,129
        assertThat(figure("表5", fn(project, "2010308"), 913)).isEqualTo(wan("672", 0));
        assertThat(figure("表5", nature(spending(DEPT), Nature.PROJECT), 899)).isEqualTo(wan("1129", 0));
        // 表5 prints no 2010301 project: the 8 万元 is 2010399 there, 2010301 in 表3/表7.
        assertThat(DOC.facts().inTable("表5").at(fn(project, "2010301"))).isEmpty();
    }

    @Test
    void table6AppropriationSummary() {
        Coordinates revenue = at(DEPT, Flow.REVENUE);
        // 927: 政府预算拨款 1,877 and 971: 本年收入合计 1,877 are the same coordinates, twice printed.
        List<Fact> appropriations = DOC.facts().inTable("表6").at(fund(revenue, FundSource.GOVERNMENT_BUDGET));
        assertThat(appropriations).extracting(f -> f.provenance().line()).containsExactly(927, 971);
        assertThat(appropriations).extracting(Fact::amount).containsOnly(wan("1877", 0));
        // 973: 上年结余、结转 0; 975: 收入总计 1,877
        assertThat(figure("表6", fund(revenue, FundSource.PRIOR_YEAR_APPROPRIATIONS), 973)).isEqualTo(wan("0", 0));
        assertThat(figure("表6", fund(revenue, FundSource.APPROPRIATIONS_TOTAL), 975)).isEqualTo(wan("1877", 0));
        // 957: 购房补贴 128 on the expenditure side, funded by appropriations
        Coordinates funded = fund(spending(DEPT), FundSource.APPROPRIATIONS_TOTAL);
        assertThat(figure("表6", fn(funded, "2210203"), 957)).isEqualTo(wan("128", 0));
        assertThat(figure("表6", fund(at(DEPT, Flow.USES), FundSource.APPROPRIATIONS_TOTAL), 975))
                .isEqualTo(wan("1877", 0));
    }

    @Test
    void table7GeneralBudgetByFunction() {
        Coordinates general = fund(spending(OWN), FundSource.GENERAL_PUBLIC_BUDGET);
        // 1005: 2080505 机关事业单位基本养老保险缴费支出 53 53 0
        assertThat(figure("表7", nature(fn(general, "2080505"), Nature.BASIC), 1005)).isEqualTo(wan("53", 0));
        // 991: 201 一般公共服务支出 1,592 463 1,129
        assertThat(figure("表7", nature(fn(general, "201"), Nature.PROJECT), 991)).isEqualTo(wan("1129", 0));
        // 995: 2010301 行政运行 471 463 8 — 表7 too puts the 8 万元 project under 行政运行
        assertThat(figure("表7", nature(fn(general, "2010301"), Nature.PROJECT), 995)).isEqualTo(wan("8", 0));
        // 987: the department row 1,877
        assertThat(figure("表7", fund(spending(DEPT), FundSource.GENERAL_PUBLIC_BUDGET), 987))
                .isEqualTo(wan("1877", 0));
    }

    @Test
    void table8GeneralBudgetByEconomic() {
        Coordinates general = fund(spending(OWN), FundSource.GENERAL_PUBLIC_BUDGET);
        // 1065: 302 商品和服务支出 1,039 44 995
        assertThat(figure("表8", ec(general, "302"), 1065)).isEqualTo(wan("1039", 0));
        assertThat(figure("表8", nature(ec(general, "302"), Nature.BASIC), 1065)).isEqualTo(wan("44", 0));
        assertThat(figure("表8", nature(ec(general, "302"), Nature.PROJECT), 1065)).isEqualTo(wan("995", 0));
        // 1083: 30211 差旅费 102 2 100; 1115: 31022 无形资产购置 95 0 95 (third page)
        assertThat(figure("表8", nature(ec(general, "30211"), Nature.PROJECT), 1083)).isEqualTo(wan("100", 0));
        assertThat(figure("表8", ec(general, "31022"), 1115)).isEqualTo(wan("95", 0));
    }

    @Test
    void table9ThreePublicInTwoDecimals() {
        Coordinates general = fund(spending(DEPT), FundSource.GENERAL_PUBLIC_BUDGET);
        Coordinates prior = general.with(Dimension.YEAR, Y2022);
        // 1138: 2022 年 4.60 0.00 1.60 3.00 0.00 3.00
        assertThat(figure("表9", item(prior, SpecialItem.THREE_PUBLIC), 1138)).isEqualTo(wan("4.60", 2));
        assertThat(figure("表9", item(prior, SpecialItem.OVERSEAS_TRAVEL), 1138)).isEqualTo(wan("0.00", 2));
        assertThat(figure("表9", item(prior, SpecialItem.VEHICLE_OPERATION), 1138)).isEqualTo(wan("3.00", 2));
        // 1140: 2023 年 6.10 0.00 1.60 4.50 0.00 4.50
        assertThat(figure("表9", item(general, SpecialItem.THREE_PUBLIC), 1140)).isEqualTo(wan("6.10", 2));
        assertThat(figure("表9", item(general, SpecialItem.OFFICIAL_VEHICLES), 1140)).isEqualTo(wan("4.50", 2));
        // 1142: 增减变化金额 1.50 0.00 0.00 1.50 0.00 1.50
        Coordinates change = general.with(Dimension.MEASURE, Measure.CHANGE);
        assertThat(figure("表9", item(change, SpecialItem.THREE_PUBLIC), 1142)).isEqualTo(wan("1.50", 2));
        assertThat(figure("表9", item(change, SpecialItem.OFFICIAL_RECEPTION), 1142)).isEqualTo(wan("0.00", 2));
        // Two decimals are not whole 万元: 4.60 is not the same report as 4.6 or 5.
        assertThat(figure("表9", item(prior, SpecialItem.THREE_PUBLIC), 1138)).isNotEqualTo(wan("4.6", 1));
    }

    @Test
    void tables10And11PrintZerosInTwoDecimals() {
        // 1156/1158 and 1172/1174: 0.00 0.00 0.00
        assertThat(figure("表10", fund(spending(DEPT), FundSource.GOVERNMENT_FUND_BUDGET), 1156))
                .isEqualTo(wan("0.00", 2));
        assertThat(figure("表10", nature(fund(spending(OWN), FundSource.GOVERNMENT_FUND_BUDGET), Nature.BASIC), 1158))
                .isEqualTo(wan("0.00", 2));
        assertThat(figure("表11", nature(fund(spending(OWN), FundSource.STATE_CAPITAL_BUDGET), Nature.PROJECT),
                1174)).isEqualTo(wan("0.00", 2));
    }

    @Test
    void table12PerformanceTargetsInTwoDecimals() {
        // 1216: 金额合计 1876.57 1876.57 0
        assertThat(figure("表12", spending(DEPT), 1216)).isEqualTo(wan("1876.57", 2));
        assertThat(figure("表12", fund(spending(DEPT), FundSource.GOVERNMENT_BUDGET), 1216))
                .isEqualTo(wan("1876.57", 2));
        assertThat(figure("表12", fund(spending(DEPT), FundSource.OTHER_FUNDS), 1216)).isEqualTo(wan("0", 0));
        // 1197: 基本支出 747.64 (表4 prints 748); 1209: 信访事务 672.31; 1214: 其他…事务支出 8 (whole)
        assertThat(figure("表12", nature(spending(DEPT), Nature.BASIC), 1197)).isEqualTo(wan("747.64", 2));
        assertThat(figure("表12", nature(fn(spending(DEPT), "2010308"), Nature.PROJECT), 1209))
                .isEqualTo(wan("672.31", 2));
        assertThat(figure("表12", nature(fn(spending(DEPT), "2010399"), Nature.PROJECT), 1214))
                .isEqualTo(wan("8", 0));
    }

    @Test
    void everyFigureIsInTenThousandYuanWithTheDecimalsItsTablePrints() {
        for (Fact f : DOC.facts()) {
            assertThat(f.amount().unit()).as(f.toString()).isEqualTo(WAN);
            assertThat(f.amount().isNil()).as(f.toString()).isFalse();
            int decimals = f.amount().precision().decimals();
            switch (f.provenance().table()) {
                case "表9", "表10", "表11" -> assertThat(decimals).as(f.toString()).isEqualTo(2);
                // 表12 prints 747.64 … with two decimals but 8 and 0 as whole numbers.
                case "表12" -> assertThat(decimals).as(f.toString()).isIn(0, 2);
                default -> assertThat(decimals).as(f.toString()).isZero();
            }
        }
    }
}
