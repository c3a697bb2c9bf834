package org.perftargets.model;

import java.util.Map;

/**
 * Where a project or an indicator was read from: the workbook file name, the sheet, the
 * 1-based row, and for each field the cell it came from (such as {@code "E7"}).
 */
public record Origin(String file, String sheet, int row, Map<Field, String> cells) {

    public Origin {
        // In field order, not Map.copyOf's order, which changes from run to run.
        if (!(cells instanceof RowCells)) {
            cells = cells.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(cells));
        }
    }

    /**
     * A row of a table whose fields sit in the given columns ({@code "E"}), shared by all its rows:
     * each cell's address is made when asked for. A map of addresses per indicator was a quarter
     * of the model's memory at 340,000 indicators.
     */
    public static Origin ofColumns(String file, String sheet, int row, Map<Field, String> columns) {
        return new Origin(file, sheet, row, new RowCells(columns, row));
    }

    /** The cells of one row: each field's column and the row number, in the columns' order. */
    private static final class RowCells extends java.util.AbstractMap<Field, String> {
        private final Map<Field, String> columns;
        private final int row;

        RowCells(Map<Field, String> columns, int row) {
            this.columns = columns;
            this.row = row;
        }

        @Override
        public String get(Object field) {
            String column = columns.get(field);
            return column == null ? null : column + row;
        }

        @Override
        public boolean containsKey(Object field) {
            return columns.containsKey(field);
        }

        @Override
        public int size() {
            return columns.size();
        }

        @Override
        public java.util.Set<Map.Entry<Field, String>> entrySet() {
            java.util.Set<Map.Entry<Field, String>> entries = new java.util.LinkedHashSet<>();
            columns.forEach((f, c) -> entries.add(Map.entry(f, c + row)));
            return java.util.Collections.unmodifiableSet(entries);
        }
    }

    public static Origin ofRow(String file, String sheet, int row) {
        return new Origin(file, sheet, row, Map.of());
    }

    /** The location of one field's cell, or of the row where that field's cell is not known. */
    public Location at(Field field) {
        return new Location(file, sheet, row, cells.get(field));
    }

    /** The location of the row as a whole. */
    public Location location() {
        return new Location(file, sheet, row, null);
    }
}
