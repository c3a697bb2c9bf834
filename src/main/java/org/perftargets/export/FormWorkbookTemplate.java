package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.perftargets.form.FormCell;
import org.perftargets.form.FormKind;

/**
 * What every form workbook shares: the cell styles (宋体, rules, wrapping, the money and date
 * formats), the column widths, A4 portrait fitted to one page wide, the footer 第 n 页 共 m 页, and
 * the indicator header row repeated on every printed page. A form is this package with its own
 * worksheet rows. The parts are written here as the XML POI writes for these settings
 * ({@code FormWorkbookTemplateTest} holds them to POI's, byte for byte): made with POI's user model
 * they cost 0.37 s of a run's start (its XML beans), and POI spent most of a form's 3 to 4 ms on
 * shared strings and XML objects for cells written once and never read back.
 */
final class FormWorkbookTemplate {

    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String XML_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static final Map<FormKind, FormWorkbookTemplate> BY_KIND = new ConcurrentHashMap<>();

    /** Style indices of the form's cells, in the order of {@link #STYLES}. */
    final short title = 1;
    final short subtitle = 2;
    final short label = 3;
    final short text = 4;
    final short goal = 5;
    /** 一级/二级: centred at the top of their span, as printed. */
    final short group = 6;
    final short money = 7;
    final short date = 8;

    /**
     * The styles: fonts 0 Calibri 11 (the workbook's default), 1 宋体 10.5, 2 宋体 16 bold (宋体 with
     * the GB2312 charset, so Excel and WPS use SimSun and others pick a Chinese serif); borders 4 the
     * four thin rules; cell formats 1–8 as the fields above, all wrapped.
     */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><name val=\"宋体\"/><sz val=\"10.5\"/><charset val=\"134\"/></font>"
            + "<font><name val=\"宋体\"/><sz val=\"16.0\"/><charset val=\"134\"/><b val=\"true\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill></fills>"
            + "<borders count=\"5\"><border><left/><right/><top/><bottom/><diagonal/></border><border><top style=\"thin\"/></border>"
            + "<border><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "<border><left style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"9\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + xf(0, 2, 0, "center", "center") + xf(0, 1, 0, "center", "center") + xf(0, 1, 4, "center", "center")
            + xf(0, 1, 4, "left", "center") + xf(0, 1, 4, "left", "top") + xf(0, 1, 4, "center", "top")
            + xf(4, 1, 4, "right", "center") + xf(164, 1, 4, "left", "center") + "</cellXfs></styleSheet>";

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

    record Part(String name, byte[] bytes) {
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
        // A fixed sheet name: the project's name is in the file name, and any name would have to survive
        // Excel's sheet-name rules and the print-titles formula.
        String sheet = kind.shortName();
        int indicatorHeader = FormWorkbookWriter.FIRST_GRID_ROW + kind.rows().size();
        printTitles = printTitles(indicatorHeader);
        part("[Content_Types].xml", XML_STANDALONE + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
                + override("application/vnd.openxmlformats-officedocument.extended-properties+xml", "/docProps/app.xml")
                + override("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml")
                + override("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml", "/xl/sharedStrings.xml")
                + override("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", "/xl/styles.xml")
                + override("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml")
                + override("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml", "/xl/worksheets/sheet1.xml")
                + "</Types>");
        part("_rels/.rels", XML_STANDALONE + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + relationship("rId1", "xl/workbook.xml", RELATIONSHIPS + "/officeDocument")
                + relationship("rId2", "docProps/app.xml", RELATIONSHIPS + "/extended-properties")
                + relationship("rId3", "docProps/core.xml", PACKAGE_RELATIONSHIPS + "/metadata/core-properties")
                + "</Relationships>");
        part("docProps/app.xml", XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Apache POI</Application></Properties>");
        part("docProps/core.xml", XML_STANDALONE + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + FixedTime.CREATED.toInstant() + "</dcterms:created><dc:creator>Apache POI</dc:creator></cp:coreProperties>");
        part("xl/sharedStrings.xml", XML + "<sst count=\"0\" uniqueCount=\"0\" xmlns=\"" + MAIN + "\"/>");
        part("xl/styles.xml", STYLES);
        part(WORKBOOK_PART, XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><workbookPr date1904=\"false\"/>"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets><sheet name=\"" + sheet + "\" r:id=\"rId3\" sheetId=\"1\"/>"
                + "</sheets><definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + sheet + printTitles
                + "/definedName></definedNames></workbook>");
        part("xl/_rels/workbook.xml.rels", XML_STANDALONE + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + relationship("rId1", "sharedStrings.xml", RELATIONSHIPS + "/sharedStrings")
                + relationship("rId2", "styles.xml", RELATIONSHIPS + "/styles")
                + relationship("rId3", "worksheets/sheet1.xml", RELATIONSHIPS + "/worksheet") + "</Relationships>");
        part(SHEET_PART, ""); // made for each form by write()
        beforeDimension = XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetPr><pageSetUpPr fitToPage=\"true\" autoPageBreaks=\"true\"/></sheetPr>";
        StringBuilder cols = new StringBuilder();
        double[] chars = FormGrid.columnChars(kind);
        for (int c = 0; c < chars.length; c++) {
            // Excel's width unit, 1/256 of a character, as POI's setColumnWidth keeps it.
            double width = ((int) Math.round(chars[c] * 256) + 200) / 256.0;
            cols.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(width)
                    .append("\" customWidth=\"true\"/>");
        }
        beforeRows = "<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\"/></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>" + cols + "</cols>";
        // Fitted to one page wide: the columns are about 518 pt of the 523 between the margins where the
        // workbook's font is Calibri (Excel, WPS), so the scale is about 100 % and the pages break where the
        // writer put its breaks (FormPages); elsewhere (LibreOffice without Calibri's metrics measures the
        // columns about half as wide again) the fit keeps the form on one page's width, and the manual
        // breaks still hold in LibreOffice.
        afterRows = "<printOptions horizontalCentered=\"true\"/><pageMargins bottom=\"" + FormPages.BOTTOM_MARGIN_INCHES
                + "\" footer=\"" + FormPages.FOOTER_MARGIN_INCHES + "\" header=\"" + FormPages.HEADER_MARGIN_INCHES
                + "\" left=\"" + FormPages.SIDE_MARGIN_INCHES + "\" right=\"" + FormPages.SIDE_MARGIN_INCHES
                + "\" top=\"" + FormPages.TOP_MARGIN_INCHES + "\"/>"
                + "<pageSetup usePrinterDefaults=\"false\" paperSize=\"9\" orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                + "<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>";
        afterBreaks = "</worksheet>";
    }

    /** One cell format of the styles: a number format, a font, a border, wrapped and aligned. */
    private static String xf(int numFmt, int font, int border, String horizontal, String vertical) {
        return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"0\" borderId=\"" + border + "\" xfId=\"0\""
                + " applyFont=\"true\" applyAlignment=\"true\"" + (border > 0 ? " applyBorder=\"true\"" : "")
                + (numFmt > 0 ? " applyNumberFormat=\"true\"" : "") + "><alignment wrapText=\"true\" horizontal=\"" + horizontal
                + "\" vertical=\"" + vertical + "\"/></xf>";
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    private void part(String name, String xml) {
        parts.add(new Part(name, xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The parts as they are written (the worksheet's empty here), and the worksheet with no rows: for the test against POI's. */
    List<Part> parts() {
        return parts;
    }

    String emptySheet() {
        return beforeDimension + "<dimension ref=\"A1\"/>" + beforeRows + "<sheetData/>" + afterRows + afterBreaks;
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
}
