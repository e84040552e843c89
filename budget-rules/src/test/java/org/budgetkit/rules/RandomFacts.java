package org.budgetkit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Project;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;

/** Random facts over small pools of real codes and values, for property tests. */
public final class RandomFacts {
    /** Budget units: none is another's department. */
    public static final List<BudgetUnit> UNITS = List.of(BudgetUnit.unit("甲局", "甲局"), BudgetUnit.unit("甲局", "甲中心"),
            BudgetUnit.unit("乙局", "乙局"), BudgetUnit.department("丙局"));
    public static final List<Flow> FLOWS = List.of(Flow.EXPENDITURE, Flow.CARRY_FORWARD, Flow.REVENUE);
    public static final List<FunctionCode> FUNCTION_LEAVES = codes(FunctionCode::parse, "2010301", "2010302", "2010308",
            "2080505", "2080506", "2101101", "2210201", "2210203", "20106", "212");
    public static final List<FunctionCode> FUNCTION_ANY = codes(FunctionCode::parse, "2010301", "2010302", "20103", "201",
            "2080505", "208");
    public static final List<EconomicCode> ECONOMIC_LEAVES = codes(EconomicCode::parse, "30101", "30102", "30113", "30201",
            "30211", "30217", "310");
    public static final List<EconomicCode> ECONOMIC_ANY = codes(EconomicCode::parse, "30101", "30102", "301", "30211");
    public static final List<FundSource> FUND_LEAVES = List.of(FundSource.BASIC_APPROPRIATION,
            FundSource.DUTY_PROJECT_APPROPRIATION, FundSource.GOVERNMENT_FUND_BUDGET, FundSource.BUSINESS_INCOME,
            FundSource.PRIOR_YEAR_OTHER, FundSource.OTHER_FUNDS, FundSource.APPROPRIATIONS_TOTAL);
    public static final List<Nature> NATURE_LEAVES = List.of(Nature.PERSONNEL, Nature.PUBLIC_USE, Nature.PROJECT);
    public static final List<SpecialItem> ITEM_LEAVES = List.of(SpecialItem.OVERSEAS_TRAVEL, SpecialItem.VEHICLE_PURCHASE,
            SpecialItem.MEETINGS, SpecialItem.PROCUREMENT_SME);

    private RandomFacts() {
    }

    @SafeVarargs
    private static <C> List<C> codes(java.util.function.Function<String, C> parse, String... digits) {
        List<C> out = new ArrayList<>();
        for (String d : digits) {
            out.add(parse.apply(d));
        }
        return List.copyOf(out);
    }

    /**
     * Random facts.
     *
     * @param seed the seed
     * @param count how many
     * @param leavesOnly whether to draw from the non-overlapping pools only
     * @param huge whether amounts come near the range of a long (sums then overflow)
     * @return the facts
     */
    public static List<Fact> generate(long seed, int count, boolean leavesOnly, boolean huge) {
        SplittableRandom r = new SplittableRandom(seed);
        // Leaves only: each optional dimension is on every fact or on none, since a fact
        // without it would be the total of those with it.
        boolean[] on = new boolean[6];
        for (int k = 0; k < on.length; k++) {
            on[k] = r.nextInt(3) > 0;
        }
        List<Fact> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Coordinates c = Coordinates.empty()
                    .with(Dimension.UNIT, pick(r, UNITS))
                    .with(Dimension.FLOW, pick(r, FLOWS))
                    .with(Dimension.YEAR, FiscalYear.of(r.nextInt(4) == 0 ? 2022 : 2023));
            if (leavesOnly ? on[0] : r.nextInt(5) > 0) {
                c = c.with(Dimension.FUNCTION, pick(r, leavesOnly ? FUNCTION_LEAVES : FUNCTION_ANY));
            }
            if (leavesOnly ? on[1] : r.nextInt(2) > 0) {
                c = c.with(Dimension.ECONOMIC, pick(r, leavesOnly ? ECONOMIC_LEAVES : ECONOMIC_ANY));
            }
            if (leavesOnly ? on[2] : r.nextInt(3) > 0) {
                c = c.with(Dimension.FUND_SOURCE, pick(r, FUND_LEAVES));
            }
            if (leavesOnly ? on[3] : r.nextInt(3) == 0) {
                c = c.with(Dimension.NATURE, pick(r, NATURE_LEAVES));
            }
            if (leavesOnly ? on[4] || r.nextInt(3) == 0 : r.nextInt(4) == 0) {
                c = c.with(Dimension.ITEM, pick(r, ITEM_LEAVES));
            }
            if (leavesOnly ? on[5] : r.nextInt(6) == 0) {
                c = c.with(Dimension.PROJECT, new Project("项目" + r.nextInt(3)));
            }
            out.add(Fact.of(amount(r, huge), c, Provenance.none()));
        }
        return out;
    }

    private static Amount amount(SplittableRandom r, boolean huge) {
        if (huge) {
            long v = r.nextLong(Long.MIN_VALUE / 3, Long.MAX_VALUE / 3);
            return Amount.exact(BigDecimal.valueOf(v), AmountUnit.YUAN);
        }
        long v = r.nextLong(-2_000_000, 20_000_000);
        switch (r.nextInt(6)) {
            case 0:
                return Amount.of(BigDecimal.valueOf(v / 100), AmountUnit.TEN_THOUSAND_YUAN, 0);
            case 1:
                return Amount.of(BigDecimal.valueOf(v, 2), AmountUnit.TEN_THOUSAND_YUAN, 2);
            case 2:
                return Amount.of(BigDecimal.valueOf(v), AmountUnit.YUAN, 0);
            case 3:
                return Amount.exact(BigDecimal.valueOf(v, 2), AmountUnit.YUAN);
            case 4:
                return Amount.nil(AmountUnit.TEN_THOUSAND_YUAN);
            default:
                return Amount.of(BigDecimal.valueOf(v / 10, 1), AmountUnit.THOUSAND_YUAN, 1);
        }
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
