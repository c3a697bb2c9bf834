package org.perftargets.intake;

import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet read row by row, as a table layout reads it: in order, each row once, without the
 * whole sheet held in memory. Two readings give it: POI's user model ({@link UserModelSheet},
 * for .xls, small by nature) and the streamed .xlsx ({@link StreamedWorkbook}).
 */
interface TableSheet {

    String name();

    /** Hidden or very hidden in the workbook. */
    boolean hidden();

    /** The 0-based index of the last row that appears in the sheet; -1 for none. */
    int lastRowIndex();

    List<CellRangeAddress> mergedRegions();

    /**
     * Whether the last row and merged regions are known without another reading of the sheet: a
     * streamed sheet not scanned yet learns them from a reading of all its rows.
     */
    default boolean outlined() {
        return true;
    }

    /** The rows that appear in the sheet, in order; each holds its cells that are not blank. */
    RowStream rows();

    /** Whether any cell holds something other than blanks. */
    default boolean hasContent() {
        for (Iterator<SheetRow> it = rows(); it.hasNext(); ) {
            for (SheetRow.Cell c : it.next().cells()) {
                if (c.string() == null || !c.string().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }
}
