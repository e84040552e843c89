package org.budgetkit.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.SpecialItem;
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
    void numberedItemsGiveTheirSubjectToTheSentencesAfterThem() {
        // 上海市普陀区司法局 2026: the execution and budget figures of the next sentence are the item's.
        List<Claim> claims = read("上海市普陀区示例局", 2026,
                "1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为",
                "1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。");
        assertThat(claims).hasSize(3).allSatisfy(c -> assertThat(c.coordinates().get(Dimension.FUNCTION))
                .contains(FunctionCode.parse("2040601")));
        assertThat(claims).extracting(Claim::year).containsExactly(FiscalYear.of(2026), FiscalYear.of(2025),
                FiscalYear.of(2026));
    }

    @Test
    void subjectsThatDenoteNoFigureStayUnbound() {
        // Putuo: none of these is the department's total.
        List<Claim> claims = read("上海市普陀区示例街道办事处", 2025,
                "第一季度用款计划15万元，第二季度用款计划15万元。",
                "本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。",
                "部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。");
        assertThat(claims).filteredOn(c -> c.amount().isPresent()).extracting(Claim::subject)
                .containsExactly("第一季度用款计划", "第二季度用款计划", "涉及项目预算资金");
        assertThat(claims).filteredOn(c -> c.amount().isPresent())
                .allSatisfy(c -> assertThat(c.coordinates().isEmpty()).isTrue());
        assertThat(claims).filteredOn(c -> c.kind() == Kind.COUNT).extracting(Claim::subject)
                .containsExactly("本部门编报绩效目标的项目共", "部门预算安排购置单价100万元（含）以上设备（不含车辆）");
    }

    @Test
    void totalsBindToTheTotal() {
        List<Claim> claims = read("上海市普陀区示例部", 2024, "本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%。",
                "江苏省示例厅2018年度收入、支出预算总计 10,150.48万元。");
        Coordinates spending = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.department("上海市普陀区示例部"))
                .with(Dimension.FLOW, Flow.EXPENDITURE);
        assertThat(claims.get(0).coordinates()).isEqualTo(spending);
        assertThat(claims.get(0).parts().get(0).whole()).contains(spending);
        assertThat(claims.get(1).subject()).isEqualTo("支出预算总计");
        assertThat(claims.get(1).coordinates()).isEqualTo(spending);
    }

    @Test
    void functionPathsResolveInTheCodesTheDocumentPrints() {
        String line = "1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”科目43.83万元，主要用于统计信息事务统计管理。";
        NarrativeReader reader = NarrativeReader.of("上海市普陀区示例街道办事处", FiscalYear.of(2025), Phase.BUDGET);
        // Not in the bundled list: unbound rather than the total.
        assertThat(reader.read(List.of(line))).singleElement()
                .satisfies(c -> assertThat(c.coordinates().isEmpty()).isTrue());
        Classification<FunctionCode> printed = Classification.of("printed", List.of(
                new Classification.Entry<>(FunctionCode.parse("20105"), "统计信息事务", 2025, 2025),
                new Classification.Entry<>(FunctionCode.parse("2010507"), "专项普查活动", 2025, 2025)))
                .merge(Classification.bundledFunctions());
        assertThat(reader.withFunctions(printed).read(List.of(line))).singleElement()
                .satisfies(c -> assertThat(c.coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2010507")));
    }

    @Test
    void aClassAloneAndSectionsUnderTheHeadingsClass() {
        List<Claim> claims = read("江苏省示例法院", 2019, "其中：", "（一）公共安全（类）",
                "1．法院（款）行政运行（项）支出 17279.29 万元，与上年相比增加 2421.68 万元，增长 16.30%。",
                "2．法院（款）一般行政事务管理（项）支出5804.83万元，与上年相比减少 245.14 万元，减少 4.05%。",
                "住房保障支出（类）29.42万元，占9.55%。");
        assertThat(claims.get(0).coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2040501"));
        // The text's 一般行政事务管理 is no 项 of 法院 (2040502 is 一般行政管理事务): unbound, never the 款.
        assertThat(claims.get(1).coordinates().isEmpty()).isTrue();
        assertThat(claims.get(2).coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("221"));
    }

    @Test
    void theFiguresOfAnExplanationAreChangesOfTheirOwn() {
        List<Claim> claims = read("江苏省示例法院", 2019,
                "一般公共预算收入预算37188.34万元，与上年相比增加 4016.19 万元，增长 12.11%。主要原因是基本支出增加人员工资、住房公积",
                "金、提租补贴等 3397.18 万元、项目经费支出安排减少 1134.33 万元、单位预留机动经费增加1753.34万元。");
        assertThat(claims).hasSize(4);
        assertThat(claims.get(0).change()).contains(wan("4,016.19"));
        assertThat(claims.subList(1, 4)).extracting(Claim::subject)
                .containsExactly("基本支出", "项目经费支出安排", "单位预留机动经费");
        assertThat(claims.subList(1, 4)).extracting(c -> c.signedChange().orElseThrow())
                .containsExactly(wan("3,397.18"), wan("-1,134.33"), wan("1,753.34"));
        assertThat(claims.subList(1, 4)).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CHANGE);
            assertThat(c.amount()).isEmpty();
            assertThat(c.coordinates().isEmpty()).isTrue();
        });
    }

    @Test
    void qiZhongOpeningASentenceBreaksDownTheAmountBefore() {
        List<Claim> claims = read("江苏省示例法院", 2019,
                "2019 年政府采购预算总金额为 5227.59 万元。其中拟采购货物支出 1637.72 万元；拟采购工程支出 530 万元；拟采购服务支出3059.87万元。");
        assertThat(claims).singleElement().satisfies(whole -> {
            assertThat(whole.coordinates().get(Dimension.ITEM)).contains(SpecialItem.GOVERNMENT_PROCUREMENT);
            assertThat(whole.parts()).extracting(p -> p.coordinates().get(Dimension.ITEM).orElseThrow()).containsExactly(
                    SpecialItem.PROCUREMENT_GOODS, SpecialItem.PROCUREMENT_WORKS, SpecialItem.PROCUREMENT_SERVICES);
        });
        // 收入、支出预算总计 … 其中：（一）收入预算总计: the two sides of a total, not its parts.
        List<Claim> sides = read("江苏省示例法院", 2019, "江苏省示例法院 2019 年度收入、支出预算总计 37188.34万元，与上年相比收、支预算总计各增加4016.19万元，增长12.11%。",
                "其中：", "（一）收入预算总计37188.34万元。");
        assertThat(sides).hasSize(2).allSatisfy(c -> assertThat(c.parts()).isEmpty());
    }

    @Test
    void aListNamingNoAmountsEndsAtItsSemicolonAndABracketedRemarkBeforeTheNextItem() {
        List<Claim> social = read("上海市普陀区示例部", 2024, "一般公共预算财政拨款基本支出105.58万元。其中：人员经费",
                "95.36万元，主要包括：基本工资、津贴补贴、绩效工资；公用经费 10.23", "万元，主要包括：办公费、邮电费。");
        assertThat(social).singleElement().satisfies(whole -> {
            assertThat(whole.coordinates().get(Dimension.FUND_SOURCE)).contains(FundSource.GENERAL_PUBLIC_BUDGET);
            assertThat(whole.coordinates().get(Dimension.NATURE)).contains(Nature.BASIC);
            assertThat(whole.parts()).extracting(Claim::subject).containsExactly("人员经费", "公用经费");
            assertThat(whole.parts().get(0).coordinates().get(Dimension.NATURE)).contains(Nature.PERSONNEL);
            assertThat(whole.parts().get(1).coordinates().get(Dimension.ECONOMIC)).isPresent();
        });
        List<Claim> cppcc = read("江苏省示例厅", 2018, "江苏省示例厅 2018 年度财政拨款基本支出预算",
                "5,598.17万元，其中：", "（一）人员经费 4,482.32 万元。主要包括：基本工资、津贴补贴。（按“部门预算公开 06 表 财政拨",
                "款基本支出预算表”中实际发生经济分类支出事项填写）", "（二）公用经费1,115.85万元。主要包括：办公费。");
        assertThat(cppcc).singleElement().satisfies(whole -> assertThat(whole.parts()).extracting(Claim::subject)
                .containsExactly("人员经费", "公用经费"));
    }

    @Test
    void aShareOfTheWholeItNames() {
        List<Claim> claims = read("江苏省示例法院", 2019, "九、一般公共预算“三公”经费支出预算情况说明",
                "江苏省示例法院 2019 年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出160万元，占“三公”经费的 31.14%。");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.SHARE);
            assertThat(c.coordinates().get(Dimension.ITEM)).contains(SpecialItem.OVERSEAS_TRAVEL);
            assertThat(c.whole().orElseThrow().get(Dimension.ITEM)).contains(SpecialItem.THREE_PUBLIC);
            assertThat(c.whole().orElseThrow().get(Dimension.FUND_SOURCE)).contains(FundSource.GENERAL_PUBLIC_BUDGET);
        });
    }

    @Test
    void wanAloneARestatedTotalAndAChangeWordInAName() {
        List<Claim> claims = read("上海市普陀区示例委员会", 2025,
                "2025年度项目总预算2921.00万，其中支持外贸发展370.00万，支持商销稳增长30.00万，区级支持总部经济1106.00万，市级支持总",
                "部经济1262.00万，进博会推进专项153.00万，合计2921.00万。");
        assertThat(claims).hasSize(2);
        Claim whole = claims.get(0);
        assertThat(whole.amount()).contains(wan("2,921.00"));
        assertThat(whole.parts()).extracting(Claim::subject).containsExactly("支持外贸发展", "支持商销稳增长", "区级支持总部经济",
                "市级支持总部经济", "进博会推进专项");
        assertThat(whole.parts()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.AMOUNT));
        assertThat(claims.get(1).subject()).isEqualTo("合计");
        assertThat(claims.get(1).coordinates()).isEqualTo(whole.coordinates());
    }

    @Test
    void aFinalAccountsBudgetFiguresAreNotItsTables() {
        List<Claim> claims = NarrativeReader.of("上海市普陀区示例部", FiscalYear.of(2024), Phase.FINAL_ACCOUNT).read(List.of(
                "决算数小于预算数的主要原因：人员经费支出数小于预算数。其中：", "1、住房保障支出（类）住房改革支出（款）住房公积金（项）。",
                "主要用于：住房公积金支出。全年预算为18.12万元，支出决算为17.70万元，完成全年预算数的97.68%。"));
        assertThat(claims).extracting(Claim::subject).containsExactly("全年预算", "住房保障支出（类）住房改革支出（款）住房公积金（项）");
        assertThat(claims.get(0).coordinates().isEmpty()).isTrue();
        assertThat(claims.get(1).coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2210201"));
    }

    @Test
    void aComparisonYearIsKeptAsPrinted() {
        // 上海市普陀区司法局 2026: the slip is the checker's to report.
        List<Claim> claims = read("上海市普陀区示例局", 2026, "一般公共预算拨款支出预算9628.22万元，比2026年预算增加793.14万元。");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.comparisonYear()).contains(FiscalYear.of(2026)));
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
