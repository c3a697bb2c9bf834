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
        cells = Map.copyOf(cells);
        multipliers = Map.copyOf(multipliers);
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
