package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.perftargets.form.DeclarationForm;
import org.perftargets.form.FormCell;
import org.perftargets.form.FormKind;
import org.perftargets.form.IndicatorColumn;
import org.perftargets.form.PlacedCell;
import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;
import org.perftargets.model.Project;

/**
 * Writes one project's form as an Excel workbook laid out like the printed one: the form kind's
 * grid walked cell by cell, with the same spans and column widths; every cell ruled, 宋体, wrapped
 * text, money as numbers formatted {@code #,##0.00}, dates as date cells, aligned as the PDF aligns
 * them; A4 portrait with 第 n 页 共 m 页 in the footer and the indicator header row repeated on
 * every printed page. The writer breaks the pages itself ({@link FormPages}), so that the 一级/二级
 * labels of a group running over a break are written again on the continued page; no row is
 * taller than Excel allows, a long goal going over several rows. The parts every form shares are
 * made once ({@link FormWorkbookTemplate}).
 */
public final class FormWorkbookWriter {

    /** Rows of the title and the year line; the grid starts below them. */
    static final int FIRST_GRID_ROW = 2;

    private FormWorkbookWriter() {
    }

    /** The declaration form (申报表) of a project. */
    public static void write(Project p, OutputStream out) throws IOException {
        write(DeclarationForm.KIND, p, p.indicators(), out);
    }

    /** A form of any kind, filled from {@code head} and its indicators. */
    public static void write(FormKind kind, FieldSource head, List<? extends FieldSource> indicators, OutputStream out)
            throws IOException {
        FormWorkbookTemplate st = FormWorkbookTemplate.of(kind);
        FormGrid g = new FormGrid(st, kind);
        int last = kind.widths().size() - 1;
        g.cell(0, 0, 0, last, kind.title(), st.title);
        g.height(0, 28);
        g.cell(1, 0, 1, last, kind.yearLine((Integer) head.get(Field.YEAR)), st.subtitle);

        int header = placeHead(g, st, kind, head);
        List<IndicatorColumn> columns = kind.indicators().columns();
        int c = 1;
        for (IndicatorColumn col : columns) {
            g.cell(header, c, header, c + col.columns() - 1, col.header(), st.label);
            c += col.columns();
        }
        int first = header + 1;
        int grouped = kind.indicators().groupedColumns();
        for (int i = 0; i < indicators.size(); i++) {
            c = 1;
            for (int k = 0; k < columns.size(); k++) {
                IndicatorColumn col = columns.get(k);
                // Every row holds its 一级/二级 (hidden under the group's merge), so that the label is
                // there when a page break cuts the group.
                Object v = indicators.get(i).get(col.field());
                g.cell(first + i, c, first + i, c + col.columns() - 1, v, k < grouped ? st.group : st.text);
                c += col.columns();
            }
        }
        int below = Math.max(first + indicators.size(), header + 1);
        for (PlacedCell p : kind.placedFooter()) {
            int r = below + p.row();
            Object value = p.cell().isValue() ? head.get(p.cell().field()) : p.cell().text();
            g.cell(r, p.column(), r + p.cell().rows() - 1, p.lastColumn(), value, st.style(p.cell().role()));
        }

        // The pages break where the rows' heights say; a group running over a break is cut there and
        // its label written again at the top of the continued page, as the PDF does.
        List<Integer> pageStarts = FormPages.keepTogether(FormPages.breaks(g.heights(), g.height(header)), first,
                first + indicators.size() - 1);
        g.pageStarts(pageStarts);
        List<int[]> segments = segments(first, first + indicators.size() - 1, pageStarts);
        mergeGroups(g, kind, indicators, first, pageStarts);
        // 绩效指标 at the top of its column on the first page; the column continues, empty, on the others.
        int firstEnd = segments.isEmpty() ? header : segments.get(0)[1];
        g.cell(header, 0, firstEnd, 0, kind.indicators().section(), st.group);
        for (int k = 1; k < segments.size(); k++) {
            g.cell(segments.get(k)[0], 0, segments.get(k)[1], 0, null, st.text);
        }
        st.write(g, header, out);
    }

