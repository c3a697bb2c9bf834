package org.perftargets.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
import org.perftargets.form.FormCell;
import org.perftargets.form.FormKind;

/**
 * What every form workbook shares, made once with POI: the cell styles (宋体, rules, wrapping, the
 * money and date formats), the column widths, A4 portrait fitted to one page wide, the footer
 * 第 n 页 共 m 页, and the indicator header row repeated on every printed page. A form is this package with its own
 * worksheet rows: POI's user model spent most of a form's 3 to 4 ms on shared strings and XML
 * objects for cells that are written once and never read back.
 */
final class FormWorkbookTemplate {

    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    /** Every entry gets this time, so the same project gives the same bytes. */

    private static final Map<FormKind, FormWorkbookTemplate> BY_KIND = new ConcurrentHashMap<>();

    /** Style indices of the form's cells. */
    final short title;
    final short subtitle;
    final short label;
    final short text;
    final short goal;
    /** 一级/二级: centred at the top of their span, as printed. */
    final short group;
    final short money;
    final short date;

    private final List<Part> parts = new ArrayList<>();
    /**
     * The worksheet's XML before its dimension, between dimension and rows, after the rows up to
     * the footer (the page breaks go there), and the rest.
     */
    private final String beforeDimension;
    private final String beforeRows;
    private final String afterRows;
    private final String afterBreaks;
    /** The print titles as the template has them (the kind's indicator header row, when no goal is cut into rows). */
    private final String printTitles;

    private record Part(String name, byte[] bytes) {
    }

    /** The shared parts of a kind's form workbooks, made on first use. */
    static FormWorkbookTemplate of(FormKind kind) {
        return BY_KIND.computeIfAbsent(kind, FormWorkbookTemplate::new);
    }

    /** The style of a role of cell: labels and captions centred, amounts right, goals from the top. */
    short style(FormCell.Role role) {
        return switch (role) {
            case LABEL, CAPTION -> label;
            case TEXT, BLANK -> text;
            case DATE -> date;
            case MONEY -> money;
            case GOAL -> goal;
        };
    }

    private FormWorkbookTemplate(FormKind kind) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFFont body = font(wb, 10.5, false);
            XSSFFont bold = font(wb, 16, true);
            CellStyle titleStyle = style(wb, bold, false, HorizontalAlignment.CENTER);
            title = titleStyle.getIndex();
            subtitle = style(wb, body, false, HorizontalAlignment.CENTER).getIndex();
            label = style(wb, body, true, HorizontalAlignment.CENTER).getIndex();
            text = style(wb, body, true, HorizontalAlignment.LEFT).getIndex();
            CellStyle goalStyle = style(wb, body, true, HorizontalAlignment.LEFT);
            goalStyle.setVerticalAlignment(VerticalAlignment.TOP);
            goal = goalStyle.getIndex();
            CellStyle groupStyle = style(wb, body, true, HorizontalAlignment.CENTER);
            groupStyle.setVerticalAlignment(VerticalAlignment.TOP);
            group = groupStyle.getIndex();
            CellStyle moneyStyle = style(wb, body, true, HorizontalAlignment.RIGHT);
            moneyStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            money = moneyStyle.getIndex();
            CellStyle dateStyle = style(wb, body, true, HorizontalAlignment.LEFT);
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            date = dateStyle.getIndex();

            // A fixed sheet name: the project's name is in the file name, and any name would have to survive
            // Excel's sheet-name rules and the print-titles formula.
            Sheet s = wb.createSheet(kind.shortName());
            double[] chars = FormGrid.columnChars(kind);
            for (int c = 0; c < chars.length; c++) {
                s.setColumnWidth(c, (int) Math.round(chars[c] * 256) + 200);
            }
            int indicatorHeader = FormWorkbookWriter.FIRST_GRID_ROW + kind.rows().size();
            printTitles = printTitles(indicatorHeader);
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
            String sheet = null;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    byte[] content = zip.readAllBytes();
                    if (e.getName().equals(SHEET_PART)) {
                        sheet = new String(content, StandardCharsets.UTF_8);
                    }
                    parts.add(new Part(e.getName(), content));
                }
            }
            if (sheet == null) {
                throw new IllegalStateException("POI 生成的工作簿中没有 " + SHEET_PART);
            }
            int dimension = sheet.indexOf("<dimension ");
            int dimensionEnd = sheet.indexOf("/>", dimension) + 2;
            int rows = sheet.indexOf("<sheetData/>");
            if (dimension < 0 || rows < dimension) {
                throw new IllegalStateException("POI 生成的工作表结构与预期不同：" + sheet);
            }
            int footer = sheet.indexOf("</headerFooter>");
            if (footer < rows) {
                throw new IllegalStateException("POI 生成的工作表没有页脚：" + sheet);
            }
            footer += "</headerFooter>".length();
            beforeDimension = sheet.substring(0, dimension);
            beforeRows = sheet.substring(dimensionEnd, rows);
            afterRows = sheet.substring(rows + "<sheetData/>".length(), footer);
            afterBreaks = sheet.substring(footer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printTitles(int row) {
        return "!$" + (row + 1) + ":$" + (row + 1) + "<";
    }

    /**
     * Writes the package with the grid as its worksheet, the indicator header ({@code headerRow})
     * repeated on every printed page.
     */
    void write(FormGrid grid, int headerRow, OutputStream out) throws IOException {
        try (ZipOutputStream zip = FixedTime.zipOnto(out)) {
            for (Part p : parts) {
                ZipEntry e = FixedTime.entry(p.name());
                zip.putNextEntry(e);
                if (p.name().equals(SHEET_PART)) {
                    // Encoded as it is made, into the entry (flushed, not closed: the zip goes on).
                    Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    StringBuilder xml = new StringBuilder(8192).append(beforeDimension);
                    grid.appendDimension(xml);
                    xml.append(beforeRows);
                    grid.writeRowsAndMerges(xml, sheet);
                    xml.append(afterRows);
                    grid.appendRowBreaks(xml);
                    xml.append(afterBreaks);
                    sheet.append(xml);
                    sheet.flush();
                } else if (p.name().equals(WORKBOOK_PART) && !printTitles(headerRow).equals(printTitles)) {
                    // A goal cut into rows moves the header down.
                    String workbook = new String(p.bytes(), StandardCharsets.UTF_8);
                    zip.write(workbook.replace(printTitles, printTitles(headerRow)).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(p.bytes());
                }
                zip.closeEntry();
            }
        }
    }

    /** 宋体 with the GB2312 charset, so Excel and WPS use SimSun and others pick a Chinese serif. */
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
