package org.budgetkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;

/** Where documents come from: the bundled example, files, and the files of directories. */
final class Inputs {
    private Inputs() {
    }

    /** A document to read. */
    interface Source {
        String name();

        /** The name as shown to a user, in the locale's language. */
        default String label(java.util.Locale locale) {
            return name();
        }

        boolean fromDirectory();

        Document read();
    }

    /** The sources of the arguments: the bundled example if none, every regular file of a directory. */
    static List<Source> expand(List<Path> paths) {
        if (paths.isEmpty()) {
            return List.of(new Bundled());
        }
        List<Source> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(Inputs::isDisclosure).sorted()
                            .forEach(f -> out.add(new FileSource(f, true)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                out.add(new FileSource(p, false));
            }
        }
        return out;
    }

    private static boolean isDisclosure(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".json");
    }

    private record Bundled() implements Source {
        @Override
        public String name() {
            return PingshanPetitionBureau2023.SOURCE;
        }

        @Override
        public String label(java.util.Locale locale) {
            return name() + ("zh".equals(locale.getLanguage()) ? "（内置示例）" : " (bundled example)");
        }

        @Override
        public boolean fromDirectory() {
            return false;
        }

        @Override
        public Document read() {
            return PingshanPetitionBureau2023.document();
        }
    }

    private record FileSource(Path path, boolean fromDirectory) implements Source {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public Document read() {
            return Readers.read(path);
        }
    }
}
