package org.perftargets.check;

import java.util.List;

import org.perftargets.model.Finding;
import org.perftargets.model.Declarations;

/** One check over the whole set of declarations. */
interface Rule {
    void check(Declarations declarations, List<Finding> findings);

    /** Whether the rule compares projects with each other (and so needs every project, not only those read whole). */
    default boolean acrossProjects() {
        return false;
    }
}
