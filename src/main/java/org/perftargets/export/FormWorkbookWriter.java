package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

/**
 * Writes one project's sheet as an Excel workbook laid out like the official form (the grid of
 * official-form.md): six columns, the same merged cells, every cell ruled, 宋体, wrapped text,
 * money as numbers formatted {@code #,##0.00}, dates as date cells, A4 portrait fitted to one
 * page wide, the indicator header row repeated on every printed page.
 */
public final class FormWorkbookWriter {

    /** Column widths in characters, A to F; the widths of the printed form's grid. */
    private static final int[] WIDTHS = {12, 16, 16, 20, 12, 18};
    private static final float LINE_POINTS = 14.5f;

    /** Rows of the fixed part, 0-based: where the form's blocks start. */
    static final int FIRST_ATTRIBUTE_ROW = 2;
    static final int MONEY_ROW = 5;
    static final int GOALS_ROW = 9;
    static final int INDICATOR_HEADER_ROW = 11;

    private FormWorkbookWriter() {
    }

    public static void write(Project p, OutputStream out) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb);
            // A fixed sheet name: the project's name is in the file name, and any name would have to survive
            // Excel's sheet-name rules and the print-titles formula.
            Sheet s = wb.createSheet("申报表");
            for (int c = 0; c < WIDTHS.length; c++) {
                s.setColumnWidth(c, WIDTHS[c] * 256 + 200);
            }
            Grid g = new Grid(s, st);
            g.merged(0, 0, 0, 5, "财政项目支出绩效目标申报表", st.title);
            s.getRow(0).setHeightInPoints(28);
            g.merged(1, 1, 0, 5, "（" + (p.year() == null ? "" : p.year()) + "年度）", st.subtitle);

            int r = FIRST_ATTRIBUTE_ROW;
            g.label(r, 0, "项目名称");
            g.text(r, 1, p.name());
            g.label(r, 2, "项目性质");
            g.text(r, 3, p.nature());
            g.label(r, 4, "项目类别");
            g.text(r, 5, p.category());
            g.fit(r, p.name(), WIDTHS[1], p.nature(), WIDTHS[3], p.category(), WIDTHS[5]);
            r++;
            g.label(r, 0, "主管部门");
            g.text(r, 1, p.department());
            g.label(r, 2, "实施单位");
            g.merged(r, r, 3, 5, p.unit(), st.text);
            g.fit(r, p.department(), WIDTHS[1], p.unit(), WIDTHS[3] + WIDTHS[4] + WIDTHS[5]);
            r++;
            g.label(r, 0, "计划开始日期");
            g.date(r, 1, p.start());
            g.label(r, 2, "计划完成日期");
            g.date(r, 3, p.end());
            g.merge(r, r, 3, 5);

            r = MONEY_ROW;
            g.merged(r, r + 3, 0, 0, "项目资金（元）", st.label);
            String[] lifetimeLabels = {"项目资金总额", "其中：财政资金", "", "其他资金"};
            BigDecimal[] lifetime = {p.lifetime().total(), p.lifetime().fiscal(), null, p.lifetime().other()};
            String[] annualLabels = {"年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
            BigDecimal[] annual = {p.annual().total(), p.annual().appropriation(), p.annual().carryOver(), p.annual().other()};
            for (int i = 0; i < 4; i++) {
                g.label(r + i, 1, lifetimeLabels[i]);
                g.money(r + i, 2, lifetime[i]);
                g.label(r + i, 3, annualLabels[i]);
                g.money(r + i, 4, annual[i]);
                g.merge(r + i, r + i, 4, 5);
            }

            r = GOALS_ROW;
            g.merged(r, r + 1, 0, 0, "项目绩效目标", st.label);
            g.merged(r, r, 1, 2, "项目总目标", st.label);
            g.merged(r, r, 3, 5, "年度总体目标", st.label);
            g.merged(r + 1, r + 1, 1, 2, p.overallGoal(), st.goal);
            g.merged(r + 1, r + 1, 3, 5, p.annualGoal(), st.goal);
            g.fit(r + 1, p.overallGoal(), WIDTHS[1] + WIDTHS[2], p.annualGoal(), WIDTHS[3] + WIDTHS[4] + WIDTHS[5]);

            r = INDICATOR_HEADER_ROW;
            g.label(r, 1, "一级指标");
            g.label(r, 2, "二级指标");
            g.merged(r, r, 3, 4, "三级指标", st.label);
            g.label(r, 5, "年度(/项目)指标值");
            g.fit(r, "年度(/项目)指标值", WIDTHS[5]);
            List<Indicator> ind = p.indicators();
            int first = r + 1;
            for (int i = 0; i < ind.size(); i++) {
                Indicator x = ind.get(i);
                int row = first + i;
                g.text(row, 1, x.level1());
                g.text(row, 2, x.level2());
                g.merged(row, row, 3, 4, x.name(), st.text);
                g.text(row, 5, x.value().printed());
                g.fit(row, x.name(), WIDTHS[3] + WIDTHS[4], x.value().printed(), WIDTHS[5], x.level2(), WIDTHS[2]);
            }
            mergeGroups(g, ind, first);
            int last = Math.max(first + ind.size() - 1, r);
            g.merged(r, last, 0, 0, "绩效指标", st.label);

            s.setRepeatingRows(new CellRangeAddress(r, r, -1, -1));
            PrintSetup ps = s.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(false);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.setHorizontallyCenter(true);
            s.setMargin(Sheet.LeftMargin, 0.5);
            s.setMargin(Sheet.RightMargin, 0.5);
            wb.write(out);
        } finally {
            // Not close(): on a workbook made in memory it saves the whole package once more, into
            // memory, only to drop it (a quarter of the time of writing a form).
            wb.getPackage().revert();
        }
    }

    /** 一级 and 二级 cells span their groups, as on the printed form. */
    private static void mergeGroups(Grid g, List<Indicator> ind, int first) {
        int start1 = 0;
        int start2 = 0;
        for (int i = 1; i <= ind.size(); i++) {
            boolean end1 = i == ind.size() || !ind.get(i).level1().equals(ind.get(start1).level1());
            boolean end2 = end1 || !ind.get(i).level2().equals(ind.get(start2).level2());
            if (end2) {
                if (i - 1 > start2) {
                    g.merge(first + start2, first + i - 1, 2, 2);
                }
                start2 = i;
            }
            if (end1) {
                if (i - 1 > start1) {
                    g.merge(first + start1, first + i - 1, 1, 1);
                }
                start1 = i;
            }
        }
    }

    /** Writes cells of the grid, each ruled, and sizes rows so that wrapped text shows whole. */
    private static final class Grid {
        private final Sheet sheet;
        private final Styles st;

        Grid(Sheet sheet, Styles st) {
            this.sheet = sheet;
            this.st = st;
        }

        Cell cell(int r, int c) {
            Row row = sheet.getRow(r);
            if (row == null) {
                row = sheet.createRow(r);
                row.setHeightInPoints(LINE_POINTS + 6);
                for (int i = 0; i < WIDTHS.length; i++) {
                    row.createCell(i).setCellStyle(st.text);
                }
            }
            return row.getCell(c);
        }

        void label(int r, int c, String s) {
            Cell cell = cell(r, c);
            cell.setCellValue(s);
            cell.setCellStyle(st.label);
        }

        void text(int r, int c, String s) {
            Cell cell = cell(r, c);
            if (s != null && !s.isEmpty()) {
                cell.setCellValue(s);
            }
            cell.setCellStyle(st.text);
        }

        void money(int r, int c, BigDecimal b) {
            Cell cell = cell(r, c);
            cell.setCellStyle(st.money);
            if (b != null) {
                cell.setCellValue(b.doubleValue());
            }
        }

        void date(int r, int c, LocalDate d) {
            Cell cell = cell(r, c);
            cell.setCellStyle(st.date);
            if (d != null) {
                cell.setCellValue(d);
            }
        }

        void merged(int r1, int r2, int c1, int c2, String s, CellStyle style) {
            for (int r = r1; r <= r2; r++) {
                for (int c = c1; c <= c2; c++) {
                    cell(r, c).setCellStyle(style);
                }
            }
            if (s != null && !s.isEmpty()) {
                cell(r1, c1).setCellValue(s);
            }
            merge(r1, r2, c1, c2);
        }

        void merge(int r1, int r2, int c1, int c2) {
            if (r1 == r2 && c1 == c2) {
                return;
            }
            // Every cell of the grid already has a ruled style, so the merged region is ruled too.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r1, r2, c1, c2));
        }

        /** Row height for the tallest of (text, width in characters) pairs. */
        void fit(int r, Object... textsAndWidths) {
            int lines = 1;
            for (int i = 0; i + 1 < textsAndWidths.length; i += 2) {
                String text = (String) textsAndWidths[i];
                int width = (Integer) textsAndWidths[i + 1];
                lines = Math.max(lines, lines(text, width));
            }
            Row row = sheet.getRow(r);
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS + 6));
        }

        /** Lines a text wraps to in a column this many characters wide (a Chinese character is two). */
        static int lines(String text, int widthChars) {
            if (text == null || text.isEmpty()) {
                return 1;
            }
            int total = 0;
            for (String paragraph : text.split("\n", -1)) {
                int units = 0;
                for (int i = 0; i < paragraph.length(); i++) {
                    units += paragraph.charAt(i) < 0x2E80 ? 1 : 2;
                }
                int perLine = Math.max(1, widthChars - 1);
                total += Math.max(1, (units + perLine - 1) / perLine);
            }
            return total;
        }
    }

    /** The styles of the form, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle label;
        final CellStyle text;
        final CellStyle goal;
        final CellStyle money;
        final CellStyle date;

        Styles(Workbook wb) {
            XSSFFont body = font(wb, 10.5, false);
            XSSFFont bold = font(wb, 16, true);
            title = style(wb, body, false, HorizontalAlignment.CENTER);
            title.setFont(bold);
            subtitle = style(wb, body, false, HorizontalAlignment.CENTER);
            label = style(wb, body, true, HorizontalAlignment.CENTER);
            text = style(wb, body, true, HorizontalAlignment.LEFT);
            goal = style(wb, body, true, HorizontalAlignment.LEFT);
            goal.setVerticalAlignment(VerticalAlignment.TOP);
            money = style(wb, body, true, HorizontalAlignment.RIGHT);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            date = style(wb, body, true, HorizontalAlignment.CENTER);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        /** 宋体 with the GB2312 charset, so Excel and WPS use SimSun and others pick a Chinese serif. */
        private static XSSFFont font(Workbook wb, double points, boolean bold) {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setFontName("宋体");
            f.setCharSet(FontCharset.GB2312.getValue());
            f.setFontHeight(points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle style(Workbook wb, XSSFFont font, boolean ruled, HorizontalAlignment align) {
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
}
