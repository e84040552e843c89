package org.budgetkit.examples.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error for directory audits. */
final class Progress {
    private static final int WIDTH = 30;

    private Progress() {
    }

    static void show(PrintWriter err, int done, int total, String name) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + shown
                + "\u001B[K");
        err.flush();
    }

    static void finish(PrintWriter err, int total) {
        err.print("\r[" + "#".repeat(WIDTH) + "] " + total + "/" + total + "\u001B[K\n");
        err.flush();
    }
}
