package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetkit.model.dimension.FundSource.APPROPRIATIONS_TOTAL;
import static org.budgetkit.model.dimension.FundSource.BASIC_APPROPRIATION;
import static org.budgetkit.model.dimension.FundSource.BUSINESS_INCOME;
import static org.budgetkit.model.dimension.FundSource.CURRENT_YEAR;
import static org.budgetkit.model.dimension.FundSource.DUTY_PROJECT_APPROPRIATION;
import static org.budgetkit.model.dimension.FundSource.FISCAL_SPECIAL_ACCOUNT;
import static org.budgetkit.model.dimension.FundSource.GENERAL_PUBLIC_BUDGET;
import static org.budgetkit.model.dimension.FundSource.GOVERNMENT_BUDGET;
import static org.budgetkit.model.dimension.FundSource.GOVERNMENT_FUND_BUDGET;
import static org.budgetkit.model.dimension.FundSource.GOVERNMENT_INVESTMENT_APPROPRIATION;
import static org.budgetkit.model.dimension.FundSource.OPERATING_INCOME;
import static org.budgetkit.model.dimension.FundSource.OTHER_FUNDS;
import static org.budgetkit.model.dimension.FundSource.OTHER_INCOME;
import static org.budgetkit.model.dimension.FundSource.PRIOR_YEAR_APPROPRIATIONS;
import static org.budgetkit.model.dimension.FundSource.PRIOR_YEAR_BALANCE;
import static org.budgetkit.model.dimension.FundSource.PRIOR_YEAR_GENERAL_PUBLIC_BUDGET;
import static org.budgetkit.model.dimension.FundSource.PRIOR_YEAR_GOVERNMENT_FUND;
import static org.budgetkit.model.dimension.FundSource.PRIOR_YEAR_OTHER;
import static org.budgetkit.model.dimension.FundSource.PRIOR_YEAR_STATE_CAPITAL;
import static org.budgetkit.model.dimension.FundSource.SPECIAL_FUND_APPROPRIATION;
import static org.budgetkit.model.dimension.FundSource.STATE_CAPITAL_BUDGET;
import static org.budgetkit.model.dimension.FundSource.SUBORDINATE_REMITTANCE;
import static org.budgetkit.model.dimension.FundSource.SUPERIOR_SUBSIDY;
import static org.budgetkit.model.dimension.FundSource.UNIT_FUNDS;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FundSourceTest {
    /**
     * The elementary sources, written down from the tree in the Javadoc of {@link FundSource}
     * (and DESIGN.md), not computed from the enum.
     */
    private static final Set<FundSource> LEAVES = EnumSet.of(BASIC_APPROPRIATION, DUTY_PROJECT_APPROPRIATION,
            SPECIAL_FUND_APPROPRIATION, GOVERNMENT_INVESTMENT_APPROPRIATION, GOVERNMENT_FUND_BUDGET,
            STATE_CAPITAL_BUDGET, FISCAL_SPECIAL_ACCOUNT, BUSINESS_INCOME, OPERATING_INCOME, SUPERIOR_SUBSIDY,
            SUBORDINATE_REMITTANCE, OTHER_INCOME, PRIOR_YEAR_GENERAL_PUBLIC_BUDGET, PRIOR_YEAR_GOVERNMENT_FUND,
            PRIOR_YEAR_STATE_CAPITAL, PRIOR_YEAR_OTHER);

    @ParameterizedTest
    @EnumSource(FundSource.class)
    void parsesEveryConstantByNameAndChineseName(FundSource source) {
        assertThat(FundSource.parse(source.name())).isSameAs(source);
        assertThat(FundSource.parse(source.name().toLowerCase())).isSameAs(source);
        assertThat(FundSource.parse(" " + source.name() + " ")).isSameAs(source);
        assertThat(FundSource.parse(source.chineseName())).isSameAs(source);
        assertThat(FundSource.parse("1." + source.chineseName())).isSameAs(source);
        assertThat(FundSource.parse("（一）" + source.chineseName())).isSameAs(source);
        assertThat(FundSource.parse("其中：" + source.chineseName())).isSameAs(source);
        assertThat(source.toString()).isEqualTo(source.chineseName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.一般公共预算拨款 | GENERAL_PUBLIC_BUDGET",
        "一般公共预算拨款收入 | GENERAL_PUBLIC_BUDGET",
        "一般公共预算 | GENERAL_PUBLIC_BUDGET",
        "（一）一般公共预算拨款 | GENERAL_PUBLIC_BUDGET",
        "一般公共 预算 拨款 | GENERAL_PUBLIC_BUDGET",
        "财政拨款 | GOVERNMENT_BUDGET",
        "财政拨款收入 | GOVERNMENT_BUDGET",
        "一、财政拨款收入 | GOVERNMENT_BUDGET",
        "政府预算拨款 | GOVERNMENT_BUDGET",
        "上年结转 | PRIOR_YEAR_BALANCE",
        "上年结余、结转 | PRIOR_YEAR_BALANCE",
        "上年结余结转 | PRIOR_YEAR_BALANCE",
        "上年财政拨款结转 | PRIOR_YEAR_APPROPRIATIONS",
        "财政拨款结转 | PRIOR_YEAR_APPROPRIATIONS",
        "上年其他资金结转 | PRIOR_YEAR_OTHER",
        "本年收入合计 | CURRENT_YEAR",
        "本年收入小计 | CURRENT_YEAR",
        "2.政府性基金预算拨款 | GOVERNMENT_FUND_BUDGET",
        "3、国有资本经营预算拨款 | STATE_CAPITAL_BUDGET",
        "财政专户管理资金 | FISCAL_SPECIAL_ACCOUNT",
        "经营收入 | OPERATING_INCOME",
        "事业单位经营收入 | OPERATING_INCOME",
        "其中：其他资金 | OTHER_FUNDS",
        "财政拨款合计 | APPROPRIATIONS_TOTAL",
        "基本支出拨款 | BASIC_APPROPRIATION",
        "履职类项目拨款 | DUTY_PROJECT_APPROPRIATION"})
    void parsesPrintedVariants(String text, FundSource expected) {
        assertThat(FundSource.parse(text)).isSameAs(expected);
    }

    @Test
    void rejectsOtherText() {
        for (String text : List.of("", " ", "拨款", "预算", "一般公共预算拨款支出", "UNKNOWN", "收入总计")) {
            assertThatThrownBy(() -> FundSource.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + text + "\"");
        }
        assertThatThrownBy(() -> FundSource.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void parentsFollowTheTree() {
        assertThat(GENERAL_PUBLIC_BUDGET.parent()).contains(GOVERNMENT_BUDGET);
        assertThat(BASIC_APPROPRIATION.parent()).contains(GENERAL_PUBLIC_BUDGET);
        assertThat(GOVERNMENT_BUDGET.parent()).contains(CURRENT_YEAR);
        assertThat(FISCAL_SPECIAL_ACCOUNT.parent()).contains(CURRENT_YEAR);
        assertThat(UNIT_FUNDS.parent()).contains(CURRENT_YEAR);
        assertThat(OTHER_INCOME.parent()).contains(UNIT_FUNDS);
        assertThat(PRIOR_YEAR_GENERAL_PUBLIC_BUDGET.parent()).contains(PRIOR_YEAR_APPROPRIATIONS);
        assertThat(PRIOR_YEAR_APPROPRIATIONS.parent()).contains(PRIOR_YEAR_BALANCE);
        assertThat(PRIOR_YEAR_OTHER.parent()).contains(PRIOR_YEAR_BALANCE);
        assertThat(Arrays.stream(FundSource.values()).filter(s -> s.parent().isEmpty()))
                .containsExactly(CURRENT_YEAR, PRIOR_YEAR_BALANCE, APPROPRIATIONS_TOTAL, OTHER_FUNDS);
    }

    @Test
    void onlyTheAlternativeGroupingsAreGroupings() {
        assertThat(APPROPRIATIONS_TOTAL.relation()).isEqualTo(Relation.GROUPING);
        assertThat(OTHER_FUNDS.relation()).isEqualTo(Relation.GROUPING);
        assertThat(Arrays.stream(FundSource.values()).filter(s -> s.relation() != Relation.GROUPING))
                .allSatisfy(s -> assertThat(s.relation()).isEqualTo(Relation.COMPONENT))
                .hasSize(FundSource.values().length - 2);
        assertThat(Dimension.FUND_SOURCE.relation(OTHER_FUNDS)).isEqualTo(Relation.GROUPING);
        assertThat(Dimension.FUND_SOURCE.relation(GENERAL_PUBLIC_BUDGET)).isEqualTo(Relation.COMPONENT);
    }

    @ParameterizedTest
    @EnumSource(FundSource.class)
    void aLeafIsItsOwnOnlyLeafAndEveryLeafSetHoldsOnlyLeaves(FundSource source) {
        assertThat(source.leaves()).isSubsetOf(LEAVES).isNotEmpty();
        assertThat(source.leaves().equals(Set.of(source))).isEqualTo(LEAVES.contains(source));
        assertThatThrownBy(() -> source.leaves().add(source)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(FundSource.class)
    void aComponentSourceCoversTheLeavesOfItsChildren(FundSource source) {
        Set<FundSource> children = EnumSet.noneOf(FundSource.class);
        Arrays.stream(FundSource.values()).filter(s -> s.parent().filter(source::equals).isPresent())
                .forEach(children::add);
        if (source.relation() == Relation.GROUPING || children.isEmpty()) {
            return;
        }
        Set<FundSource> union = new HashSet<>();
        for (FundSource child : children) {
            assertThat(Sets.intersection(union, child.leaves())).as("siblings under %s overlap", source).isEmpty();
            union.addAll(child.leaves());
        }
        assertThat(source.leaves()).isEqualTo(union);
    }

    @Test
    void theTopLevelComponentsPartitionTheLeaves() {
        List<FundSource> top = Arrays.stream(FundSource.values())
                .filter(s -> s.parent().isEmpty() && s.relation() == Relation.COMPONENT).toList();
        assertThat(top).containsExactly(CURRENT_YEAR, PRIOR_YEAR_BALANCE);
        assertThat(Sets.intersection(CURRENT_YEAR.leaves(), PRIOR_YEAR_BALANCE.leaves())).isEmpty();
        assertThat(Sets.union(CURRENT_YEAR.leaves(), PRIOR_YEAR_BALANCE.leaves())).isEqualTo(LEAVES);
    }

    @Test
    void otherFundsAndGovernmentBudgetPartitionTheLeaves() {
        assertThat(Sets.intersection(OTHER_FUNDS.leaves(), GOVERNMENT_BUDGET.leaves())).isEmpty();
        assertThat(Sets.union(OTHER_FUNDS.leaves(), GOVERNMENT_BUDGET.leaves())).isEqualTo(LEAVES);
    }

    @Test
    void groupingsCoverWhatTheirJavadocSays() {
        assertThat(GOVERNMENT_BUDGET.leaves()).containsExactlyInAnyOrder(BASIC_APPROPRIATION,
                DUTY_PROJECT_APPROPRIATION, SPECIAL_FUND_APPROPRIATION, GOVERNMENT_INVESTMENT_APPROPRIATION,
                GOVERNMENT_FUND_BUDGET, STATE_CAPITAL_BUDGET);
        assertThat(APPROPRIATIONS_TOTAL.leaves()).isEqualTo(Sets.union(GOVERNMENT_BUDGET.leaves(),
                EnumSet.of(PRIOR_YEAR_GENERAL_PUBLIC_BUDGET, PRIOR_YEAR_GOVERNMENT_FUND, PRIOR_YEAR_STATE_CAPITAL)));
        assertThat(OTHER_FUNDS.leaves()).containsExactlyInAnyOrder(FISCAL_SPECIAL_ACCOUNT, BUSINESS_INCOME,
                OPERATING_INCOME, SUPERIOR_SUBSIDY, SUBORDINATE_REMITTANCE, OTHER_INCOME,
                PRIOR_YEAR_GENERAL_PUBLIC_BUDGET, PRIOR_YEAR_GOVERNMENT_FUND, PRIOR_YEAR_STATE_CAPITAL,
                PRIOR_YEAR_OTHER);
        assertThat(GENERAL_PUBLIC_BUDGET.leaves()).containsExactlyInAnyOrder(BASIC_APPROPRIATION,
                DUTY_PROJECT_APPROPRIATION, SPECIAL_FUND_APPROPRIATION, GOVERNMENT_INVESTMENT_APPROPRIATION);
    }
}
