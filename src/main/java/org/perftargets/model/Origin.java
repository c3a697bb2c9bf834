package org.perftargets.model;

import java.util.Map;

/**
 * Where a project or an indicator was read from: the workbook file name, the sheet, the
 * 1-based row, and for each field the cell it came from (such as {@code "E7"}).
 */
public record Origin(String file, String sheet, int row, Map<Field, String> cells) {

    public Origin {
        // In field order, not Map.copyOf's order, which changes from run to run.
        cells = cells.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(cells));
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
