package org.perftargets.intake;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.perftargets.model.CleanText;

/** Reads a POI cell into a {@link CellValue}: formulas by their cached result, never evaluated. */
final class CellValues {

    /**
     * Excel keeps and shows 15 significant digits; a double's further digits are binary noise
     * (a cached {@code =1234.56+789.12} is 2023.6799999999998), not something the user wrote.
     */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** DataFormatter is not thread-safe; it is only needed for the rare percent-formatted cell. */
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> new DataFormatter(Locale.ROOT));

    private CellValues() {
    }

    static CellValue of(Cell cell, String ref) {
        if (cell instanceof XSSFCell x && isDamaged(x)) {
            return CellValue.damaged(ref);
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            String formula = formulaText(cell);
            if (!hasCachedResult(cell)) {
                return new CellValue(ref, "", null, null, null, formula, false);
            }
            CellValue v = cached(cell, ref, cell.getCachedFormulaResultType());
            return new CellValue(ref, v.text(), v.number(), v.date(), v.formulaError(), formula, true);
        }
        return cached(cell, ref, type);
    }

    /**
     * An .xlsx cell whose stored value POI would read as blank or fail on: a shared string that is
     * not there, a number that is not one. Said at the cell, as the streamed reading says it.
     */
    private static boolean isDamaged(XSSFCell x) {
        CTCell ct = x.getCTCell();
        if (!ct.isSetV() || ct.isSetF()) {
            return false; // formulas: their cached results are read as before
        }
        String v = ct.getV();
        if (ct.getT() == STCellType.S) {
            var strings = x.getSheet().getWorkbook().getSharedStringSource();
            try {
                int i = Integer.parseInt(v.trim());
                return strings == null || i < 0 || i >= strings.getCount();
            } catch (NumberFormatException e) {
                return true;
            }
        }
        if (ct.getT() == STCellType.N || !ct.isSetT()) {
            try {
                return !v.isBlank() && !Double.isFinite(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return false;
    }

    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "?"; // a formula POI cannot print is still a formula
        }
    }

    /** An .xlsx formula cell with no stored value ({@code <v>}); .xls formula records always carry one. */
    /**
     * Whether an .xlsx formula cell carries a result Excel computed. Scripts write formulas without
     * one: no {@code <v>} at all, an empty {@code <v/>} for a number (openpyxl), or a {@code <v>0</v>}
     * placeholder with the workbook told to recalculate on opening (XlsxWriter: fullCalcOnLoad).
     * Such a cell is an error at the cell, never 0. (.xls formula records always carry a result.)
     */
    private static boolean hasCachedResult(Cell cell) {
        if (!(cell instanceof XSSFCell x)) {
            return true;
        }
        CTCell ct = x.getCTCell();
        if (ct.getT() == STCellType.INLINE_STR) {
            return ct.isSetIs();
        }
        if (!ct.isSetV()) {
            return false;
        }
        String v = ct.getV();
        boolean text = ct.getT() == STCellType.STR;
        if (!text && (v == null || v.isBlank())) {
            return false;
        }
        return !(recalculatesOnOpening(x) && (v == null || v.isBlank() || !text && isZero(v)));
    }

    private static boolean recalculatesOnOpening(XSSFCell cell) {
        var wb = cell.getSheet().getWorkbook().getCTWorkbook();
        return wb.isSetCalcPr() && wb.getCalcPr().isSetFullCalcOnLoad() && wb.getCalcPr().getFullCalcOnLoad();
    }

    private static boolean isZero(String v) {
        try {
            return Double.parseDouble(v) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static CellValue cached(Cell cell, String ref, CellType type) {
        switch (type) {
            case NUMERIC:
                return numeric(ref, cell.getNumericCellValue(), NumberStyle.of(cell.getCellStyle()),
                        DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null);
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

    /** A number as Excel shows it; {@code date} is its day where the cell is formatted as a date. */
    static CellValue numeric(String ref, double d, NumberStyle style, LocalDate date) {
        if (date != null) {
            return new CellValue(ref, date.toString(), null, date, null);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return new CellValue(ref, "", null, null, "#NUM!");
        }
        BigDecimal n;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            n = BigDecimal.valueOf((long) d); // a whole number of at most 15 digits, as the general way gives it, faster
        } else {
            n = BigDecimal.valueOf(d).round(EXCEL_PRECISION).stripTrailingZeros();
            if (n.scale() < 0) {
                n = n.setScale(0);
            }
        }
        return new CellValue(ref, percentShown(style, d).orElse(n.toPlainString()), n, null, null);
    }

    /** The text of a formula's error result (#DIV/0!), or #错误 for one POI does not know. */
    static String errorText(String code) {
        try {
            return FormulaError.forString(code).getString();
        } catch (RuntimeException e) {
            return "#错误";
        }
    }

    /**
     * A cell formatted as a percentage shows 0.9 as 90%: that is what the user wrote, and what a
     * text (an indicator value) must keep. The number stays 0.9 for readers of numbers.
     */
    private static Optional<String> percentShown(NumberStyle style, double d) {
        String format = style == null ? null : style.format();
        if (format == null || format.indexOf('%') < 0) {
            return Optional.empty();
        }
        return Optional.of(CleanText.trim(FORMATTER.get().formatRawCellContents(d, style.index(), format)));
    }
}
