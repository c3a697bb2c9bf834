package org.perftargets.job;

import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.CleanText;
import org.perftargets.model.CloseNames;
import org.perftargets.model.Project;

/** Finds the project asked for with -Dproject, by 项目名称 or 项目编码, and suggests close ones. */
final class ProjectLookup {

    private ProjectLookup() {
    }

    /**
     * The projects of that name, else of that code, compared as the reading compares them
     * ({@link CleanText#folded}, as {@code ReadFocus} chooses the projects read whole: a looser
     * lookup could find a project of which only the key cells were read).
     */
    static List<Project> find(List<Project> projects, String wanted) {
        String w = CleanText.folded(wanted);
        List<Project> byName = projects.stream().filter(p -> CleanText.folded(p.name()).equals(w)).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return projects.stream().filter(p -> p.code() != null && CleanText.folded(p.code()).equals(w)).toList();
    }

    /**
     * Up to {@code max} names like {@code wanted} ({@link CloseNames}), then codes like it, each
     * with its project's name: GA-00010（信息化运维项目）.
     */
    static List<String> closest(List<Project> projects, String wanted, int max) {
        List<String> close = new ArrayList<>(CloseNames.among(projects.stream().map(Project::name).toList(), wanted, max));
        if (close.size() < max) {
            List<String> codes = projects.stream().map(Project::code).filter(c -> c != null && !c.isEmpty()).toList();
            for (String code : CloseNames.among(codes, wanted, max - close.size())) {
                projects.stream().filter(p -> code.equals(p.code())).findFirst()
                        .ifPresent(p -> close.add(code + "（" + p.name() + "）"));
            }
        }
        return close;
    }
}
