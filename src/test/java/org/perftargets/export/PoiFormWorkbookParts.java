package org.perftargets.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perftargets.form.FormKind;

/**
 * The form workbook's shared parts as POI makes them of the form's settings (what the program did
 * before it wrote the parts itself): the reference {@link FormWorkbookTemplate}'s parts are held to.
 * Also the style indices POI gave the roles, in {@code styles}.
 */
final class PoiFormWorkbookParts {

    final Map<String, byte[]> parts = new LinkedHashMap<>();
    final Map<String, Short> styles = new LinkedHashMap<>();

    PoiFormWorkbookParts(FormKind kind) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFFont body = font(wb, 10.5, false);
            XSSFFont bold = font(wb, 16, true);
            CellStyle titleStyle = style(wb, bold, false, HorizontalAlignment.CENTER);
            styles.put("title", titleStyle.getIndex());
            styles.put("subtitle", style(wb, body, false, HorizontalAlignment.CENTER).getIndex());
            styles.put("label", style(wb, body, true, HorizontalAlignment.CENTER).getIndex());
            styles.put("text", style(wb, body, true, HorizontalAlignment.LEFT).getIndex());
            CellStyle goalStyle = style(wb, body, true, HorizontalAlignment.LEFT);
            goalStyle.setVerticalAlignment(VerticalAlignment.TOP);
            styles.put("goal", goalStyle.getIndex());
            CellStyle groupStyle = style(wb, body, true, HorizontalAlignment.CENTER);
            groupStyle.setVerticalAlignment(VerticalAlignment.TOP);
            styles.put("group", groupStyle.getIndex());
            CellStyle moneyStyle = style(wb, body, true, HorizontalAlignment.RIGHT);
            moneyStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            styles.put("money", moneyStyle.getIndex());
            CellStyle dateStyle = style(wb, body, true, HorizontalAlignment.LEFT);
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            styles.put("date", dateStyle.getIndex());

            // A fixed sheet name: the project's name is in the file name, and any name would have to survive
            // Excel's sheet-name rules and the print-titles formula.
            Sheet s = wb.createSheet(kind.shortName());
            double[] chars = FormGrid.columnChars(kind);
            for (int c = 0; c < chars.length; c++) {
                s.setColumnWidth(c, (int) Math.round(chars[c] * 256) + 200);
            }
            int indicatorHeader = FormWorkbookWriter.FIRST_GRID_ROW + kind.rows().size();
            s.setRepeatingRows(new CellRangeAddress(indicatorHeader, indicatorHeader, -1, -1));
            PrintSetup ps = s.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(false);
            // Fitted to one page wide: the columns are about 518 pt of the 523 between the margins
            // where the workbook's font is Calibri (Excel, WPS), so the scale is about 100 % and the
            // pages break where the writer put its breaks (FormPages); elsewhere (LibreOffice without
            // Calibri's metrics measures the columns about half as wide again) the fit keeps the form
            // on one page's width, and the manual breaks still hold in LibreOffice.
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.setHorizontallyCenter(true);
            s.setMargin(Sheet.LeftMargin, FormPages.SIDE_MARGIN_INCHES);
            s.setMargin(Sheet.RightMargin, FormPages.SIDE_MARGIN_INCHES);
            s.setMargin(Sheet.TopMargin, FormPages.TOP_MARGIN_INCHES);
            s.setMargin(Sheet.BottomMargin, FormPages.BOTTOM_MARGIN_INCHES);
            s.setMargin(Sheet.HeaderMargin, FormPages.HEADER_MARGIN_INCHES);
            s.setMargin(Sheet.FooterMargin, FormPages.FOOTER_MARGIN_INCHES);
            s.getFooter().setCenter("第 &P 页 共 &N 页");
            wb.getProperties().getCoreProperties().setCreated(Optional.of(FixedTime.CREATED));

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
        }
    }

    private static XSSFFont font(XSSFWorkbook wb, double points, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName("宋体");
        f.setCharSet(FontCharset.GB2312.getValue());
        f.setFontHeight(points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(XSSFWorkbook wb, XSSFFont font, boolean ruled, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (ruled) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
