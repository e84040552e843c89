package org.budgetkit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void notCheckableClaimsSayWhy() {
        ClaimCheck c = ClaimChecker.check(SEED).stream().filter(x -> x.claim().line() == 149).findFirst().orElseThrow();
        assertThat(c.isCheckable()).isFalse();
        assertThat(c.verdict()).isEmpty();
        assertThat(c.message(Locale.ENGLISH)).contains("implies 2022 = 0 万元").contains("新增");
        assertThat(c.message(Locale.CHINESE)).contains("无法核对");
    }
}
