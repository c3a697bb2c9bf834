package org.perftargets.model;

/** One row of the indicator table: 一级, 二级, 三级 (the indicator's name) and its target value. */
public record Indicator(String level1, String level2, String name, IndicatorValue value, Origin origin, Actual actual)
        implements FieldSource {

    /** A declared indicator, without a year-end actual. */
    public Indicator(String level1, String level2, String name, IndicatorValue value, Origin origin) {
        this(level1, level2, name, value, origin, null);
    }

    /** The indicator's texts by field; the value as the form prints it. */
    @Override
    public Object get(Field field) {
        return switch (field) {
            case LEVEL1 -> level1;
            case LEVEL2 -> level2;
            case LEVEL3 -> name;
            case VALUE -> value == null ? null : value.printed();
            case ACTUAL -> actual == null ? null : actual.typed();
            case WEIGHT -> actual == null ? null : actual.weight();
            case SCORE -> actual == null ? null : actual.score();
            case DEVIATION -> actual == null ? null : actual.deviation();
            default -> throw new IllegalArgumentException("「" + field.label() + "」不是指标的字段");
        };
    }
}
