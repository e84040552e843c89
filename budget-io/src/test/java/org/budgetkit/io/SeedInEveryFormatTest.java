package org.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.csv.WideCsv;
import org.budgetkit.io.fdp.FiscalDataPackage;
import org.budgetkit.io.json.BudgetJson;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed (深圳市坪山区信访局 2023: 12 tables, 705 facts, 73 claims, 15 indicators) written as tidy
 * CSV, wide CSV, JSON and a Fiscal Data Package, each read back equal.
 */
class SeedInEveryFormatTest {
    private static final Document SEED = PingshanPetitionBureau2023.document();

    @Test
    void tidyCsv() {
        assertThat(TidyCsv.read(TidyCsv.toBytes(SEED.facts()), "seed.csv", ReadOptions.defaults()))
                .isEqualTo(SEED.facts());
    }

    @Test
    void wideCsv() {
        Document.Builder b = Document.builder(SEED.department().name(), SEED.year(), SEED.phase())
                .source(SEED.source()).title(SEED.title()).unit(SEED.unit());
        SEED.units().forEach(u -> b.addUnit(u.name()));
        for (Map.Entry<String, byte[]> table : WideCsv.writeAll(SEED).entrySet()) {
            WideCsv.read(table.getValue(), table.getKey() + ".csv", b, ReadOptions.defaults());
        }
        SEED.claims().forEach(b::claim);
        SEED.indicators().forEach(b::indicator);
        assertThat(b.build()).isEqualTo(SEED);
    }

    @Test
    void json() {
        Document read = BudgetJson.readDocument(BudgetJson.toBytes(SEED), "seed.json", ReadOptions.defaults());
        assertThat(read).isEqualTo(SEED);
        assertThat(read.facts().size()).isEqualTo(705);
        assertThat(read.tables()).hasSize(12);
        assertThat(read.allClaims()).hasSize(73);
        assertThat(read.indicators()).hasSize(15);
    }

    @Test
    void fiscalDataPackage(@TempDir Path directory) {
        FiscalDataPackage.export(SEED, directory);
        assertThat(FiscalDataPackage.read(directory, ReadOptions.defaults())).isEqualTo(SEED.facts());
    }
}
