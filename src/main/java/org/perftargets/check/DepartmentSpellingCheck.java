package org.perftargets.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.model.CleanText;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;

/**
 * 主管部门 spelt in ways that are one booklet ({@link GroupKey}: 省交通 运输厅, 省交通运输厅) are
 * named once per workbook and spelling, at its first cell: the booklet is printed under the spelling
 * most of its projects use ({@link Declarations#byGroup}), and the officer should know the others
 * were taken for it.
 */
final class DepartmentSpellingCheck implements Rule {

    @Override
    public boolean acrossProjects() {
        return true;
    }

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        // Nearly always each department is spelt one way: told from the few distinct spellings, without grouping
        // 20,000 projects (that took a one-sheet run's checks from 50 to 120 ms).
        Map<String, String> folded = new HashMap<>();
        declarations.projects().forEach(p -> folded.computeIfAbsent(p.department() == null ? "" : p.department(), CleanText::folded));
        if (new java.util.HashSet<>(folded.values()).size() == folded.size()) {
            return;
        }
        Map<List<String>, Project> variants = new LinkedHashMap<>(); // [file, spelling] -> its first project
        Map<List<String>, Integer> rows = new HashMap<>();
        Map<List<String>, String> named = new HashMap<>();
        Map<String, Project> firstNamed = new HashMap<>();
        for (Map.Entry<GroupKey, List<Project>> g : declarations.byGroup().entrySet()) {
            String used = g.getKey().department();
            if (used == null || used.isEmpty()) {
                continue;
            }
            for (Project p : g.getValue()) {
                if (used.equals(p.department())) {
                    firstNamed.putIfAbsent(used, p);
                } else {
                    List<String> key = List.of(p.origin().file(), p.department());
                    variants.putIfAbsent(key, p);
                    rows.merge(key, 1, Integer::sum);
                    named.put(key, used);
                }
            }
        }
        variants.forEach((key, p) -> {
            String used = named.get(key);
            Project f = firstNamed.get(used);
            int n = rows.get(key);
            findings.add(Finding.warning(p.origin().at(Field.DEPARTMENT),
                    Field.DEPARTMENT.label() + "「" + p.department() + "」" + (n > 1 ? "（本工作簿共 " + n + " 个项目这样写）" : "")
                            + "与「" + used + "」" + (f == null ? "" : "（" + f.origin().at(Field.DEPARTMENT).describe() + "）")
                            + "只差空格或全角、半角字符，已归入同一本汇总表，封面和文件夹用多数项目的写法「" + used + "」",
                    "请统一" + Field.DEPARTMENT.label() + "的写法", null));
        });
    }
}
