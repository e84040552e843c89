package org.budgetkit.examples.cli;

import picocli.CommandLine.Command;

/** The top-level {@code budget} command. */
@Command(name = "budget", mixinStandardHelpOptions = true, version = "budgetkit 0.1.0-SNAPSHOT",
        description = "Exact, checked data from Chinese government department budget disclosures.",
        subcommands = {AuditCommand.class, ExtractCommand.class, ConvertCommand.class, TreeCommand.class})
final class BudgetCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
