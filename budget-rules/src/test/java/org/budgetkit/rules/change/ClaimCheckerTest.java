package org.budgetkit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Claim.Kind;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();

    /**
     * Every claim of the seed's narrative (Document.allClaims order: line, subject) with the
     * verdict worked out by hand from the published figures: E exact, W within rounding only,
     * N not checkable (nothing in the document to compare with).
     */
    private static final String[][] EXPECTED = {
        {"33", "基层单位", "E"},            // 2 家 = the document's 2 units
        {"35", "行政编制总数", "E"},         // 8 = 本级 8 + 中心 0
        {"35", "实有人数", "E"},            // 8 = 8 + 0
        {"35", "事业编制总数", "E"},         // 7 = 0 + 7
        {"37", "实有人数", "E"},            // 7 = 0 + 7
        {"37", "离休", "E"},               // 0 = 0 + 0
        {"37", "退休", "E"},               // 0 = 0 + 0
        {"41", "从基本支出工资福利列支的雇员（含老工勤）", "N"}, // 中心 does not state it
        {"41", "从基本支出工资福利列支的临聘人员", "N"},
        {"49", "行政编制数", "E"},
        {"49", "实有人数", "E"},
        {"49", "事业编制数", "E"},
        {"49", "实有人数", "E"},
        {"51", "离休", "E"},
        {"51", "退休", "E"},
        {"53", "从基本支出工资福利列支的雇员（含老工勤）", "N"},
        {"53", "从基本支出工资福利列支的临聘人员", "N"},
        {"57", "行政编制数", "E"},
        {"57", "实有人数", "E"},
        {"57", "行政行政事业编制数", "E"},
        {"59", "实有人数", "E"},
        {"59", "离休", "E"},
        {"59", "退休", "E"},
        {"89", "部门预算收入", "E"},         // 1,877 = 表1, 表2; 463 / 1,414 = 32.74% → 33%
        {"91", "部门预算支出", "E"},         // 1,877 = 表1, 表3, 表12 1,876.57; 33%
        {"125", "深圳市坪山区信访局预算", "E"}, // 704 + 44 + 0 + 1,129 = 1,877
        {"125", "人员支出", "E"},            // 表4 301: 704
        {"127", "公用支出", "E"},            // 表4 302: 44
        {"127", "对个人和家庭的补助支出", "E"}, // 表4 303: 0
        {"129", "项目支出", "E"},            // 表5: 1,129
        {"131", "人员支出", "E"},
        {"137", "公用支出", "E"},
        {"141", "对个人和家庭补助支出", "E"},
        {"143", "项目支出", "E"},            // 表5 1,129 = 8 + 449 + 672
        {"145", "其他政府办公厅（室）及相关机构事务支出预算", "E"}, // 表5 2010399: 8
        {"147", "机动工作", "E"},
        {"151", "一般行政管理事务预算", "E"},  // 表5 449; −131 / 580 = −22.59% → 23%
        {"163", "信访事务预算", "E"},         // 表5 672; 555 / 117 = 474.36% → 474%
        {"149", "其他政府办公厅（室）及相关机构事务支出预算", "N"}, // +8 from a 2022 the document lacks
        {"179", "事业单位", "N"},
        {"183", "深圳市坪山区来访中心预算", "E"}, // 0 = 0 + 0 + 0 + 0
        {"183", "人员支出", "E"},
        {"185", "公用支出", "E"},
        {"185", "对个人和家庭的补助支出", "E"},
        {"185", "项目支出", "E"},
        {"193", "政府采购项目", "E"},         // 表3 169 = 0 + 0 + 169
        {"193", "货物采购", "E"},
        {"193", "工程采购", "E"},
        {"195", "服务采购", "E"},
        {"201", "“三公”经费预算", "W"},      // 1.5 / 4.60 = 32.61% reads 33%; [31.49%, 33.73%] meets 32%
        {"207", "增加新能源公务用车", "N"},
        {"209", "因公出国（境）费用", "E"},     // 0 = 表9 0.00, 持平 with 2022 0.00
        {"217", "各单位因公出国（境）经费预算数", "E"},
        {"219", "公务接待费", "E"},           // 1.6 = 1.60; 1.6 − 0 = 2022 1.60
        {"225", "公务用车购置和运行维护费", "E"}, // 4.5 = 4.50 = 0 + 4.5
        {"229", "公务用车购置费", "E"},
        {"233", "公务用车运行维护费", "E"},     // 4.5 − 1.5 = 2022 3.00; 1.5 = 表9 1.50
        {"235", "现有公务用车", "N"},
        {"241", "增加公务用车", "N"},
        {"253", "基层单位", "E"},
        {"265", "涉及预算资金", "E"},         // 表3, 表5 project total 1,129
        {"265", "项目绩效目标", "N"},
        {"283", "信访事务", "E"},            // 表3 672, 表12 672.31
        {"319", "一般行政管理事务", "E"},      // 表3 449, 表12 448.62
        {"325", "其他政府办公厅（室）及相关机构事务支出", "E"}, // 表12 8
        {"333", "机关运行经费财政拨款预算", "E"}, // 公用经费 (表4 302) 44; 3 / 41 = 7.32% → 7%
        {"341", "车辆", "N"},
        {"343", "单价 50 万元以上通用设备", "N"},
        {"345", "单价 100 万元以上专用设备", "N"},
        {"347", "计划新增车辆", "N"},
        {"351", "新增单价 50 万元以上通用设备", "N"},
        {"351", "新增单价 100 万元以上专用设备", "N"},
        {"361", "事业单位", "N"},
    };

    @Test
    void everySeedClaimHasItsHandDerivedVerdict() {
        List<ClaimCheck> checks = ClaimChecker.check(SEED);
        assertThat(EXPECTED.length).isEqualTo(73);
        assertThat(checks).hasSize(73).hasSize(SEED.allClaims().size());
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            ClaimCheck c = checks.get(i);
            actual.add(c.claim().line() + " " + c.claim().subject() + " "
                    + c.verdict().map(v -> v == Verdict.EXACT ? "E" : v == Verdict.WITHIN_ROUNDING ? "W" : "I").orElse("N"));
            expected.add(String.join(" ", EXPECTED[i]));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        long checkable = checks.stream().filter(ClaimCheck::isCheckable).count();
        assertThat(checkable).isEqualTo(73 - 17);
    }

    @Test
    void threePublicPercentNamesWhatItShouldRead() {
        Finding f = ClaimChecker.findings(SEED).stream()
                .filter(x -> x.rule().equals(ClaimChecker.PERCENT) && x.location().line() == 201).findFirst().orElseThrow();
        assertThat(f.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.actual()).contains(new java.math.BigDecimal("32"));
        assertThat(f.expected().orElseThrow()).isEqualByComparingTo("32.608696");
        assertThat(f.message(Locale.ENGLISH)).contains("reads 33%");
        assertThat(f.message(Locale.CHINESE)).contains("应为 33%");
        assertThat(f.participants()).extracting(p -> p.table() + ":" + p.line()).containsExactly("表9:1138");
    }

    @Test
    void rulesUsed() {
        assertThat(ClaimChecker.findings(SEED)).extracting(Finding::rule).containsOnly(ClaimChecker.AMOUNT,
                ClaimChecker.CHANGE, ClaimChecker.PERCENT, ClaimChecker.BREAKDOWN, ClaimChecker.COUNT);
        assertThat(ClaimChecker.findings(SEED)).noneMatch(f -> f.verdict() == Verdict.INCONSISTENT);
    }

    @Test
    void aWrongTableFigureMakesTheClaimInconsistent() {
        // Perturb 表9's 2022 "三公" total 4.60 → 5.60: 6.1 − 1.5 = 4.6 no longer meets it, and
        // 1.5 / 5.60 = 26.79% against 32%.
        List<Fact> facts = new ArrayList<>();
        for (Fact f : SEED.facts()) {
            boolean target = f.provenance().table().equals("表9") && f.provenance().line() == 1138
                    && f.amount().toPlainString().equals("4.60");
            facts.add(target ? f.withAmount(Amount.parse("5.60 万元 (±0.005)")) : f);
        }
        Document perturbed = SEED.withFacts(FactSet.of(facts));
        ClaimCheck c = ClaimChecker.check(perturbed).stream().filter(x -> x.claim().line() == 201
                && x.claim().kind() == org.budgetkit.model.document.Claim.Kind.CHANGE).findFirst().orElseThrow();
        assertThat(c.verdict()).contains(Verdict.INCONSISTENT);
        assertThat(c.findings()).filteredOn(f -> f.verdict() == Verdict.INCONSISTENT).extracting(Finding::rule)
                .containsExactly(ClaimChecker.CHANGE, ClaimChecker.PERCENT);
        assertThat(c.findings()).filteredOn(f -> f.rule().equals(ClaimChecker.PERCENT)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("should read 27%"));
        assertThat(c.findings()).allMatch(f -> f.verdict() != Verdict.INCONSISTENT || f.severity() == Severity.ERROR);
        assertThat(SEED.facts().select(org.budgetkit.model.fact.FactQuery.any()
                .where(Dimension.YEAR, FiscalYear.of(2022)))).isNotEmpty();
    }

    // ------------------------------------------------------------------ small documents

    private static final String DEPT = "示例局";
    private static final FiscalYear Y2026 = FiscalYear.of(2026);

    private static Coordinates spending() {
        return Coordinates.empty().with(Dimension.UNIT, BudgetUnit.department(DEPT)).with(Dimension.FLOW, Flow.EXPENDITURE);
    }

    private static Fact fact(String amount, Coordinates at, FiscalYear year, int line) {
        return Fact.of(Amount.parse(amount), at.with(Dimension.YEAR, year),
                new Provenance("t.pdf", "表1", "row " + line, "col", line, 1));
    }

    private static Amount wan(String figure) {
        return Amount.parseFigure(figure, AmountUnit.TEN_THOUSAND_YUAN);
    }

    private static Document document(List<Fact> facts, Claim... claims) {
        Document.Builder b = Document.builder(DEPT, Y2026, Phase.BUDGET).source("t.pdf");
        facts.forEach(b::fact);
        for (Claim c : claims) {
            b.claim(c);
        }
        return b.build();
    }

    private static ClaimCheck only(Document doc) {
        List<ClaimCheck> checks = ClaimChecker.check(doc);
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    @Test
    void anUnboundClaimIsNeverComparedWithTheTotal() {
        // 第一季度用款计划 15 万元 beside a total of 18,976.76 万元: nothing to check it against.
        Claim quarter = Claim.builder(Kind.AMOUNT, "第一季度用款计划", Y2026).amount(wan("15")).source("…", 492).build();
        ClaimCheck c = only(document(List.of(fact("189,767,551 元 (±0.5)", spending(), Y2026, 275)), quarter));
        assertThat(c.isCheckable()).isFalse();
        assertThat(c.findings()).isEmpty();
    }

    @Test
    void aComparisonWithTheClaimsOwnYearIsTheDocumentsErrorAndThePreviousYearIsUsed() {
        // 2026年…财政拨款支出预算9628.22万元，比2026年预算增加793.14万元, with a 2025 figure of 8,835.08 printed.
        Coordinates at = spending().with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
        Claim claim = Claim.builder(Kind.CHANGE, "财政拨款支出预算", Y2026).coordinates(at).amount(wan("9,628.22"))
                .change(Y2026, Direction.INCREASE, wan("793.14"), null).source("…", 82).build();
        ClaimCheck c = only(document(List.of(fact("9,628.22 万元 (±0.005)", at, Y2026, 10),
                fact("8,835.08 万元 (±0.005)", at, FiscalYear.of(2025), 11)), claim));
        Finding year = c.findings().stream().filter(f -> f.actual().orElseThrow().compareTo(new BigDecimal("2026")) == 0)
                .findFirst().orElseThrow();
        assertThat(year.rule()).isEqualTo(ClaimChecker.CHANGE);
        assertThat(year.severity()).isEqualTo(Severity.ERROR);
        assertThat(year.expected()).contains(new BigDecimal("2025"));
        assertThat(year.message(Locale.ENGLISH)).contains("compared with 2026").contains("read as 2025");
        assertThat(year.message(Locale.CHINESE)).contains("按 2025 年核对");
        // 9,628.22 − 793.14 = 8,835.08: the 2025 figure agrees.
        assertThat(c.findings()).filteredOn(f -> f != year && f.rule().equals(ClaimChecker.CHANGE))
                .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.EXACT));
    }

    @Test
    void aHundredPercentFromNothingIsTheUsualWordingOtherPercentsAreErrors() {
        // 与2023年度相比，收入支出总计增加307.82万元，增长100.00%。主要原因：单位于2024年成立。
        for (String percent : new String[] {"100.00%", "50%"}) {
            Claim claim = Claim.builder(Kind.CHANGE, "收入支出总计", Y2026).amount(wan("307.82"))
                    .change(FiscalYear.of(2025), Direction.INCREASE, wan("307.82"), Percentage.parse(percent))
                    .source("…", 326).build();
            Finding f = only(document(List.of(), claim)).findings().stream()
                    .filter(x -> x.rule().equals(ClaimChecker.PERCENT)).findFirst().orElseThrow();
            assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
            assertThat(f.severity()).isEqualTo(percent.startsWith("100") ? Severity.WARNING : Severity.ERROR);
        }
    }

    @Test
    void personnelIsWagesAndHouseholdSubsidies() {
        // Jiangsu 公开06表: 工资福利支出 16,324.07 + 对个人和家庭的补助 2,063.88 = 18,387.95 (人员经费).
        Coordinates basic = spending().with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET)
                .with(Dimension.NATURE, Nature.BASIC);
        List<Fact> facts = List.of(fact("16,324.07 万元 (±0.005)", basic.with(Dimension.ECONOMIC, EconomicCode.parse("301")), Y2026, 255),
                fact("2,063.88 万元 (±0.005)", basic.with(Dimension.ECONOMIC, EconomicCode.parse("303")), Y2026, 282));
        Coordinates personnel = basic.with(Dimension.NATURE, Nature.PERSONNEL);
        // 18,387.96 meets the sum's [18,387.94, 18,387.96] only within rounding; 18,388.00 does not.
        for (String[] c : new String[][] {{"18,387.95", "E"}, {"18,387.96", "W"}, {"18,388.00", "I"}, {"16,324.07", "I"}}) {
            Claim claim = Claim.builder(Kind.AMOUNT, "人员经费", Y2026).coordinates(personnel).amount(wan(c[0]))
                    .source("…", 602).build();
            ClaimCheck check = only(document(facts, claim));
            assertThat(check.verdict()).as(c[0]).contains(c[1].equals("E") ? Verdict.EXACT
                    : c[1].equals("W") ? Verdict.WITHIN_ROUNDING : Verdict.INCONSISTENT);
            assertThat(check.findings()).singleElement().satisfies(f -> {
                assertThat(f.expected()).contains(new BigDecimal("18387.95"));
                assertThat(f.participants()).extracting(Provenance::line).containsExactly(255, 282);
            });
        }
    }

    @Test
    void anItemPrintedUnderOneFundOnlyIsTheItemsFigure() {
        // 2026年“三公”经费预算数为10.81万元 against 表9's 财政拨款 column, the only one it prints.
        Coordinates item = spending().with(Dimension.ITEM, SpecialItem.THREE_PUBLIC);
        Fact appropriated = fact("10.81 万元 (±0.005)", item.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET),
                Y2026, 290);
        Claim claim = Claim.builder(Kind.AMOUNT, "“三公”经费预算数", Y2026).coordinates(item).amount(wan("10.81"))
                .source("…", 293).build();
        ClaimCheck c = only(document(List.of(appropriated), claim));
        assertThat(c.verdict()).contains(Verdict.EXACT);
        assertThat(c.findings().get(0).message(Locale.ENGLISH)).contains("the only “三公”经费 figure");
        // Printed under two funds, the claim without a fund restates neither.
        Fact other = fact("1.00 万元 (±0.005)", item.with(Dimension.FUND_SOURCE, FundSource.OTHER_FUNDS), Y2026, 291);
        assertThat(only(document(List.of(appropriated, other), claim)).isCheckable()).isFalse();
        // A fund that is not the claim's: 政府性基金 三公 is no 一般公共预算 figure.
        Claim general = Claim.builder(Kind.AMOUNT, "一般公共预算“三公”经费", Y2026)
                .coordinates(item.with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)).amount(wan("10.81"))
                .source("…", 293).build();
        Fact fund = fact("10.81 万元 (±0.005)", item.with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_FUND_BUDGET),
                Y2026, 290);
        assertThat(only(document(List.of(fund), general)).isCheckable()).isFalse();
    }

    @Test
    void partsThatDoNotMakeUpTheirWholeAreNoBreakdown() {
        // 支出预算9,628.22万元，其中：财政拨款支出预算9,000万元 — one source of several, an "of which".
        Coordinates funded = spending().with(Dimension.FUND_SOURCE, FundSource.GOVERNMENT_BUDGET);
        Claim ofWhich = Claim.builder(Kind.AMOUNT, "支出预算", Y2026).coordinates(spending()).amount(wan("9,628.22"))
                .part(Claim.builder(Kind.AMOUNT, "财政拨款支出预算", Y2026).coordinates(funded).amount(wan("9,000"))
                        .source("…", 82).build())
                .source("…", 82).build();
        assertThat(ClaimChecker.findings(document(List.of(), ofWhich))).isEmpty();
        // 收入、支出预算总计 37,188.34 … （一）收入预算总计 …（二）支出预算总计: the two sides of a total.
        Coordinates revenue = spending().with(Dimension.FLOW, Flow.REVENUE);
        Claim sides = Claim.builder(Kind.AMOUNT, "支出预算总计", Y2026).coordinates(spending()).amount(wan("37,188.34"))
                .part(Claim.builder(Kind.AMOUNT, "收入预算总计", Y2026).coordinates(revenue).amount(wan("37,188.34"))
                        .source("…", 497).build())
                .part(Claim.builder(Kind.AMOUNT, "支出预算总计", Y2026).coordinates(spending()).amount(wan("37,188.34"))
                        .source("…", 504).build())
                .source("…", 494).build();
        assertThat(ClaimChecker.findings(document(List.of(), sides))).isEmpty();
        // Parts that do make it up, unbound as they are: 1,170 = 870 + 70 + 180 + 50 (项目总预算…其中…).
        Claim project = Claim.builder(Kind.AMOUNT, "项目总预算", Y2026).amount(wan("1,170.00"))
                .part(Claim.builder(Kind.AMOUNT, "支持企业规模化发展", Y2026).amount(wan("870.00")).source("…", 394).build())
                .part(Claim.builder(Kind.AMOUNT, "支持企业创新化发展", Y2026).amount(wan("70.00")).source("…", 394).build())
                .part(Claim.builder(Kind.AMOUNT, "支持企业协同化发展", Y2026).amount(wan("180.00")).source("…", 395).build())
                .part(Claim.builder(Kind.AMOUNT, "支持企业国际化发展", Y2026).amount(wan("50.00")).source("…", 395).build())
                .source("…", 394).build();
        assertThat(ClaimChecker.findings(document(List.of(), project))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ClaimChecker.BREAKDOWN);
            assertThat(f.verdict()).isEqualTo(Verdict.EXACT);
        });
    }

    @Test
    void notCheckableClaimsSayWhy() {
        ClaimCheck c = ClaimChecker.check(SEED).stream().filter(x -> x.claim().line() == 149).findFirst().orElseThrow();
        assertThat(c.isCheckable()).isFalse();
        assertThat(c.verdict()).isEmpty();
        assertThat(c.message(Locale.ENGLISH)).contains("implies 2022 = 0 万元").contains("新增");
        assertThat(c.message(Locale.CHINESE)).contains("无法核对");
    }
}
