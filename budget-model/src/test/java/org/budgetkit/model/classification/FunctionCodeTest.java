package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class FunctionCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201       | 201     | CLASS",
        "20103     | 20103   | SECTION",
        "2010301   | 2010301 | ITEM",
        "204 06 01 | 2040601 | ITEM",
        "204 06    | 20406   | SECTION",
        "'  2010399 ' | 2010399 | ITEM",
        "２０１０３０１ | 2010301 | ITEM",
        "２０４　０６　０１ | 2040601 | ITEM",
        "'204\t06\t01' | 2040601 | ITEM",
        "299 99 99 | 2999999 | ITEM"})
    void parsesWholeSplitAndFullWidthForms(String text, String digits, Level level) {
        FunctionCode code = FunctionCode.parse(text);
        assertThat(code.digits()).isEqualTo(digits);
        assertThat(code.toString()).isEqualTo(digits);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.level().digits()).isEqualTo(digits.length());
        assertThat(code.scheme()).isEqualTo(Scheme.FUNCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2031", "301", "30101", "20106 01", "2010 301", "20 103", "204 0601", "204 06 01 02",
        "2 04 06", "20a", "2010３0x", "abc", "", " ", "　", "201030101", "2-01", "201.03", "+201",
        "20103010", "99", "101", "501", "204 06 1", "204 6 01", "204,06,01", "2010301。"})
    void rejectsWhatIsNotAFunctionCode(String text) {
        assertThatThrownBy(() -> FunctionCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void parentIsThePrefixOneLevelUp() {
        assertThat(FunctionCode.parse("2010301").parent()).contains(FunctionCode.parse("20103"));
        assertThat(FunctionCode.parse("20103").parent()).contains(FunctionCode.parse("201"));
        assertThat(FunctionCode.parse("201").parent()).isEmpty();
        assertThat(FunctionCode.parse("2010301").parent().orElseThrow().level()).isEqualTo(Level.SECTION);
        assertThat(FunctionCode.parse("20103").parent().orElseThrow().level()).isEqualTo(Level.CLASS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "204   | 06   | 01   | 2040601",
        "204   | 06   | NULL | 20406",
        "204   | 06   | ''   | 20406",
        "204   | NULL | NULL | 204",
        "204   | ' '  | ' '  | 204",
        "' 201 ' | ' 03 ' | ' 01 ' | 2010301",
        "２０１ | ０３ | ９９ | 2010399"})
    void joinsSeparateColumns(String cls, String sec, String item, String expected) {
        assertThat(FunctionCode.of(cls, sec, item)).isEqualTo(FunctionCode.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "204  | NULL | 01",
        "204  | ''   | 01",
        "2040 | 06   | 01",
        "20   | 06   | 01",
        "204  | 6    | 01",
        "204  | 06   | 1",
        "204  | 006  | 01",
        "301  | 01   | NULL",
        "2a4  | 06   | NULL",
        "204  | 0a   | NULL",
        "''   | 06   | 01"})
    void rejectsMalformedColumns(String cls, String sec, String item) {
        assertThatThrownBy(() -> FunctionCode.of(cls, sec, item)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofRequiresTheClass() {
        assertThatThrownBy(() -> FunctionCode.of(null, "06", "01"))
                .isInstanceOf(NullPointerException.class).hasMessage("classDigits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"201", "20103", "2010301", "2999999", "200", "20000", "2000000"})
    void parseOfToStringRoundTrips(String digits) {
        FunctionCode code = FunctionCode.parse(digits);
        assertThat(FunctionCode.parse(code.toString())).isEqualTo(code);
        assertThat(FunctionCode.parse(code.toString()).level()).isEqualTo(code.level());
    }

    @Test
    void aDigitStringIsAFunctionCodeExactlyWhenItHas357DigitsAndStartsWith2() {
        // Oracle: the definition (3, 5 or 7 digits, the 类 starting with 2), not the parser. Lengths
        // 1..9 and first digits 0..9, biased towards the valid ones so both outcomes are common.
        Gen<Integer> lengths = integers().between(1, 9).mix(arbitrary().pick(3, 5, 7), 50);
        Gen<Integer> firsts = integers().between(0, 9).mix(arbitrary().constant(2), 50);
        Gen<String> digitStrings = lengths.zip(firsts, lists().of(integers().between(0, 9)).ofSize(8),
                (length, first, rest) -> first + rest.subList(0, length - 1).stream().map(String::valueOf)
                        .collect(Collectors.joining()));
        qt().withExamples(3_000).forAll(digitStrings).checkAssert(digits -> {
            boolean valid = (digits.length() == 3 || digits.length() == 5 || digits.length() == 7)
                    && digits.charAt(0) == '2';
            if (!valid) {
                assertThatThrownBy(() -> FunctionCode.parse(digits)).isInstanceOf(IllegalArgumentException.class);
                return;
            }
            FunctionCode code = FunctionCode.parse(digits);
            assertThat(code.digits()).isEqualTo(digits);
            assertThat(FunctionCode.parse(code.toString())).isEqualTo(code);
            assertThat(FunctionCode.parse(fullWidth(digits))).isEqualTo(code);
            assertThat(FunctionCode.parse(split(digits))).isEqualTo(code);
            assertThat(code.level().digits()).isEqualTo(digits.length());
            assertThat(code.parent().map(FunctionCode::digits))
                    .isEqualTo(digits.length() == 3 ? Optional.empty()
                            : Optional.of(digits.substring(0, digits.length() - 2)));
        });
    }

    static String split(String digits) {
        return digits.substring(0, 3) + (digits.length() > 3 ? " " + digits.substring(3, 5) : "")
                + (digits.length() > 5 ? " " + digits.substring(5, 7) : "");
    }

    static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '\uFF10')));
        return out.toString();
    }

    @Test
    void equalityIsByDigits() {
        new EqualsTester()
                .addEqualityGroup(FunctionCode.parse("201"), FunctionCode.parse("２０１"), FunctionCode.of("201", null, null))
                .addEqualityGroup(FunctionCode.parse("20103"), FunctionCode.parse("201 03"),
                        FunctionCode.parse("2010301").parent().orElseThrow())
                .addEqualityGroup(FunctionCode.parse("2010301"), FunctionCode.parse("201 03 01"),
                        FunctionCode.of("201", "03", "01"))
                .addEqualityGroup(FunctionCode.parse("2010399"))
                .addEqualityGroup(FunctionCode.parse("202"))
                .testEquals();
    }

    @Test
    void ordersAsTheTreeIsRead() {
        List<FunctionCode> codes = List.of("2010301", "202", "201", "20103", "2010399", "20101", "2101101").stream()
                .map(FunctionCode::parse).sorted().toList();
        assertThat(codes).extracting(FunctionCode::digits)
                .containsExactly("201", "20101", "20103", "2010301", "2010399", "202", "2101101");
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(ClassificationCode.class, FunctionCode.parse("201"));
        // of(...) documents null 款 and 项 as "none": tested in joinsSeparateColumns and ofRequiresTheClass.
        tester.ignore(method("of", String.class, String.class, String.class));
        tester.testAllPublicStaticMethods(FunctionCode.class);
        tester.testAllPublicInstanceMethods(FunctionCode.parse("2010301"));
        assertThatThrownBy(() -> FunctionCode.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(FunctionCode.parse("201").parent()).isEqualTo(Optional.empty());
    }

    private static java.lang.reflect.Method method(String name, Class<?>... types) {
        try {
            return FunctionCode.class.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
