package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

/**
 * The golden example: the findings of the seed document, derived by hand from its printed
 * figures (the arithmetic is in each row's comment). The seed has no error; its real rounding
 * gaps are infos, its 2010301/2010399 filing a warning, its unlabelled 1,877 in 表6 a warning.
 */
class ReconcilerSeedTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();
    private static final Reconciliation RESULT = Reconciler.standard().reconcile(SEED);

    /** rule, severity, verdict, table, row, column, expected, actual, tolerance (万元). */
    private record Row(String rule, String severity, String verdict, String table, String row, String column,
            String expected, String actual, String tolerance) {
    }

    private static Row row(String rule, String severity, String verdict, String table, String row, String column,
            String expected, String actual, String tolerance) {
        return new Row(rule, severity, verdict, table, row, column, expected, actual, tolerance);
    }

    private static final String DEPT = PingshanPetitionBureau2023.DEPARTMENT;

    private static final List<Row> EXPECTED = List.of(
            // 表3/表7 file the 8 万元 project under 2010301 行政运行; 表5/表12 under 2010399. Under 20103 all
            // agree (8 + 449 + 672 = 1,129): a warning. 表3's 2010301 项目支出 8 against 0 in 表5/表12 (±0.5).
            row("reclassified.function", "warning", "inconsistent", "表3", "行政运行", "项目支出", "0", "8", "0.5"),
            // 表6 line 935: 1,877 without a row label.
            row("unplaced.figure", "warning", "inconsistent", "表6", "", "收入/预算数", null, "1877", "0.5"),
            // 1,592 + 79 + 18 + 187 = 1,876 against 1,877; five figures of ±0.5 allow 2.5.
            row("sum.function", "info", "within-rounding", "表1", "本年支出合计", "支出/预算数", "1876", "1877", "2.5"),
            row("sum.function", "info", "within-rounding", "表3", DEPT, "支出总计", "1876", "1877", "2.5"),
            // 基本支出 by function: 463 + 79 + 18 + 187 = 747 against 748.
            row("sum.function", "info", "within-rounding", "表3", DEPT, "基本支出", "747", "748", "2.5"),
            // 工资福利支出: 297 + 161 + 70 + 53 + 26 + 18 + 59 + 19 = 703 against 704; nine figures allow 4.5.
            row("sum.economic", "info", "within-rounding", "表4", "工资福利支出", "总计", "703", "704", "4.5"),
            row("sum.economic", "info", "within-rounding", "表4", "工资福利支出", "政府预算拨款/小计", "703", "704", "4.5"),
            row("sum.economic", "info", "within-rounding", "表4", "工资福利支出", "政府预算拨款/一般公共预算拨款", "703", "704",
                    "4.5"),
            // 表6's expenditure side repeats 表1's: 1,876 against 1,877.
            row("sum.function", "info", "within-rounding", "表6", "本年支出合计", "支出/预算数", "1876", "1877", "2.5"),
            // 表7 (本级 row): the same two gaps.
            row("sum.function", "info", "within-rounding", "表7", DEPT, "支出总计", "1876", "1877", "2.5"),
            row("sum.function", "info", "within-rounding", "表7", DEPT, "基本支出", "747", "748", "2.5"),
            // 表8: 工资福利支出 703 against 704 in 支出总计 and 基本支出.
            row("sum.economic", "info", "within-rounding", "表8", "工资福利支出", "支出总计", "703", "704", "4.5"),
            row("sum.economic", "info", "within-rounding", "表8", "工资福利支出", "基本支出", "703", "704", "4.5"),
            // 表12 in two decimals: 1,876.57 against 1,877 (±0.005 + ±0.5).
            row("duplicate", "info", "within-rounding", "表12", "金额合计", "预算金额/总额", "1877", "1876.57", "0.505"),
            // 747.64 against 表3's 基本支出 748, and against 表4's 政府预算拨款 748.
            row("duplicate", "info", "within-rounding", "表12", "基本支出", "预算金额/总额", "748", "747.64", "0.505"),
            // 表12's projects 448.62 + 672.31 + 8 = 1,128.93 against 表3's 项目支出 1,129: ±0.5 + (0.005 + 0.005 + 0.5).
            row("duplicate.derived", "info", "within-rounding", "表3", DEPT, "项目支出", "1129", "1128.93", "1.01"),
            // 表12's project rows against 表3's project column: 448.62 vs 449, 672.31 vs 672.
            row("identity.project-function", "info", "within-rounding", "表12", "一般行政管理事务", "预算金额/总额", "449",
                    "448.62", "0.505"),
            row("identity.project-function", "info", "within-rounding", "表12", "信访事务", "预算金额/总额", "672", "672.31",
                    "0.505"),
            row("duplicate", "info", "within-rounding", "表12", "基本支出", "预算金额/其中：财政拨款", "748", "747.64", "0.505"),
            // "三公" 公务接待费 1.60 against 表8's 30217 公务接待费 2; 运行维护费 4.50 against 30231 5.
            row("identity.three-public-economic", "info", "within-rounding", "表9", "2023 年", "公务接待费", "2", "1.6",
                    "0.505"),
            row("identity.three-public-economic", "info", "within-rounding", "表9", "2023 年",
                    "公务用车购置及运行维护费/公务用车运行维护费", "5", "4.5", "0.505"),
            // All funds against the appropriations part (表12's 财政拨款 column), which may fall short by the
            // revenue of the other sources (表1: 财政专户 0, 单位资金 0, 上年结余 0: up to 1.5).
            // 1,129 against 1,128.93: 0.5 + 0.01 + 0.5 + 1.5.
            row("cover.fund-source", "info", "within-rounding", "表3", DEPT, "项目支出", "1128.93", "1129", "2.51"),
            // 449 against 448.62: 0.5 + 0.005 + 1.5.
            row("cover.fund-source", "info", "within-rounding", "表3", "一般行政管理事务", "项目支出", "448.62", "449", "2.005"),
            // 672 against 672.31 (below: 0.5 + 0.005).
            row("cover.fund-source", "info", "within-rounding", "表3", "信访事务", "项目支出", "672.31", "672", "0.505"),
            // 表6's 财政拨款合计 expenditure 1,877 against 表12's 1,876.57 + up to 0.5 (上年财政拨款结转 0).
            row("cover.fund-source", "info", "within-rounding", "表6", "本年支出合计", "支出/预算数", "1876.57", "1877",
                    "1.005"),
            // 表12's 财政拨款 against 表5's 一般公共预算 (本级 rows): 448.62 vs 449, 672.31 vs 672 (above: 0.005 + 0.5
            // + 1 for the unit without rows + 1 for 政府性基金/国有资本 revenue 0 and 0).
            row("cover.fund-source", "info", "within-rounding", "表12", "一般行政管理事务", "预算金额/其中：财政拨款", "449",
                    "448.62", "0.505"),
            row("cover.fund-source", "info", "within-rounding", "表12", "信访事务", "预算金额/其中：财政拨款", "672",
                    "672.31", "2.505"),
            // 表12's 财政拨款 total 1,876.57 against 表7's 一般公共预算 1,877.
            row("cover.fund-source", "info", "within-rounding", "表12", "金额合计", "预算金额/其中：财政拨款", "1877",
                    "1876.57", "0.505"),
            // 深圳市坪山区来访接待中心 prints no rows.
            row("unit.unreported", "info", "exact", "", "", "", null, null, null));

    private static String plain(java.util.Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse(null);
    }

    @Test
    void seedHasNoError() {
        assertThat(RESULT.hasErrors()).isFalse();
        assertThat(RESULT.count(Severity.ERROR)).isZero();
        assertThat(RESULT.findings(Severity.ERROR)).isEmpty();
    }

    @Test
    void seedFindingsAreTheHandDerivedOnes() {
        List<Row> actual = new ArrayList<>();
        for (Finding f : RESULT.findings()) {
            actual.add(row(f.rule(), f.severity().id(), f.verdict().id(), f.location().table(), f.location().row(),
                    f.location().column(), plain(f.expected()), plain(f.actual()), plain(f.tolerance())));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(RESULT.count(Severity.WARNING)).isEqualTo(2);
        assertThat(RESULT.count(Severity.INFO)).isEqualTo(EXPECTED.size() - 2);
    }

    @Test
    void table1RoundingGapIsExplainedInBothLanguages() {
        Finding f = RESULT.findings().stream()
                .filter(x -> x.rule().equals("sum.function") && x.location().table().equals("表1")).findFirst()
                .orElseThrow();
        assertThat(f.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        assertThat(f.unit()).isEqualTo("万元");
        assertThat(f.message(Locale.ENGLISH)).contains("1,592 + 79 + 18 + 187 = 1,876", "1,877", "within rounding",
                "2.5");
        assertThat(f.message(Locale.CHINESE)).contains("1,592 + 79 + 18 + 187 = 1,876", "舍入误差内一致");
        assertThat(f.participants()).extracting(Provenance::row).contains("本年支出合计", "一、一般公共服务支出",
                "二、社会保障和就业支出", "三、卫生健康支出", "四、住房保障支出");
    }

    @Test
    void reclassificationNamesBothCodesAndAllFourTables() {
        Finding f = RESULT.findings(Severity.WARNING).stream().filter(x -> x.rule().equals("reclassified.function"))
                .findFirst().orElseThrow();
        assertThat(f.code()).isEqualTo("2010301");
        assertThat(f.message(Locale.ENGLISH)).contains("2010301 行政运行", "2010399 其他政府办公厅（室）及相关机构事务支出",
                "表3", "表5", "表7", "表12", "20103");
        assertThat(f.message(Locale.CHINESE)).contains("归类不一致", "2010399");
        assertThat(f.participants()).extracting(p -> p.table() + "/" + p.row())
                .contains("表5/其他政府办公厅（室）及相关机构事务支出", "表12/其他政府办公厅（室）及相关机构事务支出", "表3/行政运行", "表7/行政运行");
    }

    @Test
    void unplacedFigureSaysWhatItMatches() {
        Finding f = RESULT.findings(Severity.WARNING).stream().filter(x -> x.rule().equals("unplaced.figure"))
                .findFirst().orElseThrow();
        assertThat(f.location().line()).isEqualTo(935);
        assertThat(f.message(Locale.ENGLISH)).contains("1,877", "line 935", "政府预算拨款", "本年收入合计");
        assertThat(f.message(Locale.CHINESE)).contains("无法确定");
    }

    @Test
    void everyFindingHasBothMessagesAndKnownRule() {
        for (Finding f : RESULT.findings()) {
            assertThat(Rule.ofId(f.rule())).isNotNull();
            assertThat(f.message(Locale.ENGLISH)).isNotBlank();
            assertThat(f.message(Locale.CHINESE)).isNotBlank().isNotEqualTo(f.message(Locale.ENGLISH));
        }
    }

    /** A document read from CSV has facts and provenance but no table layouts: the same arithmetic. */
    @Test
    void factsWithoutTableLayoutsAreCheckedTheSameWay() {
        Document.Builder b = Document.builder(DEPT, SEED.year(), SEED.phase()).source(SEED.source());
        SEED.units().forEach(u -> b.addUnit(u.name()));
        SEED.facts().forEach(b::fact);
        Reconciliation bare = Reconciler.standard().reconcile(b.build());
        assertThat(bare.hasErrors()).isFalse();
        // Without layouts: no unplaced figure to report, and no table kinds to name the identities.
        List<Row> expected = new ArrayList<>();
        for (Row r : EXPECTED) {
            if (r.rule().equals("unplaced.figure")) {
                continue;
            }
            // 表12's project rows meet 表3's and the department value lifted from 表5's 本级 rows.
            String rule = r.rule().equals("identity.project-function") ? "duplicate.derived" : r.rule();
            expected.add(row(rule, r.severity(), r.verdict(), r.table(), r.row(), r.column(), r.expected(),
                    r.actual(), r.tolerance()));
        }
        List<Row> actual = new ArrayList<>();
        for (Finding f : bare.findings()) {
            actual.add(row(f.rule(), f.severity().id(), f.verdict().id(), f.location().table(), f.location().row(),
                    f.location().column(), plain(f.expected()), plain(f.actual()), plain(f.tolerance())));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void countsAndToString() {
        assertThat(RESULT.facts()).isEqualTo(705);
        assertThat(RESULT.checks()).isGreaterThan(500);
        assertThat(RESULT.toString()).contains("705 facts", "0 errors", "2 warnings");
        assertThat(RESULT.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }
}
