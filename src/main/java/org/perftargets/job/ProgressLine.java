package org.perftargets.job;

import java.io.PrintStream;

/**
 * A one-line progress display for long steps: redrawn in place on a terminal, and printed at
 * every tenth when the output goes to a file or a CI log (where carriage returns would pile up).
 */
final class ProgressLine {

    private final PrintStream out;
    private final String label;
    private final int total;
    private final boolean interactive;
    private int done;
    private int lastTenth = -1;

    ProgressLine(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.interactive = System.console() != null;
    }

    synchronized void step() {
        done++;
        if (interactive) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            out.print("\r  " + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            if (done == total) {
                out.println();
            }
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth && (tenth > lastTenth)) {
                lastTenth = tenth;
                if (total >= 50 || done == total) {
                    out.println("  " + label + " " + done + "/" + total);
                }
            }
        }
        out.flush();
    }
}
