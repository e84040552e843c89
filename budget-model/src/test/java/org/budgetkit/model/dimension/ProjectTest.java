package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    @Test
    void holdsTheStrippedName() {
        Project p = new Project("  信访事务 ");
        assertThat(p.name()).isEqualTo("信访事务");
        assertThat(p.toString()).isEqualTo("信访事务");
        assertThat(Project.parse("信访事务")).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　", "第一行\n第二行", "\n"})
    void rejectsBlankAndMultiLineNames(String name) {
        assertThatThrownBy(() -> new Project(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Project.parse(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseOfToStringRoundTrips() {
        qt().withExamples(1_000).forAll(Generators.projects()).checkAssert(p -> {
            assertThat(Project.parse(p.toString())).isEqualTo(p);
            assertThat(Dimension.PROJECT.parse(Dimension.PROJECT.format(p))).isEqualTo(p);
        });
    }

    @Test
    void equalityIsByName() {
        new EqualsTester()
                .addEqualityGroup(new Project("信访事务"), new Project(" 信访事务"), Project.parse("信访事务 "))
                .addEqualityGroup(new Project("信访事务 2"))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicConstructors(Project.class);
        tester.testAllPublicStaticMethods(Project.class);
    }
}
