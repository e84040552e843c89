package org.budgetkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code budget} command line.
 *
 * <p>{@code budget audit} audits the bundled example disclosure. Exit status: 0 when no finding is
 * an error, 1 when one is, 2 for unusable input or arguments.
 */
public final class Main {
    /** Exit status: no finding is an error. */
    public static final int OK = 0;
    /** Exit status: at least one finding is an error. */
    public static final int FINDINGS = 1;
    /** Exit status: unusable input or arguments. */
    public static final int UNUSABLE = 2;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line, writing to the given streams: what tests call.
     *
     * @param args the arguments, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BudgetCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("budget: " + ex.getMessage() + " (try budget --help)");
            err.flush();
            return UNUSABLE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("budget: " + oneLine(ex));
            err.flush();
            return UNUSABLE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The exception's message on one line; the class name only if there is no message. */
    static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            StringWriter w = new StringWriter();
            w.write(ex.getClass().getSimpleName());
            return w.toString();
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
