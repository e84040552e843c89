package org.budgetkit.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetkit.model.document.TableTest.BUREAU;
import static org.budgetkit.model.document.TableTest.DEPT;
import static org.budgetkit.model.document.TableTest.SOURCE;
import static org.budgetkit.model.document.TableTest.WAN;
import static org.budgetkit.model.document.TableTest.Y2023;
import static org.budgetkit.model.document.TableTest.doc;
import static org.budgetkit.model.document.TableTest.fn;
import static org.budgetkit.model.document.TableTest.table3;
import static org.budgetkit.model.document.TableTest.wan;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.RoundingConvention;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static Claim income() {
        // 2023年部门预算收入1,877万元，比2022年增加463万元，增长33%
        return Claim.builder(Claim.Kind.CHANGE, "部门预算收入", Y2023)
                .amount(wan("1,877"))
                .change(FiscalYear.of(2022), Claim.Direction.INCREASE, wan("463"), Percentage.parse("33%"))
                .source("2023年部门预算收入1,877万元，比2022年增加463万元，增长33%", 150)
                .build();
    }

    private static Claim breakdown() {
        Claim personnel = Claim.builder(Claim.Kind.AMOUNT, "人员支出", Y2023).amount(wan("704")).build();
        Claim publicUse = Claim.builder(Claim.Kind.AMOUNT, "公用支出", Y2023).amount(wan("44")).build();
        Claim inner = Claim.builder(Claim.Kind.AMOUNT, "工资福利支出", Y2023).amount(wan("600")).build();
        Claim personnelWithPart = Claim.builder(Claim.Kind.AMOUNT, "人员支出", Y2023).amount(wan("704")).part(inner)
                .build();
        return Claim.builder(Claim.Kind.AMOUNT, "基本支出", Y2023).amount(wan("748")).part(personnelWithPart)
                .part(publicUse).build();
    }

    @Test
    void aNewDocumentHasItsMetadataAndDefaults() {
        Document d = Document.builder(BUREAU, Y2023, Phase.BUDGET).build();
        assertThat(d.department()).isEqualTo(DEPT);
        assertThat(d.year()).isEqualTo(Y2023);
        assertThat(d.phase()).isEqualTo(Phase.BUDGET);
        assertThat(d.source()).isEmpty();
        assertThat(d.title()).isEmpty();
        assertThat(d.unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(d.convention()).isEqualTo(RoundingConvention.HALF);
        assertThat(d.units()).isEmpty();
        assertThat(d.tables()).isEmpty();
        assertThat(d.facts()).isEqualTo(FactSet.empty());
        assertThat(d.claims()).isEmpty();
        assertThat(d.allClaims()).isEmpty();
        assertThat(d.indicators()).isEmpty();
        assertThat(d.toString()).isEqualTo("深圳市坪山区信访局 2023 预算: 0 tables, 0 facts, 0 claims");
    }

    @Test
    void theBuilderSetsEverything() {
        Document.Builder b = Document.builder(" " + BUREAU + " ", Y2023, Phase.FINAL_ACCOUNT).source("f.txt")
                .title("深圳市坪山区信访局2023年部门决算").unit(AmountUnit.YUAN).convention(RoundingConvention.TRUNCATE);
        assertThat(b.department()).isEqualTo(DEPT);
        BudgetUnit own = b.addUnit(BUREAU);
        BudgetUnit centre = b.addUnit("深圳市坪山区来访接待中心");
        assertThat(b.addUnit(BUREAU)).isEqualTo(own);
        Document d = b.build();
        assertThat(d.source()).isEqualTo("f.txt");
        assertThat(d.title()).isEqualTo("深圳市坪山区信访局2023年部门决算");
        assertThat(d.unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(d.convention()).isEqualTo(RoundingConvention.TRUNCATE);
        assertThat(d.phase()).isEqualTo(Phase.FINAL_ACCOUNT);
        assertThat(d.units()).containsExactly(own, centre);
        assertThat(own).isEqualTo(BudgetUnit.unit(BUREAU, BUREAU));
        assertThat(d.toString()).startsWith("深圳市坪山区信访局 2023 决算");
    }

    @Test
    void theDepartmentNameMustBeValid() {
        assertThatThrownBy(() -> Document.builder(" ", Y2023, Phase.BUDGET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Document.builder("a/b", Y2023, Phase.BUDGET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSourceMustPrecedeTheTables() {
        Document.Builder b = Document.builder(BUREAU, Y2023, Phase.BUDGET);
        b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 1, 0);
        assertThatThrownBy(() -> b.source("late.txt")).isInstanceOf(IllegalStateException.class);
        Document.Builder c = Document.builder(BUREAU, Y2023, Phase.BUDGET);
        c.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 1, 0).build();
        assertThatThrownBy(() -> c.source("late.txt")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tableNumbersAreUniqueAndNotBlank() {
        Document.Builder b = doc();
        Table.Builder t3 = b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", WAN, 1, 0);
        t3.row(BUREAU, "", Coordinates.empty(), 2, "1 1 0 0 0 0");
        assertThatThrownBy(() -> b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "again", WAN, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("表3");
        assertThatThrownBy(() -> b.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, " ", "blank", WAN, 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        // A rejected call leaves the open table open.
        t3.row("一般公共服务支出", "201", fn("201"), 4, "1 1 0 0 0 0");
        assertThat(b.build().table("表3").orElseThrow().rows()).hasSize(2);
    }

    @Test
    void theNextTableOrBuildClosesTheOpenTable() {
        Document.Builder b = doc();
        Table.Builder t1 = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "按功能分类", WAN, 10, 0);
        t1.row("合计", "", Coordinates.empty(), 11, "1,877 748 1,129");
        Table.Builder t2 = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, "表8", "按经济分类", WAN, 20, 0);
        assertThatThrownBy(() -> t1.row("x", "", Coordinates.empty(), 12, "1 1 0"))
                .isInstanceOf(IllegalStateException.class);
        t2.row("合计", "", Coordinates.empty(), 21, "1,877 748 1,129");
        Table.Builder t3 = b.table(Templates.SHENZHEN_THREE_PUBLIC, "表9", "三公", WAN, 30, 0);
        t3.row("2023 年", "", Coordinates.empty(), 31, "6.10 0.00 1.60 4.50 0.00 4.50");
        Document d = b.build();
        assertThatThrownBy(() -> t3.row("x", "", Coordinates.empty(), 32, "1 1 1 1 1 1"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(d.tables()).extracting(Table::number).containsExactly("表7", "表8", "表9");
        assertThat(d.table("表8").orElseThrow().rows()).hasSize(1);
        assertThat(d.table("表9").orElseThrow().rows()).hasSize(1);
        assertThat(d.table("表10")).isEmpty();
        assertThat(d.facts().tables()).containsExactly("表7", "表8", "表9");
        assertThat(d.facts().size()).isEqualTo(12);
    }

    @Test
    void tablesBuiltExplicitlyKeepTheirOrder() {
        Document.Builder b = doc();
        b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "a", WAN, 1, 0).build();
        b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, "表8", "b", WAN, 2, 0).build();
        assertThat(b.build().tables()).extracting(Table::number).containsExactly("表7", "表8");
    }

    @Test
    void factsNotFromATableJoinInOrder() {
        Document.Builder b = doc();
        Fact computed = Fact.of(wan("1"), Coordinates.parse("{unit=部门 深圳市坪山区信访局, flow=REVENUE, year=2023}"),
                Provenance.none());
        b.fact(computed);
        Document d = table3(b);
        assertThat(d.facts().asList().get(0)).isSameAs(computed);
        assertThat(d.facts().size()).isEqualTo(19);
    }

    @Test
    void claimsAndIndicators() {
        PerformanceIndicator indicator = new PerformanceIndicator("表12", "产出指标", "数量指标", "员额核定人数", "33 人", 1200);
        Document d = doc().claim(income()).claim(breakdown()).indicator(indicator).build();
        assertThat(d.claims()).containsExactly(income(), breakdown());
        assertThat(d.allClaims()).extracting(Claim::subject)
                .containsExactly("部门预算收入", "基本支出", "人员支出", "工资福利支出", "公用支出");
        assertThat(d.allClaims()).hasSize(d.claims().stream().mapToInt(Claim::size).sum());
        assertThat(d.indicators()).containsExactly(indicator);
        assertThat(d.toString()).endsWith("0 tables, 0 facts, 5 claims");
        assertThatThrownBy(() -> d.claims().add(income())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withFactsReplacesTheFactsOnly() {
        Document d = table3(doc().claim(income()));
        assertThat(d.withFacts(d.facts())).isSameAs(d);
        assertThat(d.withFacts(FactSet.of(d.facts().asList()))).isSameAs(d);
        Fact first = d.facts().asList().get(0);
        FactSet changed = FactSet.of(List.of(first.withAmount(wan("1,878"))));
        Document e = d.withFacts(changed);
        assertThat(e.facts()).isEqualTo(changed);
        assertThat(e.tables()).isEqualTo(d.tables());
        assertThat(e.claims()).isEqualTo(d.claims());
        assertThat(e.department()).isEqualTo(d.department());
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e).isNotEqualTo(d);
        assertThat(d.facts().size()).isEqualTo(18);
        assertThat(d.withFacts(FactSet.empty()).facts()).isEmpty();
    }

    @Test
    void documentsBuiltAlikeAreEqual() {
        new EqualsTester()
                .addEqualityGroup(table3(doc()), table3(doc()))
                .addEqualityGroup(table3(doc().claim(income())))
                .addEqualityGroup(table3(doc().title("t")))
                .addEqualityGroup(table3(Document.builder(BUREAU, FiscalYear.of(2024), Phase.BUDGET).source(SOURCE)))
                .addEqualityGroup(doc().build())
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(FiscalYear.class, Y2023);
        tester.setDefault(TableTemplate.class, Templates.SHENZHEN_EXPENDITURE_SUMMARY);
        tester.setDefault(Claim.class, income());
        tester.setDefault(FactSet.class, FactSet.empty());
        tester.setDefault(Fact.class, Fact.of(wan("1"), Coordinates.parse("{unit=部门 x, flow=REVENUE, year=2023}"),
                Provenance.none()));
        tester.setDefault(PerformanceIndicator.class, new PerformanceIndicator("表12", "a", "b", "c", "d", 1));
        tester.testAllPublicStaticMethods(Document.class);
        tester.testAllPublicInstanceMethods(table3(doc()));
        tester.testAllPublicInstanceMethods(Document.builder(BUREAU, Y2023, Phase.BUDGET));
    }
}
