package org.perftargets.intake;

import java.util.List;

/**
 * One row of a {@link TableSheet}: its 0-based index and its cells that are not blank, by column.
 * A row {@code passedOver} was read only as far as the cells a reading asked for first (see
 * {@link RowStream#readWholeOnly}); it holds those.
 */
record SheetRow(int index, List<Cell> cells, boolean passedOver) {

    SheetRow(int index, List<Cell> cells) {
        this(index, cells, false);
    }

    SheetRow passedOverWith(List<Cell> read) {
        return new SheetRow(index, read, true);
    }

    /**
     * A cell as stored, read the way {@link CellValues} reads a POI cell ({@code value} carries the
     * cell's own address); {@code string} is the text of a plain text cell (not a formula), as typed.
     */
    record Cell(int col, CellValue value, String string) {
    }
}
