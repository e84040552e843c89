package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;

/** The catalogue identities and the breakdown rules on documents made of facts (as read from CSV). */
class ReconcilerIdentitiesTest {
    private static final String DEPT = "测试局";

    private static final class Doc {
        private final Document.Builder b = Document.builder(DEPT, FiscalYear.of(2023), Phase.BUDGET).source("t");
        private int line = 1;

        Doc add(String table, String row, String figure, Coordinates c) {
            Coordinates x = Coordinates.empty().with(Dimension.UNIT, b.department())
                    .with(Dimension.YEAR, c.get(Dimension.YEAR).orElse(FiscalYear.of(2023)))
                    .with(Dimension.FLOW, c.get(Dimension.FLOW).orElse(Flow.EXPENDITURE)).merge(c);
            b.fact(Fact.of(Amount.parseFigure(figure, AmountUnit.TEN_THOUSAND_YUAN), x,
                    new Provenance("t", table, row, "", line++, 0)));
            return this;
        }

        Reconciliation reconcile() {
            Document doc = b.build();
            // Also the old engine's findings, field for field (see ReconcilerOracleTest).
            ReconcilerOracleTest.assertSameAsOldEngine(doc, false);
            ReconcilerOracleTest.assertSameAsOldEngine(doc, true);
            return Reconciler.standard().reconcile(doc);
        }
    }

    private static Coordinates c() {
        return Coordinates.empty();
    }

    private static Coordinates fn(String code) {
        return c().with(Dimension.FUNCTION, FunctionCode.parse(code));
    }

    private static Coordinates ec(String code) {
        return c().with(Dimension.ECONOMIC, EconomicCode.parse(code));
    }

    @Test
    void revenueMustEqualUses() {
        // 收入总计 1,877 against 支出总计 1,880: [1876.5, 1877.5] and [1879.5, 1880.5] are 2 apart.
        Reconciliation r = new Doc().add("表1", "收入总计", "1,877", c().with(Dimension.FLOW, Flow.REVENUE))
                .add("表1", "支出总计", "1,880", c().with(Dimension.FLOW, Flow.USES)).reconcile();
        assertThat(r.findings(Severity.ERROR)).extracting(Finding::rule).containsExactly("identity.balance");
        assertThat(r.findings().get(0).message(Locale.ENGLISH)).contains("from 1,877 to 1,879");
    }

    @Test
    void changeIsThisYearLessLastYear() {
        // 6.10 − 4.60 = 1.50, printed 1.60: 0.1 beyond a tolerance of 3 × 0.005.
        Coordinates travel = c().with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
                .with(Dimension.ITEM, SpecialItem.OFFICIAL_RECEPTION);
        Reconciliation r = new Doc().add("表9", "2022 年", "4.60", travel.with(Dimension.YEAR, FiscalYear.of(2022)))
                .add("表9", "2023 年", "6.10", travel)
                .add("表9", "增减变化金额", "1.60", travel.with(Dimension.MEASURE, Measure.CHANGE)).reconcile();
        assertThat(r.findings(Severity.ERROR)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("identity.change");
            assertThat(f.expected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
            assertThat(f.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.6"));
            assertThat(f.tolerance()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.015"));
        });
    }

    @Test
    void personnelIsWagesPlusSubsidiesToHouseholds() {
        // 人员经费 700 against 301 工资福利 704 + 303 对个人和家庭的补助 10 = 714.
        Coordinates basic = c().with(Dimension.NATURE, Nature.BASIC);
        Reconciliation r = new Doc().add("表X", "人员经费", "700", c().with(Dimension.NATURE, Nature.PERSONNEL))
                .add("表4", "工资福利支出", "704", basic.merge(ec("301")))
                .add("表4", "对个人和家庭的补助", "10", basic.merge(ec("303"))).reconcile();
        assertThat(r.findings(Severity.ERROR)).extracting(Finding::rule).containsExactly("identity.personnel-economic");
    }

    @Test
    void administrativeOperationAtMostPublicUseIsAWarning() {
        Reconciliation r = new Doc()
                .add("表X", "机关运行经费", "50", c().with(Dimension.ITEM, SpecialItem.ADMINISTRATIVE_OPERATION))
                .add("表X", "公用经费", "44", c().with(Dimension.NATURE, Nature.PUBLIC_USE)).reconcile();
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.findings(Severity.WARNING)).extracting(Finding::rule)
                .containsExactly("identity.operation-public-use");
    }

    @Test
    void threePublicAgainstEconomicCategoryIsAWarning() {
        Coordinates gpb = c().with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        Reconciliation r = new Doc()
                .add("表9", "公务接待费", "1.60", gpb.with(Dimension.ITEM, SpecialItem.OFFICIAL_RECEPTION))
                .add("表8", "公务接待费", "12", gpb.merge(ec("30217"))).reconcile();
        assertThat(r.findings(Severity.WARNING)).extracting(Finding::rule)
                .containsExactly("identity.three-public-economic");
    }

    @Test
    void aCodeMissingFromAnotherBreakdownIsAnErrorUnlessTheParentsAgree() {
        Coordinates project = c().with(Dimension.NATURE, Nature.PROJECT);
        // Both tables break 20103 down; 表3 files 8 under 2010301, 表5 under 2010399; 20103 agrees: a warning.
        Doc moved = new Doc().add("表3", "20103", "1,129", project.merge(fn("20103")))
                .add("表3", "行政运行", "8", project.merge(fn("2010301")))
                .add("表3", "信访事务", "1,121", project.merge(fn("2010308")))
                .add("表5", "其他", "8", project.merge(fn("2010399")))
                .add("表5", "信访事务", "1,121", project.merge(fn("2010308")));
        Reconciliation r = moved.reconcile();
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.findings(Severity.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("reclassified.function");
            assertThat(f.message(Locale.ENGLISH)).contains("2010301", "2010399", "表3", "表5");
        });
        // 表5 lists 2010399 = 30 instead: the parents differ (1,151 against 1,129), so the codes are errors.
        Reconciliation wrong = new Doc().add("表3", "20103", "1,129", project.merge(fn("20103")))
                .add("表3", "行政运行", "8", project.merge(fn("2010301")))
                .add("表3", "信访事务", "1,121", project.merge(fn("2010308")))
                .add("表5", "其他", "30", project.merge(fn("2010399")))
                .add("表5", "信访事务", "1,121", project.merge(fn("2010308"))).reconcile();
        assertThat(wrong.findings(Severity.ERROR)).extracting(Finding::rule)
                .contains("breakdown.function", "duplicate.derived");
        assertThat(wrong.findings(Severity.WARNING)).isEmpty();
    }
}
