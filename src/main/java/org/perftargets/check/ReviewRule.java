package org.perftargets.check;

import java.util.List;

import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/** One review rule: advisory findings about one project, added in the order of its indicators. */
interface ReviewRule {

    ReviewPoint point();

    void review(Project project, ReviewContext context, List<ReviewFinding> findings);
}
