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
    VALUE("指标值");

    /** A project's own fields, in the order of the intake workbook's 项目 sheet. */
    public static final List<Field> PROJECT = List.of(YEAR, DEPARTMENT, UNIT, CODE, NAME, NATURE, CATEGORY, START, END,
            LIFETIME_TOTAL, LIFETIME_FISCAL, LIFETIME_OTHER, ANNUAL_TOTAL, APPROPRIATION, CARRY_OVER, ANNUAL_OTHER,
            OVERALL_GOAL, ANNUAL_GOAL);

    /** An indicator's fields, in the order of the form's indicator table. */
    public static final List<Field> INDICATOR = List.of(LEVEL1, LEVEL2, LEVEL3, VALUE);

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The Chinese label, as in the intake workbook's header row. */
    public String label() {
        return label;
    }
}
