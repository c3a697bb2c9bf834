package org.perftargets.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.form.DeclarationForm;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewPoint;
import org.perftargets.output.Group;
import org.perftargets.output.ReviewRows;

/**
 * What 审核报告.html shows of a group, as plain values for {@code review.ftlh}: the totals, the
 * findings per rule and per 实施单位, and each project with its findings and its sheet's link.
 * The figures are counted from the same rows as 审核意见表.xlsx ({@link ReviewRows}).
 */
public record ReviewPage(String title, String bookletTitle, int projectCount, int indicatorCount, int quantifiedCount,
        String quantifiedShare, int findingCount, int projectsWithFindings, List<Count> rules, List<Count> units,
        int maxCount, List<UnitView> unitProjects) {

    /** A 实施单位 and its projects in declared order, as the page lists them. */
    public record UnitView(String name, int findings, List<ProjectView> projects) {
    }

    /** A bar of a chart: what is counted, the count, and a note (the rule's summary, the unit's projects). */
    public record Count(String label, String note, int count) {
    }

    /** One finding as the page prints it. */
    public record FindingView(int number, String point, String location, String problem, String advice) {
    }

    /** One project: its place, figures, link (blank when it has errors and so no sheet), findings, and the text searched. */
    public record ProjectView(int number, String unit, String name, String code, int indicators, int quantified,
            int sharePercent, boolean fewQuantified, String sheetHref, List<FindingView> findings, String search) {
    }

    public static ReviewPage of(Group group) {
        List<ReviewRows.Row> rows = ReviewRows.of(group);
        Map<ReviewPoint, Integer> perRule = new EnumMap<>(ReviewPoint.class);
        Map<Integer, List<FindingView>> perProject = new LinkedHashMap<>();
        for (ReviewRows.Row r : rows) {
            perRule.merge(r.finding().point(), 1, Integer::sum);
            perProject.computeIfAbsent(r.projectIndex(), k -> new ArrayList<>()).add(new FindingView(r.number(),
                    r.finding().point().label(), r.finding().location() == null ? "" : r.finding().location().describe(),
                    r.finding().problem(), r.finding().advice()));
        }
        List<Count> rules = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            rules.add(new Count(p.label(), p.summary(), perRule.getOrDefault(p, 0)));
        }
        List<Count> units = new ArrayList<>();
        List<UnitView> unitProjects = new ArrayList<>();
        int number = 0;
        int indicators = 0;
        int quantified = 0;
        for (Map.Entry<String, List<Integer>> unit : ReviewRows.units(group).entrySet()) {
            int unitFindings = 0;
            List<ProjectView> projects = new ArrayList<>();
            for (int index : unit.getValue()) {
                Project p = group.projects().get(index);
                List<FindingView> findings = perProject.getOrDefault(index, List.of());
                unitFindings += findings.size();
                int n = p.indicators().size();
                int q = p.quantifiedIndicators();
                indicators += n;
                quantified += q;
                String href = group.publishable(index)
                        ? DeclarationForm.KIND.shortName() + "/" + encode(group.fileNames().get(index)) + ".pdf" : "";
                String name = p.name() == null ? "" : p.name();
                String code = p.code() == null ? "" : p.code();
                projects.add(new ProjectView(++number, unit.getKey(), name, code, n, q,
                        n == 0 ? 0 : Math.round(q * 100f / n),
                        findings.stream().anyMatch(f -> f.point().equals(ReviewPoint.QUANTIFIED.label())), href, findings,
                        String.join(" ", unit.getKey(), name, code)));
            }
            units.add(new Count(unit.getKey(), unit.getValue().size() + " 个项目", unitFindings));
            unitProjects.add(new UnitView(unit.getKey(), unitFindings, projects));
        }
        int max = 1;
        for (Count c : rules) {
            max = Math.max(max, c.count());
        }
        for (Count c : units) {
            max = Math.max(max, c.count());
        }
        String share = indicators == 0 ? "0%"
                : BigDecimal.valueOf(quantified * 100L).divide(BigDecimal.valueOf(indicators), 1, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + "%";
        String booklet = DeclarationForm.KIND.bookletTitle(group.key());
        return new ReviewPage(booklet.replace("汇总表", "审核报告"), booklet, group.projects().size(), indicators, quantified,
                share, rows.size(), perProject.size(), rules, units, max, unitProjects);
    }

    /** A file name as a relative link: each character that is not plain percent-encoded (spaces as %20). */
    static String encode(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
