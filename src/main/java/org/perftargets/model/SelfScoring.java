package org.perftargets.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a project's self-evaluation (项目支出绩效自评表) by the default rules (docs/self-evaluation.md):
 * 预算执行率 worth 10 points, the indicators sharing 90, 总分 and 等级. Pure arithmetic over the model:
 * the checks turn its findings into the run's findings, the outputs print its figures. A figure
 * that cannot be computed is {@code null}, with an error finding at the cell that prevents it.
 */
public final class SelfScoring {

    public static final BigDecimal BUDGET_POINTS = BigDecimal.TEN;
    public static final BigDecimal INDICATOR_POINTS = BigDecimal.valueOf(90);
    public static final String OUTPUT = "产出指标";
    public static final String COST = "成本指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final String REACHED = "达成";
    public static final String PARTLY = "部分达成";
    public static final String MISSED = "未达成";

    /** The default weight of each 一级 (成本指标 shares the 50 of 产出指标). */
    private static final Map<String, BigDecimal> POOL_WEIGHTS = new LinkedHashMap<>();

    static {
        POOL_WEIGHTS.put(OUTPUT, BigDecimal.valueOf(50));
        POOL_WEIGHTS.put(BENEFIT, BigDecimal.valueOf(30));
        POOL_WEIGHTS.put(SATISFACTION, BigDecimal.valueOf(10));
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** One indicator's weight and score ({@code score} null where it cannot be computed). */
    public record IndicatorScore(Indicator indicator, BigDecimal weight, BigDecimal score) {
    }

    /**
     * The project's scores. {@code ratePercent} is 执行率 in percent with two decimals (96.35);
     * {@code indicatorPoints} the sum of the indicator scores; {@code total} and {@code grade}
     * null when any part could not be computed.
     */
    public record Score(BigDecimal ratePercent, BigDecimal budgetScore, List<IndicatorScore> indicators,
            Map<String, BigDecimal> level1Weights, BigDecimal indicatorPoints, BigDecimal total, String grade,
            List<Finding> findings) {

        public boolean complete() {
            return total != null;
        }
    }

    private SelfScoring() {
    }

    /** 等级: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
    public static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }

    /** 预算执行率 in percent, two decimals half-up; null when 全年预算数 is not a positive amount. */
    public static BigDecimal ratePercent(BigDecimal budget, BigDecimal spent) {
        if (budget == null || spent == null || budget.signum() <= 0) {
            return null;
        }
        return spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /** 10 × min(执行率, 100 %), to 0.01. */
    public static BigDecimal budgetScore(BigDecimal ratePercent) {
        return round(ratePercent.min(HUNDRED).max(BigDecimal.ZERO).divide(BigDecimal.TEN));
    }

    /**
     * A quantitative indicator's score: target t, actual a, weight w, by the operator's rule;
     * {@code =} with t &gt; 0 is scored as {@code ≥}.
     */
    public static BigDecimal quantitative(Operator op, BigDecimal t, BigDecimal a, BigDecimal w) {
        return switch (op) {
            case GE, GT -> atLeast(t, a, w);
            case LE, LT -> {
                if (t.signum() <= 0) {
                    yield a.compareTo(t) <= 0 ? round(w) : zero();
                }
                if (a.compareTo(t) <= 0) {
                    yield round(w);
                }
                if (a.compareTo(t.add(t)) >= 0) {
                    yield zero();
                }
                // w × (1 − (a − t) / t) = w × (2t − a) / t
                yield round(w.multiply(t.add(t).subtract(a)).divide(t, 10, RoundingMode.HALF_UP));
            }
            case EQ -> {
                if (t.signum() > 0) {
                    yield atLeast(t, a, w);
                }
                yield a.compareTo(t) == 0 ? round(w) : zero();
            }
        };
    }

    private static BigDecimal atLeast(BigDecimal t, BigDecimal a, BigDecimal w) {
        if (a.compareTo(t) >= 0) {
            return round(w);
        }
        if (t.signum() <= 0 || a.signum() < 0) {
            return zero();
        }
        return round(w.multiply(a).divide(t, 10, RoundingMode.HALF_UP));
    }

    /**
     * The number an actual was typed with: {@code 96%}, {@code 96}, {@code 96(%)}, {@code 1,200人}
     * alike; null when it does not start with a number.
     */
    public static BigDecimal actualNumber(String typed) {
        String s = CleanText.folded(typed == null ? "" : typed).replace(",", "");
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return null;
        }
        String rest = s.substring(m.end()).replaceAll("[()（）\\s]", "");
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            return null;
        }
        return new BigDecimal(m.group());
    }

