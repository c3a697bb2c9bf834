package org.perftargets.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/**
 * 7. A quantity with a unit in 年度总体目标 ({@code 120辆}, {@code 3000人次}, {@code 98%以上}) that no
 * indicator's target matches (same number, same unit or one of 同义单位), or that an indicator with
 * the same unit contradicts ({@code 120辆} in the goal, {@code =100.00(辆)} as the target). Only
 * the units of 目标数量单位 are recognised, so dates and durations (2023年, 24小时) are not taken
 * for targets.
 */
final class GoalQuantityRule implements ReviewRule {

    /** A number and a unit of the list, compiled once per list of units. */
    private static final java.util.Map<List<String>, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many indicators with the same unit a contradiction quotes. */
    private static final int QUOTED = 3;

    @Override
    public ReviewPoint point() {
        return ReviewPoint.GOAL;
    }

    /** A quantity in the goal: its words as written, the number, the unit as compared. */
    record Quantity(String phrase, String written, BigDecimal number, String unit) {
    }

    @Override
    public void review(Project p, ReviewContext context, List<ReviewFinding> findings) {
        ReviewSettings s = context.settings();
        Set<String> seen = new LinkedHashSet<>();
        for (Quantity q : quantities(p.annualGoal(), s)) {
            if (!seen.add(q.number().stripTrailingZeros().toPlainString() + "|" + q.unit())) {
                continue; // the same quantity said twice is one question
            }
            List<Indicator> sameUnit = new ArrayList<>();
            boolean matched = false;
            for (Indicator i : p.indicators()) {
                if (i.value() instanceof IndicatorValue.Comparison c && s.canonicalUnit(c.unit()).equals(q.unit())) {
                    sameUnit.add(i);
                    matched |= c.number().compareTo(q.number()) == 0;
                }
            }
            if (matched) {
                continue;
            }
            if (sameUnit.isEmpty() || "%".equals(q.unit())) {
                // Percentages measure many different things: only a missing one is a question.
                findings.add(new ReviewFinding(point(), p.key(), p.origin().at(Field.ANNUAL_GOAL),
                        "年度总体目标写有「" + q.phrase() + "」，但没有指标的目标值是 " + q.written(),
                        "请增加与之对应的指标（如「=" + q.number().setScale(2) + "(" + q.written().replaceFirst("^[0-9.]+", "") + ")」），或核对年度总体目标中的数量"));
            } else {
                String targets = sameUnit.stream().limit(QUOTED).map(i -> "「" + i.name() + "」" + i.value().printed())
                        .collect(Collectors.joining("、"));
                findings.add(new ReviewFinding(point(), p.key(), p.origin().at(Field.ANNUAL_GOAL),
                        "年度总体目标写有「" + q.phrase() + "」，而指标" + targets + "与之不一致",
                        "请核对，使年度总体目标中的数量与指标的目标值一致"));
            }
        }
    }

    /** The quantities of a goal in order: a number not inside a word or a longer number, then a unit of the list. */
    static List<Quantity> quantities(String goal, ReviewSettings s) {
        List<Quantity> out = new ArrayList<>();
        if (goal == null || goal.isBlank() || s.goalUnits().isEmpty()) {
            return out;
        }
        Pattern p = PATTERNS.computeIfAbsent(s.goalUnits(), units -> Pattern.compile("(?<![0-9A-Za-z.．])([0-9]+(?:\\.[0-9]+)?)\\s*("
                + units.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        String text = java.text.Normalizer.normalize(goal, java.text.Normalizer.Form.NFKC);
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Quantity(phrase(text, m.start(), m.end()), m.group(1) + m.group(2), new BigDecimal(m.group(1)),
                    s.canonicalUnit(m.group(2))));
        }
        return out;
    }

    /** The words leading to the quantity, from the start of its clause (at most 16 characters), and 以上/以下 after it. */
    private static String phrase(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 16 && "，。；、,;：:（(\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher after = Pattern.compile("^(及以上|以上|及以下|以下)").matcher(text.substring(end));
        int to = after.find() ? end + after.end() : end;
        return (from > 0 && start - from >= 16 ? "…" : "") + text.substring(from, to).strip();
    }
}
