package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.Map;

import org.perftargets.model.Field;

/**
 * The cells of one project or one indicator as a layout found them: the sheet, the 1-based row
 * the record is reported at, each field's cell (a blank cell where the field was looked for and
 * found empty), and for amounts the unit their column declares (10,000 for a （万元） column).
 */
record FoundRecord(String sheet, int row, Map<Field, CellValue> cells, Map<Field, BigDecimal> multipliers) {

    FoundRecord {
        // In field order, never in the per-run order of Map.copyOf: whatever walks them gives the same order each run.
        cells = cells.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(cells));
        multipliers = multipliers.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(multipliers));
    }

    FoundRecord(String sheet, int row, Map<Field, CellValue> cells) {
        this(sheet, row, cells, Map.of());
    }

    /** The field's cell; a blank one, nowhere, when the layout has no place for it. */
    CellValue get(Field f) {
        CellValue c = cells.get(f);
        return c == null ? CellValue.blank(null) : c;
    }

    BigDecimal multiplier(Field f) {
        return multipliers.getOrDefault(f, BigDecimal.ONE);
    }
}
