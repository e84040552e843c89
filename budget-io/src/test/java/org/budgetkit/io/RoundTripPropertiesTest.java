package org.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.Charset;
import java.util.Map;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.csv.WideCsv;
import org.budgetkit.io.fdp.FiscalDataPackage;
import org.budgetkit.io.json.BudgetJson;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.junit.jupiter.api.Test;

/**
 * The identities the formats promise, over generated documents and fact sets (random tables
 * through templates, every unit and precision, nil, exact, 30-digit amounts, claims with parts,
 * text hostile to CSV and spreadsheets): model → format → model is the identity (value,
 * scale, unit, decimals, coordinates, provenance: {@code equals} of the model compares them
 * all), and writing what was read gives the same bytes.
 */
class RoundTripPropertiesTest {
    private static final int EXAMPLES = 60;

    @Test
    void factsThroughTidyCsvAreUnchangedAndTheSecondPassIsByteIdentical() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 150)).checkAssert((seed, size) -> {
            FactSet facts = RandomDocuments.facts(seed, size, true);
            byte[] first = TidyCsv.toBytes(facts);
            FactSet read = TidyCsv.read(first, "facts.csv", ReadOptions.defaults());
            assertThat(read).isEqualTo(facts);
            assertThat(TidyCsv.toBytes(read)).isEqualTo(first);
        });
    }

    @Test
    void documentFactsThroughTidyCsvInEveryEncodingAreUnchanged() {
        Charset gb18030 = Charset.forName("GB18030");
        WriteOptions[] variants = {WriteOptions.defaults(), WriteOptions.defaults().withByteOrderMark(true),
            WriteOptions.defaults().withLineSeparator("\r\n"), WriteOptions.defaults().withCharset(gb18030),
            WriteOptions.defaults().withCharset(gb18030).withByteOrderMark(true).withLineSeparator("\r\n")};
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, variants.length - 1))
                .checkAssert((seed, v) -> {
                    FactSet facts = RandomDocuments.document(seed, true).facts();
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    TidyCsv.write(facts, out, variants[v]);
                    // Detected, not declared: GB18030 text with Chinese is not UTF-8.
                    assertThat(TidyCsv.read(out.toByteArray(), "facts.csv", ReadOptions.defaults())).isEqualTo(facts);
                });
    }

    @Test
    void documentsThroughJsonAreEqualAndTheSecondPassIsByteIdentical() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Document document = RandomDocuments.document(seed, true);
            byte[] first = BudgetJson.toBytes(document);
            Document read = BudgetJson.readDocument(first, "document.json", ReadOptions.defaults());
            assertThat(read).isEqualTo(document);
            assertThat(read.facts()).isEqualTo(document.facts());
            assertThat(read.tables()).isEqualTo(document.tables());
            assertThat(read.claims()).isEqualTo(document.claims());
            assertThat(BudgetJson.toBytes(read)).isEqualTo(first);
        });
    }

    @Test
    void factsThroughJsonAreUnchanged() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 150)).checkAssert((seed, size) -> {
            FactSet facts = RandomDocuments.facts(seed, size, true);
            byte[] first = BudgetJson.toBytes(facts);
            FactSet read = BudgetJson.readFacts(first, "facts.json", ReadOptions.defaults());
            assertThat(read).isEqualTo(facts);
            assertThat(BudgetJson.toBytes(read)).isEqualTo(first);
        });
    }

    @Test
    void csvThroughJsonBackToCsvIsByteIdentical() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 150)).checkAssert((seed, size) -> {
            byte[] csv = TidyCsv.toBytes(RandomDocuments.facts(seed, size, true));
            FactSet fromCsv = TidyCsv.read(csv, "facts.csv", ReadOptions.defaults());
            FactSet fromJson = BudgetJson.readFacts(BudgetJson.toBytes(fromCsv), "facts.json", ReadOptions.defaults());
            assertThat(TidyCsv.toBytes(fromJson)).isEqualTo(csv);
        });
    }

    @Test
    void tablesThroughWideCsvAreEqualAndTheSecondPassIsByteIdentical() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Document document = RandomDocuments.document(seed, true);
            Map<String, byte[]> files = WideCsv.writeAll(document);
            Document.Builder builder = Document.builder(document.department().name(), document.year(),
                    document.phase()).source(document.source()).unit(document.unit());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                WideCsv.read(f.getValue(), f.getKey() + ".csv", builder, ReadOptions.defaults());
            }
            Document read = builder.build();
            assertThat(read.tables()).isEqualTo(document.tables());
            // The generator's extra facts name no table of the document: every other fact is a table's.
            FactSet tableFacts = FactSet.of(document.facts().stream()
                    .filter(f -> document.table(f.provenance().table()).isPresent()).toList());
            assertThat(read.facts()).isEqualTo(tableFacts);
            for (Table t : read.tables()) {
                assertThat(WideCsv.write(read, t.number())).isEqualTo(new String(files.get(t.number()),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void factsThroughFiscalDataPackageAreUnchanged() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Document document = RandomDocuments.document(seed, true);
            Map<String, byte[]> files = FiscalDataPackage.export(document);
            FactSet read = FiscalDataPackage.read(files.get(FiscalDataPackage.DESCRIPTOR),
                    files.get(FiscalDataPackage.DATA), FiscalDataPackage.DATA, ReadOptions.defaults());
            assertThat(read).isEqualTo(document.facts());
            assertThat(read.stream().map(Fact::amount)).containsExactlyElementsOf(
                    document.facts().stream().map(Fact::amount).toList());
        });
    }
}
