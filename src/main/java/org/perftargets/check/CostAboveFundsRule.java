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

/** 8. A 成本指标 target in money (金额单位: 元, 万元, 亿元) above the project's 年度资金申请总额. */
final class CostAboveFundsRule implements ReviewRule {

    @Override
    public ReviewPoint point() {
        return ReviewPoint.COST;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        BigDecimal funds = p.annual() == null ? null : p.annual().total();
        if (funds == null) {
            return;
        }
        for (Indicator i : p.indicators()) {
            boolean cost = IndicatorTaxonomy.COST.equals(i.level2()) || IndicatorTaxonomy.COST.equals(i.level1());
            if (!cost || !(i.value() instanceof IndicatorValue.Comparison c)) {
                continue;
            }
            BigDecimal perUnit = context.settings().moneyUnits().get(ReviewSettings.unit(c.unit()));
            if (perUnit == null) {
                continue; // 元/平方米, 万元/辆: a price per unit is not a total
            }
            BigDecimal yuan = c.number().multiply(perUnit);
            if (yuan.compareTo(funds) > 0) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.VALUE),
                        "成本指标" + Texts.indicator(i) + "的目标值 " + c.printed() + "（" + Texts.money(yuan) + "）超过"
                                + Field.ANNUAL_TOTAL.label() + " " + Texts.money(funds),
                        "请核对成本指标的金额和单位（元、万元）；成本不应超过本年度申请的资金"));
            }
        }
    }
}
