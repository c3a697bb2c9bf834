package org.perftargets.model;

/** One row of the indicator table: 一级, 二级, 三级 (the indicator's name) and its target value. */
public record Indicator(String level1, String level2, String name, IndicatorValue value, Origin origin)
        implements FieldSource {

    /** The indicator's texts by field; the value as the form prints it. */
    @Override
    public Object get(Field field) {
        return switch (field) {
            case LEVEL1 -> level1;
            case LEVEL2 -> level2;
            case LEVEL3 -> name;
            case VALUE -> value == null ? null : value.printed();
            default -> throw new IllegalArgumentException("「" + field.label() + "」不是指标的字段");
        };
    }
}
