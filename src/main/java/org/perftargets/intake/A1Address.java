package org.perftargets.intake;

import org.apache.poi.ss.util.CellReference;

/**
 * A cell's address in A1 style, made for every cell a worksheet streams (POI's
 * {@code CellReference} showed in the reading's profile).
 */
final class A1Address {

    private static final String[] COLUMNS = new String[702]; // A … ZZ

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = CellReference.convertNumToColString(c);
        }
    }

    private A1Address() {
    }

    /** The address of the 0-based row and column, as {@code new CellReference(row, col).formatAsString()}. */
    static String of(int row, int col) {
        return column(col) + (row + 1);
    }

    static String column(int col) {
        return col >= 0 && col < COLUMNS.length ? COLUMNS[col] : CellReference.convertNumToColString(col);
    }

}
