package org.perftargets.render;

/**
 * One indicator line of the form. The 一级/二级 cells are written only on the first line of their
 * group, with a rowspan of the group's size; on the other lines the span is 0 and no cell is written.
 */
public record IndicatorRow(String level1, int level1Span, String level2, int level2Span, String name, String value) {
}
