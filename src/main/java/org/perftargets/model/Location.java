package org.perftargets.model;

/**
 * A place in an input workbook, as finance staff would look for it. Any part may be unknown
 * ({@code null} or row 0): a whole file, a sheet, a row, or one cell.
 */
public record Location(String file, String sheet, int row, String cell) {

    public static Location ofFile(String file) {
        return new Location(file, null, 0, null);
    }

    public static Location ofSheet(String file, String sheet) {
        return new Location(file, sheet, 0, null);
    }

    /** For example {@code 申报.xlsx，工作表「项目」，单元格 M5}. */
    public String describe() {
        StringBuilder s = new StringBuilder(file == null ? "" : file);
        if (sheet != null) {
            s.append("，工作表「").append(sheet).append("」");
        }
        if (cell != null) {
            s.append("，单元格 ").append(cell);
        } else if (row > 0) {
            s.append("，第 ").append(row).append(" 行");
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
