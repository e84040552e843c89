package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Nature, Flow, Measure and Phase; and what every labelled enum of the package shares. */
class LabelledEnumsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "人员支出 | PERSONNEL",
        "人员经费 | PERSONNEL",
        "1.人员经费 | PERSONNEL",
        "公用经费 | PUBLIC_USE",
        "公用支出 | PUBLIC_USE",
        "基本支出 | BASIC",
        "基本支出合计 | BASIC",
        "项目支出 | PROJECT",
        "二、项目支出 | PROJECT",
        "经营支出 | OPERATING",
        "事业单位经营支出 | OPERATING",
        "上缴上级支出 | REMITTANCE_TO_SUPERIOR",
        "对附属单位补助支出 | SUBSIDY_TO_SUBORDINATE",
        "project | PROJECT"})
    void naturesParseByPrintedName(String text, Nature expected) {
        assertThat(Nature.parse(text)).isSameAs(expected);
    }

    @Test
    void naturesHaveBasicAsTheParentOfPersonnelAndPublicUse() {
        assertThat(Nature.PERSONNEL.parent()).contains(Nature.BASIC);
        assertThat(Nature.PUBLIC_USE.parent()).contains(Nature.BASIC);
        for (Nature n : List.of(Nature.BASIC, Nature.PROJECT, Nature.REMITTANCE_TO_SUPERIOR, Nature.OPERATING,
                Nature.SUBSIDY_TO_SUBORDINATE)) {
            assertThat(n.parent()).isEmpty();
        }
        assertThat(Dimension.NATURE.relation(Nature.PERSONNEL)).isEqualTo(Relation.COMPONENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "收入 | REVENUE",
        "支出总计 | USES",
        "支出 | EXPENDITURE",
        "结转下年 | CARRY_FORWARD",
        "EXPENDITURE | EXPENDITURE",
        "carry_forward | CARRY_FORWARD"})
    void flowsParseByChineseOrConstantName(String text, Flow expected) {
        assertThat(Flow.parse(text)).isSameAs(expected);
    }

    @Test
    void usesAreExpenditurePlusCarryForward() {
        assertThat(Flow.EXPENDITURE.parent()).contains(Flow.USES);
        assertThat(Flow.CARRY_FORWARD.parent()).contains(Flow.USES);
        assertThat(Flow.USES.parent()).isEmpty();
        assertThat(Flow.REVENUE.parent()).isEmpty();
        assertThat(Flow.REVENUE.englishName()).isEqualTo("revenue");
        assertThat(Dimension.FLOW.parent(Flow.EXPENDITURE)).contains(Flow.USES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "金额 | AMOUNT",
        "增减变化金额 | CHANGE",
        "增减变化 | CHANGE",
        "增减 | CHANGE",
        "增减额 | CHANGE",
        "CHANGE | CHANGE",
        "amount | AMOUNT"})
    void measuresParse(String text, Measure expected) {
        assertThat(Measure.parse(text)).isSameAs(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"预算 | BUDGET", "决算 | FINAL_ACCOUNT", "BUDGET | BUDGET",
        "final_account | FINAL_ACCOUNT"})
    void phasesParse(String text, Phase expected) {
        assertThat(Phase.parse(text)).isSameAs(expected);
        assertThat(expected.toString()).isEqualTo(expected.chineseName());
    }

    @Test
    void phasesHaveEnglishNames() {
        assertThat(Phase.BUDGET.englishName()).isEqualTo("budget");
        assertThat(Phase.FINAL_ACCOUNT.englishName()).isEqualTo("final account");
    }

    @Test
    void unknownLabelsAreRejectedNamingTheText() {
        List<Function<String, ?>> parsers = List.of(Nature::parse, Flow::parse, Measure::parse, Phase::parse,
                FundSource::parse, SpecialItem::parse);
        for (Function<String, ?> parser : parsers) {
            assertThatThrownBy(() -> parser.apply("没有这个")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"没有这个\"");
            assertThatThrownBy(() -> parser.apply("")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> parser.apply(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Nature.class)
    void everyNatureParsesByItsOwnNames(Nature n) {
        assertThat(Nature.parse(n.name())).isSameAs(n);
        assertThat(Nature.parse(n.chineseName())).isSameAs(n);
        assertThat(Nature.parse(n.toString())).isSameAs(n);
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void everyFlowParsesByItsOwnNames(Flow f) {
        assertThat(Flow.parse(f.name())).isSameAs(f);
        assertThat(Flow.parse(f.chineseName())).isSameAs(f);
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void everyMeasureParsesByItsOwnNames(Measure m) {
        assertThat(Measure.parse(m.name())).isSameAs(m);
        assertThat(Measure.parse(m.chineseName())).isSameAs(m);
    }

    /**
     * Every printed name (Chinese name and alias, as folded for matching) names one constant
     * only; otherwise parse would silently return the first. The aliases are private, so they
     * are read by reflection.
     */
    @Test
    void noPrintedNameIsSharedByTwoConstants() throws ReflectiveOperationException {
        for (Class<? extends Enum<?>> type : List.of(FundSource.class, SpecialItem.class, Nature.class,
                Measure.class)) {
            Field names = type.getDeclaredField("names");
            names.setAccessible(true);
            Map<String, Enum<?>> seen = new HashMap<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                for (String name : (String[]) names.get(constant)) {
                    Enum<?> before = seen.put(Labels.fold(name), constant);
                    assertThat(before).as("%s of %s", name, constant).isIn(null, constant);
                    assertThat(Labels.fold(name)).as("%s folds to nothing", name).isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' 一、 一般公共预算拨款 ' | 一般公共预算拨款",
        "（一）基本支出 | 基本支出",
        "(1)基本支出 | 基本支出",
        "１．基本支出 | 基本支出",
        "1、基本支出 | 基本支出",
        "①基本支出 | 基本支出",
        "其中：基本支出 | 基本支出",
        "“三公”经费 | 三公经费",
        "因公出国（境）费 | 因公出国(境)费",
        "2023年 | 2023年"})
    void foldDropsSpacesQuotesMarkersAndWidth(String text, String expected) {
        assertThat(Labels.fold(text)).isEqualTo(expected);
    }

    @Test
    void rejectNulls() {
        NullPointerTester tester = new NullPointerTester();
        for (Class<?> type : List.of(Nature.class, Flow.class, Measure.class, Phase.class, FundSource.class,
                SpecialItem.class, Relation.class, BudgetUnit.Kind.class)) {
            tester.testAllPublicStaticMethods(type);
        }
    }
}
