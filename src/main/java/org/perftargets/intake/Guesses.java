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
     * Whether every guess is what {@code choice} answers: false as soon as one is not (the reading
     * may still go on), true once the reading has ended with every one right (waited for). Asked of
     * one choice only, the answer is kept.
     */
    boolean allStand(RowChoice choice) {
        if (stood == null) {
            boolean interrupted = false;
            while (stood == null) {
                Guess g;
                try {
                    g = queue.take();
                } catch (InterruptedException e) {
                    interrupted = true; // the reading ends within a row: wait for it all the same
                    continue;
                }
                if (g == END) {
                    stood = true;
                } else if (choice.wants(g.keys()) != g.answer()) {
                    stood = false;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return stood;
    }
}
