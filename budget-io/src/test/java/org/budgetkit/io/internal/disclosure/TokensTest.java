package org.budgetkit.io.internal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.MalformedFigureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {
    @ParameterizedTest
    @CsvSource({"'1,877', true", "1877.00, true", "87267272.44, true", "0, true", "0.00, true",
        "'371,514,655.00', true", "-131, true", "(131), true", "'1,87', false", "01, false", "1., false", "12%, false",
        "2023年, false", "≥90%, false", "1.2.3, false", "'', false", "一, false", "'1,877.5', true", "'12,34.5', false"})
    void figures(String text, boolean figure) {
        assertThat(Tokens.isFigure(text)).isEqualTo(figure);
    }

    @Test
    void everyWordTakenForAFigureParsesAsOne() {
        // The reader's tokenizer never accepts a word the model's parser rejects.
        qt().withExamples(3000).withFixedSeed(42L).forAll(strings().betweenCodePoints('(', '9').ofLengthBetween(1, 12))
                .checkAssert(s -> {
                    if (Tokens.isFigure(s)) {
                        try {
                            Amount.parseFigure(s, AmountUnit.YUAN);
                        } catch (MalformedFigureException e) {
                            throw new AssertionError("\"" + s + "\" taken for a figure: " + e.getMessage(), e);
                        }
                    }
                });
    }

    @Test
    void everyAmountPrintedWithOrWithoutGroupingIsAFigureOfItsValue() {
        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        qt().withExamples(2000).withFixedSeed(7L).forAll(longs().between(-99_999_999_999L, 99_999_999_999L),
                integers().between(0, 1)).checkAssert((cents, style) -> {
                    BigDecimal value = BigDecimal.valueOf(cents, 2);
                    String printed = style == 0 ? value.toPlainString() : grouped.format(value);
                    assertThat(Tokens.isFigure(printed)).as(printed).isTrue();
                    assertThat(Amount.parseFigure(printed, AmountUnit.YUAN).value()).isEqualByComparingTo(value);
                });
    }

    @ParameterizedTest
    @CsvSource({"201, true", "20103, true", "2010301, true", "301, true", "30101, true", "50101, true", "2031, false",
        "101, false", "201030, false", "20, false"})
    void codes(String text, boolean code) {
        assertThat(Tokens.isCode(text)).isEqualTo(code);
    }

    @Test
    void wordsAfterANumberThatMakeItNoAmount() {
        assertThat(Tokens.qualifiesNumber("年预算数")).isTrue();
        assertThat(Tokens.qualifiesNumber("人")).isTrue();
        assertThat(Tokens.qualifiesNumber("月前")).isTrue();
        assertThat(Tokens.qualifiesNumber("一般公共服务支出")).isFalse();
        assertThat(Tokens.qualifiesNumber("")).isFalse();
    }

    @Test
    void splitsOnlyWhereAnAmountOrACodeTouchesALabel() {
        assertThat(Tokens.splitGlued("27,664.22小计")).containsExactly("27,664.22", "小计");
        assertThat(Tokens.splitGlued("371,514,655.00一、一般公共服务支出")).containsExactly("371,514,655.00", "一、一般公共服务支出");
        assertThat(Tokens.splitGlued("本年支出合计307.82")).containsExactly("本年支出合计", "307.82");
        assertThat(Tokens.splitGlued("310资本性支出")).containsExactly("310", "资本性支出");
        for (String whole : List.of("2025年部门财务收支预算总表", "台式计算机（20万以下）", "1,877", "公开01表", "30101",
                "2023年", "12.5%")) {
            assertThat(Tokens.splitGlued(whole)).containsExactly(whole);
        }
    }

    @Test
    void normalisesLabelsForComparison() {
        assertThat(Tokens.norm("一、一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(Tokens.norm("1. 一般公共预算资金")).isEqualTo("一般公共预算资金");
        assertThat(Tokens.norm("（一）人员经费")).isEqualTo("人员经费");
        assertThat(Tokens.norm("其中：面向中小企业政府采购项目")).isEqualTo("面向中小企业政府采购项目");
        assertThat(Tokens.norm("因公出国（境）费")).isEqualTo("因公出国(境)费");
        assertThat(Tokens.norm("“三公”经费")).isEqualTo("\"三公\"经费");
        assertThat(Tokens.norm("合     计")).isEqualTo("合计");
        assertThat(Tokens.normTitle("2025年部门财务收支预算总表")).isEqualTo("部门财务收支预算总表");
        assertThat(Tokens.normTitle("2019年度部门预算")).isEqualTo("部门预算");
    }

    @Test
    void listMarkersAndCodePartsAreNotMalformedFigures() {
        assertThat(Tokens.looksNumeric("1,59,2")).isTrue();
        assertThat(Tokens.looksNumeric("1.2.3")).isTrue();
        assertThat(Tokens.looksNumeric("1.")).isFalse();
        assertThat(Tokens.looksNumeric("01")).isFalse();
        assertThat(Tokens.looksNumeric("行政运行")).isFalse();
        assertThat(Tokens.startsWithListMarker("十六、金融支出")).isTrue();
        assertThat(Tokens.startsWithListMarker("收支总表")).isFalse();
    }

    @Test
    void joinsLabelWordsByScript() {
        assertThat(Tokens.join(List.of("机关事业单位基本养老保险缴费", "支出"))).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(Tokens.join(List.of("PC", "server", "服务器"))).isEqualTo("PC server服务器");
    }
}
