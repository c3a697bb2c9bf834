package org.perftargets.form;

import org.perftargets.model.Field;

/**
 * One cell of a form's grid: a fixed label, or the place where a field's value is printed, and
 * how many columns and rows it spans. Its role says what it is; each medium styles the roles
 * (the CSS of {@code form.ftlh}, the cell styles of the form workbook).
 */
public record FormCell(Role role, String text, Field field, int columns, int rows) {

    /** What a cell is. */
    public enum Role {
        /** A label of the form, centred: 项目名称, 项目资金（元）. */
        LABEL,
        /** The caption of a money line, left-aligned: 项目资金总额, 其中：财政资金. */
        CAPTION,
        /** A value printed as text. */
        TEXT,
        /** A date value. */
        DATE,
        /** An amount in 元. */
        MONEY,
        /** A goal: a long text set from the top of its cell. */
        GOAL,
        /** An empty ruled cell. */
        BLANK
    }

    public static FormCell label(String text) {
        return new FormCell(Role.LABEL, text, null, 1, 1);
    }

    /** The field's own label (年度总体目标), as the form prints it. */
    public static FormCell label(Field field) {
        return label(field.label());
    }

    public static FormCell caption(String text) {
        return new FormCell(Role.CAPTION, text, null, 1, 1);
    }

    public static FormCell caption(Field field) {
        return caption(field.label());
    }

    public static FormCell text(Field field) {
        return value(Role.TEXT, field);
    }

    public static FormCell date(Field field) {
        return value(Role.DATE, field);
    }

    public static FormCell money(Field field) {
        return value(Role.MONEY, field);
    }

    public static FormCell goal(Field field) {
        return value(Role.GOAL, field);
    }

    public static FormCell blank() {
        return new FormCell(Role.BLANK, "", null, 1, 1);
    }

    private static FormCell value(Role role, Field field) {
        return new FormCell(role, null, field, 1, 1);
    }

    /** The same cell spanning {@code n} columns. */
    public FormCell across(int n) {
        return new FormCell(role, text, field, n, rows);
    }

    /** The same cell spanning {@code n} rows. */
    public FormCell down(int n) {
        return new FormCell(role, text, field, columns, n);
    }

    /** Whether the cell holds a field's value (else it is a fixed label or blank). */
    public boolean isValue() {
        return field != null;
    }

    /** Whether the cell is a label or caption with text: what a reader looks for on a sheet. */
    public boolean isLabel() {
        return (role == Role.LABEL || role == Role.CAPTION) && !text.isEmpty();
    }
}
