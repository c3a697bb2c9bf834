package org.perftargets.form;

import static org.perftargets.form.FormCell.blank;
import static org.perftargets.form.FormCell.caption;
import static org.perftargets.form.FormCell.date;
import static org.perftargets.form.FormCell.goal;
import static org.perftargets.form.FormCell.label;
import static org.perftargets.form.FormCell.money;
import static org.perftargets.form.FormCell.text;

import java.util.List;

import org.perftargets.model.Field;

/**
 * The declaration form, 财政项目支出绩效目标申报表, as docs/form.md draws it: six columns A to F;
 * attributes, money (the project's whole life on the left, this year on the right), goals, then
 * the indicators under 一级 / 二级 / 三级 with their target values.
 */
public final class DeclarationForm {

    public static final FormKind KIND = new FormKind("财政项目支出绩效目标申报表", "申报表", "年度", "年度项目绩效目标汇总表",
            List.of(14, 26, 17, 19, 10, 14),
            List.of(
                    List.of(label(Field.NAME), text(Field.NAME), label(Field.NATURE), text(Field.NATURE),
                            label(Field.CATEGORY), text(Field.CATEGORY)),
                    List.of(label(Field.DEPARTMENT), text(Field.DEPARTMENT), label(Field.UNIT), text(Field.UNIT).across(3)),
                    List.of(label(Field.START), date(Field.START), label(Field.END), date(Field.END).across(3)),
                    List.of(label("项目资金（元）").down(4), caption(Field.LIFETIME_TOTAL), money(Field.LIFETIME_TOTAL),
                            caption(Field.ANNUAL_TOTAL), money(Field.ANNUAL_TOTAL).across(2)),
                    List.of(caption("其中：财政资金"), money(Field.LIFETIME_FISCAL), caption("其中：当年财政拨款"),
                            money(Field.APPROPRIATION).across(2)),
                    List.of(blank(), blank(), caption(Field.CARRY_OVER), money(Field.CARRY_OVER).across(2)),
                    List.of(caption("其他资金"), money(Field.LIFETIME_OTHER), caption("其他资金"),
                            money(Field.ANNUAL_OTHER).across(2)),
                    List.of(label("项目绩效目标").down(2), label(Field.OVERALL_GOAL).across(2),
                            label(Field.ANNUAL_GOAL).across(3)),
                    List.of(goal(Field.OVERALL_GOAL).across(2), goal(Field.ANNUAL_GOAL).across(3))),
            new IndicatorTable("绩效指标", List.of(
                    IndicatorColumn.of(Field.LEVEL1).inGroups(),
                    IndicatorColumn.of(Field.LEVEL2).inGroups(),
                    IndicatorColumn.of(Field.LEVEL3).across(2),
                    IndicatorColumn.of(Field.VALUE).headed("年度(/项目)指标值"))));

    private DeclarationForm() {
    }
}
