package org.perftargets.intake;

import java.io.IOException;

/**
 * A worksheet whose rows do not come in the order of their numbers (a number twice, or one lower
 * than the row before): no spreadsheet program writes one, and a reading that takes its rows in
 * order would drop or misplace some without a word. The workbook is refused, naming the rows.
 */
final class RowsOutOfOrder extends IOException {

    final String sheet;
    /** 1-based: the row met, and the row it came after. */
    final int row;
    final int after;

    RowsOutOfOrder(String sheet, int row, int after) {
        super("rows out of order in sheet " + sheet + ": row " + row + " after row " + after);
        this.sheet = sheet;
        this.row = row;
        this.after = after;
    }
}
