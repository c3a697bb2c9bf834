package org.perftargets.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.perftargets.model.Declarations;
import org.perftargets.model.Project;

/** What a review rule may look at besides its project: the settings and the run's other declarations. */
record ReviewContext(ReviewSettings settings, Map<String, Project> byCode, Map<String, Project> byName) {

    static ReviewContext of(Declarations declarations, ReviewSettings settings) {
        Map<String, Project> byCode = new HashMap<>();
        Map<String, Project> byName = new HashMap<>();
        for (Project p : declarations.projects()) {
            if (p.year() == null) {
                continue;
            }
            if (p.code() != null && !p.code().isBlank()) {
                byCode.putIfAbsent(p.year() + "|" + Fold.text(p.code()), p);
            }
            if (p.name() != null && p.department() != null) {
                byName.putIfAbsent(p.year() + "|" + Fold.text(p.department()) + "|" + Fold.text(p.name()), p);
            }
        }
        return new ReviewContext(settings, byCode, byName);
    }

    /**
     * The previous 年度's declaration of the same project, if the input has it: the same 项目编码,
     * else the same 主管部门 and 项目名称.
     */
    Optional<Project> previousYear(Project p) {
        if (p.year() == null) {
            return Optional.empty();
        }
        int last = p.year() - 1;
        if (p.code() != null && !p.code().isBlank()) {
            Project byItsCode = byCode.get(last + "|" + Fold.text(p.code()));
            if (byItsCode != null) {
                return Optional.of(byItsCode);
            }
        }
        if (p.name() == null || p.department() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(last + "|" + Fold.text(p.department()) + "|" + Fold.text(p.name())));
    }
}
