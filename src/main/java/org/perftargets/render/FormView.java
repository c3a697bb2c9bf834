package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.perftargets.form.FormCell;
import org.perftargets.form.FormKind;
import org.perftargets.form.IndicatorColumn;
import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;

/**
 * Everything one form prints, as text ready for the template: the form kind's grid walked with
 * one project's values. The template decides only how each role of cell looks.
 */
public record FormView(
        String title,
        String yearLine,
        String year,
        String name,
        String department,
        List<Integer> widths,
        List<List<CellView>> rows,
        String section,
        List<String> headers,
        List<Integer> indicatorWidths,
        List<IndicatorRow> indicators,
        List<List<CellView>> footer) {

    /**
     * One cell above the indicators: its role (label, caption, text, date, money, goal, blank) and
     * text (a string, or markup setting rare characters in the fallback font: {@link FallbackText}).
     */
    public record CellView(String role, Object text, int colspan, int rowspan, boolean value) {
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
        List<List<CellView>> rows = cells(kind.rows(), head);
        Object year = head.get(Field.YEAR);
        return new FormView(kind.title(), kind.yearLine((Integer) year), Printed.value(year),
                Printed.value(head.get(Field.NAME)),
                Printed.value(head.get(Field.DEPARTMENT)), kind.widths(), List.copyOf(rows),
                kind.indicators().section(), kind.indicators().columns().stream().map(IndicatorColumn::header).toList(),
                kind.indicatorWidths(), rows(kind, indicators), cells(kind.footer(), head));
    }

    /** Rows of a form's grid, each cell's text from {@code head} or its fixed label. */
    private static List<List<CellView>> cells(List<List<FormCell>> grid, FieldSource head) {
        List<List<CellView>> rows = new ArrayList<>();
        for (List<FormCell> row : grid) {
            List<CellView> cells = new ArrayList<>(row.size());
            for (FormCell c : row) {
                String text = c.isValue() ? Printed.value(head.get(c.field())) : c.text();
                cells.add(new CellView(c.role().name().toLowerCase(Locale.ROOT), FallbackText.of(text), c.columns(), c.rows(),
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
        int n = indicators.size();
        String[][] text = new String[n][columns.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < columns.size(); k++) {
                text[i][k] = Printed.value(indicators.get(i).get(columns.get(k).field()));
            }
        }
        int[][] span = new int[grouped][n];
        int[] start = new int[grouped];
        for (int i = 1; i <= n; i++) {
            boolean ends = i == n || i % PART_ROWS == 0;
            for (int k = 0; k < grouped; k++) {
                ends = ends || !Objects.equals(text[i][k], text[start[k]][k]);
                if (ends) {
                    span[k][start[k]] = i - start[k];
                    start[k] = i;
                }
            }
        }
        List<IndicatorRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<IndicatorRow.Group> groups = new ArrayList<>(grouped);
            for (int k = 0; k < grouped; k++) {
                groups.add(new IndicatorRow.Group(FallbackText.of(text[i][k]), span[k][i]));
            }
            List<Object> cells = new ArrayList<>(columns.size() - grouped);
            for (int k = grouped; k < columns.size(); k++) {
                cells.add(FallbackText.of(text[i][k]));
            }
            rows.add(new IndicatorRow(List.copyOf(groups), List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }
}
