package org.perftargets.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perftargets.model.Project;

/**
 * A table of a group as an Excel workbook, for people: each cell typed (money as numbers formatted
 * {@code #,##0.00}, dates as dates, text as text, so nothing becomes a formula and no apostrophe
 * is needed), the header row frozen and filterable, the columns sized. The same input gives the
 * same bytes: the document's date and every zip entry's time are fixed.
 */
final class TableWorkbook {

    private TableWorkbook() {
    }

    static <T> void write(Table<T> table, List<Project> projects, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000)) {
            SXSSFSheet s = wb.createSheet(table.name());
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0.00##"));

            List<Table.Column<T>> columns = table.columns();
            int[] widths = new int[columns.size()];
            Row h = s.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                widths[c] = width(columns.get(c).header());
            }
            int r = 1;
            for (T row : table.rows().apply(projects)) {
                Row x = s.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(row);
                    if (v == null || v instanceof String str && str.isEmpty()) {
                        continue;
                    }
                    Cell cell = x.createCell(c);
                    switch (columns.get(c).kind()) {
                        case TEXT -> cell.setCellValue((String) v);
                        case INTEGER -> cell.setCellValue(((Number) v).doubleValue());
                        case DATE -> {
                            cell.setCellValue((LocalDate) v);
                            cell.setCellStyle(date);
                        }
                        case MONEY -> {
                            cell.setCellValue(((BigDecimal) v).doubleValue());
                            cell.setCellStyle(money);
                        }
                        case NUMBER -> {
                            cell.setCellValue(((BigDecimal) v).doubleValue());
                            cell.setCellStyle(number);
                        }
                    }
                    widths[c] = Math.max(widths[c], width(columns.get(c).kind() == Table.Kind.MONEY ? "0,000,000,000.00"
                            : v.toString()));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                s.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
            }
            s.createFreezePane(0, 1);
            s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(FixedTime.CREATED));
            wb.write(bytes);
            wb.dispose();
        }
        FixedTime.restamp(bytes.toByteArray(), out);
    }

    /** Width in characters: a Chinese character counts two. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
