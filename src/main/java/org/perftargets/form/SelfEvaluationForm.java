package org.perftargets.form;

import static org.perftargets.form.FormCell.blank;
import static org.perftargets.form.FormCell.caption;
import static org.perftargets.form.FormCell.goal;
import static org.perftargets.form.FormCell.label;
import static org.perftargets.form.FormCell.money;
import static org.perftargets.form.FormCell.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * The year-end form, 项目支出绩效自评表, as /work/shared/docs/self-evaluation-form.md draws it:
 * nine columns; 项目名称, 主管部门 and 实施单位; the money with 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 * 执行率 | 得分; the goal expected and achieved; the indicators with their actuals, weights and
 * scores, each 一级 showing its weight; a last row 总分 | 100 | the total | 等级. It prints from {@link #head} and {@link #rows},
 * which add the computed figures of {@link SelfScoring} to what the user typed.
 */
public final class SelfEvaluationForm {

    public static final FormKind KIND = new FormKind("项目支出绩效自评表", "自评表", "年度", "年度项目支出绩效自评汇总表",
            List.of(10, 8, 9, 16, 16, 16, 6, 9, 10),
            List.of(
                    List.of(label(Field.NAME), text(Field.NAME).across(8)),
                    List.of(label(Field.DEPARTMENT), text(Field.DEPARTMENT).across(4), label(Field.UNIT),
                            text(Field.UNIT).across(3)),
                    List.of(label("项目资金（元）").down(5), blank().across(2), label(Field.INITIAL_BUDGET),
                            label(Field.FULL_BUDGET), label(Field.SPENT), label("分值"), label(Field.RATE), label("得分")),
                    List.of(caption("年度资金总额").across(2), money(Field.INITIAL_BUDGET), money(Field.FULL_BUDGET),
                            money(Field.SPENT), label("10"), text(Field.RATE), text(Field.BUDGET_SCORE)),
                    List.of(caption("其中：当年财政拨款").across(2), money(Field.APPROPRIATION), money(Field.APPROPRIATION_BUDGET),
                            money(Field.APPROPRIATION_SPENT), label("—"), blank(), label("—")),
                    List.of(caption(Field.CARRY_OVER).across(2), money(Field.CARRY_OVER), money(Field.CARRY_OVER_BUDGET),
                            money(Field.CARRY_OVER_SPENT), label("—"), blank(), label("—")),
                    List.of(caption("其他资金").across(2), money(Field.ANNUAL_OTHER), money(Field.OTHER_BUDGET),
                            money(Field.OTHER_SPENT), label("—"), blank(), label("—")),
                    List.of(label(Field.ANNUAL_GOAL).down(2), label("预期目标").across(4), label(Field.ACHIEVED).across(4)),
                    List.of(goal(Field.ANNUAL_GOAL).across(4), goal(Field.ACHIEVED).across(4))),
            new IndicatorTable("绩效指标", List.of(
                    IndicatorColumn.of(Field.LEVEL1).inGroups(),
                    IndicatorColumn.of(Field.LEVEL2).inGroups(),
                    IndicatorColumn.of(Field.LEVEL3),
                    IndicatorColumn.of(Field.VALUE).headed("年度指标值"),
                    IndicatorColumn.of(Field.ACTUAL),
                    IndicatorColumn.of(Field.WEIGHT),
                    IndicatorColumn.of(Field.SCORE),
                    IndicatorColumn.of(Field.DEVIATION))),
            List.of(List.of(label(Field.TOTAL_SCORE).across(6), label("100"), text(Field.TOTAL_SCORE), text(Field.GRADE))));

    private SelfEvaluationForm() {
    }

    /** What the form's upper part prints: the project's fields, with 执行率, its 得分, 总分 and 等级 computed. */
    public static FieldSource head(Project p, SelfScoring.Score s) {
        return field -> switch (field) {
            case RATE -> s.ratePercent() == null ? null : s.ratePercent().toPlainString() + "%";
            case BUDGET_SCORE -> s.budgetScore();
            case TOTAL_SCORE -> s.total();
            case GRADE -> s.grade() == null ? null : "等级：" + s.grade();
            default -> p.get(field);
        };
    }

    /** The indicator rows: each 一级 with its weight (产出指标（50分）), 分值 and 得分 as scored. */
    public static List<FieldSource> rows(SelfScoring.Score s) {
        List<FieldSource> rows = new ArrayList<>();
        for (SelfScoring.IndicatorScore i : s.indicators()) {
            Indicator ind = i.indicator();
            BigDecimal level1Weight = s.level1Weights().get(ind.level1());
            rows.add(field -> switch (field) {
                case LEVEL1 -> level1Weight == null ? ind.level1()
                        : ind.level1() + "（" + level1Weight.stripTrailingZeros().toPlainString() + "分）";
                case WEIGHT -> i.weight();
                case SCORE -> i.score();
                default -> ind.get(field);
            });
        }
        return rows;
    }
}
