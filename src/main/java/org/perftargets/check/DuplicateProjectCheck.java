package org.perftargets.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        for (Project p : declarations.projects()) {
            if (p.name() != null && !p.name().isEmpty()) {
                Project first = byKey.putIfAbsent(
                        List.of(String.valueOf(p.year()), CleanText.folded(p.department()), CleanText.folded(p.name())), p);
                if (first != null) {
                    findings.add(Finding.error(p.origin().at(Field.NAME),
                            "项目「" + p.name() + "」（" + p.year() + " 年度，" + p.department() + "）重复申报，第一次出现在 "
                                    + first.origin().at(Field.NAME).describe(),
                            "同一" + Field.YEAR.label() + "、同一" + Field.DEPARTMENT.label() + "的" + Field.NAME.label() + "不能重复；请删除重复的一行，或改正" + Field.NAME.label(), p.key()));
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
    }
}
