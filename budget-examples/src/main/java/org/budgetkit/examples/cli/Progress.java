package org.budgetkit.examples.cli;

import java.io.PrintWriter;

/**
 * Progress of a directory audit on standard error: a bar redrawn in place on a terminal, one
 * line a file otherwise (so logs stay readable).
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;

    Progress(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    void show(int done, int total, String name) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + shown + "\u001B[K");
        } else {
            err.println("[" + (done + 1) + "/" + total + "] " + name);
        }
        err.flush();
    }

    void finish(int total) {
        if (terminal) {
            err.print("\r[" + "#".repeat(WIDTH) + "] " + total + "/" + total + "\u001B[K\n");
            err.flush();
        }
    }
}
