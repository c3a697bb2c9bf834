package org.perftargets.check;

import java.util.List;
import java.util.Map;

import org.perftargets.model.Field;
import org.perftargets.model.IndicatorTaxonomy;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/**
 * 3. Under 产出指标 each 二级 of 应有二级指标 (数量, 质量, 时效, 成本) is present; 成本指标 counts
 * as a 二级 of 产出指标 or as a 一级 of its own, as the 2021 guide allows.
 */
final class CompletenessRule implements ReviewRule {

    private static final Map<String, String> EXAMPLES = Map.of(
            "数量指标", "如完成数量、覆盖人数（「≥180.00(辆)」）",
            "质量指标", "如验收合格率、达标率（「=100.00(%)」）",
            "时效指标", "如完成时限、及时率（「≤30.00(个工作日)」）",
            "成本指标", "如单位成本（「≤5000.00(元/人)」）、成本控制率（「≤100.00(%)」）");

    @Override
    public ReviewPoint point() {
        return ReviewPoint.COMPLETENESS;
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        for (String level2 : context.settings().requiredLevel2()) {
            boolean present = p.indicators().stream().anyMatch(i -> IndicatorTaxonomy.OUTPUT.equals(i.level1()) && level2.equals(i.level2())
                    || level2.equals(i.level1()));
            if (!present) {
                String where = IndicatorTaxonomy.COST.equals(level2) ? "（作为产出指标的二级指标，或按 2021 年指引作为一级指标）" : "（产出指标的二级指标）";
                findings.add(new ReviewFinding(point(), p.key(), p.origin().at(Field.NAME),
                        "产出指标中没有「" + level2 + "」",
                        "请补充" + level2 + where + "，" + EXAMPLES.getOrDefault(level2, "使绩效目标完整")));
            }
        }
    }
}
