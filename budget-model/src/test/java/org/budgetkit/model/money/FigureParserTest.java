package org.budgetkit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetkit.model.money.MalformedFigureException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The package-private parser against an independent oracle: a regular expression of the accepted
 * number forms, whose {@link Matcher#hitEnd()} tells whether a prefix can still be completed. The
 * first prefix that cannot is the first wrong character; the parser must report exactly that index.
 */
class FigureParserTest {
    /** The accepted number forms, in ASCII, white space and nil dashes aside. */
    private static final String BODY = "(?:0|[1-9][0-9]*|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\\.[0-9]+)?";
    private static final Pattern NUMBER = Pattern.compile("[-+]?" + BODY + "|\\(" + BODY + "\\)");

    /** The test's own table of full-width and minus forms (not FigureParser.normalize). */
    private static final Map<Character, Character> FOLD = Map.ofEntries(
            Map.entry('０', '0'), Map.entry('１', '1'), Map.entry('２', '2'), Map.entry('３', '3'),
            Map.entry('４', '4'), Map.entry('５', '5'), Map.entry('６', '6'), Map.entry('７', '7'),
            Map.entry('８', '8'), Map.entry('９', '9'), Map.entry('，', ','), Map.entry('．', '.'),
            Map.entry('（', '('), Map.entry('）', ')'), Map.entry('＋', '+'), Map.entry('－', '-'),
            Map.entry('\u2212', '-'));
    private static final String SPACES = " \t\u3000\u00A0\u2002\u2003\u2009\u202F";
    private static final String DASHES = "-－—–\u2015\u2012\u2212\u2010";

    /** What the oracle says about a text: accepted (with its value) or the index of the first wrong character. */
    private record Verdict(boolean nil, BigDecimal value, OptionalInt failure) {
    }

    private static Verdict oracle(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && SPACES.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && SPACES.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start == end) {
            return new Verdict(false, null, OptionalInt.of(0));
        }
        String trimmed = text.substring(start, end);
        if (trimmed.length() <= 2 && trimmed.chars().allMatch(c -> DASHES.indexOf(c) >= 0)) {
            return new Verdict(true, BigDecimal.ZERO, OptionalInt.empty());
        }
        StringBuilder folded = new StringBuilder();
        for (char c : trimmed.toCharArray()) {
            folded.append(FOLD.getOrDefault(c, c));
        }
        for (int k = 1; k <= folded.length(); k++) {
            Matcher m = NUMBER.matcher(folded.subSequence(0, k));
            if (!m.matches() && !m.hitEnd()) {
                return new Verdict(false, null, OptionalInt.of(start + k - 1));
            }
        }
        if (!NUMBER.matcher(folded).matches()) {
            return new Verdict(false, null, OptionalInt.of(end - 1));
        }
        String plain = folded.toString().replace(",", "");
        if (plain.startsWith("(")) {
            plain = "-" + plain.substring(1, plain.length() - 1);
        }
        return new Verdict(false, new BigDecimal(plain), OptionalInt.empty());
    }

    private static void assertAgreesWithOracle(String text) {
        Verdict expected = oracle(text);
        if (expected.failure().isPresent()) {
            MalformedFigureException e = catchThrowableOfType(MalformedFigureException.class,
                    () -> FigureParser.parse(text));
            assertThat(e).as("\"%s\" must be refused", text).isNotNull();
            assertThat(e.index()).as("index of the first wrong character of \"%s\" (%s)", text, e.problem())
                    .isEqualTo(expected.failure().getAsInt());
        } else {
            FigureParser.Figure figure = FigureParser.parse(text);
            assertThat(figure.nil()).as("nil: \"%s\"", text).isEqualTo(expected.nil());
            // equals, not compareTo: the scale is the number of printed decimals.
            assertThat(figure.value()).as("value of \"%s\"", text).isEqualTo(expected.value());
        }
    }

    private static final List<String> ALPHABET = List.of("0", "1", "2", "5", "7", "9", "0", "3", ",", ".", "-",
            "+", "(", ")", " ", "e", "%", "—", "０", "８", "，", "．", "（", "）", "－", "\u3000", "\u2212");

    private static Gen<String> noise() {
        return lists().of(Generate.pick(ALPHABET)).ofSizeBetween(0, 10).map(l -> String.join("", l));
    }

    /** Valid figures (grouped or not, signed or parenthesised, with decimals), then maybe damaged. */
    private static Gen<String> nearlyValid() {
        Gen<String> digits = lists().of(Generate.pick(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")))
                .ofSizeBetween(1, 8).map(l -> String.join("", l));
        Gen<String> figure = digits.zip(integers().between(0, 3), integers().between(0, 3), integers().between(0, 3),
                (intDigits, decimals, sign, style) -> {
                    String integer = intDigits.replaceFirst("^0+(?=.)", "");
                    if (style == 1) {
                        integer = String.format(Locale.ROOT, "%,d", new java.math.BigInteger(integer));
                    }
                    String body = decimals == 0 ? integer : integer + "." + "5".repeat(decimals) ;
                    if (style == 2) {
                        body = body.replace('0', '０').replace(',', '，').replace('.', '．');
                    }
                    switch (sign) {
                        case 1: return "-" + body;
                        case 2: return "(" + body + ")";
                        case 3: return "\u3000" + body + " ";
                        default: return body;
                    }
                });
        return figure.zip(integers().between(0, 3), integers().between(0, 12), Generate.pick(ALPHABET),
                (text, damage, at, c) -> {
                    int i = Math.min(at, text.length());
                    switch (damage) {
                        case 1: return text.substring(0, i) + c + text.substring(i);
                        case 2: return i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
                        case 3: return i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text;
                        default: return text;
                    }
                });
    }

    @Test
    void reportsTheFirstWrongCharacterOfRandomText() {
        qt().forAll(noise()).checkAssert(FigureParserTest::assertAgreesWithOracle);
    }

    @Test
    void agreesWithTheOracleOnValidAndSlightlyDamagedFigures() {
        qt().forAll(nearlyValid()).checkAssert(FigureParserTest::assertAgreesWithOracle);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1,877", "1877.00", "(131)", "1,87", "1,8777,000", "0,877", "(3)(4)", "-(3)", "---", "—3", "(3.)",
        "+", "(", "()", "\u3000 1,87 ", "1,234,567.891", "0.0", "00", "12.3.4", "(1,87)", "— —", "——",
        "1,877 ", "１，８７７．５０"})
    void agreesWithTheOracleOnChosenCases(String text) {
        assertAgreesWithOracle(text);
    }

    @Test
    void theOracleItselfKnowsTheCasesOfTheBrief() {
        // Guards against an oracle that agrees with anything.
        assertThat(oracle("1,87").failure()).hasValue(3);
        assertThat(oracle("007").failure()).hasValue(1);
        assertThat(oracle("1 877").failure()).hasValue(1);
        assertThat(oracle("1,877").value()).isEqualTo(new BigDecimal("1877"));
        assertThat(oracle("（131）").value()).isEqualTo(new BigDecimal("-131"));
        assertThat(oracle("——").nil()).isTrue();
    }

    @Test
    void theLengthLimitComesFirstAndCountsFromTheFigure() {
        String long65 = "1".repeat(65);
        assertThatThrownBy(() -> FigureParser.parse("  " + long65 + "  "))
                .isInstanceOfSatisfying(MalformedFigureException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_LONG);
                    assertThat(e.index()).isEqualTo(2 + 64);
                });
        // 64 characters are fine as far as length goes: 38 digits grouped, a sign, 12 decimals.
        String grouped38 = String.format(Locale.ROOT, "%,d", new java.math.BigInteger("1".repeat(26)));
        String text = "-" + grouped38 + "." + "1".repeat(12);
        assertThat(text.length()).isLessThanOrEqualTo(64);
        assertThat(FigureParser.parse(text).value()).isEqualTo(new BigDecimal("-" + "1".repeat(26) + "." + "1".repeat(12)));
        // Surrounding white space does not count.
        assertThat(FigureParser.parse(" ".repeat(1000) + "7" + "\u3000".repeat(1000)).value()).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void limitsSignificantDigitsAndDecimals() {
        assertThat(FigureParser.parse("9".repeat(38)).value()).isEqualTo(new BigDecimal("9".repeat(38)));
        assertThat(FigureParser.parse("0.000" + "9".repeat(27)).value().scale()).isEqualTo(30);
        // Leading zeros of a fraction are not significant; 38 significant digits with 30 decimals.
        assertThat(FigureParser.parse("12345678." + "9".repeat(30)).value().precision()).isEqualTo(38);
        assertProblem("1" + "0".repeat(38), Problem.TOO_MANY_DIGITS, 38);
        assertProblem("-" + "1".repeat(39), Problem.TOO_MANY_DIGITS, 39);
        assertProblem("0." + "0".repeat(31), Problem.TOO_MANY_DECIMALS, 32);
        assertProblem("123456789." + "1".repeat(30), Problem.TOO_MANY_DIGITS, 10 + 29);
        assertThat(FigureParser.parse("0." + "5".repeat(31), 0, 33, 31).value().scale()).isEqualTo(31);
    }

    @Test
    void parsesOnlyTheGivenRangeButReportsIndicesInTheWholeText() {
        String text = "比上年增长1,87%";
        MalformedFigureException e = catchThrowableOfType(MalformedFigureException.class,
                () -> FigureParser.parse(text, 5, text.length() - 1, 30));
        assertThat(e.problem()).isEqualTo(Problem.BAD_GROUPING);
        assertThat(e.index()).isEqualTo(8);
        assertThat(FigureParser.parse(text.replace("1,87", "187"), 5, 8, 30).value()).isEqualTo(new BigDecimal("187"));
    }

    @Test
    void foldsFullWidthFormsAndMinusSigns() {
        assertThat(FigureParser.normalize('０')).isEqualTo('0');
        assertThat(FigureParser.normalize('９')).isEqualTo('9');
        assertThat(FigureParser.normalize('，')).isEqualTo(',');
        assertThat(FigureParser.normalize('．')).isEqualTo('.');
        assertThat(FigureParser.normalize('（')).isEqualTo('(');
        assertThat(FigureParser.normalize('）')).isEqualTo(')');
        assertThat(FigureParser.normalize('＋')).isEqualTo('+');
        assertThat(FigureParser.normalize('－')).isEqualTo('-');
        assertThat(FigureParser.normalize('\u2212')).isEqualTo('-');
        assertThat(FigureParser.normalize('—')).isEqualTo('—');
        assertThat(FigureParser.normalize('a')).isEqualTo('a');
        for (char c : SPACES.toCharArray()) {
            assertThat(FigureParser.isSpace(c)).isTrue();
        }
        assertThat(FigureParser.isSpace('\n')).isFalse();
        for (char c : DASHES.toCharArray()) {
            assertThat(FigureParser.isDash(c)).isTrue();
        }
        assertThat(FigureParser.isDash('_')).isFalse();
    }

    private static void assertProblem(String text, Problem problem, int index) {
        assertThatThrownBy(() -> FigureParser.parse(text)).isInstanceOfSatisfying(MalformedFigureException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.index()).isEqualTo(index);
        });
    }

    @Test
    void everyProblemExceptTooLongIsReachedFromShortText() {
        // Each problem the parser can report, with its index, in one place.
        Map<String, Problem> examples = Map.ofEntries(
                Map.entry("", Problem.EMPTY), Map.entry("x", Problem.UNEXPECTED_CHARACTER),
                Map.entry("1,87", Problem.BAD_GROUPING), Map.entry("1..", Problem.BAD_DECIMAL_POINT),
                Map.entry("01", Problem.LEADING_ZERO), Map.entry("1-", Problem.BAD_SIGN),
                Map.entry("(1", Problem.UNBALANCED_PARENTHESES), Map.entry("+", Problem.NO_DIGITS));
        assertThat(examples.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> catchThrowableOfType(MalformedFigureException.class,
                        () -> FigureParser.parse(entry.getKey())).problem())))
                .isEqualTo(examples);
    }
}
