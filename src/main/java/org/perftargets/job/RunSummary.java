package org.perftargets.job;

import java.math.BigDecimal;

/**
 * The figures a run ends with, and its exit code: 0 all well, 1 errors in the input, 2 usage or
 * the machine, 3 internal. {@code projects}, {@code indicators} and {@code annualTotal} count the
 * published projects only; {@code sheetsWritten} counts the sheet files written. The review's
 * findings ({@code reviewFindings} in {@code reviewedProjects} projects) are advice and never
 * change the exit code. {@code unreadableWorkbooks} counts the workbooks nothing could be read
 * from; {@code workbooksWithFileErrors} those read with an error that belongs to no one project (an
 * indicator row of a project not listed, a sheet missing): their groups get no booklet.
 */
public record RunSummary(int projects, int indicators, BigDecimal annualTotal, long errors, long warnings,
        int sheetsWritten, int bookletsWritten, int withheldWithErrors, int withheldWithoutGroup,
        int unreadableWorkbooks, int workbooksWithFileErrors, int exitCode, int reviewFindings, int reviewedProjects) {

    public static RunSummary failed(int exitCode) {
        return new RunSummary(0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, exitCode, 0, 0);
    }
}
