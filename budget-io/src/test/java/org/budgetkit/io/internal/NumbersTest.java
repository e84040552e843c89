package org.budgetkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * {@link Numbers#amount} and {@link Numbers#count} read the usual texts in one pass; every
 * text must still give what the straightforward reading gives (kept here as the reference:
 * {@code new BigDecimal(text)}, {@code Amount.of}, the written form compared as a string),
 * the same amount (value, scale, unit, precision, nil) or the same problem in both languages.
 */
class NumbersTest {
    /** The reading of amounts before the one-pass path, unchanged. */
    private static Amount referenceAmount(String text, AmountUnit unit, Precision precision, int maxDigits)
            throws Numbers.Problem {
        if (text.equals(Numbers.NIL)) {
            if (!precision.isExact()) {
                throw new Numbers.Problem("a nil amount (—) has decimals INF", "空金额（—）的小数位数应为 INF");
            }
            return Amount.nil(unit);
        }
        BigDecimal value = Numbers.plainDecimal(text, maxDigits);
        Amount amount;
        try {
            amount = Amount.of(value, unit, precision);
        } catch (IllegalArgumentException e) {
            throw new Numbers.Problem(e.getMessage(), precision.isExact() ? "数字位数过多"
                    : "数值在 " + precision + " 位小数之后还有非零数字");
        }
        if (!amount.toPlainString().equals(text)) {
            throw new Numbers.Problem("the amount is not written with the decimals it states (" + precision
                    + "): expected " + amount.toPlainString(), "金额的小数位与声明的小数位数（" + precision + "）不一致，应为 "
                    + amount.toPlainString());
        }
        return amount;
    }

    /** The reading of counts before the one-pass path, unchanged. */
    private static int referenceCount(String text) throws Numbers.Problem {
        int n = text.length();
        boolean ok = n > 0 && n <= 10 && !(n > 1 && text.charAt(0) == '0');
        for (int i = 0; i < n && ok; i++) {
            ok = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        long v = ok ? Long.parseLong(text) : -1;
        if (!ok || v > Integer.MAX_VALUE) {
            throw new Numbers.Problem("not a whole number from 0 to " + Integer.MAX_VALUE, "不是 0 到 "
                    + Integer.MAX_VALUE + " 的整数");
        }
        return (int) v;
    }

    /** An outcome: the amount with its scale, or the problem in both languages. */
    private static String amountOutcome(Callable<Amount> reading) {
        try {
            Amount a = reading.call();
            return a + " scale " + a.value().scale() + " nil " + a.isNil() + " " + a.precision();
        } catch (Numbers.Problem p) {
            return "problem " + p.english + " / " + p.chinese;
        }
    }

    private static String countOutcome(Callable<Integer> reading) {
        try {
            return "count " + reading.call();
        } catch (Numbers.Problem p) {
            return "problem " + p.english + " / " + p.chinese;
        }
    }

    /** A reading that may report a problem. */
    private interface Callable<T> {
        T call() throws Numbers.Problem;
    }

    /** Texts near the usual form: signs, leading zeros, points, trailing zeros, 17 to 20 digits, nil. */
    private static Gen<String> numberTexts() {
        Gen<String> digits = lists().of(integers().between(0, 9)).ofSizeBetween(0, 21).map(list -> {
            StringBuilder out = new StringBuilder();
            list.forEach(out::append);
            return out.toString();
        });
        Gen<String> structured = booleans().all().zip(digits, booleans().all(), digits, (minus, whole, point, fraction) ->
                (minus ? "-" : "") + whole + (point ? "." + fraction : ""));
        Gen<String> chars = lists().of(arbitrary().pick('0', '1', '5', '9', '-', '.', 'e', ' ', '—', '+', ','))
                .ofSizeBetween(0, 8).map(list -> {
                    StringBuilder out = new StringBuilder();
                    list.forEach(out::append);
                    return out.toString();
                });
        return structured.mix(chars, 30);
    }

    private static Gen<Precision> precisions() {
        return integers().between(-5, 6).map(d -> d == 6 ? Precision.exact() : Precision.decimals(d));
    }

    @Test
    void amountsAreReadAsTheStraightforwardReadingReadsThem() {
        qt().withExamples(20_000).forAll(numberTexts(), precisions(), arbitrary().enumValues(AmountUnit.class),
                arbitrary().pick(3, 10, 18, 19, 40)).checkAssert((text, precision, unit, maxDigits) ->
                        assertThat(amountOutcome(() -> Numbers.amount(text, unit, precision, maxDigits)))
                                .as("%s %s %s %d", text, precision, unit, maxDigits)
                                .isEqualTo(amountOutcome(() -> referenceAmount(text, unit, precision, maxDigits))));
    }

    @ParameterizedTest
    @CsvSource({"1877, 0", "747.64, 2", "0.50, 2", "-131, 0", "0, 0", "0.00, 2", "3.25, INF", "12, INF",
        "999999999999999999, 0", "-0.000000000000000001, 18", "1877.0, 0", "1877, 2", "-0, 0", "007, 0", "3.50, INF",
        "18770000, -4", "1000000000000000000, 0"})
    void theUsualAndTheNearlyUsualAmounts(String text, String decimals) {
        Precision precision = Precision.parse(decimals);
        assertThat(amountOutcome(() -> Numbers.amount(text, AmountUnit.TEN_THOUSAND_YUAN, precision, 40)))
                .isEqualTo(amountOutcome(() -> referenceAmount(text, AmountUnit.TEN_THOUSAND_YUAN, precision, 40)));
    }

    @Test
    void countsAreReadAsTheStraightforwardReadingReadsThem() {
        Gen<String> texts = lists().of(arbitrary().pick('0', '1', '2', '7', '9', '-', 'x')).ofSizeBetween(0, 12)
                .map(list -> {
                    StringBuilder out = new StringBuilder();
                    list.forEach(out::append);
                    return out.toString();
                });
        qt().withExamples(5_000).forAll(texts).checkAssert(text ->
                assertThat(countOutcome(() -> Numbers.count(text))).as(text)
                        .isEqualTo(countOutcome(() -> referenceCount(text))));
        for (String edge : new String[] {"0", "00", "999999999", "1000000000", "2147483647", "2147483648", "9999999999",
            "99999999999"}) {
            assertThat(countOutcome(() -> Numbers.count(edge))).as(edge).isEqualTo(countOutcome(() -> referenceCount(edge)));
        }
    }
}
