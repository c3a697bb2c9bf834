package org.perftargets.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Operator;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/**
 * 9. When the previous 年度's declaration of the same project is in the input: 年度资金申请总额 up or
 * down by more than 资金变动幅度 (30 %); indicators dropped or added (by folded 三级 name); targets
 * lowered. A target is lowered when, with the same unit, a 下限 (≥, >, =) falls ({@code ≥95.00(%)} →
 * {@code ≥90.00(%)}) or an 上限 (≤, <) rises ({@code ≤5} → {@code ≤8}).
 */
final class YearOverYearRule implements ReviewRule {

    @Override
    public ReviewPoint point() {
        return ReviewPoint.YEAR_OVER_YEAR;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        Optional<Project> found = context.previousYear(p);
        if (found.isEmpty()) {
            return;
        }
        Project last = found.get();
        String lastYear = last.year() + " 年";
        String thisYear = p.year() + " 年";
        String seeLast = "（上年申报见 " + last.origin().at(Field.NAME).describe() + "）";
        BigDecimal now = p.annual() == null ? null : p.annual().total();
        BigDecimal before = last.annual() == null ? null : last.annual().total();
        if (now != null && before != null && before.signum() > 0) {
            BigDecimal change = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
            if (change.abs().compareTo(context.settings().fundsChangePercent()) > 0) {
                findings.add(new ReviewFinding(point(), p.key(), p.origin().at(Field.ANNUAL_TOTAL),
                        Field.ANNUAL_TOTAL.label() + " " + thisYear + " " + Texts.money(now) + "，" + lastYear + " " + Texts.money(before)
                                + "，" + (change.signum() > 0 ? "增加 " : "减少 ") + Texts.percent(change.abs()) + seeLast,
                        "变动超过 " + Texts.percent(context.settings().fundsChangePercent()) + "，请说明资金增减的原因，并使绩效目标随之调整"));
            }
        }
        Map<String, Indicator> lastIndicators = byName(last);
        Map<String, Indicator> nowIndicators = byName(p);
        for (Map.Entry<String, Indicator> e : lastIndicators.entrySet()) {
            if (!nowIndicators.containsKey(e.getKey())) {
                Indicator i = e.getValue();
                findings.add(new ReviewFinding(point(), p.key(), p.origin().at(Field.NAME),
                        lastYear + "的指标" + Texts.indicator(i) + "（目标值 " + shown(i) + "）" + thisYear + "未再申报" + seeLast,
                        "该项工作已完成或不再开展的，请说明；仍在开展的，请补回该指标"));
            }
        }
        for (Map.Entry<String, Indicator> e : nowIndicators.entrySet()) {
            Indicator i = e.getValue();
            Indicator before1 = lastIndicators.get(e.getKey());
            if (before1 == null) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.LEVEL3),
                        thisYear + "新增指标" + Texts.indicator(i) + "（目标值 " + shown(i) + "），" + lastYear + "没有此指标",
                        "请说明新增的原因；如是由上年的某个指标改名而来，请沿用上年的名称以便比较"));
            } else if (lowered(before1.value(), i.value())) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.VALUE),
                        "指标「" + i.name() + "」的目标值由 " + lastYear + "的 " + before1.value().printed() + " 降为 " + thisYear + "的 "
                                + i.value().printed(),
                        "请说明降低目标的原因；无特殊原因的，请不低于上年目标"));
            }
        }
    }

    private static boolean lowered(IndicatorValue before, IndicatorValue now) {
        if (!(before instanceof IndicatorValue.Comparison b) || !(now instanceof IndicatorValue.Comparison n)
                || !ReviewSettings.unit(b.unit()).equals(ReviewSettings.unit(n.unit()))) {
            return false;
        }
        boolean upperBound = b.operator() == Operator.LE || b.operator() == Operator.LT;
        boolean nowUpper = n.operator() == Operator.LE || n.operator() == Operator.LT;
        if (upperBound != nowUpper) {
            return false; // a bound turned round is a change of meaning, not of level
        }
        int cmp = n.number().compareTo(b.number());
        return upperBound ? cmp > 0 : cmp < 0;
    }

    private static Map<String, Indicator> byName(Project p) {
        Map<String, Indicator> m = new LinkedHashMap<>();
        for (Indicator i : p.indicators()) {
            String k = Fold.text(i.name());
            if (!k.isEmpty()) {
                m.putIfAbsent(k, i);
            }
        }
        return m;
    }

    private static String shown(Indicator i) {
        String v = i.value() == null ? "" : i.value().printed();
        return v.isEmpty() ? "空白" : v;
    }
}
