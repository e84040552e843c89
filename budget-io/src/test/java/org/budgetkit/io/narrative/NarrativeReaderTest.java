package org.budgetkit.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Claim.Kind;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.junit.jupiter.api.Test;

class NarrativeReaderTest {
    private static final String DEPT = "深圳市坪山区信访局";

    private static List<Claim> read(String department, int year, String... lines) {
        return NarrativeReader.of(department, FiscalYear.of(year), Phase.BUDGET).withSource("t.txt").read(List.of(lines));
    }

    private static Amount wan(String figure) {
        return Amount.parseFigure(figure, AmountUnit.TEN_THOUSAND_YUAN);
    }

    @Test
    void theIssuesFirstPhrasing() {
        List<Claim> claims = read(DEPT, 2023, "2023年部门预算收入1,877万元，比2022年增加463万元，增长33%。");
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.kind()).isEqualTo(Kind.CHANGE);
        assertThat(c.subject()).isEqualTo("部门预算收入");
        assertThat(c.coordinates()).isEqualTo(Coordinates.empty().with(Dimension.UNIT, BudgetUnit.department(DEPT))
                .with(Dimension.FLOW, Flow.REVENUE));
        assertThat(c.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(c.comparisonYear()).contains(FiscalYear.of(2022));
        assertThat(c.amount()).contains(wan("1,877"));
        assertThat(c.change()).contains(wan("463"));
        assertThat(c.direction()).contains(Direction.INCREASE);
        assertThat(c.percent()).contains(Percentage.parse("33%"));
        assertThat(c.line()).isEqualTo(1);
    }

    @Test
    void aChangeSentenceOfItsOwnJoinsTheAmountBefore() {
        List<Claim> claims = read(DEPT, 2023, "2.一般行政管理事务预算 449 万元，主要包括：统筹业务费等。",
                "较2022年预算减少131万元，下降23%，主要原因是新增社工项目经费。");
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.kind()).isEqualTo(Kind.CHANGE);
        assertThat(c.subject()).isEqualTo("一般行政管理事务预算");
        assertThat(c.coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2010302"));
        assertThat(c.amount()).contains(wan("449"));
        assertThat(c.signedChange()).contains(wan("-131"));
        assertThat(c.percent()).contains(Percentage.parse("23%"));
        assertThat(c.comparisonYear()).contains(FiscalYear.of(2022));
    }

    @Test
    void flatWithThePreviousYear() {
        List<Claim> claims = read(DEPT, 2023, "1.因公出国（境）费用。2023 年预算数 0万元，与上年持平。");
        Claim c = claims.get(0);
        assertThat(c.kind()).isEqualTo(Kind.CHANGE);
        assertThat(c.subject()).isEqualTo("因公出国（境）费用");
        assertThat(c.direction()).contains(Direction.FLAT);
        assertThat(c.comparisonYear()).contains(FiscalYear.of(2022));
        assertThat(c.change()).isEmpty();
        assertThat(c.coordinates().get(Dimension.ITEM)).isPresent();
    }

    @Test
    void sharesOfABreakdown() {
        // Jiangsu style: 其中 parts, each with 占 N%.
        List<Claim> claims = read("江苏省委办公厅", 2019,
                "江苏省委办公厅本年支出预算合计27664.22万元，其中：基本支出11700.63万元，占42.30 %；项目支出13025.38万元，占47.08%；单位预留机动经费2938.21万元，占71.73%。");
        assertThat(claims).hasSize(1);
        Claim whole = claims.get(0);
        assertThat(whole.subject()).isEqualTo("本年支出预算合计");
        assertThat(whole.amount()).contains(wan("27,664.22"));
        assertThat(whole.parts()).extracting(Claim::kind).containsOnly(Kind.SHARE);
        assertThat(whole.parts()).extracting(Claim::subject).containsExactly("基本支出", "项目支出", "单位预留机动经费");
        assertThat(whole.parts()).extracting(c -> c.percent().orElseThrow().toString())
                .containsExactly("42.30%", "47.08%", "71.73%");
        assertThat(whole.parts().get(0).coordinates().get(Dimension.NATURE)).contains(Nature.BASIC);
        assertThat(whole.parts().get(1).coordinates().get(Dimension.NATURE)).contains(Nature.PROJECT);
        assertThat(whole.parts()).allSatisfy(p -> assertThat(p.whole()).contains(whole.coordinates()));
    }

