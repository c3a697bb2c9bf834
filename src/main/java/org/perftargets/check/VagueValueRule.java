package org.perftargets.check;

import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/** 2. A qualitative value built on words that measure nothing (模糊用语: 提升, 有所, 进一步 …). */
final class VagueValueRule implements ReviewRule {

    @Override
    public ReviewPoint point() {
        return ReviewPoint.VAGUE;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        for (Indicator i : p.indicators()) {
            if (!(i.value() instanceof IndicatorValue.Text t)) {
                continue;
            }
            String value = Fold.text(t.text());
            List<String> words = new ArrayList<>();
            for (String w : context.settings().vagueWords()) {
                if (value.contains(Fold.text(w)) && words.stream().noneMatch(found -> found.contains(w))) {
                    words.add(w);
                }
            }
            words.sort(java.util.Comparator.comparingInt(w -> value.indexOf(Fold.text(w))));
            if (!words.isEmpty()) {
                String quoted = "「" + String.join("」「", words) + "」";
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.VALUE),
                        "指标" + Texts.indicator(i) + "的指标值「" + t.text() + "」用" + quoted + "表述，无法衡量做到什么程度",
                        "请写成可衡量的目标：写明达到多少，如指标值「≥90.00(%)」（指标名可改为「…率」），或写明可核验的结果，如「按期建成并通过验收」"));
            }
        }
    }
}
