package org.perftargets.output;

import java.io.IOException;
import java.util.List;

import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;

/**
 * One kind of output (the sheets' PDFs and the booklet, the sheets' workbooks, the tables, the
 * report). The job tells it of each group, of each project of the group that may be published,
 * and of the group's end, and hands it the group's folder to write in. Adding an output format
 * adds one class and one line in the job's list of outputs.
 */
public interface Output {

    /** What the output makes, for the timings: 申报表PDF. */
    String name();

    /**
     * What this output cannot make of the declarations (a character no bundled font prints), as
     * findings at their cells, before anything is written.
     */
    default List<Finding> check(Declarations declarations) {
        return List.of();
    }

    /** A group begins. */
    default void startGroup(Group group, GroupFiles files) throws IOException {
    }

    /**
     * Project {@code index} of the group, which has no errors. Called from several threads at once,
     * for different projects, in any order.
     */
    default void project(Group group, int index, GroupFiles files) throws IOException {
    }

    /** Every project of the group has been handed on (and each {@link #project} call has returned). */
    default void endGroup(Group group, GroupFiles files) throws IOException {
    }

    /** The run is over: every finding of the run, and its output folder. */
    default void endRun(List<Finding> findings, GroupFiles root) throws IOException {
    }
}
