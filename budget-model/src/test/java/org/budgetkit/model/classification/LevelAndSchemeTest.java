package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelAndSchemeTest {

    @ParameterizedTest
    @CsvSource({"类, CLASS, 3", "款, SECTION, 5", "项, ITEM, 7"})
    void levelsHaveTheirChineseNameAndDigits(String chinese, Level level, int digits) {
        assertThat(Level.ofChineseName(chinese)).isEqualTo(level);
        assertThat(level.chineseName()).isEqualTo(chinese);
        assertThat(level.digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "目", "CLASS", " 类", "类款"})
    void otherLevelNamesAreRejected(String name) {
        assertThatThrownBy(() -> Level.ofChineseName(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + name + "\"");
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void schemesAreFoundByTheirId(Scheme scheme) {
        assertThat(Scheme.ofId(scheme.id())).isSameAs(scheme);
        assertThat(scheme.chineseName()).endsWith("分类科目");
        assertThat(scheme.englishName()).endsWith("classification");
    }

    @Test
    void schemeIdsAreTheFileForms() {
        assertThat(Arrays.stream(Scheme.values()).map(Scheme::id))
                .containsExactly("function", "economic-department", "economic-government");
        assertThatThrownBy(() -> Scheme.ofId("Function")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Function\"");
    }

    @Test
    void rejectNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(Level.class);
        tester.testAllPublicStaticMethods(Scheme.class);
    }
}
