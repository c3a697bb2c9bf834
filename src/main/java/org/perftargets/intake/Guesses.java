package org.perftargets.intake;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The guesses a reading ahead makes (which rows to read whole, before the choice can be asked),
 * handed from its thread to the one that waits for it, which holds each against the choice as it
 * comes: asked only once the reading had ended, the 20,000 questions of a 20,000-project workbook
 * added 49 ms to it.
 */
final class Guesses {

    private record Guess(FoundRecord keys, boolean answer) {
    }

    private static final Guess END = new Guess(null, false);

    private final BlockingQueue<Guess> queue = new LinkedBlockingQueue<>();
    private Boolean stood;

    /** On the reading's thread: the rows with these key cells are read whole, or not. */
    void add(FoundRecord keys, boolean answer) {
        queue.add(new Guess(keys, answer));
    }

    /** On the reading's thread, when it ends however it ends: no guess after this. */
    void end() {
        queue.add(END);
    }

    /**
     * Whether every guess is what {@code choice} answers, once the reading has ended (waited for);
     * asked of one choice only, the answer is kept.
     */
    boolean allStand(RowChoice choice) {
        if (stood == null) {
            boolean all = true;
            boolean interrupted = false;
            while (true) {
                Guess g;
                try {
                    g = queue.take();
                } catch (InterruptedException e) {
                    interrupted = true; // the reading ends within a row: wait for it all the same
                    continue;
                }
                if (g == END) {
                    break;
                }
                all = all && choice.wants(g.keys()) == g.answer();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            stood = all;
        }
        return stood;
    }
}
