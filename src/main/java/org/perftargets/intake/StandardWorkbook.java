package org.perftargets.intake;

import java.util.EnumSet;
import java.util.Set;

import org.perftargets.model.Field;

/** The contract of the standard intake workbook: its two sheets and their columns. */
public final class StandardWorkbook {

    public static final String PROJECT_SHEET = "项目";
    public static final String INDICATOR_SHEET = "绩效指标";
    public static final String NOTES_SHEET = "填写说明";

    /** Columns of 项目, in the template's order. */
    public static final Set<Field> PROJECT_FIELDS = EnumSet.copyOf(Field.PROJECT);

    static {
        // A self-evaluation workbook (项目支出绩效自评表) adds its year-end columns to both sheets.
        PROJECT_FIELDS.addAll(Field.YEAR_END);
    }

    /** Columns of 绩效指标; 年度, 主管部门 and 项目编码 are optional there and help link rows to projects. */
    public static final Set<Field> INDICATOR_FIELDS = EnumSet.of(Field.YEAR, Field.DEPARTMENT, Field.CODE, Field.NAME,
            Field.LEVEL1, Field.LEVEL2, Field.LEVEL3, Field.VALUE, Field.ACTUAL, Field.WEIGHT, Field.SCORE, Field.DEVIATION);

    private StandardWorkbook() {
    }
}
