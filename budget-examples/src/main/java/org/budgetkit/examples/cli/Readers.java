package org.budgetkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetkit.model.document.Document;

/** Reads a disclosure file by its kind: PDF, extracted text, tidy CSV or JSON. */
final class Readers {
    private Readers() {
    }

    static Document read(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file");
        }
        if (!Files.isReadable(path) || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + ": not a readable file");
        }
        throw new IllegalArgumentException(path + ": reading files is not wired yet");
    }
}
