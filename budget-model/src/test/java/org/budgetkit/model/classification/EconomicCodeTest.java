package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class EconomicCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "301     | 301   | CLASS   | ECONOMIC_DEPARTMENT | ''",
        "30101   | 30101 | SECTION | ECONOMIC_DEPARTMENT | 301",
        "301 01  | 30101 | SECTION | ECONOMIC_DEPARTMENT | 301",
        "３１０２２ | 31022 | SECTION | ECONOMIC_DEPARTMENT | 310",
        "' 399 ' | 399   | CLASS   | ECONOMIC_DEPARTMENT | ''",
        "501     | 501   | CLASS   | ECONOMIC_GOVERNMENT | ''",
        "50101   | 50101 | SECTION | ECONOMIC_GOVERNMENT | 501",
        "502　99 | 50299 | SECTION | ECONOMIC_GOVERNMENT | 502"})
    void parsesDepartmentAndGovernmentCodes(String text, String digits, Level level, Scheme scheme, String parent) {
        EconomicCode code = EconomicCode.parse(text);
        assertThat(code.digits()).isEqualTo(digits);
        assertThat(code.toString()).isEqualTo(digits);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.scheme()).isEqualTo(scheme);
        assertThat(code.parent().map(EconomicCode::digits)).isEqualTo(parent.isEmpty() ? Optional.empty()
                : Optional.of(parent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"201", "20103", "2010301", "3010101", "301 01 01", "401", "30", "3010", "301010", "",
        "  ", "30a01", "30101 01", "3 0101", "301 1", "301-01", "601", "101"})
    void rejectsWhatIsNotAnEconomicCode(String text) {
        assertThatThrownBy(() -> EconomicCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void aDigitStringIsAnEconomicCodeExactlyWhenItHas3Or5DigitsAndStartsWith3Or5() {
        Gen<Integer> lengths = integers().between(1, 8).mix(arbitrary().pick(3, 5), 50);
        Gen<Integer> firsts = integers().between(0, 9).mix(arbitrary().pick(3, 5), 50);
        Gen<String> digitStrings = lengths.zip(firsts, lists().of(integers().between(0, 9)).ofSize(7),
                (length, first, rest) -> first + rest.subList(0, length - 1).stream().map(String::valueOf)
                        .collect(Collectors.joining()));
        qt().withExamples(3_000).forAll(digitStrings).checkAssert(digits -> {
            boolean valid = (digits.length() == 3 || digits.length() == 5)
                    && (digits.charAt(0) == '3' || digits.charAt(0) == '5');
            if (!valid) {
                assertThatThrownBy(() -> EconomicCode.parse(digits)).isInstanceOf(IllegalArgumentException.class);
                return;
            }
            EconomicCode code = EconomicCode.parse(digits);
            assertThat(EconomicCode.parse(code.toString())).isEqualTo(code);
            assertThat(EconomicCode.parse(FunctionCodeTest.split(digits))).isEqualTo(code);
            assertThat(EconomicCode.parse(FunctionCodeTest.fullWidth(digits))).isEqualTo(code);
            assertThat(code.scheme()).isEqualTo(digits.charAt(0) == '3' ? Scheme.ECONOMIC_DEPARTMENT
                    : Scheme.ECONOMIC_GOVERNMENT);
            assertThat(code.parent().map(EconomicCode::digits))
                    .isEqualTo(digits.length() == 3 ? Optional.empty() : Optional.of(digits.substring(0, 3)));
        });
    }

    @Test
    void equalityIsByDigits() {
        new EqualsTester()
                .addEqualityGroup(EconomicCode.parse("301"), EconomicCode.parse("３０１"),
                        EconomicCode.parse("30101").parent().orElseThrow())
                .addEqualityGroup(EconomicCode.parse("30101"), EconomicCode.parse("301 01"))
                .addEqualityGroup(EconomicCode.parse("501"))
                .addEqualityGroup(EconomicCode.parse("50101"))
                .testEquals();
    }

    @Test
    void departmentCodesOrderBeforeGovernmentCodes() {
        assertThat(EconomicCode.parse("50101")).isGreaterThan(EconomicCode.parse("39999"));
        assertThat(EconomicCode.parse("301")).isLessThan(EconomicCode.parse("30101"));
        assertThat(EconomicCode.parse("30199")).isLessThan(EconomicCode.parse("302"));
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(ClassificationCode.class, EconomicCode.parse("301"));
        tester.testAllPublicStaticMethods(EconomicCode.class);
        tester.testAllPublicInstanceMethods(EconomicCode.parse("30101"));
    }
}
