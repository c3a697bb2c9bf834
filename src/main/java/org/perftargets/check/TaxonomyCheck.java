package org.perftargets.check;

import java.util.List;

import org.perftargets.model.IndicatorTaxonomy;
import org.perftargets.model.Finding;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

/** 一级指标 and 二级指标 are those of the framework, and each 二级 stands under its own 一级. */
final class TaxonomyCheck implements Rule {

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        for (Project p : declarations.projects()) {
            for (Indicator i : p.indicators()) {
                if (i.level1().isEmpty() || i.level2().isEmpty()) {
                    continue; // already reported as missing
                }
                if (!IndicatorTaxonomy.isLevel1(i.level1())) {
                    findings.add(Finding.error(i.origin().at(Field.LEVEL1), Field.LEVEL1.label() + "「" + i.level1() + "」不在指标体系中",
                            Field.LEVEL1.label() + "应为：" + String.join("、", IndicatorTaxonomy.level1Names()), p.key()));
                } else if (!IndicatorTaxonomy.level2Names(i.level1()).contains(i.level2())) {
                    String advice = IndicatorTaxonomy.parentOf(i.level2())
                            .map(parent -> "「" + i.level2() + "」属于" + Field.LEVEL1.label() + "「" + parent + "」，请改正" + Field.LEVEL1.label() + "或" + Field.LEVEL2.label())
                            .orElse("「" + i.level1() + "」下的" + Field.LEVEL2.label() + "应为："
                                    + String.join("、", IndicatorTaxonomy.level2Names(i.level1())));
                    findings.add(Finding.error(i.origin().at(Field.LEVEL2),
                            Field.LEVEL2.label() + "「" + i.level2() + "」不能放在" + Field.LEVEL1.label() + "「" + i.level1() + "」下", advice, p.key()));
                }
            }
        }
    }
}
