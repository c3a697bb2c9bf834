package org.perftargets.job;

import java.math.BigDecimal;

/** The figures a run ends with; the exit code follows from them. */
public record RunSummary(int projects, int indicators, BigDecimal annualTotal, long errors, long warnings,
        int sheetsWritten, int bookletsWritten) {

    public int exitCode() {
        return errors > 0 ? 1 : 0;
    }
}
