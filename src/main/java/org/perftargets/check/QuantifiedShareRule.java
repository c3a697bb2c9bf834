package org.perftargets.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.perftargets.model.Field;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/** 1. Fewer than half (量化指标比例下限) of a project's indicators are comparisons; the finding states the share. */
final class QuantifiedShareRule implements ReviewRule {

    @Override
    public ReviewPoint point() {
        return ReviewPoint.QUANTIFIED;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        int all = p.indicators().size();
        if (all == 0) {
            return; // the checker already warns of the missing indicators
        }
        int quantified = p.quantifiedIndicators();
        BigDecimal share = BigDecimal.valueOf(quantified * 100L).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
        BigDecimal min = context.settings().quantifiedMinPercent();
        if (share.compareTo(min) < 0) {
            findings.add(new ReviewFinding(point(), p.key(), p.origin().at(Field.NAME),
                    "可量化的指标 " + quantified + " 条，占全部 " + all + " 条指标的 " + Texts.percent(share) + "，低于 "
                            + Texts.percent(min),
                    "请把能量化的定性指标改为比较式的目标值，如「≥95.00(%)」「=120.00(辆)」「≤5.00(个工作日)」，使可量化指标不少于 "
                            + Texts.percent(min)));
        }
    }
}