    @Test
    void breakdownAfterQiZhong() {
        List<Claim> claims = read(DEPT, 2023, "深圳市坪山区信访局政府采购项目纳入 2023 年部门预算共计 169万元，其中货物采购 0万元、工程采购 0万元、服务采购 169万元。");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).subject()).isEqualTo("政府采购项目");
        assertThat(claims.get(0).parts()).extracting(Claim::subject).containsExactly("货物采购", "工程采购", "服务采购");
        assertThat(claims.get(0).parts()).extracting(c -> c.amount().orElseThrow().toPlainString())
                .containsExactly("0", "0", "169");
    }

    @Test
    void putuoStyleRevenueWithChangesAndFlat() {
        // Phrasing of 上海市普陀区 budgets (figures made up): 其中 parts separated by ；, 预算执行数, 持平.
        List<Claim> claims = read("上海市普陀区示例委员会", 2025,
                "2025年，上海市普陀区示例委员会收入预算1,200.50万元，其中：财政拨款收入1,100.50万元，比2024年预算执行数增加",
                "100.25万元；事业收入0万元；其他收入100万元。",
                "支出预算1,200.50万元，其中：财政拨款支出预算1,100.50万元，比2024年预算增加100.25万元。财政拨款支出预算中，一般",
                "公共预算拨款支出预算1,100.50万元，比2024年预算增加100.25万元；政府性基金拨款支出预算0万元，比2024年预算执行数持平。");
        Claim revenue = claims.get(0);
        assertThat(revenue.subject()).isEqualTo("收入预算");
        assertThat(revenue.year()).isEqualTo(FiscalYear.of(2025));
        assertThat(revenue.coordinates().get(Dimension.FLOW)).contains(Flow.REVENUE);
        assertThat(revenue.parts()).extracting(Claim::subject).containsExactly("财政拨款收入", "事业收入", "其他收入");
        Claim appropriations = revenue.parts().get(0);
        assertThat(appropriations.kind()).isEqualTo(Kind.CHANGE);
        assertThat(appropriations.coordinates().get(Dimension.FUND_SOURCE)).contains(FundSource.GOVERNMENT_BUDGET);
        assertThat(appropriations.change()).contains(wan("100.25"));
        assertThat(appropriations.comparisonYear()).contains(FiscalYear.of(2024));
        assertThat(appropriations.line()).isEqualTo(1);
        assertThat(revenue.parts().get(1).coordinates().get(Dimension.FUND_SOURCE)).contains(FundSource.BUSINESS_INCOME);
        Claim spending = claims.get(1);
        assertThat(spending.subject()).isEqualTo("支出预算");
        assertThat(spending.parts()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("财政拨款支出预算");
            assertThat(p.direction()).contains(Direction.INCREASE);
        });
        Claim general = claims.get(2);
        assertThat(general.subject()).isEqualTo("一般公共预算拨款支出预算");
        assertThat(general.coordinates().get(Dimension.FUND_SOURCE)).contains(FundSource.GENERAL_PUBLIC_BUDGET);
        assertThat(general.line()).isEqualTo(4);
        Claim fund = claims.get(3);
        assertThat(fund.subject()).isEqualTo("政府性基金拨款支出预算");
        assertThat(fund.direction()).contains(Direction.FLAT);
        assertThat(fund.comparisonYear()).contains(FiscalYear.of(2024));
        assertThat(claims).hasSize(4);
    }

    @Test
    void jiangsuStylePriorYearAndPercentOnlyChange() {
        // 上年 execution and this year's budget in one sentence; the change printed as a percent only.
        List<Claim> claims = read("上海市普陀区示例局", 2026,
                "1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为",
                "1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。");
        assertThat(claims).hasSize(3);
        assertThat(claims.get(0).coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2040601"));
        Claim prior = claims.get(1);
        assertThat(prior.year()).isEqualTo(FiscalYear.of(2025));
        assertThat(prior.amount()).contains(wan("1,690.69"));
        assertThat(prior.line()).isEqualTo(2);
        Claim current = claims.get(2);
        assertThat(current.year()).isEqualTo(FiscalYear.of(2026));
        assertThat(current.kind()).isEqualTo(Kind.CHANGE);
        assertThat(current.direction()).contains(Direction.DECREASE);
        assertThat(current.change()).isEmpty();
        assertThat(current.percent()).contains(Percentage.parse("1.07%"));
        assertThat(current.comparisonYear()).contains(FiscalYear.of(2025));
    }

    @Test
    void datesThresholdsAndMarkersAreNotClaims() {
        List<Claim> claims = read(DEPT, 2023, "截至 2022 年 10 月，深圳市坪山区信访局共有车辆 1辆；单价 50 万元以上通用设备 0台（套）。",
                "相关项目在执行时需在年中（8 月底前）编报绩效监控情况。1.深入学习贯彻党的二十大精神。");
        assertThat(claims).extracting(Claim::subject).containsExactly("车辆", "单价 50 万元以上通用设备");
        assertThat(claims).extracting(Claim::year).containsOnly(FiscalYear.of(2023));
        assertThat(claims.get(1).countUnit()).isEqualTo("台（套）");
        assertThat(claims.get(1).count()).contains(BigDecimal.ZERO);
    }

    @Test
    void malformedFigureNamesLineAndColumn() {
        assertThatThrownBy(() -> read(DEPT, 2023, "", "2023 年部门预算收入 1,87万元。"))
                .isInstanceOf(BudgetFormatException.class)
                .satisfies(e -> {
                    BudgetFormatException b = (BudgetFormatException) e;
                    assertThat(b.source()).isEqualTo("t.txt");
                    assertThat(b.line()).isEqualTo(2);
                    assertThat(b.column()).isEqualTo(14);
                    assertThat(b.text()).isEqualTo("1,87万元");
                });
    }

    @Test
    void firstLineAndReader() {
        List<Claim> claims = NarrativeReader.of(DEPT, FiscalYear.of(2023), Phase.BUDGET).withFirstLine(89)
                .read(new StringReader("2023 年部门预算支出 1,877万\n\n元，比 2022 年增加 463万元，增长 33 %。\n"));
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(89);
            assertThat(c.amount()).contains(wan("1,877"));
        });
        assertThatThrownBy(() -> NarrativeReader.of(DEPT, FiscalYear.of(2023), Phase.BUDGET).withFirstLine(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NarrativeReader.of(" ", FiscalYear.of(2023), Phase.BUDGET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsFromTheCaller() {
        List<Claim> claims = NarrativeReader.of(DEPT, FiscalYear.of(2023), Phase.BUDGET)
                .withUnits(List.of("深圳市坪山区来访接待中心"))
                .read(List.of("公务用车运行维护预算经费增加原因是我局下属事业单位区来访接待中心增加公务用车 1 辆。"));
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("增加公务用车");
            assertThat(c.coordinates().get(Dimension.UNIT))
                    .contains(BudgetUnit.unit(DEPT, "深圳市坪山区来访接待中心"));
        });
    }

    @Test
    void nulls() {
        new NullPointerTester().setDefault(FiscalYear.class, FiscalYear.of(2023)).setDefault(String.class, DEPT)
                .setDefault(Phase.class, Phase.BUDGET)
                .setDefault(org.budgetkit.model.classification.Classification.class,
                        org.budgetkit.model.classification.Classification.bundledFunctions())
                .testAllPublicStaticMethods(NarrativeReader.class);
        new NullPointerTester().testAllPublicInstanceMethods(NarrativeReader.of(DEPT, FiscalYear.of(2023), Phase.BUDGET));
    }
}
