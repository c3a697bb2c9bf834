package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.perftargets.form.DeclarationForm;
import org.perftargets.form.FormKind;
import org.perftargets.form.IndicatorColumn;
import org.perftargets.form.PlacedCell;
import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;
import org.perftargets.model.Project;

/**
 * Writes one project's form as an Excel workbook laid out like the printed one: the form kind's
 * grid walked cell by cell, with the same spans and column widths; every cell ruled, 宋体, wrapped
 * text, money as numbers formatted {@code #,##0.00}, dates as date cells, A4 portrait fitted to one
 * page wide, the indicator header row repeated on every printed page. The parts every form
 * shares are made once ({@link FormWorkbookTemplate}).
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

        for (PlacedCell p : kind.placed()) {
            int r = FIRST_GRID_ROW + p.row();
            Object value = p.cell().isValue() ? head.get(p.cell().field()) : p.cell().text();
            g.cell(r, p.column(), r + p.cell().rows() - 1, p.lastColumn(), value, st.style(p.cell().role()));
        }

        int header = FIRST_GRID_ROW + kind.rows().size();
        List<IndicatorColumn> columns = kind.indicators().columns();
        int c = 1;
        for (IndicatorColumn col : columns) {
            g.cell(header, c, header, c + col.columns() - 1, col.header(), st.label);
            c += col.columns();
        }
        int first = header + 1;
        for (int i = 0; i < indicators.size(); i++) {
            c = 1;
            for (IndicatorColumn col : columns) {
                Object v = indicators.get(i).get(col.field());
                g.cell(first + i, c, first + i, c + col.columns() - 1, v, st.text);
                c += col.columns();
            }
        }
        mergeGroups(g, kind, indicators, first);
        g.cell(header, 0, Math.max(first + indicators.size() - 1, header), 0, kind.indicators().section(), st.label);
        int below = Math.max(first + indicators.size(), header + 1);
        for (PlacedCell p : kind.placedFooter()) {
            int r = below + p.row();
            Object value = p.cell().isValue() ? head.get(p.cell().field()) : p.cell().text();
            g.cell(r, p.column(), r + p.cell().rows() - 1, p.lastColumn(), value, st.style(p.cell().role()));
        }
        st.write(g, out);
    }

    /** Grouped columns (一级, 二级) span their groups, as on the printed form. */
    private static void mergeGroups(FormGrid g, FormKind kind, List<? extends FieldSource> ind, int first) {
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
                    g.merge(first + start[k], first + i - 1, column, column + columns.get(k).columns() - 1);
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
