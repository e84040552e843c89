package org.budgetkit.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real disclosure PDFs of {@code ../shared/examples} are, for the tests of every module
 * that read them (they are never copied into the project).
 */
public final class ExampleFiles {
    private ExampleFiles() {
    }

    /**
     * The examples folder: the {@code budgetkit.examples} system property, else the
     * {@code BUDGETKIT_EXAMPLES} environment variable, else the first {@code shared/examples}
     * found beside this directory or one of its parents (the test may fork anywhere below the
     * checkout).
     *
     * @return the folder, which may not exist (the tests then skip with a message)
     */
    public static Path folder() {
        String property = System.getProperty("budgetkit.examples", System.getenv("BUDGETKIT_EXAMPLES"));
        if (property != null) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared", "examples");
    }
}
