package org.budgetkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.budgetkit.io.WriteOptions;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.fdp.FiscalDataPackage;
import org.budgetkit.io.json.BudgetJson;

/** Writes what a file held as tidy CSV, JSON or a Fiscal Data Package. */
final class Writers {
    /** The formats {@code extract} and {@code convert} write. */
    enum Format {
        /** Tidy fact CSV. */
        csv,
        /** JSON: the whole document, or a fact array for bare facts. */
        json,
        /** A Fiscal Data Package directory: datapackage.json and budget.csv. */
        fdp
    }

    private Writers() {
    }

    /** The format an output path names: .csv, .json, or a directory (or datapackage.json) for FDP. */
    static Format formatOf(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals(FiscalDataPackage.DESCRIPTOR) || Files.isDirectory(out) || name.endsWith("/")
                || !name.contains(".")) {
            return Format.fdp;
        }
        if (name.endsWith(".csv")) {
            return Format.csv;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        throw new IllegalArgumentException(out + ": write .csv (tidy facts), .json, or a directory (Fiscal Data Package)");
    }

    static void write(Readers.Content content, Format format, OutputStream out) {
        try {
            switch (format) {
                case csv -> TidyCsv.write(content.facts(), out, WriteOptions.defaults());
                case json -> BudgetJson.write(content.factsOnly() ? content.facts() : content.document(), out);
                case fdp -> throw new IllegalArgumentException("a Fiscal Data Package is a directory: give --output DIR");
                default -> throw new IllegalStateException(format.name());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Readers.Content content, Format format, Path out) {
        if (format == Format.fdp) {
            Path dir = out.getFileName() != null && out.getFileName().toString().equals(FiscalDataPackage.DESCRIPTOR)
                    ? out.toAbsolutePath().getParent() : out;
            FiscalDataPackage.export(content.document(), dir);
            return;
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            write(content, format, o);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }
}
