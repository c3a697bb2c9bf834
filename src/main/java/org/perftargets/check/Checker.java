package org.perftargets.check;

import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;

/** Runs every rule over the declarations and returns all findings at once. */
public final class Checker {

    private static final List<Rule> RULES = List.of(new FundsCheck(), new DateOrderCheck(), new DuplicateProjectCheck(),
            new TaxonomyCheck(), new CompletenessCheck(), new ValueNotationCheck(), new SelfEvaluationCheck());

    private Checker() {
    }

    public static List<Finding> check(Declarations declarations) {
        List<Finding> findings = new ArrayList<>();
        for (Rule r : RULES) {
            r.check(declarations, findings);
        }
        return findings;
    }
}
