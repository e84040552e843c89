package org.budgetkit.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code budget convert IN OUT}: between tidy CSV, JSON and Fiscal Data Package, by extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert between tidy CSV (.csv), JSON (.json) and Fiscal Data Package (a directory or its "
                + "datapackage.json), by the names' extensions. IN may also be a disclosure PDF or its text.",
            "Bare facts stay bare facts (CSV to JSON gives a JSON fact array); a whole document keeps its tables "
                + "and claims in JSON."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "the input")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "the output: .csv, .json, or a directory for FDP")
    Path output;

    @Override
    public Integer call() {
        Writers.Format format = Writers.formatOf(output);
        Writers.write(Readers.content(input), format, output);
        return Main.OK;
    }
}
