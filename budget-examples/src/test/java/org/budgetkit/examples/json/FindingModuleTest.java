package org.budgetkit.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;
import org.junit.jupiter.api.Test;

class FindingModuleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    /** The seed's 表1: 1,592 + 79 + 18 + 187 = 1,876 against a printed 1,877, within rounding (±2.5). */
    private static final Finding TABLE1 = Finding.builder("sum.function", Severity.INFO, Verdict.WITHIN_ROUNDING)
            .location(new Provenance("seed.txt", "表1", "本年支出合计", "支出/预算数", 477, 0)).code("")
            .values(new BigDecimal("1876"), new BigDecimal("1877"), new BigDecimal("2.5"), "万元")
            .participant(new Provenance("seed.txt", "表1", "一、一般公共服务支出", "支出/预算数", 433, 0))
            .participant(new Provenance("seed.txt", "表1", "二、社会保障和就业支出", "支出/预算数", 443, 0))
            .message("items sum to 1,876, the total is 1,877: within rounding", "分项合计 1,876，总数 1,877：舍入误差内一致")
            .build();

    @Test
    void bothModulesAreFoundAndAFindingRoundTrips() throws Exception {
        assertThat(MAPPER.getRegisteredModuleIds()).contains("budgetkit", "budgetkit-findings");
        String json = MAPPER.writeValueAsString(TABLE1);
        assertThat(json).startsWith("{\"rule\":\"sum.function\",\"severity\":\"info\",\"verdict\":\"within-rounding\","
                + "\"source\":\"seed.txt\",\"table\":\"表1\",\"row\":\"本年支出合计\",\"column\":\"支出/预算数\",\"line\":477,");
        assertThat(json).contains("\"expected\":\"1876\",\"actual\":\"1877\",\"tolerance\":\"2.5\",\"unit\":\"万元\"");
        assertThat(json).doesNotContain("org.budgetkit");
        assertThat(MAPPER.readValue(json, Finding.class)).isEqualTo(TABLE1);
    }

    @Test
    void absentValuesAreNullAndNumbersAreRefused() throws Exception {
        Finding bare = Finding.builder("duplicate", Severity.ERROR, Verdict.INCONSISTENT).message("a", "甲").build();
        String json = MAPPER.writeValueAsString(bare);
        assertThat(json).contains("\"expected\":null,\"actual\":null,\"tolerance\":null");
        assertThat(MAPPER.readValue(json, Finding.class)).isEqualTo(bare);
        assertThatThrownBy(() -> MAPPER.readValue(json.replace("\"expected\":null", "\"expected\":1876"), Finding.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> MAPPER.readValue(json.replace("\"rule\":", "\"x\":1,\"rule\":"), Finding.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("unknown field");
        assertThatThrownBy(() -> MAPPER.readValue(json.replace("\"error\"", "\"fatal\""), Finding.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
