package org.perftargets.render;

import java.util.List;

/**
 * One indicator line of the form: its grouped cells (一级, 二级), each written only on the first
 * line of its group with a rowspan of the group's size (span 0 on the other lines: no cell), then
 * its other cells.
 */
public record IndicatorRow(List<Group> groups, List<Object> cells) {

    /** A grouped cell's text (a string, or markup: {@link FallbackText}) and the lines it spans. */
    public record Group(Object text, int span) {
    }
}
