package org.perftargets.intake;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The indicator table read on a thread of its own while the project table is read: at 20,000
 * projects their sheets took 0.55 s and 0.3 s one after the other on the way to one sheet again.
 * Whatever goes wrong on that thread stays there: the rows it read whole by a guess are not all
 * rows the reading needs read (a damaged cell in one of them is no problem of the reading), so a
 * reading ahead that fails is done again on the calling thread, without a guess, and fails there
 * only as a reading without one would.
 */
final class IndicatorsAhead {
    private final FutureTask<StandardLayout.Indicators> task;
    private volatile boolean stopped;

    private IndicatorsAhead(Function<BooleanSupplier, StandardLayout.Indicators> read, Guesses guesses) {
        task = new FutureTask<>(() -> {
            try {
                return read.apply(() -> stopped);
            } catch (RuntimeException | Error e) {
                return null; // read again (see above), or stopped
            } finally {
                guesses.end(); // also where no row was read ahead (a header missing, a failure)
            }
        });
    }

    static IndicatorsAhead start(Function<BooleanSupplier, StandardLayout.Indicators> read, Guesses guesses) {
        IndicatorsAhead ahead = new IndicatorsAhead(read, guesses);
        Thread t = new Thread(ahead.task, "绩效指标");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    /**
     * The table as read ahead, waited for (an interrupt of the calling thread is kept for after, as
     * a reading on it would not have noticed one); null where it failed: to be read again.
     */
    StandardLayout.Indicators join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return null; // not thrown by the task, which keeps what it meets
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops it (within a row) and waits for it: nothing reads the workbook after its reading ends. */
    void stop() {
        stopped = true;
        join();
    }
}
