package org.perftargets.check;

import java.util.List;
import java.util.Map;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/**
 * 6. A 三级 name whose words say another 二级 (归类 table: 及时 → 时效指标, 合格 → 质量指标 …). An
 * indicator that stands where one of its words belongs is left alone (验收及时率 under 时效指标).
 */
final class MisfiledIndicatorRule implements ReviewRule {

    @Override
    public ReviewPoint point() {
        return ReviewPoint.MISFILED;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        Map<String, List<String>> table = context.settings().misfiled();
        for (Indicator i : p.indicators()) {
            if (i.name() == null || i.level1() == null || i.level2() == null || i.level1().isEmpty() || i.level2().isEmpty()) {
                continue;
            }
            String name = Fold.text(i.name());
            String belongs = null;
            String word = null;
            boolean standsRight = false;
            for (Map.Entry<String, List<String>> e : table.entrySet()) {
                String hit = e.getValue().stream().filter(w -> name.contains(Fold.text(w))).findFirst().orElse(null);
                if (hit == null) {
                    continue;
                }
                if (e.getKey().equals(i.level2()) || e.getKey().equals(i.level1())) {
                    standsRight = true;
                } else if (belongs == null) {
                    belongs = e.getKey();
                    word = hit;
                }
            }
            if (belongs != null && !standsRight) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.LEVEL2),
                        "指标「" + i.name() + "」放在「" + i.level1() + " / " + i.level2() + "」下，但名称中的「" + word + "」表明它属于「"
                                + belongs + "」",
                        "请移到「" + belongs + "」下；如确属「" + i.level2() + "」，请改用能体现" + i.level2() + "的名称"));
            }
        }
    }
}
