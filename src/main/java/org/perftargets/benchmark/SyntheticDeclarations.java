package org.perftargets.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.perftargets.model.Actual;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Operator;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.YearEnd;

/**
 * Projects for the benchmark, modelled on the 2023 sample: the same kinds of names, natures,
 * categories, goals and amounts, and about 17 indicators each (12 to 22) spread over the
 * taxonomy like the real ones. Seeded, so every run measures the same input.
 */
public final class SyntheticDeclarations {

    private static final String[] SUBJECTS = {"信息化运维", "警用装备购置", "城市维护养护", "办案业务", "档案用房开办", "电子警察",
            "交通工具购置及更新", "监管", "被装", "业务辅助", "房修专项", "警用无人机运行"};
    private static final String[] NATURES = {"经常性专项业务费", "其他经常性项目", "其他一次性项目"};
    private static final String[] CATEGORIES = {"特定目标类", "其他运转类"};
    private static final String GOAL = "通过项目实施，确保相关系统软、硬件故障及时排除，建立应急响应机制，确保全年不发生安全事故，"
            + "为全局各项工作和建设提供技术支持和保证，服务对象满意度达到90%以上。";

    private record Pattern(String level1, String level2, String name, IndicatorValue value) {
    }

    private static final List<Pattern> PATTERNS = List.of(
            new Pattern("产出指标", "数量指标", "系统运维完成率", pct(Operator.EQ, "100")),
            new Pattern("产出指标", "数量指标", "设备购置数量", new IndicatorValue.Comparison(Operator.GE, new BigDecimal("180"), "辆")),
            new Pattern("产出指标", "数量指标", "运维人员到位率", pct(Operator.EQ, "100")),
            new Pattern("产出指标", "质量指标", "设备验收合格率", pct(Operator.EQ, "100")),
            new Pattern("产出指标", "质量指标", "服务标准达标性", new IndicatorValue.Text("达标")),
            new Pattern("产出指标", "时效指标", "故障响应及时性", new IndicatorValue.Text("及时")),
            new Pattern("产出指标", "时效指标", "采购完成及时性", new IndicatorValue.Text("及时")),
            new Pattern("产出指标", "成本指标", "成本控制有效性", new IndicatorValue.Text("有效")),
            new Pattern("产出指标", "成本指标", "一般执勤执法车辆购置标准", new IndicatorValue.Text("在12至45万区间")),
            new Pattern("效益指标", "社会效益指标", "有责投诉数", new IndicatorValue.Comparison(Operator.EQ, BigDecimal.ZERO, "起")),
            new Pattern("效益指标", "社会效益指标", "系统运行稳定性", new IndicatorValue.Text("稳定")),
            new Pattern("效益指标", "社会效益指标", "设施设备利用率", pct(Operator.GE, "90")),
            new Pattern("效益指标", "社会效益指标", "重大信息安全事故数", new IndicatorValue.Comparison(Operator.EQ, BigDecimal.ZERO, "起")),
            new Pattern("效益指标", "可持续影响指标", "长效管理制度健全性", new IndicatorValue.Text("健全")),
            new Pattern("效益指标", "可持续影响指标", "应急响应机制建立情况", new IndicatorValue.Text("建立并有效执行")),
            new Pattern("效益指标", "可持续影响指标", "合同管理制度健全性", new IndicatorValue.Text("健全")),
            new Pattern("满意度指标", "服务对象满意度指标", "使用人员满意度", pct(Operator.GE, "90")),
            new Pattern("满意度指标", "服务对象满意度指标", "群众满意度", pct(Operator.GE, "80")));

    private SyntheticDeclarations() {
    }

    private static IndicatorValue pct(Operator op, String n) {
        return new IndicatorValue.Comparison(op, new BigDecimal(n), "%");
    }

    public static List<Project> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Project> projects = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = String.format("%s项目（第%04d号）", SUBJECTS[random.nextInt(SUBJECTS.length)], i);
            BigDecimal amount = BigDecimal.valueOf(1_000_000L + random.nextInt(200_000_000)).setScale(2);
            int indicatorCount = 12 + random.nextInt(11);
            List<Indicator> indicators = new ArrayList<>(indicatorCount);
            Origin origin = Origin.ofRow("synthetic.xlsx", "绩效指标", 0);
            // Keep the taxonomy's order: walk the patterns, taking each with a probability that gives the count.
            for (int k = 0; k < indicatorCount; k++) {
                Pattern p = PATTERNS.get(k * PATTERNS.size() / indicatorCount);
                indicators.add(new Indicator(p.level1(), p.level2(), p.name() + (k + 1), p.value(), origin));
            }
            projects.add(new Project(2023, "上海市公安局", "上海市公安局", null, name, NATURES[random.nextInt(NATURES.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)], LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                    LifetimeFunds.BLANK, new AnnualFunds(amount, amount, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)),
                    null, GOAL, indicators, Origin.ofRow("synthetic.xlsx", "项目", i + 1)));
        }
        return projects;
    }

    /**
     * The same projects at the year's end, as units fill in the self-evaluation workbook: 95 % of
     * the money spent, every target reached exactly (the declared value typed as the actual).
     */
    public static List<Project> selfEvaluations(List<Project> declared) {
        List<Project> out = new ArrayList<>(declared.size());
        for (Project p : declared) {
            List<Indicator> indicators = new ArrayList<>(p.indicators().size());
            for (Indicator i : p.indicators()) {
                String actual = i.value() instanceof IndicatorValue.Comparison c
                        ? c.numberText() + (c.isPercent() ? "%" : c.unit()) : i.value().printed();
                indicators.add(new Indicator(i.level1(), i.level2(), i.name(), i.value(), i.origin(),
                        new Actual(actual, null, null, "")));
            }
            BigDecimal total = p.annual().total();
            BigDecimal spent = total.multiply(new BigDecimal("0.95")).setScale(2, java.math.RoundingMode.HALF_UP);
            out.add(p.withIndicators(indicators).withYearEnd(new YearEnd(total, total, spent, "年度目标基本完成",
                    null, null, null, null, null, null)));
        }
        return out;
    }
}
