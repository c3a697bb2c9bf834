package org.perftargets.job;

import java.nio.file.Path;

import org.perftargets.intake.ReadLimits;

/**
 * What a run is asked to do. {@code project}, {@code year} and {@code department} are
 * {@code null} when not given.
 */
public record JobOptions(Path input, Path output, Path templates, String project, Integer year, String department,
        ReadLimits limits) {

    /** Everything in {@code input}, all outputs to {@code output}, templates from {@code templates/} where present. */
    public static JobOptions of(Path input, Path output) {
        return new JobOptions(input, output, Path.of("templates"), null, null, null, ReadLimits.DEFAULT);
    }

    /** As given on the command line; the limits in megabytes, rows and characters. */
    public static JobOptions of(Path input, Path output, Path templates, String project, Integer year, String department,
            long maxFileMb, int maxRows, int maxCellChars) {
        return new JobOptions(input, output, templates, project, year, department,
                new ReadLimits(maxFileMb * 1024 * 1024, maxRows, maxCellChars));
    }

    public JobOptions withProject(String name) {
        return new JobOptions(input, output, templates, name, year, department, limits);
    }
}
