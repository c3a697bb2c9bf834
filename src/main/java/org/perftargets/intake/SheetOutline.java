package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet part's rows (how many {@code <row>} elements, and the last one's index) and merged
 * regions, found in one scan of its tags. The merged regions come after all the rows in the file;
 * a streamed reading needs them before, to give a merged cell its region's value. The count is
 * what the row limit is checked against before any cell is read.
 */
record SheetOutline(long rows, int lastRow, List<CellRangeAddress> merged) {

    static SheetOutline scan(InputStream in) throws IOException {
        XmlScanner x = new XmlScanner(in);
        long rows = 0;
        int last = -1;
        List<CellRangeAddress> merged = new ArrayList<>();
        for (int e; (e = x.next()) != XmlScanner.EOF; ) {
            if (e != XmlScanner.START) {
                continue;
            }
            if (x.is("row")) {
                rows++;
                String r = x.attribute("r");
                last = r == null ? last + 1 : rowIndex(r, last);
            } else if (x.is("mergeCell")) {
                String ref = x.attribute("ref");
                if (ref != null && ref.contains(":")) {
                    try {
                        merged.add(CellRangeAddress.valueOf(ref.trim()));
                    } catch (RuntimeException notARange) {
                        // not a range: POI's user model would not merge it either
                    }
                }
            }
        }
        return new SheetOutline(rows, last, merged);
    }

    private static int rowIndex(String r, int last) {
        try {
            return Integer.parseInt(r.trim()) - 1;
        } catch (NumberFormatException e) {
            return last + 1; // the rows' reading reports it
        }
    }
}
