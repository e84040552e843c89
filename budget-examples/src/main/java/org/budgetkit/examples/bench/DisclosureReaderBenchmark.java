package org.budgetkit.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a whole disclosure: the seed's extracted text (12 tables, 705 facts), and a real PDF
 * (by default the 23-page Putuo justice bureau 2026 budget of {@code shared/examples}: 9
 * tables, 366 facts), bytes in memory to document out.
 *
 * <pre>
 * java -jar budget-examples/target/benchmarks.jar DisclosureReaderBenchmark \
 *     -p pdf=/work/shared/examples/putuo-justice-2026-budget.pdf
 * </pre>
 *
 * <p>When the PDF is absent the PDF benchmark says so once and measures nothing (an empty
 * method), so the text benchmark still runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DisclosureReaderBenchmark {
    /** The PDF to read; a relative path is looked up from the working directory and its parents. */
    @Param("shared/examples/putuo-justice-2026-budget.pdf")
    public String pdf;

    private String text;
    private byte[] bytes;
    private String name;

    /** Loads the seed's text and the PDF's bytes. */
    @Setup
    public void load() {
        text = PingshanPetitionBureau2023.text();
        Path file = find(pdf);
        if (file == null) {
            System.err.println("DisclosureReaderBenchmark: " + pdf + " not found; the PDF benchmark measures nothing"
                    + " (give -p pdf=PATH)");
            return;
        }
        try {
            bytes = Files.readAllBytes(file);
            name = String.valueOf(file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Fail early rather than time an exception.
        DisclosureReader.standard().readPdf(bytes, name);
    }

    private static Path find(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return Files.isRegularFile(p) ? p : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(p))) {
                return dir.resolve(p);
            }
        }
        return null;
    }

    /**
     * Reads the seed's text into its document.
     *
     * @return the document
     */
    @Benchmark
    public Document seedText() {
        return DisclosureReader.standard().readText(text, PingshanPetitionBureau2023.SOURCE).document();
    }

    /**
     * Reads the PDF into its document (text positions, rows, columns, facts).
     *
     * @return the document, or null if the PDF is absent
     */
    @Benchmark
    public Document pdf() {
        return bytes == null ? null : DisclosureReader.standard().readPdf(bytes, name).document();
    }
}
