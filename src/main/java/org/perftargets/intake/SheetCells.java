package org.perftargets.intake;

import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.model.CleanText;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/** Reads a sheet's cells for any layout, within the cell-length limit (a longer text is cut, with an error). */
final class SheetCells {

    private final String file;
    private final String sheetName;
    private final ReadLimits limits;
    private final Consumer<Finding> problems;

    private final Sheet sheet;

    SheetCells(String file, Sheet sheet, ReadLimits limits, Consumer<Finding> problems) {
        this(file, sheet, sheet.getSheetName(), limits, problems);
    }

    /** For a sheet read as a table, row by row: only {@link #read(CellValue, int, int)}. */
    SheetCells(String file, String sheetName, ReadLimits limits, Consumer<Finding> problems) {
        this(file, null, sheetName, limits, problems);
    }

    private SheetCells(String file, Sheet sheet, String sheetName, ReadLimits limits, Consumer<Finding> problems) {
        this.file = file;
        this.sheet = sheet;
        this.sheetName = sheetName;
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
        return checked(cell == null ? null : CellValues.of(cell, ref), ref, r);
    }

    /** A cell already read (a merged region's value is its first cell's) at row r, column c. */
    CellValue read(CellValue value, int r, int c) {
        String ref = A1Address.of(r, c);
        return checked(value == null ? null : value.withRef(ref), ref, r);
    }

    /** A cell already read at its own place; {@code null} reads as blank there. */
    CellValue readInPlace(CellValue value, int r, int c) {
        return value == null ? checked(null, A1Address.of(r, c), r) : checked(value, value.ref(), r);
    }

    private CellValue checked(CellValue value, String ref, int r) {
        if (value == null) {
            return CellValue.blank(ref);
        }
        CellValue v = withoutControlCharacters(value, r);
        if (v.text().length() > limits.maxCellChars()) {
            // Cut, so that memory stays bounded; the assembler holds its project back with an error.
            return v.cutAt(limits.maxCellChars());
        }
        return v;
    }

    /** A text written over several cells, read as one cell at {@code first}'s place (trimmed, within the limit). */
    CellValue joined(CellValue first, String text) {
        CellValue v = new CellValue(first.ref(), CleanText.trim(text), null, null, null);
        return v.text().length() > limits.maxCellChars() ? v.cutAt(limits.maxCellChars()) : v;
    }

    /**
     * Characters XML cannot carry, pasted from Word and the like (a vertical tab, U+0001, ESC,
     * U+FFFE): a vertical tab or form feed becomes a line break, the others are removed, and each
     * is reported at its cell, so no output fails on them and none disappears without a word.
     */
    private CellValue withoutControlCharacters(CellValue v, int r) {
        String text = v.text();
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return v;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!isControl(c)) {
                clean.append(c);
                continue;
            }
            boolean lineBreak = c == '\u000B' || c == '\u000C';
            if (lineBreak) {
                clean.append('\n');
            }
            problems.accept(Finding.warning(new Location(file, sheetName, r + 1, v.ref()),
                    "单元格中有不可见的控制字符 " + String.format("U+%04X", (int) c) + (lineBreak ? "，已改为换行" : "，已删除"),
                    "多为从 Word 等处粘贴带入；请核对该单元格的内容", null));
        }
        return v.withText(clean.toString());
    }

    /** Control characters other than tab, line feed and carriage return; the non-characters U+FFFE, U+FFFF. */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF;
    }
}
