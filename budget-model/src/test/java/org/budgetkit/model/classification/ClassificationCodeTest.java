package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class ClassificationCodeTest {

    private static ClassificationCode code(String text) {
        return text.startsWith("2") ? FunctionCode.parse(text) : EconomicCode.parse(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2010301 | 201 20103",
        "20103   | 201",
        "201     | ''",
        "30101   | 301",
        "301     | ''",
        "50299   | 502"})
    void ancestorsRunFromTheClassDownToTheParent(String code, String ancestors) {
        List<String> expected = ancestors.isEmpty() ? List.of() : List.of(ancestors.split(" "));
        assertThat(code(code).ancestors()).extracting(ClassificationCode::digits).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201     | 2010301 | true",
        "20103   | 2010301 | true",
        "201     | 20103   | true",
        "2010301 | 2010301 | false",
        "20103   | 20103   | false",
        "2010301 | 20103   | false",
        "2010301 | 201     | false",
        "202     | 2010301 | false",
        "20101   | 2010301 | false",
        "301     | 30101   | true",
        "301     | 301     | false",
        "30101   | 301     | false",
        "302     | 30101   | false",
        "501     | 50101   | true",
        "301     | 50101   | false"})
    void isAncestorOfIsAProperPrefixInTheSameScheme(String ancestor, String descendant, boolean expected) {
        assertThat(code(ancestor).isAncestorOf(code(descendant))).isEqualTo(expected);
    }

    @Test
    void isAncestorOfAgreesWithAncestors() {
        // Oracle: the ancestors list is built from parent(), isAncestorOf from the digits.
        Gen<ClassificationCode> codes = functionCodes().mix(economicCodes(), 40);
        qt().withExamples(2_000).forAll(codes, codes).checkAssert((a, b) -> {
            assertThat(a.isAncestorOf(b)).isEqualTo(b.ancestors().contains(a));
            assertThat(a.isAncestorOf(a)).isFalse();
            if (a.isAncestorOf(b)) {
                assertThat(b.isAncestorOf(a)).isFalse();
                assertThat(a.compareTo(b)).isNegative();
            }
        });
    }

    @Test
    void compareToIsATotalOrderBySchemeThenDigits() {
        Gen<ClassificationCode> codes = functionCodes().mix(economicCodes(), 40);
        qt().withExamples(2_000).forAll(codes, codes, codes).checkAssert((a, b, c) -> {
            int expected = a.scheme() != b.scheme() ? Integer.compare(a.scheme().ordinal(), b.scheme().ordinal())
                    : a.digits().compareTo(b.digits());
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
            }
        });
    }

    @Test
    void functionCodesOrderBeforeEconomicCodes() {
        List<ClassificationCode> sorted = List.of(code("50101"), code("301"), code("2010301"), code("30101"),
                code("201")).stream().sorted().toList();
        assertThat(sorted).extracting(ClassificationCode::digits)
                .containsExactly("201", "2010301", "301", "30101", "50101");
    }

    @Test
    void compareToAndIsAncestorOfRejectNull() {
        assertThatThrownBy(() -> code("201").isAncestorOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> code("201").compareTo(null)).isInstanceOf(NullPointerException.class);
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(ClassificationCode.class, code("201"));
        tester.testAllPublicInstanceMethods(code("30101"));
    }

    static Gen<ClassificationCode> functionCodes() {
        return arbitrary().pick(3, 5, 7).zip(lists().of(integers().between(0, 9)).ofSize(6),
                (length, rest) -> (ClassificationCode) FunctionCode.parse("2" + join(rest.subList(0, length - 1))));
    }

    static Gen<ClassificationCode> economicCodes() {
        return arbitrary().pick(3, 5).zip(arbitrary().pick("3", "5"), lists().of(integers().between(0, 9)).ofSize(4),
                (length, first, rest) -> (ClassificationCode) EconomicCode.parse(first + join(rest.subList(0, length - 1))));
    }

    private static String join(List<Integer> digits) {
        return digits.stream().map(String::valueOf).collect(Collectors.joining());
    }
}
