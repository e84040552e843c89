package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.budgetkit.model.money.MalformedFigureException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MalformedFigureExceptionTest {
    private static MalformedFigureException thrownBy(String text) {
        return catchThrowableOfType(MalformedFigureException.class,
                () -> Amount.parseFigure(text, AmountUnit.TEN_THOUSAND_YUAN));
    }

    @Test
    void namesTextIndexAndProblemInEnglishAndChinese() {
        MalformedFigureException e = thrownBy("1,87");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.text()).isEqualTo("1,87");
        assertThat(e.index()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo(Problem.BAD_GROUPING);
        assertThat(e.getMessage()).isEqualTo(
                "thousands separators must separate groups of three digits at index 3 in \"1,87\"");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
        // Chinese counts characters from 1, as a reader does.
        assertThat(e.message(Locale.CHINESE)).isEqualTo("数字“1,87”第 4 个字符处千位分隔符位置错误");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.message(Locale.CHINESE));
        assertThat(e.message(Locale.TRADITIONAL_CHINESE)).isEqualTo(e.message(Locale.CHINESE));
        assertThat(e.message(Locale.FRENCH)).isEqualTo(e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyProblemIsDescribedInBothLanguages(Problem problem) {
        String english = problem.describe(Locale.ENGLISH);
        String chinese = problem.describe(Locale.CHINESE);
        assertThat(english).isNotBlank().matches("[ -~]+");
        assertThat(chinese).isNotBlank().matches(".*\\p{IsHan}.*");
        assertThat(problem.describe(Locale.GERMAN)).isEqualTo(english);
        assertThat(problem.describe(Locale.TAIWAN)).isEqualTo(chinese);
    }

    @Test
    void descriptionsAreDistinct() {
        assertThat(Arrays.stream(Problem.values()).map(p -> p.describe(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Problem.values()).map(p -> p.describe(Locale.CHINESE))).doesNotHaveDuplicates();
    }

    @Test
    void abbreviatesLongTextButKeepsTheRealIndex() {
        String text = " ".repeat(100) + "1".repeat(70);
        MalformedFigureException e = thrownBy(text);
        assertThat(e.problem()).isEqualTo(Problem.TOO_LONG);
        assertThat(e.index()).isEqualTo(164);
        assertThat(e.text()).hasSize(80).endsWith("...").isEqualTo(text.substring(0, 77) + "...");
        assertThat(e.getMessage()).contains("at index 164").hasSizeLessThan(150);
        assertThat(e.message(Locale.CHINESE)).contains("第 165 个字符处数字过长");
    }

    @Test
    void aMegabyteOfDigitsIsRefusedWithoutReadingIt() {
        String megabyte = "9".repeat(1 << 20);
        MalformedFigureException e = thrownBy(megabyte);
        assertThat(e.problem()).isEqualTo(Problem.TOO_LONG);
        assertThat(e.index()).isEqualTo(64);
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void survivesSerialization() throws Exception {
        MalformedFigureException e = thrownBy("(3");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            MalformedFigureException copy = (MalformedFigureException) in.readObject();
            assertThat(copy.text()).isEqualTo("(3");
            assertThat(copy.index()).isEqualTo(1);
            assertThat(copy.problem()).isEqualTo(Problem.UNBALANCED_PARENTHESES);
            assertThat(copy.message(Locale.CHINESE)).isEqualTo("数字“(3”第 2 个字符处括号不配对");
        }
    }

    @Test
    void refusesNullArguments() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicInstanceMethods(thrownBy("x"));
        tester.testAllPublicInstanceMethods(Problem.EMPTY);
        tester.testAllPublicStaticMethods(Problem.class);
    }
}
