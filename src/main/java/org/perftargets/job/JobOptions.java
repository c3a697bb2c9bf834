package org.perftargets.job;

import java.nio.file.Path;

/**
 * What a run is asked to do. {@code project}, {@code year} and {@code department} are
 * {@code null} when not given.
 */
public record JobOptions(Path input, Path output, Path templates, String project, Integer year, String department) {
}
