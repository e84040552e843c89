package org.budgetkit.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code budget extract FILE}: a disclosure's facts as tidy CSV on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the facts of a disclosure (PDF, extracted text, tidy CSV, JSON or a Fiscal Data "
                + "Package) as tidy CSV, one fact a row with a header; or as JSON, or a Fiscal Data Package.",
            "The CSV is read back losslessly by 'budget convert' and 'budget audit'."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the disclosure")
    Path input;

    @Option(names = "--to", defaultValue = "csv", paramLabel = "csv|json|fdp",
            description = "output format (default: ${DEFAULT-VALUE}); fdp needs --output DIR")
    Writers.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "write here instead of standard output")
    Path output;

    @Override
    public Integer call() {
        Readers.Content content = Readers.content(input);
        if (output != null) {
            Writers.write(content, format, output);
        } else {
            // Bytes straight to the process's standard output: the writers choose the encoding (UTF-8).
            PrintStream out = System.out;
            Writers.write(content, format, out);
        }
        return Main.OK;
    }
}
