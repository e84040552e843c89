package org.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.rules.change.Change;
import org.junit.jupiter.api.Test;

/** The runnable examples compute what their Javadoc says, on the seed's real figures. */
class RunnableExamplesTest {
    @Test
    void portalExportNestsTheFunctionTreeWithExactAmounts() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        ObjectNode json = PortalExportExample.export(PingshanPetitionBureau2023.document(), mapper);
        assertThat(json.get("department").asText()).isEqualTo("深圳市坪山区信访局");
        assertThat(json.get("year").asInt()).isEqualTo(2023);
        JsonNode root = json.get("expenditureByFunction");
        // 表1's 本年支出合计 and its four 类, as printed: 1,877 = 1,592 + 79 + 18 + 187 within rounding.
        assertThat(root.get("amount").get("value").asText()).isEqualTo("1877");
        assertThat(root.get("amount").get("decimals").asInt()).isZero();
        assertThat(root.get("children")).extracting(c -> c.get("code").asText()).containsExactly("201", "208", "210", "221");
        assertThat(root.get("children")).extracting(c -> c.get("amount").get("value").asText())
                .containsExactly("1592", "79", "18", "187");
        JsonNode petitions = root.get("children").get(0).get("children").get(0).get("children").get(2);
        assertThat(petitions.get("label").asText()).isEqualTo("2010308 信访事务");
        assertThat(petitions.get("amount").get("value").asText()).isEqualTo("672");
        assertThat(json.get("audit").get("errors").asInt()).isZero();
        assertThat(json.get("audit").get("warnings").asInt()).isEqualTo(2);
    }

    @Test
    void yearOverYearPairsEveryFigureWithThePriorYearsAtTheSameCoordinates() {
        FactSet threePublic = PingshanPetitionBureau2023.document().facts().inTable("表9");
        Map<Fact, Change> changes = YearOverYearExample.compare(threePublic, threePublic, FiscalYear.of(2023));
        // 表9: six columns, 2022 and 2023 rows; the 增减变化金额 row is a change, not a year's figure.
        assertThat(changes).hasSize(6);
        Map.Entry<Fact, Change> total = changes.entrySet().iterator().next();
        assertThat(total.getKey().amount().value()).isEqualByComparingTo("6.10");
        assertThat(total.getValue().prior().value()).isEqualByComparingTo("4.60");
        assertThat(total.getValue().amount().value()).isEqualByComparingTo(new BigDecimal("1.50"));
        // 1.50 / 4.60 = 32.6%: the standard sentence says 33% where the narrative printed 32%.
        assertThat(total.getValue().phrase(Locale.CHINESE, FiscalYear.of(2022))).isEqualTo("比2022年增加1.50万元，增长33%");
    }
}
