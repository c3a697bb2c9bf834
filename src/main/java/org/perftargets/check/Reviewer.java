package org.perftargets.check;

import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.Declarations;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;

/**
 * The review (审核): advisory findings that help an office judge the targets. They are a list of
 * their own, apart from the checker's errors and warnings: nothing here keeps a project from
 * being published or changes the exit code. Findings come project by project in declared order,
 * and within a project rule by rule.
 */
public final class Reviewer {

    private static final List<ReviewRule> RULES = List.of(new QuantifiedShareRule(), new VagueValueRule(),
            new CompletenessRule(), new SatisfactionRule(), new DuplicateIndicatorRule(), new MisfiledIndicatorRule(),
            new GoalQuantityRule(), new CostAboveFundsRule(), new YearOverYearRule());

    private Reviewer() {
    }

    public static List<ReviewFinding> review(Declarations declarations, ReviewSettings settings) {
        ReviewContext context = ReviewContext.of(declarations, settings);
        List<ReviewFinding> findings = new ArrayList<>();
        for (Project p : declarations.projects()) {
            for (ReviewRule r : RULES) {
                if (settings.reviews(r.point())) {
                    r.review(p, context, findings);
                }
            }
        }
        return findings;
    }
}
