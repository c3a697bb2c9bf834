package org.perftargets.form;

import org.perftargets.model.Field;

/**
 * A column of a form's indicator table: its header, the field it prints, how many grid columns it
 * spans, and whether equal consecutive values merge into one cell (一级指标, 二级指标).
 */
public record IndicatorColumn(String header, Field field, int columns, boolean grouped) {

    public static IndicatorColumn of(Field field) {
        return new IndicatorColumn(field.label(), field, 1, false);
    }

    public IndicatorColumn headed(String newHeader) {
        return new IndicatorColumn(newHeader, field, columns, grouped);
    }

    public IndicatorColumn across(int n) {
        return new IndicatorColumn(header, field, n, grouped);
    }

    public IndicatorColumn inGroups() {
        return new IndicatorColumn(header, field, columns, true);
    }
}
