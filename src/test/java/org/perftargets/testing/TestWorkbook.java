package org.perftargets.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks in test code, as .xlsx or .xls. Cell values: a String, a Number, a
 * LocalDate (a date cell), a {@link Formula} (evaluated so that it has a cached value), a
 * {@link Formatted} number, or null.
 */
public final class TestWorkbook {

    /** A formula cell, such as {@code new Formula("1/0")}. */
    public record Formula(String text) {
    }

    /** A formula stored without its result, as a script writes it and Excel never saved it (.xlsx only). */
    public record UncachedFormula(String text) {
    }

    /** A number shown through an Excel number format, such as {@code new Formatted(0.9, "0%")}. */
    public record Formatted(double value, String format) {
    }

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private final Map<String, List<int[]>> merges = new LinkedHashMap<>();
    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private final boolean xls;

    private TestWorkbook(boolean xls) {
        this.xls = xls;
    }

    public static TestWorkbook xlsx() {
        return new TestWorkbook(false);
    }

    public static TestWorkbook xls() {
        return new TestWorkbook(true);
    }

    public String extension() {
        return xls ? "xls" : "xlsx";
    }

    public TestWorkbook row(String sheet, Object... cells) {
        sheets.computeIfAbsent(sheet, k -> new ArrayList<>()).add(new ArrayList<>(java.util.Arrays.asList(cells)));
        return this;
    }

    public TestWorkbook blankRow(String sheet) {
        return row(sheet);
    }

    /** Merges rows first..last (0-based) of one column. */
    public TestWorkbook merge(String sheet, int firstRow, int lastRow, int col) {
        merges.computeIfAbsent(sheet, k -> new ArrayList<>()).add(new int[] {firstRow, lastRow, col});
        return this;
    }

    /** Hides a sheet, as Excel's 隐藏 does. */
    public TestWorkbook hide(String sheet) {
        hidden.add(sheet);
        return this;
    }

    public List<List<Object>> rows(String sheet) {
        return sheets.get(sheet);
    }

    public Path save(Path dir, String baseName) throws IOException {
        Path file = dir.resolve(baseName + "." + extension());
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet s = wb.createSheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    Row row = s.createRow(r);
                    List<Object> cells = e.getValue().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        set(row.createCell(c), cells.get(c), dateStyle);
                    }
                }
                for (int[] m : merges.getOrDefault(e.getKey(), List.of())) {
                    s.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[2]));
                }
            }
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                for (int r = 0; r < e.getValue().size(); r++) {
                    for (int c = 0; c < e.getValue().get(r).size(); c++) {
                        if (e.getValue().get(r).get(c) instanceof UncachedFormula) {
                            var cell = (org.apache.poi.xssf.usermodel.XSSFCell) wb.getSheet(e.getKey()).getRow(r).getCell(c);
                            cell.getCTCell().unsetV();
                            if (cell.getCTCell().isSetT()) {
                                cell.getCTCell().unsetT();
                            }
                        }
                    }
                }
                if (hidden.contains(e.getKey())) {
                    wb.setSheetHidden(wb.getSheetIndex(e.getKey()), true);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static void set(Cell cell, Object v, CellStyle dateStyle) {
        if (v == null) {
            return;
        }
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.text());
        } else if (v instanceof UncachedFormula f) {
            cell.setCellFormula(f.text());
        } else if (v instanceof Formatted f) {
            Workbook wb = cell.getSheet().getWorkbook();
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(f.format()));
            cell.setCellValue(f.value());
            cell.setCellStyle(style);
        } else {
            throw new IllegalArgumentException(String.valueOf(v));
        }
    }
}