    /**
     * Writes the cells above the indicators and returns the row of the indicator header. A goal too
     * long for one row (Excel's rows stop at 409 pt) goes over several, its text cut where a line
     * ends or between characters so that it reads on; the cells beside it span those rows.
     */
    private static int placeHead(FormGrid g, FormWorkbookTemplate st, FormKind kind, FieldSource head) {
        int formRows = kind.rows().size();
        int[] extra = new int[formRows];
        Map<PlacedCell, List<String>> cut = new HashMap<>();
        for (PlacedCell p : kind.placed()) {
            if (p.cell().rows() == 1 && p.cell().role() == FormCell.Role.GOAL
                    && cellContent(head.get(p.cell().field())) instanceof String text
                    && FormPages.mayNeedPieces(text, g.chars(p.column(), p.lastColumn()))) {
                List<String> pieces = FormPages.pieces(text, g.chars(p.column(), p.lastColumn()));
                if (pieces.size() > 1) {
                    cut.put(p, pieces);
                    extra[p.row()] = Math.max(extra[p.row()], pieces.size() - 1);
                }
            }
        }
        int[] start = new int[formRows + 1];
        start[0] = FIRST_GRID_ROW;
        for (int i = 0; i < formRows; i++) {
            start[i + 1] = start[i] + 1 + extra[i];
        }
        for (PlacedCell p : kind.placed()) {
            int top = start[p.row()];
            int bottom = start[p.lastRow() + 1] - 1;
            Object value = p.cell().isValue() ? head.get(p.cell().field()) : p.cell().text();
            short style = st.style(p.cell().role());
            List<String> pieces = cut.get(p);
            if (pieces == null) {
                g.cell(top, p.column(), bottom, p.lastColumn(), value, style);
                continue;
            }
            for (int k = 0; k < pieces.size(); k++) {
                g.cell(top + k, p.column(), top + k, p.lastColumn(), pieces.get(k), style);
            }
            if (top + pieces.size() <= bottom) {
                g.cell(top + pieces.size(), p.column(), bottom, p.lastColumn(), null, style);
            }
        }
        return start[formRows];
    }

    /** Rows from..to cut at the page starts among them, as [first, last] pairs. */
    private static List<int[]> segments(int from, int to, List<Integer> pageStarts) {
        List<int[]> out = new ArrayList<>();
        int a = from;
        for (int s : pageStarts) {
            if (s > a && s <= to) {
                out.add(new int[] {a, s - 1});
                a = s;
            }
        }
        if (a <= to) {
            out.add(new int[] {a, to});
        }
        return out;
    }

    /**
     * Grouped columns (一级, 二级) span their groups, as on the printed form; a group that runs over
     * a page break is two cells, each showing the label its first row holds.
     */
    private static void mergeGroups(FormGrid g, FormKind kind, List<? extends FieldSource> ind, int first,
            List<Integer> pageStarts) {
        List<IndicatorColumn> columns = kind.indicators().columns();
        int grouped = kind.indicators().groupedColumns();
        int[] start = new int[grouped];
        for (int i = 1; i <= ind.size(); i++) {
            boolean ends = i == ind.size();
            int column = 1;
            for (int k = 0; k < grouped; k++) {
                var field = columns.get(k).field();
                ends = ends || !Objects.equals(ind.get(i).get(field), ind.get(start[k]).get(field));
                if (ends) {
                    int lastColumn = column + columns.get(k).columns() - 1;
                    if (pageStarts.isEmpty()) {
                        g.merge(first + start[k], first + i - 1, column, lastColumn);
                    } else {
                        for (int[] seg : segments(first + start[k], first + i - 1, pageStarts)) {
                            g.merge(seg[0], seg[1], column, lastColumn);
                        }
                    }
                    start[k] = i;
                }
                column += columns.get(k).columns();
            }
        }
    }

    /** For the form grid: a value's cell content (text, amount or date) or null when blank. */
    static Object cellContent(Object v) {
        if (v instanceof BigDecimal || v instanceof LocalDate || v == null) {
            return v;
        }
        String s = v.toString();
        return s.isEmpty() ? null : s;
    }
}
