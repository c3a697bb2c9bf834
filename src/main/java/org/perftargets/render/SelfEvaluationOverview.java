package org.perftargets.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * What the self-evaluations' booklet (自评汇总表) prints before the forms: the cover and the
 * overview, a line per project with 全年预算数, 全年执行数, 执行率, 总分, 等级 and the page its form
 * starts on, the totals and the count of projects per 等级.
 */
public record SelfEvaluationOverview(String title, String department, Object titleShown, Object departmentShown,
        String year, int projectCount, String budgetTotal, String spentTotal, String rateTotal,
        List<Row> rows, List<GradeCount> grades, int totalPages) {

    /** One project and its scores, before the pages are known. */
    public record Line(Project project, SelfScoring.Score score) {
    }

    public record Row(int number, Object name, String budget, String spent, String rate, String total, String grade,
            int startPage) {
    }

    public record GradeCount(String grade, int count) {
    }

    static SelfEvaluationOverview of(GroupKey group, List<Line> lines, int[] pages, int frontPages) {
        List<Row> rows = new ArrayList<>(lines.size());
        int page = frontPages + 1;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String g : List.of("优", "良", "中", "差")) {
            grades.put(g, 0);
        }
        for (int i = 0; i < lines.size(); i++) {
            Project p = lines.get(i).project();
            SelfScoring.Score s = lines.get(i).score();
            BigDecimal b = p.yearEnd().budget();
            BigDecimal x = p.yearEnd().spent();
            rows.add(new Row(i + 1, FallbackText.of(p.name()), Printed.money(b), Printed.money(x),
                    s.ratePercent() == null ? "" : s.ratePercent().toPlainString() + "%",
                    s.total() == null ? "" : s.total().toPlainString(), s.grade() == null ? "" : s.grade(), page));
            page += pages[i];
            budget = b == null ? budget : budget.add(b);
            spent = x == null ? spent : spent.add(x);
            if (s.grade() != null) {
                grades.merge(s.grade(), 1, Integer::sum);
            }
        }
        BigDecimal rate = SelfScoring.ratePercent(budget, spent);
        String year = Printed.year(group.year());
        String department = Printed.text(group.department());
        String title = SelfEvaluationForm.KIND.bookletTitle(group);
        return new SelfEvaluationOverview(title, department, FallbackText.of(title), FallbackText.of(department), year,
                lines.size(), Printed.money(budget), Printed.money(spent), rate == null ? "" : rate.toPlainString() + "%",
                List.copyOf(rows), grades.entrySet().stream().map(e -> new GradeCount(e.getKey(), e.getValue())).toList(),
                page - 1);
    }
}
