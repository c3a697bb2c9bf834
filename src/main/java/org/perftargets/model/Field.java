package org.perftargets.model;

import java.util.List;

/**
 * The named fields of a declaration, by their official Chinese labels. Intake maps headers and
 * form labels to these; messages name them; the origin of each value is recorded per field.
 */
public enum Field {
    YEAR("年度"),
    DEPARTMENT("主管部门"),
    UNIT("实施单位"),
    CODE("项目编码"),
    NAME("项目名称"),
    NATURE("项目性质"),
    CATEGORY("项目类别"),
    START("计划开始日期"),
    END("计划完成日期"),
    LIFETIME_TOTAL("项目资金总额"),
    LIFETIME_FISCAL("项目财政资金"),
    LIFETIME_OTHER("项目其他资金"),
    ANNUAL_TOTAL("年度资金申请总额"),
    APPROPRIATION("当年财政拨款"),
    CARRY_OVER("上年结转资金"),
    ANNUAL_OTHER("年度其他资金"),
    OVERALL_GOAL("项目总目标"),
    ANNUAL_GOAL("年度总体目标"),
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标"),
    VALUE("指标值"),
    // The year-end self-evaluation (项目支出绩效自评表): sheet 项目
    INITIAL_BUDGET("年初预算数"),
    FULL_BUDGET("全年预算数"),
    SPENT("全年执行数"),
    ACHIEVED("实际完成情况"),
    APPROPRIATION_BUDGET("当年财政拨款全年预算数"),
    APPROPRIATION_SPENT("当年财政拨款全年执行数"),
    CARRY_OVER_BUDGET("上年结转资金全年预算数"),
    CARRY_OVER_SPENT("上年结转资金全年执行数"),
    OTHER_BUDGET("其他资金全年预算数"),
    OTHER_SPENT("其他资金全年执行数"),
    // sheet 绩效指标
    ACTUAL("实际完成值"),
    WEIGHT("分值"),
    SCORE("得分"),
    DEVIATION("偏差原因分析及改进措施"),
    // Computed by the scoring, printed on the 自评表 (never read from a workbook)
    RATE("执行率"),
    BUDGET_SCORE("预算执行得分"),
    TOTAL_SCORE("总分"),
    GRADE("等级");

    /** A project's own fields, in the order of the intake workbook's 项目 sheet. */
    public static final List<Field> PROJECT = List.of(YEAR, DEPARTMENT, UNIT, CODE, NAME, NATURE, CATEGORY, START, END,
            LIFETIME_TOTAL, LIFETIME_FISCAL, LIFETIME_OTHER, ANNUAL_TOTAL, APPROPRIATION, CARRY_OVER, ANNUAL_OTHER,
            OVERALL_GOAL, ANNUAL_GOAL);

    /** An indicator's fields, in the order of the form's indicator table. */
    public static final List<Field> INDICATOR = List.of(LEVEL1, LEVEL2, LEVEL3, VALUE);

    /** The self-evaluation's added columns of sheet 项目, in the pre-filled workbook's order. */
    public static final List<Field> YEAR_END = List.of(INITIAL_BUDGET, FULL_BUDGET, SPENT, ACHIEVED,
            APPROPRIATION_BUDGET, APPROPRIATION_SPENT, CARRY_OVER_BUDGET, CARRY_OVER_SPENT, OTHER_BUDGET, OTHER_SPENT);

    /** The self-evaluation's added columns of sheet 绩效指标. */
    public static final List<Field> ACTUALS = List.of(ACTUAL, WEIGHT, SCORE, DEVIATION);

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The Chinese label, as in the intake workbook's header row. */
    public String label() {
        return label;
    }
}
