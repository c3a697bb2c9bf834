package org.perftargets.render;

import java.util.List;

/**
 * One indicator line of the form: its grouped cells (一级, 二级), each written only on the first
 * line of its group on a page with a rowspan of the group's lines there (span 0 on the other
 * lines: no cell), then its other cells.
 */
public record IndicatorRow(List<Group> groups, List<CellText> cells) {

    /** A grouped cell's text as typed (which lines share a cell), as printed, and the lines it spans. */
    public record Group(String typed, CellText text, int span) {
    }
}
