package org.perftargets.form;

/** A cell of a form's grid at its place: 0-based row (of the part above the indicators) and column. */
public record PlacedCell(int row, int column, FormCell cell) {

    public int lastRow() {
        return row + cell.rows() - 1;
    }

    public int lastColumn() {
        return column + cell.columns() - 1;
    }
}
