package org.perftargets.intake;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** Reads a POI cell into a {@link CellValue}: formulas by their cached result, never evaluated. */
final class CellValues {

    private CellValues() {
    }

    static CellValue of(Cell cell, String ref) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC: {
                if (DateUtil.isCellDateFormatted(cell)) {
                    var date = cell.getLocalDateTimeCellValue().toLocalDate();
                    return new CellValue(ref, date.toString(), null, date, null);
                }
                double d = cell.getNumericCellValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return new CellValue(ref, "", null, null, "#NUM!");
                }
                BigDecimal n = BigDecimal.valueOf(d).stripTrailingZeros();
                if (n.scale() < 0) {
                    n = n.setScale(0);
                }
                return new CellValue(ref, n.toPlainString(), n, null, null);
            }
            case STRING:
                return new CellValue(ref, CleanText.trim(cell.getStringCellValue()), null, null, null);
            case BOOLEAN:
                return new CellValue(ref, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null, null);
            case ERROR: {
                String err;
                try {
                    err = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (RuntimeException e) {
                    err = "#错误";
                }
                return new CellValue(ref, "", null, null, err);
            }
            default:
                return CellValue.blank(ref);
        }
    }
}
