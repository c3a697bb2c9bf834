package org.perftargets.model;

/**
 * One advisory review finding (审核意见): what a reviewer would ask the unit about a declaration.
 * Unlike a {@link Finding} it never keeps anything from being published and never changes the
 * exit code. {@code location} is the cell (or row) it concerns; {@code problem} and
 * {@code advice} are in Chinese, for the unit that will read them.
 */
public record ReviewFinding(ReviewPoint point, ProjectKey project, Location location, String problem, String advice) {
}
