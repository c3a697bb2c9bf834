package org.perftargets.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perftargets.form.DeclarationForm;
import org.perftargets.output.Group;
import org.perftargets.output.ReviewRows;

/**
 * 审核意见表: a title, then one row per review finding (序号, 实施单位, 项目名称, 位置, 审核要点, 问题,
 * 建议) and two columns for the reviewer, 审核结论 (a dropdown: 通过 / 修改后通过 / 不通过) and
 * 审核意见. Frozen header with filters, columns sized for their text, A4 landscape one page wide,
 * the header repeated on every printed page. The same group gives the same bytes.
 */
public final class ReviewSheetWriter {

    public static final List<String> HEADERS = List.of("序号", "实施单位", "项目名称", "位置", "审核要点", "问题", "建议", "审核结论",
            "审核意见");
    public static final List<String> CONCLUSIONS = List.of("通过", "修改后通过", "不通过");
    public static final String SHEET = "审核意见";
    /** Column widths in characters. */
    private static final int[] WIDTHS = {5, 12, 20, 26, 12, 40, 36, 11, 24};
    /** Header row (0-based); the title stands above it. */
    public static final int HEADER_ROW = 1;

    private ReviewSheetWriter() {
    }

    public static void write(Group group, OutputStream out) throws IOException {
        List<ReviewRows.Row> rows = ReviewRows.of(group);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Streamed (rows flushed to a temporary file past 1,000): a province's year has tens of
        // thousands of findings, and POI's in-memory sheet took about 1 KB of heap a cell.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000)) {
            SXSSFSheet s = wb.createSheet(SHEET);
            Font bold = wb.createFont();
            bold.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            CellStyle header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = bordered(wb);
            text.setWrapText(true);
            CellStyle number = bordered(wb);
            number.setAlignment(HorizontalAlignment.CENTER);
            CellStyle reviewer = bordered(wb);
            reviewer.setWrapText(true);
            reviewer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            reviewer.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Row t = s.createRow(0);
            Cell tc = t.createCell(0);
            tc.setCellValue(DeclarationForm.KIND.bookletTitle(group.key()).replace("汇总表", "审核意见表") + "（共 " + rows.size()
                    + " 条；审核结论请在下拉列表中选择）");
            tc.setCellStyle(title);
            t.setHeightInPoints(22);
            Row h = s.createRow(HEADER_ROW);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(c >= 7 ? reviewerHeader(wb, header) : header);
                s.setColumnWidth(c, WIDTHS[c] * 256 + 200);
            }
            for (ReviewRows.Row r : rows) {
                Row row = s.createRow(HEADER_ROW + r.number());
                String[] values = {"", r.unit(), text(r.project().name()), r.finding().location() == null ? "" : r.finding().location().describe(),
                        r.finding().point().label(), text(r.finding().problem()), text(r.finding().advice()), "", ""};
                Cell n = row.createCell(0);
                n.setCellValue(r.number());
                n.setCellStyle(number);
                for (int c = 1; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    if (!values[c].isEmpty()) {
                        cell.setCellValue(values[c]);
                    }
                    cell.setCellStyle(c >= 7 ? reviewer : text);
                }
                row.setHeightInPoints(lines(values) * 15f + 3);
            }
            int last = HEADER_ROW + Math.max(rows.size(), 1);
            s.createFreezePane(0, HEADER_ROW + 1);
            s.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + rows.size(), 0, HEADERS.size() - 1));
            if (!rows.isEmpty()) {
                DataValidationHelper dv = s.getDataValidationHelper();
                DataValidation v = dv.createValidation(dv.createExplicitListConstraint(CONCLUSIONS.toArray(String[]::new)),
                        new CellRangeAddressList(HEADER_ROW + 1, last, 7, 7));
                v.setShowErrorBox(true);
                v.createErrorBox("审核结论", "请从下拉列表中选择：" + String.join("、", CONCLUSIONS));
                v.setShowPromptBox(true);
                v.createPromptBox("审核结论", "请选择：" + String.join(" / ", CONCLUSIONS));
                s.addValidationData(v);
            }
            PrintSetup ps = s.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            s.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
            s.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
            s.getFooter().setCenter("第 &P 页，共 &N 页");
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(FixedTime.CREATED));
            wb.write(bytes);
            wb.dispose();
        }
        FixedTime.restamp(bytes.toByteArray(), out);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static CellStyle reviewerHeader(SXSSFWorkbook wb, CellStyle header) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(header);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        return s;
    }

    private static CellStyle bordered(SXSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** The lines the row's longest cell takes in its column (a Chinese character is two widths). */
    private static int lines(String[] values) {
        int most = 1;
        for (int c = 1; c < values.length; c++) {
            int width = 0;
            for (char ch : values[c].toCharArray()) {
                width += ch < 0x2E80 ? 1 : 2;
            }
            most = Math.max(most, (width + WIDTHS[c] - 1) / WIDTHS[c]);
        }
        return most;
    }
}
