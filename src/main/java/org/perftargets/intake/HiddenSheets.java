package org.perftargets.intake;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/** A hidden sheet a layout reads is read like any other, with a note, so nobody is surprised by its data. */
final class HiddenSheets {

    private HiddenSheets() {
    }

    static void note(String file, Workbook wb, Sheet sheet, FoundCells found) {
        int index = wb.getSheetIndex(sheet);
        if (wb.isSheetHidden(index) || wb.isSheetVeryHidden(index)) {
            found.problem(Finding.warning(Location.ofSheet(file, sheet.getSheetName()), "这个工作表是隐藏的，已照常读取",
                    "如果其中的内容不应申报，请删除该工作表；否则可在 Excel 中取消隐藏以便核对", null));
        }
    }
}
