package org.perftargets.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Operator;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;

/** Projects modelled on the seed booklet (上海市公安局2023年度项目绩效目标汇总表). */
final class Fixture {

    static final String DEPT = "上海市公安局";

    private Fixture() {
    }

    /** The seed's first project, as published. */
    static Project detention() {
        List<Indicator> ind = new ArrayList<>();
        ind.add(i("产出指标", "数量指标", "留置专区特保人员配置人数", "=58.00(人)"));
        ind.add(i("产出指标", "数量指标", "留置专区给养服务人数", "=10.00(人)"));
        ind.add(i("产出指标", "数量指标", "留置专区维修完成率", "=100.00(%)"));
        ind.add(i("产出指标", "数量指标", "医疗合作服务专区数量", "=1.00(个)"));
        ind.add(i("产出指标", "质量指标", "留置专区特保标准达标性", "达标"));
        ind.add(i("产出指标", "质量指标", "留置专区给养标准达标率", "达标"));
        ind.add(i("产出指标", "质量指标", "留置专区维修工作验收通过率", "=100.00(%)"));
        ind.add(i("产出指标", "质量指标", "留置专区医疗合作服务达标性", "达标"));
        ind.add(i("产出指标", "时效指标", "留置专区特保工作及时性", "及时"));
        ind.add(i("产出指标", "时效指标", "留置专区给养工作及时性", "及时"));
        ind.add(i("产出指标", "时效指标", "留置专区维修工作及时性", "及时"));
        ind.add(i("产出指标", "时效指标", "留置专区医疗服务工作及时性", "及时"));
        ind.add(i("效益指标", "社会效益指标", "有责投诉数", "=0.00(起)"));
        ind.add(i("效益指标", "社会效益指标", "医疗事故发生数", "=0.00(起)"));
        ind.add(i("效益指标", "社会效益指标", "留置人员生活保障全面性", "全面"));
        ind.add(i("效益指标", "社会效益指标", "人员到位率", "=100.00(%)"));
        ind.add(i("满意度指标", "服务对象满意度指标", "留置人员满意度", "≥80.00(%)"));
        return project("留置专区保障经费", "经常性专项业务费", "特定目标类", "12229200.00",
                "计划在2023年配置服务留置人员10名，留置专区特保58名，为1个留置专区提供医疗合作服务，确保留置专区各项标准达标，"
                        + "各项工作任务及时开展，做好留置人员的生活保障，做到无有责投诉。",
                ind);
    }

    /** The seed's second project (with 运行效益指标 and a missing-value variant added). */
    static Project operations() {
        List<Indicator> ind = new ArrayList<>();
        ind.add(i("产出指标", "数量指标", "系统运维完成率", "=100.00(%)"));
        ind.add(i("产出指标", "数量指标", "运维设备更新完成率", "=100.00(%)"));
        ind.add(i("产出指标", "数量指标", "运维人员到位率", "=100.00(%)"));
        ind.add(i("产出指标", "质量指标", "设备故障排除率", "=100.00(%)"));
        ind.add(i("产出指标", "时效指标", "故障响应及时性", "及时"));
        ind.add(i("产出指标", "时效指标", "故障排除及时性", "及时"));
        ind.add(i("产出指标", "时效指标", "运维报告完成及时性", "及时"));
        ind.add(i("效益指标", "社会效益指标", "系统运行稳定性", "稳定"));
        ind.add(i("效益指标", "社会效益指标", "技术服务覆盖时间", "=100.00(%)"));
        ind.add(i("效益指标", "运行效益指标", "重大信息安全事故数", "=0.00(起)"));
        ind.add(i("效益指标", "运行效益指标", "业务需求覆盖率", "=100.00(%)"));
        ind.add(i("效益指标", "可持续影响指标", "应急响应机制建立情况", "建立并有效执行"));
        ind.add(i("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90.00(%)"));
        ind.add(i("满意度指标", "服务对象满意度指标", "有责投诉次数", null));
        return project("信息化运维项目", "其他经常性项目", "其他运转类", "48841021.00",
                "通过实施信息化运维项目，确保全局相关系统软、硬件故障及时排除，建立信息化应急响应机制，确保全年不发生信息安全事故，"
                        + "为全局信息化工作和各项建设提供技术支持和保证。",
                ind);
    }

