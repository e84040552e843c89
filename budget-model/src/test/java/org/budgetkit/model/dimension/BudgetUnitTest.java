package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetUnitTest {
    private static final String BUREAU = "深圳市坪山区信访局";
    private static final String CENTRE = "深圳市坪山区来访接待中心";

    @Test
    void aDepartmentIsItsOwnDepartmentWithoutParent() {
        BudgetUnit dept = BudgetUnit.department(BUREAU);
        assertThat(dept.kind()).isEqualTo(BudgetUnit.Kind.DEPARTMENT);
        assertThat(dept.name()).isEqualTo(BUREAU);
        assertThat(dept.department()).isEqualTo(BUREAU);
        assertThat(dept.parent()).isEmpty();
        assertThat(dept.toString()).isEqualTo("部门 深圳市坪山区信访局");
    }

    @Test
    void aUnitHasItsDepartmentAsParent() {
        BudgetUnit own = BudgetUnit.unit(BUREAU, BUREAU);
        BudgetUnit centre = BudgetUnit.unit(BUREAU, CENTRE);
        assertThat(own.kind()).isEqualTo(BudgetUnit.Kind.UNIT);
        assertThat(own.parent()).contains(BudgetUnit.department(BUREAU));
        assertThat(centre.parent()).contains(BudgetUnit.department(BUREAU));
        assertThat(centre.name()).isEqualTo(CENTRE);
        assertThat(centre.department()).isEqualTo(BUREAU);
        assertThat(centre.toString()).isEqualTo("单位 深圳市坪山区信访局/深圳市坪山区来访接待中心");
        // The 本级 unit has the department's name but is not the department.
        assertThat(own).isNotEqualTo(BudgetUnit.department(BUREAU));
        assertThat(Dimension.UNIT.parent(centre)).contains(BudgetUnit.department(BUREAU));
        assertThat(BudgetUnit.Kind.UNIT.chineseName()).isEqualTo("单位");
        assertThat(BudgetUnit.Kind.DEPARTMENT.chineseName()).isEqualTo("部门");
    }

    @Test
    void namesAreStripped() {
        assertThat(BudgetUnit.department("  " + BUREAU + " ")).isEqualTo(BudgetUnit.department(BUREAU));
        assertThat(BudgetUnit.unit(" " + BUREAU, CENTRE + "\t")).isEqualTo(BudgetUnit.unit(BUREAU, CENTRE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a/b", "/", "两行\n名字", "\n"})
    void rejectsBlankMultiLineOrSlashedNames(String name) {
        assertThatThrownBy(() -> BudgetUnit.department(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetUnit.unit(name, CENTRE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetUnit.unit(BUREAU, name)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"部门 深圳市坪山区信访局", "单位 深圳市坪山区信访局/深圳市坪山区来访接待中心",
        "单位 深圳市坪山区信访局/深圳市坪山区信访局", "部门 A B", "单位 A B/C D"})
    void parseIsTheInverseOfToString(String text) {
        assertThat(BudgetUnit.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"深圳市坪山区信访局", "部门", "部门 ", "单位 A", "单位 /B", "单位 A/", "单位 A/B/C", "部门 A/B",
        "部门深圳", "单位  /B", "dept A", " 部门 A"})
    void parseRejectsOtherText(String text) {
        assertThatThrownBy(() -> BudgetUnit.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseOfToStringRoundTripsForGeneratedNames() {
        // Names from letters, digits, CJK, punctuation and inner spaces; '/' and line breaks are
        // not allowed in names, and outer white space is stripped.
        qt().withExamples(1_000).forAll(Generators.names(), Generators.names(),
                org.quicktheories.generators.SourceDSL.booleans().all()).checkAssert((dept, name, isUnit) -> {
                    BudgetUnit u = isUnit ? BudgetUnit.unit(dept, name) : BudgetUnit.department(dept);
                    assertThat(BudgetUnit.parse(u.toString())).isEqualTo(u);
                });
    }

    @Test
    void equalityIsByKindDepartmentAndName() {
        new EqualsTester()
                .addEqualityGroup(BudgetUnit.department(BUREAU), BudgetUnit.parse("部门 " + BUREAU),
                        BudgetUnit.unit(BUREAU, CENTRE).parent().orElseThrow())
                .addEqualityGroup(BudgetUnit.unit(BUREAU, BUREAU), BudgetUnit.parse("单位 " + BUREAU + "/" + BUREAU))
                .addEqualityGroup(BudgetUnit.unit(BUREAU, CENTRE))
                .addEqualityGroup(BudgetUnit.unit(CENTRE, BUREAU))
                .addEqualityGroup(BudgetUnit.department(CENTRE))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(BudgetUnit.class);
        tester.testAllPublicInstanceMethods(BudgetUnit.unit(BUREAU, CENTRE));
    }
}
