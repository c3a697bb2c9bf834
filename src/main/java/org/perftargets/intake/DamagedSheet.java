package org.perftargets.intake;

import java.io.IOException;

/**
 * A worksheet whose XML breaks off or is malformed: the workbook is refused, as before, but the
 * message names the sheet and the row near which it broke, so the unit knows which sheet to look at.
 */
final class DamagedSheet extends IOException {

    final String sheet;
    /** 1-based: the row last begun when the damage was met (the damage is in it or after it); 0 before any row. */
    final int nearRow;

    DamagedSheet(String sheet, int nearRow, IOException cause) {
        super("damaged worksheet " + sheet + " near row " + nearRow + ": " + cause.getMessage(), cause);
        this.sheet = sheet;
        this.nearRow = nearRow;
    }
}
