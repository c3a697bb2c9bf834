package org.perftargets.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;
import org.perftargets.model.ReviewFinding;

/**
 * A group's review findings in the order the office reads them: by 实施单位 (in the order each unit
 * first appears), then by project in declared order, then as the review found them. The sheet
 * and the page both number their rows from this, so 序号 is the same on both.
 */
public final class ReviewRows {

    /** One finding: its 序号 (from 1), its project and the project's place in the group. */
    public record Row(int number, String unit, Project project, int projectIndex, ReviewFinding finding) {
    }

    private ReviewRows() {
    }

    /** The 实施单位 of the group in the order they first appear, each with its projects' indexes. */
    public static Map<String, List<Integer>> units(Group group) {
        Map<String, List<Integer>> units = new LinkedHashMap<>();
        for (int i = 0; i < group.projects().size(); i++) {
            units.computeIfAbsent(unit(group.projects().get(i)), k -> new ArrayList<>()).add(i);
        }
        return units;
    }

    public static List<Row> of(Group group) {
        Map<ProjectKey, List<ReviewFinding>> byProject = new LinkedHashMap<>();
        for (ReviewFinding f : group.review()) {
            byProject.computeIfAbsent(f.project(), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> unit : units(group).entrySet()) {
            for (int index : unit.getValue()) {
                Project p = group.projects().get(index);
                for (ReviewFinding f : byProject.getOrDefault(p.key(), List.of())) {
                    rows.add(new Row(rows.size() + 1, unit.getKey(), p, index, f));
                }
                byProject.remove(p.key()); // a project declared twice (an error) is listed once
            }
        }
        return rows;
    }

    /** The unit as printed; a blank one (an error the report names) as （未填实施单位）. */
    public static String unit(Project p) {
        return p.unit() == null || p.unit().isBlank() ? "（未填实施单位）" : p.unit();
    }
}