    /**
     * The default weights of a project's indicators, in their order: each 一级's weight (a missing
     * 一级's weight shared among the present ones in proportion) split evenly to two decimals, the
     * remainder to its last indicator. Indicators whose 一级 has no default weight get null.
     */
    public static List<BigDecimal> defaultWeights(List<Indicator> indicators, Map<String, BigDecimal> level1Weights) {
        Map<String, List<Integer>> pools = new LinkedHashMap<>();
        for (String pool : POOL_WEIGHTS.keySet()) {
            pools.put(pool, new ArrayList<>());
        }
        for (int i = 0; i < indicators.size(); i++) {
            String pool = pool(indicators.get(i).level1());
            if (pool != null) {
                pools.get(pool).add(i);
            }
        }
        pools.values().removeIf(List::isEmpty);
        BigDecimal present = pools.keySet().stream().map(POOL_WEIGHTS::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> weights = new ArrayList<>();
        indicators.forEach(i -> weights.add(null));
        BigDecimal given = BigDecimal.ZERO;
        int n = 0;
        for (Map.Entry<String, List<Integer>> pool : pools.entrySet()) {
            n++;
            BigDecimal poolWeight = n == pools.size() ? INDICATOR_POINTS.subtract(given)
                    : round(INDICATOR_POINTS.multiply(POOL_WEIGHTS.get(pool.getKey())).divide(present, 10, RoundingMode.HALF_UP));
            given = given.add(poolWeight);
            List<Integer> members = pool.getValue();
            BigDecimal each = poolWeight.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
            BigDecimal last = poolWeight.subtract(each.multiply(BigDecimal.valueOf(members.size() - 1)));
            for (int k = 0; k < members.size(); k++) {
                weights.set(members.get(k), k == members.size() - 1 ? last : each);
            }
            for (Integer k : members) {
                level1Weights.merge(indicators.get(k).level1(), weights.get(k), BigDecimal::add);
            }
        }
        return weights;
    }

    /** The pool of a 一级: 成本指标 is in 产出指标's; null for a 一级 without a default weight. */
    private static String pool(String level1) {
        String l = level1 == null ? "" : level1;
        if (l.equals(COST)) {
            return OUTPUT;
        }
        return POOL_WEIGHTS.containsKey(l) ? l : null;
    }

    /** Scores a self-evaluation; a project without year-end figures gives an empty score. */
    public static Score score(Project p) {
        List<Finding> findings = new ArrayList<>();
        YearEnd y = p.yearEnd();
        ProjectKey key = p.key();
        BigDecimal rate = null;
        BigDecimal budgetScore = null;
        if (y != null && y.budget() != null && y.spent() != null) {
            if (y.spent().compareTo(y.budget()) > 0) {
                findings.add(Finding.error(p.origin().at(Field.SPENT), "「" + Field.SPENT.label() + "」" + Yuan.format(y.spent())
                        + " 大于「" + Field.FULL_BUDGET.label() + "」" + Yuan.format(y.budget()),
                        "请核对这两个金额：执行数不能超过全年预算数", key));
            }
            rate = ratePercent(y.budget(), y.spent());
            if (rate == null) {
                findings.add(Finding.error(p.origin().at(Field.FULL_BUDGET), "「" + Field.FULL_BUDGET.label() + "」是 "
                        + Yuan.format(y.budget()) + "，无法计算预算执行率", "请填写大于 0 的全年预算数", key));
            } else {
                budgetScore = budgetScore(rate);
            }
        }
        if (y != null && y.achieved().isEmpty()) {
            boolean low = rate != null && rate.compareTo(BigDecimal.valueOf(90)) < 0;
            findings.add(Finding.warning(p.origin().at(Field.ACHIEVED), "未填写「" + Field.ACHIEVED.label() + "」"
                            + (low ? "，而预算执行率只有 " + rate.toPlainString() + "%（低于 90%）" : ""),
                    low ? "请写明年度目标的完成情况，并说明执行率偏低的原因" : "请写明年度总体目标的实际完成情况", key));
        }
        // Weights: the 分值 column where filled, else the defaults.
        List<Indicator> indicators = p.indicators();
        Map<String, BigDecimal> level1Weights = new LinkedHashMap<>();
        List<BigDecimal> weights = new ArrayList<>();
        boolean anyGiven = indicators.stream().anyMatch(i -> i.actual() != null && i.actual().weight() != null);
        boolean weightsOk = true;
        if (anyGiven) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator i : indicators) {
                BigDecimal w = i.actual() == null ? null : i.actual().weight();
                weights.add(w);
                if (w == null) {
                    weightsOk = false;
                    findings.add(Finding.error(i.origin().at(Field.WEIGHT), "指标「" + i.name() + "」未填写「"
                            + Field.WEIGHT.label() + "」，而本项目其他指标填了", "请为本项目每条指标都填写分值（合计 90），或全部留空使用默认分值", key));
                } else {
                    sum = sum.add(w);
                    level1Weights.merge(i.level1(), w, BigDecimal::add);
                }
            }
            if (weightsOk && sum.compareTo(INDICATOR_POINTS) != 0) {
                weightsOk = false;
                Indicator first = indicators.stream().filter(i -> i.actual() != null && i.actual().weight() != null)
                        .findFirst().orElseThrow();
                findings.add(Finding.error(first.origin().at(Field.WEIGHT), "项目「" + p.name() + "」各指标的「"
                                + Field.WEIGHT.label() + "」合计 " + sum.stripTrailingZeros().toPlainString() + "，应为 90",
                        "请调整分值使合计为 90（预算执行率另占 10 分），或全部留空使用默认分值", key));
            }
        } else {
            weights.addAll(defaultWeights(indicators, level1Weights));
            for (int k = 0; k < indicators.size(); k++) {
                if (weights.get(k) == null) {
                    weightsOk = false;
                    Indicator i = indicators.get(k);
                    findings.add(Finding.error(i.origin().at(Field.LEVEL1), "一级指标「" + i.level1() + "」没有默认分值，无法评分",
                            "请把一级指标写成 产出指标、成本指标、效益指标 或 满意度指标，或在「" + Field.WEIGHT.label() + "」列为每条指标填写分值", key));
                }
            }
        }
        List<IndicatorScore> scores = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        boolean allScored = weightsOk && !indicators.isEmpty();
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            BigDecimal w = weights.get(k);
            BigDecimal s = w == null ? null : indicator(i, w, key, findings);
            scores.add(new IndicatorScore(i, w, s));
            if (s == null) {
                allScored = false;
            } else {
                points = points.add(s);
            }
        }
        if (indicators.isEmpty() && y != null) {
            findings.add(Finding.error(p.origin().location(), "项目「" + p.name() + "」没有绩效指标，无法评分",
                    "请在「绩效指标」工作表填写本项目的指标及实际完成值", key));
        }
        BigDecimal total = null;
        String grade = null;
        if (allScored && budgetScore != null) {
            total = budgetScore.add(points);
            grade = grade(total);
            // The indicators' score rate against 执行率: much claimed, little spent.
            BigDecimal scoreRate = points.multiply(HUNDRED).divide(INDICATOR_POINTS, 2, RoundingMode.HALF_UP);
            if (scoreRate.subtract(rate).compareTo(BigDecimal.valueOf(5)) > 0) {
                findings.add(Finding.warning(p.origin().at(Field.SPENT), "指标得分率 " + scoreRate.toPlainString()
                                + "% 比预算执行率 " + rate.toPlainString() + "% 高出 5 个百分点以上",
                        "请核对实际完成值：资金执行不足而指标全部完成，需在「" + Field.ACHIEVED.label() + "」中说明", key));
            }
        }
        return new Score(rate, budgetScore, List.copyOf(scores), Map.copyOf(level1Weights), allScored ? points : null,
                total, grade, List.copyOf(findings));
    }

    /** One indicator's score, or null with an error finding. */
    private static BigDecimal indicator(Indicator i, BigDecimal w, ProjectKey key, List<Finding> findings) {
        Actual actual = i.actual();
        String typed = actual == null ? "" : actual.typed();
        BigDecimal given = actual == null ? null : actual.score();
        String deviation = actual == null ? "" : actual.deviation();
        String what = "指标「" + i.name() + "」";
        BigDecimal score;
        if (i.value() instanceof IndicatorValue.Missing || i.value() instanceof IndicatorValue.Unreadable) {
            findings.add(Finding.error(i.origin().at(Field.VALUE), what + "没有可读的「" + Field.VALUE.label() + "」，无法评分",
                    "请填写申报时的年度指标值，如 ≥90.00(%)", key));
            return null;
        }
        if (typed.isEmpty()) {
            findings.add(Finding.error(i.origin().at(Field.ACTUAL), what + "未填写「" + Field.ACTUAL.label() + "」",
                    i.value() instanceof IndicatorValue.Comparison ? "请填写实际达到的数值，如 96%"
                            : "请填写实际完成情况，或填写 达成、部分达成、未达成", key));
            return null;
        }
        if (i.value() instanceof IndicatorValue.Comparison c) {
            BigDecimal a = actualNumber(typed);
            if (a == null) {
                findings.add(Finding.error(i.origin().at(Field.ACTUAL), what + "的「" + Field.ACTUAL.label() + "」「" + typed
                                + "」不是数字，无法与指标值 " + c.printed() + " 比较",
                        "请填写实际达到的数值，可带单位或 %，如 96%、58人", key));
                return null;
            }
            score = quantitative(c.operator(), c.number(), a, w);
            if ((c.operator() == Operator.GE || c.operator() == Operator.GT) && c.number().signum() > 0
                    && a.compareTo(c.number().multiply(BigDecimal.valueOf(12, 1))) >= 0) {
                findings.add(Finding.warning(i.origin().at(Field.ACTUAL), what + "的实际完成值 " + a.toPlainString()
                                + " 达到指标值 " + c.printed() + " 的 120% 以上",
                        "指标值可能定得偏低，请在下一年度申报时调整", key));
            }
            if (given != null && given.compareTo(score) != 0) {
                findings.add(Finding.warning(i.origin().at(Field.SCORE), what + "填写的得分 " + plain(given)
                        + " 与按规则计算的得分 " + plain(score) + " 不同，已采用计算的得分", "请核对实际完成值和得分", key));
            }
        } else {
            String declared = CleanText.folded(i.value().printed());
            String a = CleanText.folded(typed);
            String band = a.equals(PARTLY) ? PARTLY : a.equals(MISSED) ? MISSED
                    : a.equals(REACHED) || a.equals(declared) ? REACHED : null;
            if (band == null) {
                if (given == null) {
                    findings.add(Finding.error(i.origin().at(Field.SCORE), what + "的实际完成值「" + typed
                                    + "」与指标值「" + i.value().printed() + "」不同，需要填写得分",
                            "请填写得分（0 至 " + plain(w) + "），或把实际完成值写成 达成、部分达成、未达成", key));
                    return null;
                }
                if (given.signum() < 0 || given.compareTo(w) > 0) {
                    findings.add(Finding.error(i.origin().at(Field.SCORE), what + "的得分 " + plain(given) + " 不在 0 至 "
                            + plain(w) + " 之间", "请填写不超过分值的得分", key));
                    return null;
                }
                score = round(given);
            } else if (given == null) {
                if (!band.equals(REACHED)) {
                    findings.add(Finding.error(i.origin().at(Field.SCORE), what + "为「" + band + "」，未填写「"
                                    + Field.SCORE.label() + "」", "请按完成程度填写得分：" + bandText(band, w), key));
                    return null;
                }
                score = round(w);
            } else {
                BigDecimal[] range = band(band, w);
                if (given.compareTo(range[0]) < 0 || given.compareTo(range[1]) > 0) {
                    findings.add(Finding.error(i.origin().at(Field.SCORE), what + "为「" + band + "」，得分 " + plain(given)
                            + " 不在应有的范围内", "请按完成程度填写得分：" + bandText(band, w), key));
                    return null;
                }
                score = round(given);
            }
        }
        if (score.compareTo(w) < 0 && deviation.isEmpty()) {
            findings.add(Finding.warning(i.origin().at(Field.DEVIATION), what + "得分 " + plain(score) + "，未满分 "
                    + plain(w) + "，未填写「" + Field.DEVIATION.label() + "」", "请说明未达到目标的原因和改进措施", key));
        }
        return score;
    }

    /** The band of a qualitative result, in points: 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % of w. */
    public static BigDecimal[] band(String band, BigDecimal w) {
        int low = band.equals(REACHED) ? 80 : band.equals(PARTLY) ? 60 : 0;
        int high = band.equals(REACHED) ? 100 : band.equals(PARTLY) ? 80 : 60;
        return new BigDecimal[] {w.multiply(BigDecimal.valueOf(low)).divide(HUNDRED),
                w.multiply(BigDecimal.valueOf(high)).divide(HUNDRED)};
    }

    private static String bandText(String band, BigDecimal w) {
        BigDecimal[] r = band(band, w);
        return band + " " + plain(r[0]) + " 至 " + plain(r[1]) + " 分（分值 " + plain(w) + " 的 "
                + (band.equals(REACHED) ? "80%–100%" : band.equals(PARTLY) ? "60%–80%" : "0–60%") + "）";
    }

    private static String plain(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal round(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