    /** A long form: 64 indicators in several groups, so the indicator table runs over pages. */
    static Project longForm() {
        List<Indicator> ind = new ArrayList<>();
        String[][] groups = {
                {"产出指标", "数量指标", "18"}, {"产出指标", "质量指标", "14"}, {"产出指标", "时效指标", "8"},
                {"产出指标", "成本指标", "4"}, {"效益指标", "社会效益指标", "10"}, {"效益指标", "可持续影响指标", "6"},
                {"满意度指标", "服务对象满意度指标", "4"}};
        int k = 0;
        for (String[] g : groups) {
            for (int j = 0; j < Integer.parseInt(g[2]); j++) {
                k++;
                String value = switch (k % 4) {
                    case 0 -> "≥" + (80 + k % 20) + ".00(%)";
                    case 1 -> "=" + k + ".00(个)";
                    case 2 -> "及时";
                    default -> "收到信息后" + (k % 9 + 1) + "个工作日内";
                };
                ind.add(i(g[0], g[1], "长表指标第" + k + "项" + (k % 5 == 0 ? "（名称较长需要在单元格内换行显示的指标说明文字）" : ""),
                        value));
            }
        }
        return project("全市公安视频监控系统运维及扩容项目", "其他经常性项目", "特定目标类", "8654010.00",
                "保障视频监控系统稳定运行。", ind);
    }

    /** Text that looks like markup must print literally. */
    static Project hostile() {
        List<Indicator> ind = List.of(
                i("产出指标", "数量指标", "<i>斜体</i> & \"引号\"", "=1.00(套)"),
                i("满意度指标", "服务对象满意度指标", "满意度 a<b", "≥95.00(%)"));
        return project("<b>&amp; 项目", "其他一次性项目", "特定目标类", "1000.50", "目标 <script>x</script>", ind);
    }

    /**
     * Characters outside GB 2312, as in real names: 堃 and 喆 (GBK), 䶮 (Extension A) and 𠂇
     * (Extension B, outside the BMP).
     */
    static Project rareCharacters() {
        List<Indicator> ind = List.of(i("产出指标", "数量指标", "喆园监控点位数", "=12.00(个)"));
        return project("堃䶮𠂇项目", "其他一次性项目", "特定目标类", "100", "保障喆园安全。", ind);
    }

    /** The four above, then variants of the first two up to {@code n} projects. */
    static List<Project> booklet(int n) {
        List<Project> all = new ArrayList<>(List.of(detention(), operations(), longForm(), hostile()));
        for (int k = all.size(); k < n; k++) {
            Project base = k % 2 == 0 ? detention() : operations();
            all.add(new Project(base.year(), base.department(), base.unit(), null, base.name() + "（" + (k + 1) + "）",
                    base.nature(), base.category(), base.start(), base.end(), base.lifetime(), base.annual(),
                    base.overallGoal(), base.annualGoal(), base.indicators(), base.origin()));
        }
        return List.copyOf(all);
    }

    static Project project(String name, String nature, String category, String amount, String goal,
            List<Indicator> ind) {
        BigDecimal a = new BigDecimal(amount);
        return new Project(2023, DEPT, DEPT, null, name, nature, category, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), LifetimeFunds.BLANK,
                new AnnualFunds(a, a, new BigDecimal("0.00"), new BigDecimal("0.00")), "", goal, ind,
                Origin.ofRow("申报.xlsx", "项目", 2));
    }

    static Indicator i(String l1, String l2, String name, String printed) {
        return new Indicator(l1, l2, name, value(printed), Origin.ofRow("申报.xlsx", "指标", 2));
    }

    /** Parses the official notation =58.00(人), ≥90.00(%); anything else is text; null is missing. */
    static IndicatorValue value(String printed) {
        if (printed == null) {
            return IndicatorValue.MISSING;
        }
        var m = java.util.regex.Pattern.compile("([=≥≤<>])([0-9.]+)\\((.*)\\)").matcher(printed);
        if (!m.matches()) {
            return new IndicatorValue.Text(printed);
        }
        Operator op = switch (m.group(1)) {
            case "=" -> Operator.EQ;
            case "≥" -> Operator.GE;
            case "≤" -> Operator.LE;
            case "<" -> Operator.LT;
            default -> Operator.GT;
        };
        return new IndicatorValue.Comparison(op, new BigDecimal(m.group(2)), m.group(3));
    }
}
