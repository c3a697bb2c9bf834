package org.perftargets.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perftargets.model.Field;
import org.perftargets.model.GroupKey;

/**
 * One kind of official form, described once as data: its title, the line under it that names the
 * year, its grid's column widths, the rows of cells above the indicators, and the indicator
 * table. The PDF view, the form workbook and the form-sheet reader all walk this description;
 * the template and the workbook's styles only say how each role of cell looks.
 */
public final class FormKind {

    private final String title;
    private final String shortName;
    private final String yearSuffix;
    private final String bookletSuffix;
    private final List<Integer> widths;
    private final List<List<FormCell>> rows;
    private final IndicatorTable indicators;
    private final List<PlacedCell> placed;
    private final List<List<FormCell>> footer;
    private final List<PlacedCell> placedFooter;

    /**
     * @param shortName what offices call one such form (申报表): the sheets' folder and worksheet name
     * @param bookletSuffix what follows 主管部门 and 年度 in the title of a booklet of such forms
     * @param widths the grid's column widths in percent of the form's width, adding up to 100
     * @param rows   the rows above the indicators, each listing its cells left to right, leaving out
     *               the places taken by a cell spanning down from a row above (as in HTML)
     */
    public FormKind(String title, String shortName, String yearSuffix, String bookletSuffix, List<Integer> widths,
            List<List<FormCell>> rows, IndicatorTable indicators) {
        this(title, shortName, yearSuffix, bookletSuffix, widths, rows, indicators, List.of());
    }

    /**
     * A form with rows below its indicator table too ({@code footer}, laid out like {@code rows}),
     * such as the 自评表's last row 总分 | 100 | the total | 等级.
     */
    public FormKind(String title, String shortName, String yearSuffix, String bookletSuffix, List<Integer> widths,
            List<List<FormCell>> rows, IndicatorTable indicators, List<List<FormCell>> footer) {
        this.footer = footer.stream().map(List::copyOf).toList();
        this.placedFooter = place(this.footer, widths.size());
        this.title = title;
        this.shortName = shortName;
        this.bookletSuffix = bookletSuffix;
        this.yearSuffix = yearSuffix;
        this.widths = List.copyOf(widths);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.indicators = indicators;
        this.placed = place(this.rows, this.widths.size());
        int indicatorColumns = 1 + indicators.columns().stream().mapToInt(IndicatorColumn::columns).sum();
        if (widths.stream().mapToInt(Integer::intValue).sum() != 100 || indicatorColumns != widths.size()) {
            throw new IllegalArgumentException("表格列宽或指标表列数与网格不符：" + title);
        }
    }

    /** 财政项目支出绩效目标申报表 */
    public String title() {
        return title;
    }

    /** 申报表 */
    public String shortName() {
        return shortName;
    }

    /** The line under the title: （2023年度）; （年度） when the year is unknown. */
    public String yearLine(Integer year) {
        return "（" + (year == null ? "" : year) + yearSuffix + "）";
    }

    /** The title of a group's booklet of such forms: 上海市公安局2023年度项目绩效目标汇总表. */
    public String bookletTitle(GroupKey group) {
        return (group.department() == null ? "" : group.department()) + (group.year() == null ? "" : group.year())
                + bookletSuffix;
    }

    /** What follows the year in that line (年度), for readers looking for it. */
    public String yearSuffix() {
        return yearSuffix;
    }

    public List<Integer> widths() {
        return widths;
    }

    public List<List<FormCell>> rows() {
        return rows;
    }

    public IndicatorTable indicators() {
        return indicators;
    }

    /** The rows below the indicator table; empty for most kinds. */
    public List<List<FormCell>> footer() {
        return footer;
    }

    /** Every cell below the indicators at its place in the footer's own grid (row 0 its first row). */
    public List<PlacedCell> placedFooter() {
        return placedFooter;
    }

    /** Every cell above the indicators at its place in the grid, row by row, left to right. */
    public List<PlacedCell> placed() {
        return placed;
    }

    /** The summed width, in percent, of the grid columns a cell spans. */
    public int width(int firstColumn, int columns) {
        int w = 0;
        for (int c = firstColumn; c < firstColumn + columns; c++) {
            w += widths.get(c);
        }
        return w;
    }

    /** The indicator table's column widths in percent: the section column, then each column's span. */
    public List<Integer> indicatorWidths() {
        List<Integer> w = new ArrayList<>();
        w.add(widths.get(0));
        int c = 1;
        for (IndicatorColumn col : indicators.columns()) {
            w.add(width(c, col.columns()));
            c += col.columns();
        }
        return w;
    }

    /**
     * The label a value cell is read beside: the label or caption just left of it in its row, or,
     * where there is none (the goals, under their headings), the one just above it.
     */
    public Optional<PlacedCell> labelOf(PlacedCell value) {
        PlacedCell left = at(value.row(), value.column() - 1);
        if (left != null && left.cell().isLabel() && left.row() == value.row()) {
            return Optional.of(left);
        }
        PlacedCell above = at(value.row() - 1, value.column());
        return above != null && above.cell().isLabel() ? Optional.of(above) : Optional.empty();
    }

    /** The cells that print a field's value, one per field, in the order placed. */
    public List<PlacedCell> valueCells() {
        Map<Field, PlacedCell> seen = new HashMap<>();
        return placed.stream().filter(p -> p.cell().isValue() && seen.putIfAbsent(p.cell().field(), p) == null).toList();
    }

    private PlacedCell at(int row, int column) {
        if (column < 0 || row < 0) {
            return null;
        }
        for (PlacedCell p : placed) {
            if (row >= p.row() && row <= p.lastRow() && column >= p.column() && column <= p.lastColumn()) {
                return p;
            }
        }
        return null;
    }

    /** Puts each cell in the first free column of its row, as HTML tables do with rowspan. */
    private static List<PlacedCell> place(List<List<FormCell>> rows, int columns) {
        boolean[][] taken = new boolean[rows.size()][columns];
        List<PlacedCell> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (FormCell cell : rows.get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c + cell.columns() > columns || r + cell.rows() > rows.size()) {
                    throw new IllegalArgumentException("表格第 " + (r + 1) + " 行的单元格超出网格");
                }
                for (int rr = r; rr < r + cell.rows(); rr++) {
                    for (int cc = c; cc < c + cell.columns(); cc++) {
                        taken[rr][cc] = true;
                    }
                }
                placed.add(new PlacedCell(r, c, cell));
                c += cell.columns();
            }
        }
        return List.copyOf(placed);
    }
}
