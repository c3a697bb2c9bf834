package org.perftargets.check;

import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;

/** Runs every rule over the declarations and returns all findings at once. */
public final class Checker {

    private static final List<Rule> RULES = List.of(new FundsCheck(), new DateOrderCheck(), new DuplicateProjectCheck(),
            new DepartmentSpellingCheck(), new TaxonomyCheck(), new CompletenessCheck(), new ValueNotationCheck(),
            new SelfEvaluationCheck());

    private Checker() {
    }

    public static List<Finding> check(Declarations declarations) {
        return check(declarations, declarations);
    }

    /**
     * The findings of a reading for some projects only: each project's own rules over those read
     * whole, the rules across projects (each declared once) over every project {@code listed}.
     */
    public static List<Finding> check(Declarations whole, Declarations listed) {
        List<Finding> findings = new ArrayList<>();
        for (Rule r : RULES) {
            r.check(r.acrossProjects() ? listed : whole, findings);
        }
        return findings;
    }
}
