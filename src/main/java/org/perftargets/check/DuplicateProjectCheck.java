package org.perftargets.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perftargets.model.Finding;
import org.perftargets.model.CleanText;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Project;

/**
 * Each project is declared once: 年度 + 主管部门 + 项目名称 is unique, and so is 项目编码 within a
 * 年度 where given (the same code in another 年度 is the project's other year, a 延续项目), within a
 * workbook and across workbooks. Names and codes are compared folded: 项目（一期） and 项目(一期)
 * are one name. Both places are named.
 */
final class DuplicateProjectCheck implements Rule {

    @Override
    public boolean acrossProjects() {
        return true;
    }

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        Map<List<String>, Project> byKey = new HashMap<>();
        Map<List<String>, Project> byCode = new HashMap<>();
        List<Project[]> twice = new ArrayList<>();
        for (Project p : declarations.projects()) {
            if (p.name() != null && !p.name().isEmpty()) {
                Project first = byKey.putIfAbsent(
                        List.of(String.valueOf(p.year()), CleanText.folded(p.department()), CleanText.folded(p.name())), p);
                if (first != null) {
                    twice.add(new Project[] {first, p});
                    continue;
                }
            }
            if (p.code() != null) {
                Project first = byCode.putIfAbsent(List.of(String.valueOf(p.year()), CleanText.folded(p.code())), p);
                if (first != null) {
                    findings.add(Finding.error(p.origin().at(Field.CODE),
                            Field.CODE.label() + "「" + p.code() + "」在 " + p.year() + " 年度重复，已用于 " + first.origin().at(Field.CODE).describe() + " 的项目「"
                                    + first.name() + "」",
                            "每个项目的编码应唯一，请核对", p.key()));
                }
            }
        }
        sayTwice(declarations, twice, findings);
    }

    /**
     * Each project declared twice, at the second place; and once at the first (both are withheld, and a
     * report sent back file by file must show it there too). A workbook all of whose projects are another
     * file's says so: most likely a corrected copy sent again next to the old one.
     */
    private static void sayTwice(Declarations declarations, List<Project[]> twice, List<Finding> findings) {
        Map<String, Integer> projectsOfFile = new HashMap<>();
        declarations.projects().forEach(p -> projectsOfFile.merge(p.origin().file(), 1, Integer::sum));
        Map<List<String>, Integer> repeated = new HashMap<>(); // [second file, first file] -> projects repeated
        for (Project[] t : twice) {
            repeated.merge(List.of(t[1].origin().file(), t[0].origin().file()), 1, Integer::sum);
        }
        Set<Project> saidAtFirst = new HashSet<>();
        for (Project[] t : twice) {
            Project first = t[0];
            Project p = t[1];
            String again = p.origin().file();
            String earlier = first.origin().file();
            int shared = again.equals(earlier) ? 0 : repeated.get(List.of(again, earlier));
            // The workbook wholly held by the other (either may be read first): most likely one sent again.
            String whole = shared == 0 ? null : shared == projectsOfFile.get(again) ? again
                    : shared == projectsOfFile.get(earlier) ? earlier : null;
            String other = again.equals(whole) ? earlier : again;
            String advice = whole != null
                    ? "工作簿 " + whole + " 的 " + projectsOfFile.get(whole) + " 个项目都已在 " + other
                            + " 中申报：如果其中一个是改正后重新报送的，请把旧的工作簿移出输入文件夹；否则请删除其中一个工作簿里重复的项目"
                    : "同一" + Field.YEAR.label() + "、同一" + Field.DEPARTMENT.label() + "的" + Field.NAME.label()
                            + "不能重复；请删除重复的一行，或改正" + Field.NAME.label();
            findings.add(Finding.error(p.origin().at(Field.NAME),
                    "项目「" + p.name() + "」（" + p.year() + " 年度，" + p.department() + "）重复申报，第一次出现在 "
                            + first.origin().at(Field.NAME).describe(), advice, p.key()));
            if (saidAtFirst.add(first)) {
                findings.add(Finding.error(first.origin().at(Field.NAME),
                        "项目「" + first.name() + "」（" + first.year() + " 年度，" + first.department() + "）又在 "
                                + p.origin().at(Field.NAME).describe() + " 申报了一次，两处都不发布", advice, first.key()));
            }
        }
    }
}
