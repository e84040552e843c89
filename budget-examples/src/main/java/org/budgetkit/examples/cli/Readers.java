package org.budgetkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.fdp.FiscalDataPackage;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.io.json.BudgetJson;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;

/** Reads a disclosure file by its kind: PDF, extracted text, tidy CSV or JSON. */
final class Readers {
    private Readers() {
    }

    /**
     * What a file holds: a whole document (PDF, text, JSON document) or bare facts (tidy CSV, a JSON
     * fact array, a Fiscal Data Package), which converting keeps apart.
     */
    record Content(Document document, boolean factsOnly) {
        FactSet facts() {
            return document.facts();
        }
    }

    static Document read(Path path) {
        return content(path).document();
    }

    static Content content(Path path) {
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(FiscalDataPackage.DESCRIPTOR))) {
            return facts(FiscalDataPackage.read(path, ReadOptions.defaults()), path.getFileName().toString());
        }
        if (path.getFileName() != null && path.getFileName().toString().equals(FiscalDataPackage.DESCRIPTOR)) {
            Path dir = path.toAbsolutePath().getParent();
            return facts(FiscalDataPackage.read(dir, ReadOptions.defaults()), dir.getFileName().toString());
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException(path + ": not a readable file");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String source = path.getFileName().toString();
        byte[] bytes = bytes(path);
        if (name.endsWith(".pdf") || name.endsWith(".txt")) {
            // The disclosure reader tells a PDF from extracted text by its %PDF header.
            return new Content(DisclosureReader.standard().read(path).document(), false);
        }
        if (name.endsWith(".csv")) {
            return facts(TidyCsv.read(bytes, source, ReadOptions.defaults()), source);
        }
        if (name.endsWith(".json")) {
            if (firstSignificant(bytes) == '[') {
                return facts(BudgetJson.readFacts(bytes, source, ReadOptions.defaults()), source);
            }
            return new Content(BudgetJson.readDocument(bytes, source, ReadOptions.defaults()), false);
        }
        throw new IllegalArgumentException(path + ": not a disclosure (.pdf, .txt, .csv or .json)");
    }

    private static Content facts(FactSet facts, String source) {
        return new Content(fromFacts(facts, source), true);
    }

    private static byte[] bytes(Path path) {
        try {
            long size = Files.size(path);
            if (size > ReadOptions.defaults().maxBytes()) {
                throw new IllegalArgumentException(path + ": larger than " + ReadOptions.defaults().maxBytes()
                        + " bytes");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    private static int firstSignificant(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return bytes[i];
            }
        }
        return -1;
    }

    /**
     * A document around bare facts (tidy CSV, a JSON fact array): the department of the facts' units,
     * the year most facts are for. Facts do not record the phase: a budget (预算) is assumed.
     */
    static Document fromFacts(FactSet facts, String source) {
        if (facts.isEmpty()) {
            throw new IllegalArgumentException(source + ": no facts");
        }
        String department = mostCommon(facts, f -> f.coordinates().get(Dimension.UNIT).map(BudgetUnit::department)
                .orElseThrow());
        FiscalYear year = mostCommon(facts, f -> f.coordinates().get(Dimension.YEAR).orElseThrow());
        Document.Builder b = Document.builder(department, year, Phase.BUDGET).source(source).title(source);
        for (BudgetUnit u : facts.values(Dimension.UNIT)) {
            if (u.kind() == BudgetUnit.Kind.UNIT && u.department().equals(department)) {
                b.addUnit(u.name());
            }
        }
        facts.forEach(b::fact);
        return b.build();
    }

    private static <T> T mostCommon(FactSet facts, Function<Fact, T> key) {
        Map<T, Long> counts = facts.stream().collect(Collectors.groupingBy(key, java.util.LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow().getKey();
    }
}
