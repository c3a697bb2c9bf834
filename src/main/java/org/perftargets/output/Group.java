package org.perftargets.output;

import java.util.List;
import java.util.Set;

import org.perftargets.model.Finding;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;
import org.perftargets.model.ReviewFinding;

/**
 * One 年度 + 主管部门 as it is published: its projects in declared order with their sheets' file
 * names, which of them have errors (they get no sheet), the findings concerning the group, its
 * projects' review findings (advisory, in declared order), and whether the whole group is being
 * written (a -Dproject run writes one sheet and nothing else).
 */
public record Group(GroupKey key, List<Project> projects, List<String> fileNames, Set<ProjectKey> withErrors,
        List<Finding> findings, List<ReviewFinding> review, boolean whole, boolean fileErrors,
        List<NameChange> renamedFolder) {

    public Group {
        renamedFolder = List.copyOf(renamedFolder);
        projects = List.copyOf(projects);
        fileNames = List.copyOf(fileNames);
        withErrors = Set.copyOf(withErrors);
        findings = List.copyOf(findings);
        review = List.copyOf(review);
    }

    /**
     * @param withErrors the projects of the run that have errors (those of this group are kept)
     * @param review the review findings of the run (those of this group's projects are kept)
     * @param fileErrors whether a workbook of the group could not be read whole, so the group is not complete
     * @param folderChanges the department names of the run that could not be used as folder names
     */
    public static Group of(GroupKey key, List<Project> projects, Set<ProjectKey> withErrors, List<Finding> findings,
            List<ReviewFinding> review, boolean whole, boolean fileErrors, List<NameChange> folderChanges) {
        Set<ProjectKey> own = projects.stream().map(Project::key).filter(withErrors::contains)
                .collect(java.util.stream.Collectors.toSet());
        Set<ProjectKey> keys = projects.stream().map(Project::key).collect(java.util.stream.Collectors.toSet());
        List<ReviewFinding> ownReview = review.stream().filter(r -> keys.contains(r.project())).toList();
        List<NameChange> folder = folderChanges.stream().filter(c -> c.name().equals(key.department())
                && c.usedName().startsWith(key.year() + "/")).toList();
        return new Group(key, projects, SheetFileNames.assign(projects), own, findings, ownReview, whole, fileErrors,
                folder);
    }

    /** The group's folder and sheets whose names differ from the names in the input. */
    public List<NameChange> renamed() {
        List<NameChange> all = new java.util.ArrayList<>(renamedFolder);
        all.addAll(renamedSheets());
        return all;
    }

    /**
     * The projects published whose sheets' file names differ from their names, and the names used
     * (a project withheld for its errors gets no sheet: a word about its file name is only noise).
     */
    public List<NameChange> renamedSheets() {
        List<NameChange> changes = new java.util.ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (publishable(i) && !fileNames.get(i).equals(projects.get(i).name())) {
                changes.add(new NameChange("项目", projects.get(i).name(), fileNames.get(i)));
            }
        }
        return changes;
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
