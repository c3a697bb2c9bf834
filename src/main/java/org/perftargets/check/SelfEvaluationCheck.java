package org.perftargets.check;

import java.util.List;

import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * A self-evaluation scores by the rules of {@link SelfScoring}: what keeps a project from being
 * scored (全年执行数 above 全年预算数, an actual that cannot be read, weights not adding up to 90) is an
 * error; what a reviewer should look at (执行率 below 90 % unexplained, a score below full marks
 * without 偏差原因, much claimed and little spent, a target set too low) a warning.
 */
final class SelfEvaluationCheck implements Rule {

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        for (Project p : declarations.projects()) {
            if (p.isSelfEvaluation()) {
                findings.addAll(SelfScoring.score(p).findings());
            }
        }
    }
}
