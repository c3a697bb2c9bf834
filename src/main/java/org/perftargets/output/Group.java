package org.perftargets.output;

import java.util.List;
import java.util.Set;

import org.perftargets.model.Finding;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;

/**
 * One 年度 + 主管部门 as it is published: its projects in declared order with their sheets' file
 * names, which of them have errors (they get no sheet), the findings concerning the group, and
 * whether the whole group is being written (a -Dproject run writes one sheet and nothing else).
 */
public record Group(GroupKey key, List<Project> projects, List<String> fileNames, Set<ProjectKey> withErrors,
        List<Finding> findings, boolean whole, boolean fileErrors) {

    public Group {
        projects = List.copyOf(projects);
        fileNames = List.copyOf(fileNames);
        withErrors = Set.copyOf(withErrors);
        findings = List.copyOf(findings);
    }

    /**
     * @param withErrors the projects of the run that have errors (those of this group are kept)
     * @param fileErrors whether some workbook could not be read whole, so no group is complete
     */
    public static Group of(GroupKey key, List<Project> projects, Set<ProjectKey> withErrors, List<Finding> findings,
            boolean whole, boolean fileErrors) {
        Set<ProjectKey> own = projects.stream().map(Project::key).filter(withErrors::contains)
                .collect(java.util.stream.Collectors.toSet());
        return new Group(key, projects, SheetFileNames.assign(projects), own, findings, whole, fileErrors);
    }

    /** Whether project {@code index} may be published (it has no errors). */
    public boolean publishable(int index) {
        return !withErrors.contains(projects.get(index).key());
    }

    /** Whether the group's own files (booklet, tables, report) are written: a whole group without errors. */
    public boolean complete() {
        return whole && !fileErrors && withErrors.isEmpty();
    }
}
