package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.perftargets.form.FormCell;
import org.perftargets.form.FormKind;
import org.perftargets.form.IndicatorColumn;
import org.perftargets.form.PlacedCell;
import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;

/**
 * Everything one form prints, as text ready for the template: the form kind's grid walked with
 * one project's values. The template decides only how each role of cell looks.
 */
public record FormView(
        FormKind kind,
        String title,
        String yearLine,
        String year,
        String name,
        String department,
        List<Integer> widths,
        List<List<CellView>> rows,
        String section,
        List<CellText> headers,
        List<Integer> indicatorWidths,
        List<IndicatorRow> indicators,
        List<IndicatorPage> pages,
        List<List<CellView>> footer,
        boolean upperPart) {

    /**
     * The indicator lines that go on one page: a continued page ({@code continued}) starts on a new
     * page with the 续 line and the header row, and its first line repeats the 一级/二级 labels.
     */
    public record IndicatorPage(boolean continued, List<IndicatorRow> rows) {
    }

    /**
     * One cell above the indicators: its role (label, caption, text, date, money, goal, blank) and
     * text (a string, or markup setting rare characters in the fallback font: {@link FallbackText}).
     */
    public record CellView(String role, CellText text, int colspan, int rowspan, boolean value) {
    }

    /**
     * Indicator lines per row group ({@code <tbody>}) of the printed table, shared with the template as
     * {@code indicatorPart}: no 一级/二级 span crosses a part, whose first line repeats the group's text.
     * Flying Saucer's layout and painting walk the rows of one row group for each row (margin collapsing,
     * cell widths, the boxes of each page): one group of 20,000 lines took 42 s of CPU, 40,000 lines 132 s;
     * parts of 100 keep the form's time linear. A form of up to 100 indicators is one part, as before.
     */
    static final int PART_ROWS = 100;

    static FormView of(FormKind kind, FieldSource head, List<? extends FieldSource> indicators) {
        List<List<CellView>> rows = cells(kind, kind.rows(), kind.placed(), head);
        Object year = head.get(Field.YEAR);
        List<IndicatorRow> lines = rows(kind, indicators);
        return new FormView(kind, kind.title(), kind.yearLine((Integer) year), Printed.value(year),
                Printed.value(head.get(Field.NAME)),
                Printed.value(head.get(Field.DEPARTMENT)), kind.widths(), List.copyOf(rows),
                kind.indicators().section(), headers(kind),
                kind.indicatorWidths(), lines, List.of(new IndicatorPage(false, lines)), cells(kind, kind.footer(), kind.placedFooter(), head),
                true);
    }

    /** The name as the 续 line prints it. */
    public Object continuedName() {
        return FallbackText.of(name);
    }

    /**
     * The same form with its indicator lines on pages starting at the given lines (ascending; 0
     * when none goes on the form's first page): every part after the first is a continued page, whose group cells span only its
     * own lines, so every page's table is closed and names the groups it carries on.
     */
    FormView brokenAt(List<Integer> starts) {
        List<IndicatorPage> parts = new ArrayList<>(starts.size() + 1);
        int from = 0;
        for (int k = 0; k <= starts.size(); k++) {
            int to = k < starts.size() ? starts.get(k) : indicators.size();
            if (to > from) {
                parts.add(new IndicatorPage(k > 0, spanned(indicators.subList(from, to))));
            }
            from = to;
        }
        return new FormView(kind, title, yearLine, year, name, department, widths, rows, section, headers, indicatorWidths,
                indicators, List.copyOf(parts), footer, upperPart);
    }

    /**
     * Lines {@code from} to {@code to} (exclusive) of the form, on pages starting at the given lines
     * (absolute, ascending; those outside the range are ignored), as one part of a long form laid out
     * in parts ({@link FormInParts}): the title and the grid above the indicators ({@code upperPart})
     * only in the part that starts the form, the rows below them only in the part that ends it. A part
     * that starts inside the form starts with a continued page.
     */
    FormView part(int from, int to, List<Integer> starts) {
        List<Integer> within = new ArrayList<>();
        if (from > 0) {
            within.add(0);
        }
        for (int s : starts) {
            if (s >= from && s < to && !(from > 0 && s == from)) {
                within.add(s - from);
            }
        }
        FormView lines = new FormView(kind, title, yearLine, year, name, department, widths, rows, section, headers,
                indicatorWidths, indicators.subList(from, to), pages, to == indicators.size() ? footer : List.of(), from == 0);
        return lines.brokenAt(within);
    }

    /**
     * Lines whose grouped cells span consecutive lines with the same value (in that column and
     * every grouped column before it), as on the printed form, counted within these lines only and
     * within each row group of {@link #PART_ROWS} lines.
     */
    private static List<IndicatorRow> spanned(List<IndicatorRow> lines) {
        int n = lines.size();
        int grouped = n == 0 ? 0 : lines.get(0).groups().size();
        int[][] span = new int[grouped][n];
        int[] start = new int[grouped];
        for (int i = 1; i <= n; i++) {
            boolean ends = i == n || i % PART_ROWS == 0;
            for (int k = 0; k < grouped; k++) {
                ends = ends || !Objects.equals(lines.get(i).groups().get(k).typed(), lines.get(start[k]).groups().get(k).typed());
                if (ends) {
                    span[k][start[k]] = i - start[k];
                    start[k] = i;
                }
            }
        }
        List<IndicatorRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<IndicatorRow.Group> groups = new ArrayList<>(grouped);
            for (int k = 0; k < grouped; k++) {
                IndicatorRow.Group g = lines.get(i).groups().get(k);
                groups.add(new IndicatorRow.Group(g.typed(), g.text(), span[k][i]));
            }
            out.add(new IndicatorRow(List.copyOf(groups), lines.get(i).cells()));
        }
        return List.copyOf(out);
    }

    /** Rows of a form's grid, each cell's text from {@code head} or its fixed label. */
    private static List<CellText> headers(FormKind kind) {
        List<IndicatorColumn> columns = kind.indicators().columns();
        List<CellText> out = new ArrayList<>(columns.size());
        for (int k = 0; k < columns.size(); k++) {
            out.add(CellText.of(columns.get(k).header(), kind.indicatorWidths().get(k + 1)));
        }
        return List.copyOf(out);
    }

    private static List<List<CellView>> cells(FormKind kind, List<List<FormCell>> grid, List<PlacedCell> placed,
            FieldSource head) {
        java.util.Iterator<PlacedCell> at = placed.iterator();
        List<List<CellView>> rows = new ArrayList<>();
        for (List<FormCell> row : grid) {
            List<CellView> cells = new ArrayList<>(row.size());
            for (FormCell c : row) {
                String text = c.isValue() ? Printed.value(head.get(c.field())) : c.text();
                // An amount never wraps (form.css), so it has no last characters to keep together.
                PlacedCell place = at.next();
                CellText printed = c.role() == FormCell.Role.MONEY ? CellText.whole(text)
                        : CellText.of(text, kind.width(place.column(), c.columns()));
                cells.add(new CellView(c.role().name().toLowerCase(Locale.ROOT), printed, c.columns(), c.rows(),
                        c.isValue()));
            }
            rows.add(List.copyOf(cells));
        }
        return List.copyOf(rows);
    }

    /**
     * The indicator lines. Consecutive lines with the same value in a grouped column (and in every
     * grouped column before it) share one cell spanning them, as on the printed form.
     */
    static List<IndicatorRow> rows(FormKind kind, List<? extends FieldSource> indicators) {
        List<IndicatorColumn> columns = kind.indicators().columns();
        int grouped = kind.indicators().groupedColumns();
        List<Integer> widths = kind.indicatorWidths();
        List<IndicatorRow> rows = new ArrayList<>(indicators.size());
        for (FieldSource indicator : indicators) {
            List<IndicatorRow.Group> groups = new ArrayList<>(grouped);
            List<CellText> cells = new ArrayList<>(columns.size() - grouped);
            for (int k = 0; k < columns.size(); k++) {
                String text = Printed.value(indicator.get(columns.get(k).field()));
                if (k < grouped) {
                    groups.add(new IndicatorRow.Group(text, CellText.of(text, widths.get(k + 1)), 0));
                } else {
                    cells.add(CellText.of(text, widths.get(k + 1)));
                }
            }
            rows.add(new IndicatorRow(List.copyOf(groups), List.copyOf(cells)));
        }
        return spanned(rows);
    }
}
