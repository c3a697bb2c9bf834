package org.perftargets.check;

import java.math.BigDecimal;
import java.util.List;

import org.perftargets.model.IndicatorTaxonomy;
import org.perftargets.model.Finding;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;

/**
 * Warnings, published but reported: a project lacking any 产出, 效益 or 满意度 indicator; an
 * indicator without a value (never guessed); a percentage above 100.
 */
final class CompletenessCheck implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        for (Project p : declarations.projects()) {
            for (String level1 : List.of(IndicatorTaxonomy.OUTPUT, IndicatorTaxonomy.BENEFIT, IndicatorTaxonomy.SATISFACTION)) {
                if (p.indicators().stream().noneMatch(i -> i.level1().equals(level1))) {
                    findings.add(Finding.warning(p.origin().at(Field.NAME),
                            "项目「" + p.name() + "」没有任何「" + level1 + "」", "绩效目标通常应包含产出、效益和满意度三类指标，请补充", p.key()));
                }
            }
            for (Indicator i : p.indicators()) {
                if (i.value() instanceof IndicatorValue.Missing) {
                    findings.add(Finding.warning(i.origin().at(Field.VALUE),
                            "指标「" + i.name() + "」（项目「" + p.name() + "」）未填写" + Field.VALUE.label(), "请补填年度" + Field.VALUE.label(), p.key()));
                } else if (i.value() instanceof IndicatorValue.Comparison c && c.isPercent()
                        && c.number().compareTo(HUNDRED) > 0) {
                    findings.add(Finding.warning(i.origin().at(Field.VALUE),
                            "指标「" + i.name() + "」的百分比 " + c.printed() + " 超过 100%", "请确认是否填错", p.key()));
                }
            }
        }
    }
}
