package org.budgetkit.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.model.testing.ClaimDescriptions;
import org.junit.jupiter.api.Test;

/** The extractor against the seed's narrative, built by hand in {@link PingshanPetitionBureau2023}. */
class NarrativeReaderSeedTest {
    /** Lines 1–419 of the seed: the narrative (文字部分), before 二、表格部分. */
    static List<String> narrative() {
        List<String> all = Arrays.asList(PingshanPetitionBureau2023.text().split("\n", -1));
        assertThat(all.get(420)).isEqualTo("二、表格部分");
        return all.subList(0, 419);
    }

    static List<Claim> read() {
        return NarrativeReader.of(PingshanPetitionBureau2023.DEPARTMENT, FiscalYear.of(2023), Phase.BUDGET)
                .withSource(PingshanPetitionBureau2023.SOURCE).read(narrative());
    }

    @Test
    void extractsExactlyTheHandBuiltClaims() {
        Document seed = PingshanPetitionBureau2023.document();
        List<Claim> got = read();
        assertThat(ClaimDescriptions.describe(got)).containsExactlyElementsOf(ClaimDescriptions.describe(seed.claims()));
        // Equal on every field but the sentence text, which the hand-built seed abbreviates.
        assertThat(got.stream().mapToInt(Claim::size).sum()).isEqualTo(73);
        assertThat(got).hasSize(seed.claims().size());
    }

    @Test
    void everyClaimKeepsItsSentence() {
        for (Claim c : read()) {
            assertThat(c.sentence()).isNotBlank();
        }
        Claim income = read().stream().filter(c -> c.line() == 89).findFirst().orElseThrow();
        assertThat(income.sentence()).isEqualTo("2023 年深圳市坪山区信访局部门预算收入 1,877万元，比2022 年增加 463 万元，增长 33 %。");
    }
}
