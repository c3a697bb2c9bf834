package org.perftargets.check;

import java.math.BigDecimal;
import java.util.List;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorTaxonomy;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/** 4. A satisfaction target below 满意度下限 (80 %), or of 100 %, which the 2021 guide calls unrealistic. */
final class SatisfactionRule implements ReviewRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public ReviewPoint point() {
        return ReviewPoint.SATISFACTION;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        BigDecimal min = context.settings().satisfactionMinPercent();
        for (Indicator i : p.indicators()) {
            boolean satisfaction = IndicatorTaxonomy.SATISFACTION.equals(i.level1()) || (i.name() != null && i.name().contains("满意度"));
            if (!satisfaction || !(i.value() instanceof IndicatorValue.Comparison c) || !c.isPercent()) {
                continue;
            }
            if (c.number().compareTo(min) < 0) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.VALUE),
                        "满意度指标" + Texts.indicator(i) + "的目标值 " + c.printed() + " 低于 " + Texts.percent(min),
                        "满意度目标一般不低于 " + Texts.percent(min) + "，请核实后调整，如「≥" + min.setScale(2) + "(%)」"));
            } else if (context.settings().satisfaction100() && c.number().compareTo(HUNDRED) == 0) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.VALUE),
                        "满意度指标" + Texts.indicator(i) + "的目标值为 " + c.printed() + "，难以实现",
                        "满意度目标不宜设为 100%，请按以往调查结果设定，如「≥90.00(%)」"));
            }
        }
    }
}
