package org.perftargets.intake;

import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/** Reads a sheet's cells for any layout, within the cell-length limit (a longer text is cut, with an error). */
final class SheetCells {

    private final String file;
    private final Sheet sheet;
    private final ReadLimits limits;
    private final Consumer<Finding> problems;

    SheetCells(String file, Sheet sheet, ReadLimits limits, Consumer<Finding> problems) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
        this.problems = problems;
    }

    /** The cell at 0-based row and column; blank, with its address, where there is none. */
    CellValue value(int r, int c) {
        Row row = sheet.getRow(r);
        return read(row == null ? null : row.getCell(c), r, c);
    }

    /** A cell read as the one at row r, column c (a merged region's value is read from its first cell). */
    CellValue read(Cell cell, int r, int c) {
        String ref = new CellReference(r, c).formatAsString();
        if (cell == null) {
            return CellValue.blank(ref);
        }
        CellValue v = CellValues.of(cell, ref);
        if (v.text().length() > limits.maxCellChars()) {
            problems.accept(Finding.error(new Location(file, sheet.getSheetName(), r + 1, ref),
                    "单元格内容过长（" + v.text().length() + " 个字符，上限 " + limits.maxCellChars() + "）",
                    "请精简内容；如确需更长，可用 -DmaxCellChars=字符数 调高上限", null));
            return new CellValue(ref, v.text().substring(0, limits.maxCellChars()), v.number(), v.date(), v.formulaError());
        }
        return v;
    }
}
