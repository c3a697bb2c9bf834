package org.perftargets.intake;

import java.util.List;

/** One row of a {@link TableSheet}: its 0-based index and its cells that are not blank, by column. */
record SheetRow(int index, List<Cell> cells) {

    /**
     * A cell as stored, read the way {@link CellValues} reads a POI cell ({@code value} carries the
     * cell's own address); {@code string} is the text of a plain text cell (not a formula), as typed.
     */
    record Cell(int col, CellValue value, String string) {
    }
}
