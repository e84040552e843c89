package org.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.WriteOptions;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

class WideCsvTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();
    private static final String HEADER_START = "kind,label,code,line,page,unit,flow,year,function,economic,fund_source,"
            + "nature,item,project,measure,";

    private static Document.Builder emptyLike(Document d) {
        return Document.builder(d.department().name(), d.year(), d.phase()).source(d.source()).title(d.title())
                .unit(d.unit());
    }

    private static BudgetFormatException failure(String csv) {
        BudgetFormatException[] thrown = new BudgetFormatException[1];
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try {
                WideCsv.read(csv.getBytes(StandardCharsets.UTF_8), "bad.csv", emptyLike(SEED), ReadOptions.defaults());
            } catch (BudgetFormatException e) {
                thrown[0] = e;
            }
        });
        assertThat(thrown[0]).as("a BudgetFormatException").isNotNull();
        assertThat(thrown[0].line()).isPositive();
        return thrown[0];
    }

    @Test
    void everySeedTableIsWrittenAsPublishedAndReadBackIntoAnEqualDocument() {
        Map<String, byte[]> files = WideCsv.writeAll(SEED);
        assertThat(files.keySet()).containsExactly("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10",
                "表11", "表12");
        Document.Builder b = emptyLike(SEED);
        SEED.units().forEach(u -> b.addUnit(u.name()));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            WideCsv.read(f.getValue(), f.getKey() + ".csv", b, ReadOptions.defaults());
        }
        SEED.claims().forEach(b::claim);
        SEED.indicators().forEach(b::indicator);
        Document read = b.build();
        assertThat(read.facts()).isEqualTo(SEED.facts());
        assertThat(read.tables()).isEqualTo(SEED.tables());
        assertThat(read).isEqualTo(SEED);
        for (Table t : read.tables()) {
            assertThat(WideCsv.write(read, t.number()).getBytes(StandardCharsets.UTF_8)).isEqualTo(files.get(t.number()));
        }
    }

    @Test
    void table7IsItsPublishedLayout() {
        List<String> lines = WideCsv.write(SEED, "表7").lines().toList();
        assertThat(lines.get(0)).isEqualTo("table,表7,一般公共预算支出表（按功能分类）,shenzhen/general-budget-by-function,万元,"
                + SEED.table("表7").orElseThrow().line() + ",0");
        assertThat(lines.get(1)).isEqualTo(HEADER_START + "支出总计,基本支出,项目支出");
        // 表7 as published: 合计 1,877 = 基本支出 748 + 项目支出 1,129; 201 一般公共服务支出 1,592.
        assertThat(lines).anyMatch(l -> l.endsWith(",1877,748,1129"));
        assertThat(lines).anyMatch(l -> l.startsWith("row,") && l.contains(",201,") && l.contains(",1592,"));
    }

    @Test
    void table6KeepsItsUnlabelledFigureAsUnplaced() {
        String csv = WideCsv.write(SEED, "表6");
        assertThat(csv).contains("\nunplaced,,,935,0,,,,,,,,,,,\"1,877\",\n");
    }

    @Test
    void figuresAreReadAsDisclosuresPrintThem() {
        String csv = "table,表7,T,shenzhen/general-budget-by-function,万元,1,0\n" + HEADER_START
                + "支出总计,基本支出,项目支出\n"
                + "row,合计,,10,0,,,,,,,,,,,\"1,877\",747.64,—\n";
        Document.Builder b = Document.builder("局", FiscalYear.of(2023), Phase.BUDGET);
        Table t = WideCsv.read(csv, "t.csv", b);
        Document d = b.build();
        assertThat(t.rows()).hasSize(1);
        List<Amount> amounts = d.facts().stream().map(Fact::amount).toList();
        assertThat(amounts).containsExactly(Amount.of(new BigDecimal("1877"), AmountUnit.TEN_THOUSAND_YUAN, 0),
                Amount.of(new BigDecimal("747.64"), AmountUnit.TEN_THOUSAND_YUAN, 2),
                Amount.nil(AmountUnit.TEN_THOUSAND_YUAN));
        // Coordinates come from the template and the document's defaults: budget unit and year.
        assertThat(d.facts().asList().get(0).coordinates().get(Dimension.YEAR)).contains(FiscalYear.of(2023));
        assertThat(WideCsv.write(d, "表7")).contains("\nrow,合计,,10,0,,,,,,,,,,,1877,747.64,—\n");
    }

    @Test
    void malformedTablesNameLineAndColumn() {
        String head = "table,表7,T,shenzhen/general-budget-by-function,万元,1,0\n" + HEADER_START
                + "支出总计,基本支出,项目支出\n";
        assertThat(failure("").line()).isEqualTo(1);
        assertThat(failure("table,表7,T,shenzhen/nothing,万元,1,0\n").column()).isEqualTo(4);
        assertThat(failure("table,表7,T,shenzhen/general-budget-by-function,美元,1,0\n").column()).isEqualTo(5);
        assertThat(failure("table,表7,T,shenzhen/general-budget-by-function,万元,1,0\n" + HEADER_START
                + "支出总计,基本支出,其他\n").column()).isEqualTo(18);
        BudgetFormatException gap = failure(head + "row,合计,,10,0,,,,,,,,,,,1877,,1129\n");
        assertThat(gap.line()).isEqualTo(3);
        assertThat(gap.column()).isEqualTo(18);
        assertThat(failure(head + "row,合计,,10,0,,,,,,,,,,,1e5,,\n").column()).isEqualTo(16);
        assertThat(failure(head + "row,合计,,10,0,,,,,,,,,,,1,87,,\n").getMessage()).contains("more fields");
        assertThat(failure(head + "row,合计,,10,0,,,,,,,,,,,,,\n").getMessage()).contains("without figures");
        assertThat(failure(head + "row,合计,,10,0,,,,2031,,,,,,,1,,\n").column()).isEqualTo(9);
        assertThat(failure(head + "row,合计,,10,0,,,,,,BASIC_APPROPRIATION,,,,,1,,\n").getMessage())
                .contains("conflict");
        assertThat(failure(head + "total,合计,,10,0,,,,,,,,,,,1,,\n").column()).isEqualTo(1);
        BudgetFormatException twice = failure(head + "row,合计,,10,0,,,,,,,,,,,1,,\nrow,合计,,10,0,,,,,,,,,,,1,,\n");
        assertThat(twice.line()).isEqualTo(4);
        assertThat(twice.getMessage()).contains("duplicate fact");
        assertThat(failure(head + "unplaced,x,,10,0,,,,,,,,,,,1,2,\n").getMessage()).contains("one column");
    }

    @Test
    void aDocumentWhoseFactsAreNotItsTablesFiguresIsNotWrittenAsAWideTable() {
        Document changed = SEED.withFacts(FactSet.of(SEED.facts().asList().subList(1, SEED.facts().size())));
        assertThatThrownBy(() -> WideCsv.write(changed, "表1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("表1");
        assertThatThrownBy(() -> WideCsv.write(SEED, "表99")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicApiRejectsNulls() {
        new NullPointerTester().setDefault(ReadOptions.class, ReadOptions.defaults())
                .setDefault(WriteOptions.class, WriteOptions.defaults()).setDefault(Document.class, SEED)
                .setDefault(String.class, "表1")
                .setDefault(Document.Builder.class, emptyLike(SEED))
                .testAllPublicStaticMethods(WideCsv.class);
    }
}
