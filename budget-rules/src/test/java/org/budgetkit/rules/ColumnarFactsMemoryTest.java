package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Project;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.internal.columnar.FactColumns;
import org.junit.jupiter.api.Test;

/**
 * The store's resident size, measured from its arrays (length × element width, summed, divided
 * by the number of facts): at most 24 bytes a fact.
 */
class ColumnarFactsMemoryTest {
    private static final FundSource[] FUNDS = {FundSource.BASIC_APPROPRIATION, FundSource.DUTY_PROJECT_APPROPRIATION,
        FundSource.GOVERNMENT_FUND_BUDGET, FundSource.BUSINESS_INCOME};

    @Test
    void aNationalShapedStoreTakesSixteenBytesAFact() {
        // 200 units × 50 项 × 5 款 × 4 fund sources, over 2 years and 2 flows: one key word.
        ColumnarFacts.Builder b = ColumnarFacts.builder(AmountUnit.YUAN, 2);
        int n = 0;
        for (int u = 0; u < 200; u++) {
            Coordinates unit = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.unit("县" + u / 10, "单位" + u))
                    .with(Dimension.FLOW, u % 2 == 0 ? Flow.EXPENDITURE : Flow.CARRY_FORWARD)
                    .with(Dimension.YEAR, FiscalYear.of(2022 + u % 2));
            for (int f = 0; f < 50; f++) {
                Coordinates fn = unit.with(Dimension.FUNCTION, FunctionCode.parse("2" + (10 + f / 10) + "0" + (f % 10) + "01"));
                for (int e = 0; e < 5; e++) {
                    Coordinates ec = fn.with(Dimension.ECONOMIC, EconomicCode.parse("3010" + (e + 1)));
                    for (FundSource s : FUNDS) {
                        b.addScaled(ec.with(Dimension.FUND_SOURCE, s), 100L * n++, Precision.decimals(2));
                    }
                }
            }
        }
        FactColumns columns = TestAccess.columns(b.build());
        assertThat(columns.size()).isEqualTo(200_000);
        assertThat(columns.usesSecondKeyWord()).isFalse();
        assertThat(columns.storesPrecisions()).isFalse();
        assertThat(columns.columnBytes()).isEqualTo(16L * n);
        assertThat(columns.dictionaryEntries()).isEqualTo(200 + 2 + 2 + 50 + 5 + 4 + 1);
    }

    @Test
    void theWidestStoreTakesTwentyOneBytesAFact() {
        // Distinct units, projects and 项 on every fact need more than 64 bits; mixed precisions
        // need the precision column.
        int n = 20_000;
        List<Fact> facts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Coordinates c = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.unit("部门", "单位" + i))
                    .with(Dimension.FLOW, Flow.values()[i % 4]).with(Dimension.YEAR, FiscalYear.of(2000 + i % 200))
                    .with(Dimension.FUNCTION, FunctionCode.parse(String.valueOf(2_000_000 + i * 37)))
                    .with(Dimension.ECONOMIC, EconomicCode.parse(String.valueOf(30_000 + i % 9_000)))
                    .with(Dimension.FUND_SOURCE, FundSource.values()[i % FundSource.values().length])
                    .with(Dimension.PROJECT, new Project("项目" + i));
            Amount a = i % 2 == 0 ? Amount.of(BigDecimal.valueOf(i), AmountUnit.TEN_THOUSAND_YUAN, 0)
                    : Amount.of(BigDecimal.valueOf(i, 2), AmountUnit.TEN_THOUSAND_YUAN, 2);
            facts.add(Fact.of(a, c, Provenance.none()));
        }
        ColumnarFacts store = ColumnarFacts.of(FactSet.of(facts));
        FactColumns columns = TestAccess.columns(store);
        assertThat(columns.usesSecondKeyWord()).isTrue();
        assertThat(columns.storesPrecisions()).isTrue();
        assertThat(columns.columnBytes()).isEqualTo(21L * n);
        assertThat(columns.columnBytes() / (double) n).isLessThanOrEqualTo(24);

        // The second word is read back and rolled up right.
        List<Fact> back = store.toFactSet().asList();
        for (int i = 0; i < n; i += 97) {
            assertThat(back.get(i).coordinates()).isEqualTo(facts.get(i).coordinates());
            assertThat(back.get(i).amount().isSameValueAs(facts.get(i).amount())).isTrue();
        }
        List<Dimension<?>> dims = List.of(Dimension.FUNCTION, Dimension.ECONOMIC);
        Map<Coordinates, Amount> expected = RollUpOracle.rollUp(facts, dims, store.unit()).totals();
        RollUp rollUp = store.rollUp(dims);
        assertThat(rollUp.size()).isEqualTo(expected.size());
        int[] k = {0};
        expected.forEach((c, a) -> {
            if (k[0]++ % 13 == 0) {
                assertThat(rollUp.amount(c)).contains(a);
            }
        });
    }
}
