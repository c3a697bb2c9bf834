package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet part's rows (how many {@code <row>} elements, and the last one's index) and merged
 * regions, found in one scan of its tags by their names (the rows' reading checks the XML). The merged regions come after all the rows in the file;
 * a streamed reading needs them before, to give a merged cell its region's value. The count is
 * what the row limit is checked against before any cell is read.
 */
record SheetOutline(long rows, int lastRow, List<CellRangeAddress> merged) {

    static SheetOutline scan(InputStream in, String sheet) throws IOException {
        XmlScanner x = new XmlScanner(in);
        long rows = 0;
        int last = -1;
        List<CellRangeAddress> merged = new ArrayList<>();
        try {
            while (x.nextStartOf("row", "mergeCell")) {
                if (x.is("row")) {
                    rows++;
                    String r = x.attribute("r");
                    last = r == null ? last + 1 : rowIndex(r, last);
                } else if (x.is("mergeCell")) {
                    addRegion(x.attribute("ref"), merged);
                }
            }
        } catch (XmlScanner.Malformed e) {
            throw new DamagedSheet(sheet, last + 1, e);
        }
        return new SheetOutline(rows, last, merged);
    }

    /** A {@code <mergeCell ref="A2:A5">}'s region; one that is not a range is not merged (nor by POI's user model). */
    static void addRegion(String ref, List<CellRangeAddress> merged) {
        if (ref != null && ref.contains(":")) {
            try {
                merged.add(CellRangeAddress.valueOf(ref.trim()));
            } catch (RuntimeException notARange) {
                // not a range
            }
        }
    }

    private static int rowIndex(String r, int last) {
        try {
            return Integer.parseInt(r.trim()) - 1;
        } catch (NumberFormatException e) {
            return last + 1; // the rows' reading reports it
        }
    }
}
