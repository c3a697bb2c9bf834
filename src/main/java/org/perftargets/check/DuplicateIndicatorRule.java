package org.perftargets.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/** 5. Two indicators of one project with the same 三级 name, compared folded (spaces, full-width forms, case). */
final class DuplicateIndicatorRule implements ReviewRule {

    @Override
    public ReviewPoint point() {
        return ReviewPoint.DUPLICATE;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        Map<String, Indicator> first = new HashMap<>();
        for (Indicator i : p.indicators()) {
            String name = Fold.text(i.name());
            if (name.isEmpty()) {
                continue;
            }
            Indicator earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                findings.add(new ReviewFinding(point(), p.key(), i.origin().at(Field.LEVEL3),
                        "三级指标「" + i.name() + "」与 " + earlier.origin().at(Field.LEVEL3).describe() + " 的「" + earlier.name()
                                + "」（目标值 " + shown(earlier) + "）重复，本条目标值 " + shown(i),
                        "请删除重复的一条，或改用能区分两者的名称（如写明对象或范围）"));
            }
        }
    }

    private static String shown(Indicator i) {
        String v = i.value() == null ? "" : i.value().printed();
        return v.isEmpty() ? "（空白）" : v;
    }
}
