package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * What is known of a workbook before any cell is read: whether it is a zip (an .xlsx, streamed)
 * and, for an .xlsx, whether a worksheet has more rows than the limit. The worksheets are scanned
 * when the streamed workbook opens, through the package's guards, so a workbook of a million rows
 * or a part that inflates beyond the guard is refused in seconds and in a few kilobytes of heap,
 * before POI's user model (for a layout that needs it) is built.
 */
final class WorkbookPrescan {

    private WorkbookPrescan() {
    }

    /** A finding that refuses the workbook for its rows, or {@code null}. */
    static Finding tooManyRows(StreamedWorkbook wb, String file, ReadLimits limits) {
        if (wb.mostRows() <= limits.maxRows()) {
            return null;
        }
        return Finding.error(Location.ofFile(file), "有工作表行数过多（超过上限 " + limits.maxRows() + " 行）",
                "请删除多余的行；如确需更多，可用 -DmaxRows=行数 调高上限", null);
    }

    static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
