package org.perftargets.job;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time of each stage of a run, for the benchmark (milliseconds, in stage order). */
public final class StageTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs {@code stage} and adds its time to {@code name}. */
    public <T, E extends Exception> T time(String name, Stage<T, E> stage) throws E {
        long start = System.nanoTime();
        try {
            return stage.run();
        } finally {
            add(name, (System.nanoTime() - start) / 1_000_000);
        }
    }

    public synchronized void add(String name, long ms) {
        millis.merge(name, ms, Long::sum);
    }

    public synchronized Map<String, Long> asMap() {
        return new LinkedHashMap<>(millis);
    }

    @FunctionalInterface
    public interface Stage<T, E extends Exception> {
        T run() throws E;
    }
}
