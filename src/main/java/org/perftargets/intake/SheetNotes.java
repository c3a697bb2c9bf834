package org.perftargets.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * Notes about sheets, so that no sheet is read or passed over unsaid: a hidden sheet a layout reads
 * is read like any other, with a note; a sheet with content that no layout reads gets a note too.
 */
final class SheetNotes {

    private SheetNotes() {
    }

    /** A sheet with content that the layout does not read. */
    static void notRead(String file, Sheet sheet, String why, FoundCells found) {
        if (hasContent(sheet)) {
            found.problem(Finding.warning(Location.ofSheet(file, sheet.getSheetName()), "这个工作表没有读取：" + why,
                    "如果其中有要申报的内容，请把它移到应读取的工作表中", null));
        }
    }

    /** A sheet with content that the layout does not read. */
    static void notRead(String file, TableSheet sheet, String why, FoundCells found) {
        if (sheet.hasContent()) {
            found.problem(Finding.warning(Location.ofSheet(file, sheet.name()), "这个工作表没有读取：" + why,
                    "如果其中有要申报的内容，请把它移到应读取的工作表中", null));
        }
    }

    /** A hidden sheet that the layout reads. */
    static void note(String file, TableSheet sheet, FoundCells found) {
        if (sheet.hidden()) {
            hidden(file, sheet.name(), found);
        }
    }

    private static void hidden(String file, String sheet, FoundCells found) {
        found.problem(Finding.warning(Location.ofSheet(file, sheet), "这个工作表是隐藏的，已照常读取",
                "如果其中的内容不应申报，请删除该工作表；否则可在 Excel 中取消隐藏以便核对", null));
    }

    private static boolean hasContent(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() != CellType.BLANK
                        && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                    return true;
                }
            }
        }
        return false;
    }

    static void note(String file, Workbook wb, Sheet sheet, FoundCells found) {
        int index = wb.getSheetIndex(sheet);
        if (wb.isSheetHidden(index) || wb.isSheetVeryHidden(index)) {
            hidden(file, sheet.getSheetName(), found);
        }
    }
}
