package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.perftargets.model.CleanText;
import org.perftargets.model.Field;

/**
 * Recognises a header cell: {@code 年度资金申请总额（元）}, {@code  项目名称* }, {@code 当年财政拨款(万元)}.
 * Spaces, full-width brackets, a required-mark {@code *} and a unit suffix are ignored; the unit
 * 万元 makes the column's amounts count ten thousand 元 each.
 */
record HeaderName(Field field, BigDecimal multiplier) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Map<String, Field> LABELS = new HashMap<>();

    static {
        for (Field f : Field.values()) {
            LABELS.put(f.label(), f);
        }
        alias(Field.YEAR, "预算年度", "年份");
        alias(Field.CODE, "项目代码", "项目编号");
        alias(Field.START, "开始日期", "计划开始时间");
        alias(Field.END, "完成日期", "计划完成时间", "计划结束日期");
        alias(Field.LIFETIME_FISCAL, "其中:财政资金");
        alias(Field.APPROPRIATION, "其中:当年财政拨款");
        alias(Field.ANNUAL_GOAL, "年度目标");
        alias(Field.LEVEL3, "指标名称");
        alias(Field.VALUE, "年度指标值", "年度(/项目)指标值", "目标值");
    }

    private static void alias(Field f, String... names) {
        for (String n : names) {
            LABELS.put(n, f);
        }
    }

    /** The field a header names, or empty when it names none of ours (other columns are ignored). */
    static Optional<HeaderName> parse(String raw) {
        String s = CleanText.folded(raw).replace("*", "");
        BigDecimal multiplier = BigDecimal.ONE;
        if (s.endsWith(")") && s.lastIndexOf('(') > 0) {
            String unit = s.substring(s.lastIndexOf('(') + 1, s.length() - 1);
            String label = s.substring(0, s.lastIndexOf('('));
            if (LABELS.containsKey(label)) {
                if (unit.equals("万元")) {
                    multiplier = TEN_THOUSAND;
                }
                s = label;
            }
        }
        Field f = LABELS.get(s);
        return f == null ? Optional.empty() : Optional.of(new HeaderName(f, multiplier));
    }
}
