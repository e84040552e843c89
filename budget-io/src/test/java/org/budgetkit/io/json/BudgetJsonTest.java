package org.budgetkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetJsonTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();
    private static final String FACT = "{\"amount\": {\"value\": \"1877\", \"unit\": \"万元\", \"decimals\": 0}, "
            + "\"coordinates\": {\"unit\": \"部门 局\", \"flow\": \"EXPENDITURE\", \"year\": \"2023\"}, "
            + "\"provenance\": {\"source\": \"s\", \"table\": \"表1\", \"row\": \"r\", \"column\": \"c\", "
            + "\"line\": 5, \"page\": 0}}";

    private static BudgetFormatException failure(String json, Class<?> type) {
        return failure(json.getBytes(StandardCharsets.UTF_8), type, ReadOptions.defaults());
    }

    private static BudgetFormatException failure(byte[] json, Class<?> type, ReadOptions options) {
        BudgetFormatException[] thrown = new BudgetFormatException[1];
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try {
                BudgetJson.read(new java.io.ByteArrayInputStream(json), "bad.json", type, options);
            } catch (BudgetFormatException e) {
                thrown[0] = e;
            }
        });
        assertThat(thrown[0]).as("a BudgetFormatException").isNotNull();
        assertThat(thrown[0].line()).isPositive();
        return thrown[0];
    }

    @Test
    void theSeedDocumentReadsBackEqualAndWritesTheSameBytes() {
        byte[] json = BudgetJson.toBytes(SEED);
        Document read = BudgetJson.readDocument(json, "seed.json", ReadOptions.defaults());
        assertThat(read).isEqualTo(SEED);
        assertThat(read.facts().size()).isEqualTo(705);
        assertThat(read.allClaims()).hasSize(73);
        assertThat(read.indicators()).hasSize(15);
        assertThat(read.table("表6").orElseThrow().unplaced()).hasSize(1);
        assertThat(BudgetJson.toBytes(read)).isEqualTo(json);
    }

    @Test
    void amountsAreDecimalStringsWithUnitAndDecimalsNeverJsonNumbers() throws Exception {
        assertThat(BudgetJson.write(Amount.parseFigure("1,877", AmountUnit.TEN_THOUSAND_YUAN)).replaceAll("\\s", ""))
                .isEqualTo("{\"value\":\"1877\",\"unit\":\"万元\",\"decimals\":0}");
        assertThat(BudgetJson.write(Amount.exact(new BigDecimal("1E+2"), AmountUnit.YUAN)).replaceAll("\\s", ""))
                .isEqualTo("{\"value\":\"100\",\"unit\":\"元\",\"decimals\":\"INF\"}");
        assertThat(BudgetJson.write(Amount.nil(AmountUnit.TEN_THOUSAND_YUAN)).replaceAll("\\s", ""))
                .isEqualTo("{\"nil\":true,\"unit\":\"万元\"}");
        assertThat(BudgetJson.write(Amount.of(new BigDecimal("18770000"), AmountUnit.YUAN, -4)).replaceAll("\\s", ""))
                .isEqualTo("{\"value\":\"18770000\",\"unit\":\"元\",\"decimals\":-4}");
        // Every "value" of the seed's JSON, at any depth, is a string or absent: never a number.
        JsonNode root = new ObjectMapper().readTree(BudgetJson.toBytes(SEED));
        List<JsonNode> values = root.findValues("value");
        assertThat(values).isNotEmpty().allMatch(JsonNode::isTextual);
        assertThat(root.toString()).doesNotContain("E+").doesNotContain("@class").doesNotContain("org.budgetkit");
    }

    @Test
    void findAndRegisterModulesFindsTheModuleThroughTheServiceLoader() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("budgetkit");
        Fact f = SEED.facts().asList().get(0);
        String json = mapper.writeValueAsString(f);
        assertThat(json).isEqualTo("{\"amount\":{\"value\":\"1877\",\"unit\":\"万元\",\"decimals\":0},\"coordinates\":"
                + "{\"unit\":\"部门 深圳市坪山区信访局\",\"flow\":\"REVENUE\",\"year\":\"2023\",\"fund_source\":"
                + "\"GOVERNMENT_BUDGET\"},\"provenance\":{\"source\":\"" + PingshanPetitionBureau2023.SOURCE
                + "\",\"table\":\"表1\",\"row\":\"一、政府预算拨款\",\"column\":\"收入/预算数\",\"line\":433,\"page\":0}}");
        assertThat(mapper.readValue(json, Fact.class)).isEqualTo(f);
        assertThat(mapper.readValue(mapper.writeValueAsString(SEED), Document.class)).isEqualTo(SEED);
    }

    @Test
    void defaultTypingAddsNoTypeIds() throws Exception {
        ObjectMapper mapper = BudgetJson.newMapper();
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING);
        String json = mapper.writeValueAsString(SEED.facts());
        assertThat(json).doesNotContain("org.budgetkit").doesNotContain("@class");
        assertThat(mapper.readValue(json, FactSet.class)).isEqualTo(SEED.facts());
    }

    @Test
    void valueTypesHaveTheirTextForms() throws Exception {
        ObjectMapper m = BudgetJson.newMapper();
        assertThat(m.writeValueAsString(FiscalYear.of(2023))).isEqualTo("\"2023\"");
        assertThat(m.writeValueAsString(AmountUnit.TEN_THOUSAND_YUAN)).isEqualTo("\"万元\"");
        assertThat(m.writeValueAsString(Precision.exact())).isEqualTo("\"INF\"");
        assertThat(m.readValue("\"2010301\"", FunctionCode.class)).isEqualTo(FunctionCode.parse("2010301"));
        assertThat(m.readValue("\"单位 局/中心\"", BudgetUnit.class)).isEqualTo(BudgetUnit.unit("局", "中心"));
        assertThat(m.readValue("\"亿元\"", AmountUnit.class)).isEqualTo(AmountUnit.HUNDRED_MILLION_YUAN);
        assertThat(m.readValue(m.writeValueAsString(Percentage.parse("71.73%")), Percentage.class))
                .isEqualTo(Percentage.parse("71.73%"));
        assertThatThrownBy(() -> m.readValue("\"2023年\"", FiscalYear.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> m.readValue("\"TEN_THOUSAND_YUAN\"", AmountUnit.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void claimsWithPartsChangesSharesAndCountsRoundTrip() {
        List<Claim> claims = SEED.claims();
        String json = BudgetJson.write(claims.get(claims.size() - 1));
        assertThat(BudgetJson.read(json, "c.json", Claim.class)).isEqualTo(claims.get(claims.size() - 1));
        Claim change = SEED.allClaims().stream().filter(c -> c.kind() == Claim.Kind.CHANGE).findFirst().orElseThrow();
        // 2023年部门预算收入1,877万元，比2022年增加463万元，增长33%.
        assertThat(BudgetJson.write(change)).contains("\"comparisonYear\": \"2022\"", "\"direction\": \"INCREASE\"",
                "\"value\": \"463\"", "\"percent\": {\n");
        assertThat(BudgetJson.read(BudgetJson.write(change), "c.json", Claim.class)).isEqualTo(change);
    }

    @Test
    void gb18030AndBomAreDetected() {
        byte[] utf8 = BudgetJson.toBytes(SEED);
        String text = new String(utf8, StandardCharsets.UTF_8);
        byte[] gb = text.getBytes(Charset.forName("GB18030"));
        assertThat(BudgetJson.readDocument(gb, "gb.json", ReadOptions.defaults())).isEqualTo(SEED);
        byte[] bom = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(BudgetJson.readDocument(bom, "bom.json", ReadOptions.defaults())).isEqualTo(SEED);
    }

    /**
     * Each row replaces a part of a valid fact; the error is on line 1 at the column where
     * {@code marker} starts in the broken text (found by searching it, not by running the reader).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'\"1877\"'|'1877'|'1877'", "'\"1877\"'|'1e999999999'|'1e999999999'", "'\"1877\"'|'\"1e5\"'|'\"1e5\"'",
        "'\"1877\"'|'\"1,877\"'|'\"1,877\"'", "'\"1877\"'|'\"1877.0\"'|'\"1877.0\"'", "'\"1877\"'|'null'|'null'",
        "'\"decimals\": 0'|'\"decimals\": 0.5'|'0.5'", "'\"decimals\": 0'|'\"decimals\": 31'|'31'",
        "'\"decimals\": 0'|'\"decimals\": \"2\"'|'\"2\"'", "'\"万元\"'|'\"万\"'|'\"万\"'",
        "'\"EXPENDITURE\"'|'\"支出\"'|'\"支出\"'", "'\"2023\"'|'\"2023年\"'|'\"2023年\"'",
        "'\"line\": 5'|'\"line\": -5'|'-5'", "'\"page\": 0'|'\"page\": 0, \"extra\": 1'|'\"extra\"'",
        "'\"unit\": \"部门 局\", '|''|'{'", "'\"flow\": \"EXPENDITURE\"'|'\"function\": \"2031\"'|'\"2031\"'",
        "'\"coordinates\": {'|'\"coordinates\": {\"sector\": \"x\", '|'\"sector\"'",
        "'{\"amount\": {'|'{\"amount\": 5, \"x\": {'|'5'"})
    void malformedFactsNameLineAndColumn(String from, String to, String marker) {
        assertThat(FACT).contains(from);
        String broken = FACT.replace(from, to);
        BudgetFormatException e = failure(broken, Fact.class);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).as(e.getMessage()).isEqualTo(broken.indexOf(marker) + 1);
    }

    @Test
    void aFieldTwiceIsRefused() {
        assertThat(failure(FACT.replace("\"line\": 5", "\"line\": 5, \"line\": 6"), Fact.class).getMessage())
                .contains("line");
    }

    @Test
    void structuralProblemsAreRefused() {
        assertThat(failure("", FactSet.class).getMessage()).contains("empty input");
        assertThat(failure("null", FactSet.class).getMessage()).contains("null is not");
        assertThat(failure("[" + FACT + "] []", FactSet.class).getMessage()).contains("Trailing token");
        assertThat(failure("[" + FACT + ",\n" + FACT + "]", FactSet.class).line()).isEqualTo(2);
        assertThat(failure("[" + FACT + ",\n" + FACT + "]", FactSet.class).getMessage()).contains("duplicate fact");
        assertThat(failure("[" + FACT, FactSet.class).getMessage()).contains("malformed JSON");
        assertThat(failure("{\"amount\": ", Fact.class).getMessage()).contains("malformed JSON");
        assertThat(failure("[".repeat(100_000), FactSet.class).getMessage()).contains("expected a fact");
        String deep = "{\"amount\":".repeat(300);
        assertThat(failure(deep, Fact.class)).isNotNull();
        String megabyte = FACT.replace("\"1877\"", "1" + "0".repeat(1 << 20));
        assertThat(failure(megabyte, Fact.class).getMessage()).contains("limit");
        String json = new String(BudgetJson.toBytes(SEED), StandardCharsets.UTF_8);
        assertThat(failure(json.replace("\"version\": 1", "\"version\": 2"), Document.class).getMessage())
                .contains("unsupported version");
        assertThat(failure(json.replace("shenzhen/budget-summary", "shenzhen/nothing"), Document.class).getMessage())
                .contains("unknown table template");
        assertThat(failure(json.replace("\"department\": \"深圳市坪山区信访局\"", "\"department\": \" 局\""),
                Document.class).getMessage()).contains("department");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(failure(bytes, Document.class, ReadOptions.defaults().withMaxRows(700)).getMessage())
                .contains("more than 700 facts");
    }

    @Test
    void aClaimThatTheModelWouldNotBuildIsRefused() {
        String claim = BudgetJson.write(SEED.allClaims().stream().filter(c -> c.kind() == Claim.Kind.CHANGE).findFirst()
                .orElseThrow());
        assertThat(failure(claim.replace("\"direction\": \"INCREASE\"", "\"direction\": null"), Claim.class)
                .getMessage()).contains("not a valid claim");
        assertThat(failure(claim.replace("\"kind\": \"CHANGE\"", "\"kind\": \"COUNT\""), Claim.class).getMessage())
                .contains("not a valid claim");
    }

    @Test
    void messagesAreInEnglishAndChinese() {
        BudgetFormatException e = failure(FACT.replace("\"1877\"", "1877"), Fact.class);
        assertThat(e.getMessage()).isEqualTo("bad.json:1:22: amounts are decimal strings (\"1877\"), never JSON numbers:"
                + " \"1877\"");
        assertThat(e.message(Locale.CHINESE)).isEqualTo("bad.json 第 1 行第 22 列：金额应为十进制字符串（\"1877\"），"
                + "不能是 JSON 数字：“1877”");
    }

    @Test
    void publicApiRejectsNulls() {
        new NullPointerTester().setDefault(ReadOptions.class, ReadOptions.defaults())
                .setDefault(Class.class, Fact.class).setDefault(Object.class, SEED.facts())
                .testAllPublicStaticMethods(BudgetJson.class);
    }

    @Test
    void coordinatesInJsonAreTheFileForms() {
        Coordinates c = SEED.facts().asList().get(0).coordinates();
        List<String> fields = new ArrayList<>();
        BudgetJson.write(c).lines().forEach(fields::add);
        assertThat(String.join("", fields).replaceAll("\\s", "")).isEqualTo(
                "{\"unit\":\"部门深圳市坪山区信访局\",\"flow\":\"REVENUE\",\"year\":\"2023\",\"fund_source\":\"GOVERNMENT_BUDGET\"}");
    }
}
