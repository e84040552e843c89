package org.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.WriteOptions;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TidyCsvTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();
    private static final String HEADER = "unit,flow,year,function,economic,fund_source,nature,item,project,measure,"
            + "amount,amount_unit,decimals,source,table,row,column,line,page";
    /** 表1's first revenue row as published: 一、政府预算拨款 1,877 万元, line 433 of the text. */
    private static final String FIRST_ROW = "部门 深圳市坪山区信访局,REVENUE,2023,,,GOVERNMENT_BUDGET,,,,,1877,万元,0,"
            + PingshanPetitionBureau2023.SOURCE + ",表1,一、政府预算拨款,收入/预算数,433,0";
    private static final Coordinates BASE = Coordinates.empty().with(Dimension.UNIT, BudgetUnit.department("局"))
            .with(Dimension.FLOW, Flow.EXPENDITURE).with(Dimension.YEAR, FiscalYear.of(2023));

    private static String row(String amount, String unit, String decimals) {
        String field = amount.contains(",") ? "\"" + amount + "\"" : amount;
        return "部门 局,EXPENDITURE,2023,201,,,,,,," + field + "," + unit + "," + decimals + ",s,表1,r,c,5,0";
    }

    private static BudgetFormatException failure(String csv) {
        return failure(csv.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    }

    private static BudgetFormatException failure(byte[] csv, ReadOptions options) {
        BudgetFormatException[] thrown = new BudgetFormatException[1];
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try {
                TidyCsv.read(csv, "bad.csv", options);
            } catch (BudgetFormatException e) {
                thrown[0] = e;
            }
        });
        assertThat(thrown[0]).as("a BudgetFormatException").isNotNull();
        assertThat(thrown[0].source()).isEqualTo("bad.csv");
        assertThat(thrown[0].line()).isPositive();
        return thrown[0];
    }

    @Test
    void theSeedIsWrittenAsPublishedAndReadBackEqual() {
        String csv = TidyCsv.write(SEED.facts());
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 705);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(1)).isEqualTo(FIRST_ROW);
        // 表12 is printed in two decimals: 747.64 万元 (line 1213 of the text), not 748.
        assertThat(lines).anyMatch(l -> l.contains(",747.64,万元,2,") && l.contains(",表12,"));
        FactSet read = TidyCsv.read(csv, "seed.csv");
        assertThat(read).isEqualTo(SEED.facts());
        assertThat(TidyCsv.write(read)).isEqualTo(csv);
    }

    @Test
    void columnsAreTheDimensionIdsThenAmountUnitDecimalsAndProvenance() {
        assertThat(String.join(",", TidyCsv.columns())).isEqualTo(HEADER);
    }

    @Test
    void amountsKeepValueScaleUnitAndPrecisionIncludingNilExactAndNegativeDecimals() {
        List<Amount> amounts = List.of(Amount.of(new BigDecimal("747.64"), AmountUnit.TEN_THOUSAND_YUAN, 2),
                Amount.of(new BigDecimal("0.50"), AmountUnit.YUAN, 2), Amount.exact(new BigDecimal("3.25"), AmountUnit.YUAN),
                Amount.of(new BigDecimal("18770000"), AmountUnit.YUAN, -4), Amount.nil(AmountUnit.HUNDRED_MILLION_YUAN),
                Amount.of(new BigDecimal("-131"), AmountUnit.THOUSAND_YUAN, 0),
                Amount.of(new BigDecimal("12345678901234567890123456789012345678"), AmountUnit.YUAN, 0));
        List<Fact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            facts.add(Fact.of(amounts.get(i), BASE, new Provenance("s", "t", "r" + i, "c", i, 0)));
        }
        String csv = TidyCsv.write(FactSet.of(facts));
        assertThat(csv).contains(",747.64,万元,2,", ",0.50,元,2,", ",3.25,元,INF,", ",18770000,元,-4,", ",—,亿元,INF,",
                ",-131,千元,0,", ",12345678901234567890123456789012345678,元,0,");
        FactSet read = TidyCsv.read(csv, "amounts.csv");
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = read.asList().get(i).amount();
            assertThat(a).isEqualTo(amounts.get(i));
            assertThat(a.value().scale()).isEqualTo(amounts.get(i).value().scale());
            assertThat(a.isNil()).isEqualTo(amounts.get(i).isNil());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+SUM(A1)", "-2", "@cmd", "\tTAB", "\rCR", "\nLF", "'already",
        "=HYPERLINK(\"http://x\")"})
    void textCellsThatASpreadsheetWouldEvaluateAreWrittenAsTextAndReadBackExactly(String hostile) throws Exception {
        String label = hostile.replace("\n", "");
        Fact f = Fact.of(Amount.of(BigDecimal.ONE, AmountUnit.YUAN, 0), BASE.with(Dimension.PROJECT,
                new org.budgetkit.model.dimension.Project("x" + label)), new Provenance(hostile, label, label, label, 1, 0));
        String csv = TidyCsv.write(FactSet.of(List.of(f)));
        // An independent parse of the written record: every text cell that is not empty starts
        // with a character a spreadsheet takes for text.
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<String[]> records = mapper.readerFor(String[].class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<String[]>readValues(csv).readAll();
        String[] record = records.get(1);
        for (int i = 0; i < record.length; i++) {
            String column = TidyCsv.columns().get(i);
            if (!record[i].isEmpty() && !column.equals("amount") && !column.equals("decimals")) {
                assertThat("=+-@\t\r\n").as(column + " = " + record[i]).doesNotContain(record[i].substring(0, 1));
            }
        }
        assertThat(record[TidyCsv.columns().indexOf("source")]).isEqualTo("'" + hostile);
        assertThat(TidyCsv.read(csv, "x.csv").asList()).containsExactly(f);
    }

    @Test
    void numericCellsAreNeverPrefixed() {
        Fact f = Fact.of(Amount.of(new BigDecimal("-131000"), AmountUnit.YUAN, -3), BASE, Provenance.none());
        assertThat(TidyCsv.write(FactSet.of(List.of(f)))).contains(",-131000,元,-3,");
    }

    @Test
    void gb18030AndUtf8WithBomAndCrlfAreDetected() {
        Charset gb = Charset.forName("GB18030");
        for (WriteOptions options : List.of(WriteOptions.defaults().withCharset(gb),
                WriteOptions.defaults().withByteOrderMark(true), WriteOptions.defaults().withLineSeparator("\r\n"),
                WriteOptions.defaults().withCharset(Charset.forName("GBK")).withLineSeparator("\r\n"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TidyCsv.write(SEED.facts(), out, options);
            assertThat(TidyCsv.read(out.toByteArray(), "seed.csv", ReadOptions.defaults())).as(options.toString())
                    .isEqualTo(SEED.facts());
        }
    }

    @Test
    void aDeclaredCharsetIsUsedStrictly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TidyCsv.write(SEED.facts(), out, WriteOptions.defaults().withCharset(Charset.forName("GB18030")));
        byte[] gb = out.toByteArray();
        assertThat(TidyCsv.read(gb, "gb.csv", ReadOptions.defaults().withCharset(Charset.forName("GB18030"))))
                .isEqualTo(SEED.facts());
        BudgetFormatException e = failure(gb, ReadOptions.defaults().withCharset(StandardCharsets.UTF_8));
        // The header is ASCII; the first byte of 部 (0xB2 in GB18030) is not UTF-8: line 2, column 1.
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("not valid UTF-8");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefusedWithTheirPosition() {
        byte[] csv = (HEADER + "\n" + row("1", "元", "0") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(csv, csv.length + 3);
        bad[csv.length] = 'a';
        bad[csv.length + 1] = (byte) 0xFF;
        bad[csv.length + 2] = '\n';
        BudgetFormatException e = failure(bad, ReadOptions.defaults());
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.text()).contains("0xFF");
    }

    @Test
    void aUtf16ByteOrderMarkIsRefused() {
        byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16);
        assertThat(failure(utf16, ReadOptions.defaults()).getMessage()).contains("UTF-16");
    }

    @Test
    void aHeaderOnlyFileIsAnEmptyFactSet() {
        assertThat(TidyCsv.read(HEADER + "\n", "empty.csv")).isEqualTo(FactSet.empty());
        assertThat(TidyCsv.write(FactSet.empty())).isEqualTo(HEADER + "\n");
    }

    @Test
    void headerColumnsMayComeInAnyOrder() {
        List<String> columns = new java.util.ArrayList<>(TidyCsv.columns());
        java.util.Collections.reverse(columns);
        String[] fields = row("1", "元", "0").split(",", -1);
        java.util.List<String> reversed = new java.util.ArrayList<>(List.of(fields));
        java.util.Collections.reverse(reversed);
        FactSet read = TidyCsv.read(String.join(",", columns) + "\n" + String.join(",", reversed) + "\n", "x.csv");
        assertThat(TidyCsv.write(read)).isEqualTo(HEADER + "\n" + row("1", "元", "0") + "\n");
    }

    @Test
    void theHeaderIsChecked() {
        BudgetFormatException unknown = failure(HEADER.replace("decimals", "digits") + "\n");
        assertThat(unknown.line()).isEqualTo(1);
        assertThat(unknown.column()).isEqualTo(13);
        assertThat(unknown.text()).isEqualTo("digits");
        BudgetFormatException missing = failure(HEADER.replace(",page", "") + "\n");
        assertThat(missing.line()).isEqualTo(1);
        assertThat(missing.text()).isEqualTo("page");
        assertThat(failure(HEADER + ",unit\n").getMessage()).contains("column named twice");
        BudgetFormatException empty = failure("");
        assertThat(empty.line()).isEqualTo(1);
        assertThat(empty.message(Locale.CHINESE)).contains("输入为空");
        assertThat(failure("\uFEFF").getMessage()).contains("empty input");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // amount | unit | decimals | column of the error (field number)
        "1e5|元|0|11", "1E+2|元|0|11", "1e999999999|元|0|11", "1,877|元|0|11", "1.|元|0|11", ".5|元|1|11", "+1|元|0|11",
        "--1|元|0|11", "007|元|0|11", "-0|元|0|11", "NaN|元|0|11", "Infinity|元|0|11", "1 877|元|0|11",
        "１８７７|元|0|11", "'1|元|0|11", "1877.0|元|0|11", "1877|元|2|11", "1877.5|元|0|11", "18775|元|-1|11",
        "3.50|元|INF|11", "—|元|0|11", "1|美元|0|12", "1|万|0|12", "1|yuan|0|12", "1|元|2.5|13", "1|元|inf|13",
        "1|元|31|13", "1|元|00|13", "1|元|\"\"|13", "\"\"|元|0|11"})
    void malformedAmountsNameTheirLineAndColumn(String amount, String unit, String decimals, int column) {
        BudgetFormatException e = failure(HEADER + "\n" + row("1", "元", "0") + "\n" + row(amount, unit, decimals)
                + "\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "部门 局,SPENDING,2023,201|2", "部门 局,支出,2023,201|2", "部门 局,EXPENDITURE,1800,201|3",
        "部门 局,EXPENDITURE,2023年,201|3", "部门 局,EXPENDITURE,2023,2031|4", "部门 局,EXPENDITURE,2023,301|4",
        "局,EXPENDITURE,2023,201|1", "部门  局,EXPENDITURE,2023,201|1", ",EXPENDITURE,2023,201|1",
        "部门 局,,2023,201|2", "部门 局,EXPENDITURE,,201|3"})
    void unknownCodesAndVariantsAreRefusedNotCoerced(String coordinates, int column) {
        String bad = coordinates + ",,,,,,,1,元,0,s,表1,r,c,5,0";
        BudgetFormatException e = failure(HEADER + "\n" + bad + "\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column);
    }

    @Test
    void raggedRowsBlankLinesAndBadProvenanceAreRefused() {
        String ok = row("1", "元", "0");
        assertThat(failure(HEADER + "\n" + ok + ",extra\n").getMessage()).contains("more fields");
        BudgetFormatException shortRow = failure(HEADER + "\n" + ok.substring(0, ok.lastIndexOf(',')) + "\n");
        assertThat(shortRow.line()).isEqualTo(2);
        assertThat(shortRow.getMessage()).contains("ragged");
        assertThat(failure(HEADER + "\n\n" + ok + "\n").getMessage()).contains("blank line");
        assertThat(failure(HEADER + "\n" + ok.replace(",5,0", ",-5,0") + "\n").column()).isEqualTo(18);
        assertThat(failure(HEADER + "\n" + ok.replace(",5,0", ",5,99999999999") + "\n").column()).isEqualTo(19);
        assertThat(failure(HEADER + "\n" + ok.replace(",s,", ",\"s,") + "\n").getMessage()).contains("malformed CSV");
    }

    @Test
    void theLineOfAFieldCountsTheLineBreaksOfQuotedFieldsBeforeIt() {
        // The source field spans lines 2 to 4 (a CR LF and an LF inside quotes); the bad line is on line 4.
        String broken = "部门 局,EXPENDITURE,2023,201,,,,,,,1,元,0,\"s\r\nt\nu\",表1,r,c,x,0";
        BudgetFormatException e = failure(HEADER + "\n" + broken + "\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(18);
        BudgetFormatException next = failure(HEADER + "\n" + broken.replace(",x,", ",5,") + "\n" + row("1e5", "元", "0")
                + "\n");
        assertThat(next.line()).isEqualTo(5);
    }

    @Test
    void aFactRepeatedWithTheSameCoordinatesAndProvenanceIsRefused() {
        String ok = row("1", "元", "0");
        BudgetFormatException e = failure(HEADER + "\n" + ok + "\n" + row("2", "元", "0") + "\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("duplicate fact").contains("line 2");
        // The same coordinates from another row of the table are two facts, not a duplicate.
        assertThat(TidyCsv.read(HEADER + "\n" + ok + "\n" + ok.replace(",r,", ",r2,") + "\n", "x.csv").size())
                .isEqualTo(2);
    }

    @Test
    void limitsAreConfigurableAndRefuseQuickly() {
        String ok = row("1", "元", "0");
        String megabyteNumber = "9".repeat(1 << 20);
        assertThat(failure(HEADER + "\n" + row(megabyteNumber, "元", "0") + "\n").getMessage())
                .contains("longer than 4096");
        ReadOptions wideFields = ReadOptions.defaults().withMaxFieldLength(4 << 20);
        BudgetFormatException digits = failure((HEADER + "\n" + row(megabyteNumber, "元", "0") + "\n")
                .getBytes(StandardCharsets.UTF_8), wideFields);
        assertThat(digits.getMessage()).contains("more than 40 digits");
        assertThat(digits.column()).isEqualTo(11);
        assertThat(failure((HEADER + "\n" + row("1".repeat(11), "元", "0") + "\n").getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withMaxAmountDigits(10)).getMessage()).contains("more than 10 digits");
        String three = HEADER + "\n" + ok + "\n" + ok.replace(",r,", ",r2,") + "\n" + ok.replace(",r,", ",r3,") + "\n";
        BudgetFormatException rows = failure(three.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withMaxRows(2));
        assertThat(rows.line()).isEqualTo(4);
        BudgetFormatException bytes = failure(three.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withMaxBytes(100));
        assertThat(bytes.getMessage()).contains("larger than the limit of 100 bytes");
        // The limit falls inside a Chinese character: still "too large", not "not UTF-8".
        byte[] chinese = (HEADER + "\n" + ok + "\n").getBytes(StandardCharsets.UTF_8);
        int cut = HEADER.length() + 2;
        assertThat(failure(chinese, ReadOptions.defaults().withMaxBytes(cut)).getMessage())
                .contains("larger than the limit of " + cut + " bytes");
    }

    @Test
    void messagesAreInEnglishAndChinese() {
        BudgetFormatException e = failure(HEADER + "\n" + row("1,877", "元", "0") + "\n");
        assertThat(e.getMessage()).startsWith("bad.csv:2:11: amount: not a plain decimal number");
        assertThat(e.message(Locale.CHINESE)).startsWith("bad.csv 第 2 行第 11 列：amount：不是十进制数字");
        assertThat(e.text()).isEqualTo("1,877");
    }

    @Test
    void publicApiRejectsNulls() {
        new NullPointerTester().setDefault(ReadOptions.class, ReadOptions.defaults())
                .setDefault(WriteOptions.class, WriteOptions.defaults()).setDefault(FactSet.class, FactSet.empty())
                .setDefault(String.class, "\n").setDefault(java.nio.file.Path.class, java.nio.file.Path.of("x"))
                .testAllPublicStaticMethods(TidyCsv.class);
    }

}
