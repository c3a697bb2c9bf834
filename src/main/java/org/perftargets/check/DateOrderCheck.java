package org.perftargets.check;

import java.util.List;

import org.perftargets.model.Finding;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Project;

/** 计划开始日期 is not after 计划完成日期. */
final class DateOrderCheck implements Rule {

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        for (Project p : declarations.projects()) {
            if (p.start() != null && p.end() != null && p.start().isAfter(p.end())) {
                findings.add(Finding.error(p.origin().at(Field.START),
                        Field.START.label() + " " + p.start() + " 晚于" + Field.END.label() + " " + p.end(), "请核对这两个日期，是否填反了", p.key()));
            }
        }
    }
}
