package org.perftargets.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;

/**
 * 主管部门 spelt in ways that are one booklet ({@link GroupKey}: 省交通 运输厅, 省交通运输厅) are
 * named once per workbook and spelling, at its first cell: the booklet is printed under the first
 * spelling met, and the officer should know the others were taken for it.
 */
final class DepartmentSpellingCheck implements Rule {

    @Override
    public boolean acrossProjects() {
        return true;
    }

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        Map<GroupKey, Project> first = new HashMap<>();
        Map<List<String>, Project> variants = new LinkedHashMap<>();
        Map<List<String>, Integer> rows = new HashMap<>();
        for (Project p : declarations.projects()) {
            if (p.department() == null || p.department().isEmpty()) {
                continue;
            }
            Project f = first.putIfAbsent(p.group(), p);
            if (f != null && !f.department().equals(p.department())) {
                List<String> key = List.of(p.origin().file(), p.department(), f.department());
                variants.putIfAbsent(key, p);
                rows.merge(key, 1, Integer::sum);
            }
        }
        variants.forEach((key, p) -> {
            Project f = first.get(p.group());
            int n = rows.get(key);
            findings.add(Finding.warning(p.origin().at(Field.DEPARTMENT),
                    Field.DEPARTMENT.label() + "「" + p.department() + "」" + (n > 1 ? "（本工作簿共 " + n + " 个项目这样写）" : "")
                            + "与「" + f.department() + "」（" + f.origin().at(Field.DEPARTMENT).describe()
                            + "）只差空格或全角、半角字符，已归入同一本汇总表，封面和文件夹用「" + f.department() + "」",
                    "请统一" + Field.DEPARTMENT.label() + "的写法", null));
        });
    }
}
