package org.budgetkit.io.fdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiscalDataPackageTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();

    private static JsonNode descriptor(Document d) throws Exception {
        return new ObjectMapper().readTree(FiscalDataPackage.export(d).get(FiscalDataPackage.DESCRIPTOR));
    }

    @Test
    void theSeedDescriptorIsAFiscalDataPackageWithCnyMeasuresInTenThousands() throws Exception {
        JsonNode root = descriptor(SEED);
        assertThat(root.path("profile").asText()).isEqualTo("fiscal-data-package");
        assertThat(root.path("name").asText()).isEqualTo("shenzhen-pingshan-petition-bureau-2023-budget");
        assertThat(root.path("fiscalPeriod").path("start").asText()).isEqualTo("2023-01-01");
        assertThat(root.path("resources").path(0).path("path").asText()).isEqualTo("budget.csv");
        JsonNode measures = root.path("model").path("measures");
        for (String m : List.of("revenue", "expenditure")) {
            assertThat(measures.path(m).path("currency").asText()).isEqualTo("CNY");
            // 单位：万元 — one unit of the measure is 10,000 yuan.
            assertThat(measures.path(m).path("factor").asLong()).isEqualTo(10_000L);
            assertThat(measures.path(m).path("direction").asText()).isEqualTo(m);
            assertThat(measures.path(m).path("phase").asText()).isEqualTo("approved");
        }
        JsonNode functional = root.path("model").path("dimensions").path("functional-classification");
        assertThat(functional.path("classificationType").asText()).isEqualTo("functional");
        assertThat(functional.path("attributes").path("section").path("parent").asText()).isEqualTo("class");
        assertThat(functional.path("attributes").path("item").path("parent").asText()).isEqualTo("section");
        assertThat(root.path("model").path("dimensions").path("economic-classification").path("attributes")
                .path("section").path("parent").asText()).isEqualTo("class");
        // Every source named by the model is a field of the resource's schema.
        List<String> fields = new ArrayList<>();
        root.path("resources").path(0).path("schema").path("fields").forEach(f -> fields.add(f.path("name").asText()));
        List<String> sources = new ArrayList<>();
        root.path("model").path("measures").forEach(m -> sources.add(m.path("source").asText()));
        root.path("model").path("dimensions").forEach(d -> d.path("attributes")
                .forEach(a -> sources.add(a.path("source").asText())));
        assertThat(sources).hasSizeGreaterThan(30).doesNotContain("");
        assertThat(fields).containsAll(sources);
    }

    @Test
    void theSeedDataHasOneRowAFactWithLevelsLabelsAndTheMeasureOfItsDirection() {
        String csv = new String(FiscalDataPackage.export(SEED).get(FiscalDataPackage.DATA), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(706);
        // 表7: 2010301 行政运行 支出总计 471 万元 (类 201 一般公共服务支出, 款 20103).
        assertThat(lines).anyMatch(l -> l.contains(",EXPENDITURE,支出,201,一般公共服务支出,20103,政府办公厅（室）及相关机构事务,"
                + "2010301,行政运行,") && l.contains(",,471,471,万元,0,") && l.contains(",表7,"));
        // 表1 revenue: 1,877 万元 in the revenue measure, the expenditure measure empty.
        assertThat(lines.get(1)).contains(",REVENUE,收入,").contains(",1877,,1877,万元,0,");
        // 表12 in two decimals: 747.64 万元.
        assertThat(lines).anyMatch(l -> l.contains(",747.64,747.64,万元,2,"));
    }

    @Test
    void aFinalAccountIsExecutedAndMeasuresUseTheDocumentUnitsFactor() throws Exception {
        Document.Builder b = Document.builder("局", FiscalYear.of(2022), Phase.FINAL_ACCOUNT).unit(AmountUnit.YUAN);
        b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表1", "T", AmountUnit.TEN_THOUSAND_YUAN, 1, 0)
                .row("合计", "", Coordinates.empty(), 2, "1,877.5 748 —");
        Document d = b.build();
        JsonNode root = descriptor(d);
        assertThat(root.path("model").path("measures").path("expenditure").path("phase").asText()).isEqualTo("executed");
        assertThat(root.path("model").path("measures").path("expenditure").path("factor").asLong()).isEqualTo(1L);
        assertThat(root.path("name").asText()).isEqualTo("budget-2022-final-account");
        String csv = new String(FiscalDataPackage.export(d).get(FiscalDataPackage.DATA), StandardCharsets.UTF_8);
        // 1,877.5 万元 is 18,775,000 元 in the measure; the report keeps 1877.5 万元 to 1 decimal.
        assertThat(csv).contains(",18775000,1877.5,万元,1,").contains(",7480000,748,万元,0,").contains(",,—,万元,INF,");
        Map<String, byte[]> files = FiscalDataPackage.export(d);
        assertThat(FiscalDataPackage.read(files.get(FiscalDataPackage.DESCRIPTOR), files.get(FiscalDataPackage.DATA),
                "budget.csv", ReadOptions.defaults())).isEqualTo(d.facts());
    }

    @Test
    void phaseAndDirectionMapping() {
        assertThat(FiscalDataPackage.phase(Phase.BUDGET)).isEqualTo("approved");
        assertThat(FiscalDataPackage.phase(Phase.FINAL_ACCOUNT)).isEqualTo("executed");
        assertThat(FiscalDataPackage.direction(Flow.REVENUE)).isEqualTo("revenue");
        for (Flow f : List.of(Flow.USES, Flow.EXPENDITURE, Flow.CARRY_FORWARD)) {
            assertThat(FiscalDataPackage.direction(f)).isEqualTo("expenditure");
        }
    }

    @Test
    void aPackageWrittenToADirectoryReadsBackTheSeedFacts(@TempDir Path dir) throws Exception {
        FiscalDataPackage.export(SEED, dir);
        assertThat(Files.exists(dir.resolve("datapackage.json"))).isTrue();
        assertThat(FiscalDataPackage.read(dir, ReadOptions.defaults())).isEqualTo(SEED.facts());
    }

    @Test
    void reImportIsStrict() {
        Map<String, byte[]> files = FiscalDataPackage.export(SEED);
        byte[] descriptor = files.get(FiscalDataPackage.DESCRIPTOR);
        String csv = new String(files.get(FiscalDataPackage.DATA), StandardCharsets.UTF_8);
        String traversal = new String(descriptor, StandardCharsets.UTF_8).replace("\"budget.csv\"", "\"../etc/x.csv\"");
        assertThatThrownBy(() -> FiscalDataPackage.read(traversal.getBytes(StandardCharsets.UTF_8), files.get("budget.csv"),
                "budget.csv", ReadOptions.defaults())).isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("resource must be budget.csv");
        // A measure that does not equal the reported amount in the measure's unit.
        String wrongMeasure = csv.replaceFirst(",1877,,1877,万元,0,", ",1878,,1877,万元,0,");
        BudgetFormatException e = (BudgetFormatException) org.assertj.core.api.Assertions.catchThrowable(() ->
                FiscalDataPackage.read(descriptor, wrongMeasure.getBytes(StandardCharsets.UTF_8), "budget.csv",
                        ReadOptions.defaults()));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(26);
        String badLevel = csv.replaceFirst(",201,一般公共服务支出,20103,", ",201,一般公共服务支出,20803,");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FiscalDataPackage.read(descriptor,
                badLevel.getBytes(StandardCharsets.UTF_8), "budget.csv", ReadOptions.defaults())))
                .isInstanceOf(BudgetFormatException.class).hasMessageContaining("function_section");
    }

    @Test
    void publicApiRejectsNulls() {
        new NullPointerTester().setDefault(ReadOptions.class, ReadOptions.defaults()).setDefault(Document.class, SEED)
                .setDefault(Path.class, Path.of("target/npe-fdp")).testAllPublicStaticMethods(FiscalDataPackage.class);
    }
}
