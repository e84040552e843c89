package org.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.budgetkit.examples.bench.SeedSizedDocuments;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.testing.ExampleFiles;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Reconciler;
import org.budgetkit.rules.Reconciliation;
import org.budgetkit.rules.legacy.LegacyReconciler;
import org.junit.jupiter.api.Test;

/**
 * The columnar reconciler against the engine it replaced ({@link LegacyReconciler}, from the
 * budget-rules test jar) on the documents of this module: the eight real disclosures of
 * {@code shared/examples} (skipped when absent, as {@link ExamplesAuditTest} is) and the
 * benchmark's generated seed-sized documents. Same findings, field for field and in the same
 * order, and the same number of checks; with the exact checks too, so every generated check is
 * compared.
 */
class ReconcilerOracleExamplesTest {
    private static void assertSameAsOldEngine(Document doc, boolean exactChecks) {
        LegacyReconciler.Result expected = LegacyReconciler.reconcile(doc, exactChecks);
        Reconciliation actual = Reconciler.standard().withExactChecks(exactChecks).reconcile(doc);
        List<Finding> e = expected.findings();
        List<Finding> a = actual.findings();
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            assertThat(a.get(i)).as("finding %d of %s:%n  old %s %s%n  new %s %s", i, doc, e.get(i),
                    e.get(i).participants(), a.get(i), a.get(i).participants()).isEqualTo(e.get(i));
            assertThat(a.get(i).message(Locale.CHINESE)).isEqualTo(e.get(i).message(Locale.CHINESE));
        }
        assertThat(a).as("findings of %s", doc).hasSameSizeAs(e);
        assertThat(actual.checks()).as("checks of %s", doc).isEqualTo(expected.checks());
    }

    @Test
    void theRealDisclosuresGiveTheOldEnginesFindings() throws IOException {
        Path dir = ExampleFiles.folder();
        assumeTrue(Files.isDirectory(dir), "no examples folder at " + dir.toAbsolutePath());
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSize(8);
        for (Path pdf : pdfs) {
            Document doc = DisclosureReader.standard().readPdf(pdf).document();
            assertSameAsOldEngine(doc, false);
            assertSameAsOldEngine(doc, true);
        }
    }

    @Test
    void theBenchmarksGeneratedDocumentsGiveTheOldEnginesFindings() {
        List<Document> docs = SeedSizedDocuments.generate(300, 20_231_000L);
        int withFindings = 0;
        for (int i = 0; i < docs.size(); i++) {
            assertSameAsOldEngine(docs.get(i), i % 25 == 0);
            withFindings += Reconciler.standard().reconcile(docs.get(i)).findings().isEmpty() ? 0 : 1;
        }
        // The documents have rounding gaps: findings to compare in (nearly) every one.
        assertThat(withFindings).isGreaterThan(250);
    }
}
