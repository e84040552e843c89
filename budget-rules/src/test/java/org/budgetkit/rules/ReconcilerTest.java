package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;
import org.junit.jupiter.api.Test;

/** Reconciliation of small hand-made documents whose every verdict is worked out in the comments. */
class ReconcilerTest {
    private static final String DEPT = "测试局";

    /** A 支出总表 of department rows: the first row is the total, then {code, figures} pairs. */
    private static Document expenditure(RoundingConvention convention, String total, String... rows) {
        Document.Builder doc = Document.builder(DEPT, FiscalYear.of(2023), Phase.BUDGET).source("test")
                .convention(convention);
        Coordinates dept = Coordinates.empty().with(Dimension.UNIT, doc.department());
        Table.Builder t = doc.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表",
                AmountUnit.TEN_THOUSAND_YUAN, 1, 0);
        t.row(DEPT, "", dept, 10, total);
        for (int i = 0; i < rows.length; i += 2) {
            t.row("row " + rows[i], rows[i], dept.with(Dimension.FUNCTION, FunctionCode.parse(rows[i])), 11 + i,
                    rows[i + 1]);
        }
        return checkedAgainstTheOldEngine(doc.build());
    }

    /** Every document of this class also gives the old engine's findings (see ReconcilerOracleTest). */
    private static Document checkedAgainstTheOldEngine(Document doc) {
        ReconcilerOracleTest.assertSameAsOldEngine(doc, false);
        ReconcilerOracleTest.assertSameAsOldEngine(doc, true);
        return doc;
    }

    @Test
    void inconsistentSumGivesExpectedActualToleranceAndTheSmallestFix() {
        // 60 + 50 = 110 against a total of 100: intervals [109, 111] and [99.5, 100.5] are 8.5 apart;
        // on the grid of whole 万元 the smallest change of one figure is 9 (total to 109, or a part down 9).
        Reconciliation r = Reconciler.standard().reconcile(expenditure(RoundingConvention.HALF,
                "100 100 0 0 0 0", "201", "60 60 0 0 0 0", "208", "50 50 0 0 0 0"));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.findings(Severity.ERROR)).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("sum.function");
            assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
            assertThat(f.location().row()).isEqualTo(DEPT);
            assertThat(f.expected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("110"));
            assertThat(f.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
            assertThat(f.tolerance()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
            assertThat(f.message(Locale.ENGLISH)).contains("from 100 to 109", "(+9)");
            assertThat(f.message(Locale.CHINESE)).contains("由 100 改为 109");
            assertThat(f.participants()).extracting(p -> p.row()).containsExactly(DEPT, "row 201", "row 208");
        });
        assertThat(r.count(Severity.ERROR)).isEqualTo(2);
    }

    @Test
    void truncationIntervalsAreHalfOpenAndShifted() {
        // Four parts of 1 and a total of 7. Round-half: [2, 6] against [6.5, 7.5]: inconsistent.
        // Truncation: [4, 8) against [7, 8): they meet, only within rounding.
        String[] rows = {"201", "1 1 0 0 0 0", "205", "1 1 0 0 0 0", "208", "1 1 0 0 0 0", "210", "1 1 0 0 0 0"};
        Reconciliation half = Reconciler.standard().reconcile(expenditure(RoundingConvention.HALF, "7 7 0 0 0 0", rows));
        assertThat(half.findings(Severity.ERROR)).extracting(Finding::rule).containsOnly("sum.function");
        Reconciliation trunc = Reconciler.standard()
                .reconcile(expenditure(RoundingConvention.TRUNCATE, "7 7 0 0 0 0", rows));
        assertThat(trunc.hasErrors()).isFalse();
        assertThat(trunc.findings()).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING))
                .extracting(Finding::rule).contains("sum.function");
        // Under truncation 7 against 4 may be as far as 7 − 4 + 1 + 0 (the total's interval is [7, 8)):
        // upward slack of the total 0 + the parts' 4 × 1 = 4.
        Finding f = trunc.findings().get(0);
        assertThat(f.tolerance()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
    }

    @Test
    void ofWhichItemExceedingItsWholeIsAnError() {
        // 面向中小企业 200 of a 政府采购 of 169: 199.5 > 169.5, a gap of 30; at 170 ([169.5, 170.5]) the part
        // touches the whole's upper bound 169.5, so the smallest fix is −30.
        Reconciliation r = Reconciler.standard().reconcile(expenditure(RoundingConvention.HALF,
                "1,000 400 600 169 200 0"));
        assertThat(r.findings(Severity.ERROR)).extracting(Finding::rule).containsExactly("part.of-which");
        Finding f = r.findings(Severity.ERROR).get(0);
        assertThat(f.location().column()).isEqualTo("政府采购项目/其中：面向中小企业政府采购项目");
        assertThat(f.message(Locale.ENGLISH)).contains("should not exceed", "from 200 to 170", "(-30)");
    }

    @Test
    void mixedUnitsMeetThroughIntervals() {
        // 1,877 万元 (±5,000 元) and 18,765,700 元 (±0.5 元): the same figure within rounding.
        Document.Builder doc = Document.builder(DEPT, FiscalYear.of(2023), Phase.BUDGET).source("test");
        Coordinates dept = Coordinates.empty().with(Dimension.UNIT, doc.department());
        doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "一般公共预算支出表", AmountUnit.TEN_THOUSAND_YUAN, 1,
                0).row(DEPT, "", dept, 2, "1,877 748 1,129");
        doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, "表8", "一般公共预算支出表", AmountUnit.YUAN, 3, 0)
                .row(DEPT, "", dept, 4, "18,765,700 7,476,400 11,289,300");
        Reconciliation r = Reconciler.standard().reconcile(checkedAgainstTheOldEngine(doc.build()));
        assertThat(r.hasErrors()).isFalse();
        Finding total = r.findings().stream().filter(f -> f.location().column().equals("支出总计")).findFirst()
                .orElseThrow();
        assertThat(total.rule()).isEqualTo("duplicate");
        assertThat(total.verdict()).isEqualTo(Verdict.WITHIN_ROUNDING);
        assertThat(total.location().table()).isEqualTo("表8");
        assertThat(total.unit()).isEqualTo("元");
        assertThat(total.expected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18770000"));
        assertThat(total.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18765700"));
        assertThat(total.tolerance()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5000.5"));
    }

    @Test
    void exactChecksAreListedOnRequestOnly() {
        Document doc = expenditure(RoundingConvention.HALF, "110 110 0 0 0 0", "201", "60 60 0 0 0 0", "208",
                "50 50 0 0 0 0");
        assertThat(Reconciler.standard().reconcile(doc).findings()).isEmpty();
        Reconciler all = Reconciler.standard().withExactChecks(true);
        assertThat(all.reportsExactChecks()).isTrue();
        assertThat(all.withExactChecks(true)).isSameAs(all);
        assertThat(Reconciler.standard().withExactChecks(false)).isSameAs(Reconciler.standard());
        Reconciliation r = all.reconcile(doc);
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.EXACT);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(r.findings()).extracting(Finding::rule).contains("sum.function", "sum.nature", "part.of-which");
        assertThat(r.checks()).isEqualTo(r.findings().size());
    }

    @Test
    void nullArgumentsAreRejectedEverywhere() {
        com.google.common.testing.NullPointerTester t = new com.google.common.testing.NullPointerTester()
                .setDefault(Document.class, expenditure(RoundingConvention.HALF, "1 1 0 0 0 0"));
        t.testAllPublicInstanceMethods(Reconciler.standard());
        t.testAllPublicInstanceMethods(Reconciler.standard().reconcile(expenditure(RoundingConvention.HALF,
                "1 1 0 0 0 0")));
        t.testAllPublicStaticMethods(Rule.class);
    }

    @Test
    void nullDocumentIsRejected() {
        assertThatThrownBy(() -> Reconciler.standard().reconcile(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Reconciler.standard().reconcile(expenditure(RoundingConvention.HALF, "1 1 0 0 0 0"))
                .count(null)).isInstanceOf(NullPointerException.class);
    }
}
