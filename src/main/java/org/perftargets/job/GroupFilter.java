package org.perftargets.job;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.perftargets.model.CleanText;
import org.perftargets.model.CloseNames;
import org.perftargets.model.Declarations;
import org.perftargets.model.Project;

/**
 * The projects chosen by -Dyear and -Ddepartment. A choice that matches nothing is a usage error
 * that lists the values the input has, the closest first, before anything is written.
 */
final class GroupFilter {

    private GroupFilter() {
    }

    static Declarations select(Declarations all, Integer year, String department) {
        if (year == null && department == null) {
            return all;
        }
        List<Project> chosen = all.projects().stream()
                .filter(p -> year == null || year.equals(p.year()))
                .filter(p -> department == null || sameDepartment(department, p.department()))
                .toList();
        if (chosen.isEmpty()) {
            throw new BatchJob.UserError(nothingMatches(all.projects(), year, department));
        }
        return new Declarations(chosen);
    }

    /** The projects of {@code some} that the choice takes (none may be: {@link #select} has said so of all). */
    static Declarations among(Declarations some, Integer year, String department) {
        return new Declarations(some.projects().stream()
                .filter(p -> year == null || year.equals(p.year()))
                .filter(p -> department == null || sameDepartment(department, p.department()))
                .toList());
    }

    /** As the groups compare them: 省交通 运输厅 is 省交通运输厅. */
    private static boolean sameDepartment(String asked, String department) {
        return department != null && CleanText.folded(asked).equals(CleanText.folded(department));
    }

    private static String nothingMatches(List<Project> projects, Integer year, String department) {
        String asked = (year == null ? "" : "年度 " + year + (department == null ? " " : "、"))
                + (department == null ? "" : "主管部门「" + department + "」");
        StringBuilder m = new StringBuilder("输入中没有" + asked + "的项目，未生成任何文件，之前的输出（含校验报告）保持不变。");
        if (year != null) {
            List<Integer> years = projects.stream().map(Project::year).filter(Objects::nonNull).distinct()
                    .sorted(Comparator.comparingInt((Integer y) -> Math.abs(y - year)).thenComparing(Comparator.naturalOrder()))
                    .toList();
            m.append("输入中的年度（按接近程度）：").append(years.isEmpty() ? "无" : String.join("、",
                    years.stream().map(String::valueOf).toList())).append("。");
        }
        if (department != null) {
            List<String> departments = projects.stream()
                    .filter(p -> year == null || year.equals(p.year()))
                    .map(Project::department).filter(d -> d != null && !d.isEmpty())
                    .collect(java.util.stream.Collectors.toMap(CleanText::folded, d -> d, (a, b) -> a, java.util.LinkedHashMap::new))
                    .values().stream()
                    .sorted(Comparator.comparingInt((String d) -> CloseNames.editDistance(d, department))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            m.append(year == null ? "输入中的主管部门" : year + " 年度的主管部门").append("（按接近程度）：")
                    .append(departments.isEmpty() ? "无" : String.join("、", departments)).append("。");
        }
        m.append("请改用其中之一，例如 -Dyear=年度 -Ddepartment=主管部门。");
        return m.toString();
    }
}
