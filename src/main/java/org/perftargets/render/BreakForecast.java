package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perftargets.form.FormKind;
import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.newtable.TableCellBox;
import org.xhtmlrenderer.newtable.TableRowBox;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;

/**
 * Where a form's indicator lines will start new pages, forecast from its text before it is laid out,
 * so that a form running onto other pages is laid out once, already split into its pages, rather
 * than once to find the breaks and once more with them (which made the N = 1,000 benchmark's
 * self-evaluation forms, all two pages long, take 65 % longer).
 *
 * <p>Nothing of the template is written down here: a specimen form of the kind, every text one
 * character, is laid out once and measured (each cell's width, a row's height for one and two
 * lines, the upper part's rows, where the lines start on the first and on a continued page). A form's
 * rows are then its specimen rows grown by the lines its texts take ({@link TextLines}). A
 * forecast is a first guess only: the layout made with it is checked ({@link IndicatorBreaks#settled})
 * and made again when it is wrong, so a wrong guess costs time, never a page.
 */
final class BreakForecast {

    private final int[] headHeights;
    private final int[][] headWidths;
    private final int[] columnWidths;
    private final int firstTop;
    private final int continuedTop;
    private final int pageHeight;
    private final int line;
    private final int padding;
    private final int closing;
    private final float fontSize;
    private final FormFonts fonts;

    private BreakForecast(int[] headHeights, int[][] headWidths, int[] columnWidths, int firstTop, int continuedTop,
            int pageHeight, int line, int padding, int closing, float fontSize, FormFonts fonts) {
        this.headHeights = headHeights;
        this.headWidths = headWidths;
        this.columnWidths = columnWidths;
        this.firstTop = firstTop;
        this.continuedTop = continuedTop;
        this.pageHeight = pageHeight;
        this.line = line;
        this.padding = padding;
        this.closing = closing;
        this.fontSize = fontSize;
        this.fonts = fonts;
    }

    /** The specimen of a form kind: every text one character, three lines (the second two lines high), the third on a continued page. */
    static FormView specimen(FormKind kind) {
        FieldSource head = field -> field == Field.YEAR ? (Object) 2023 : "一";
        FieldSource oneLine = field -> "一";
        int valueColumn = kind.indicators().columns().size() - 1;
        Field last = kind.indicators().columns().get(valueColumn).field();
        FieldSource twoLines = field -> field == last ? "一\n一" : "一";
        return FormView.of(kind, head, List.of(oneLine, twoLines, oneLine)).brokenAt(List.of(2));
    }

    /** The forecast measured from the specimen's layout; empty when the template does not lay it out as expected. */
    static Optional<BreakForecast> measure(FormView specimen, ITextRenderer laidOut, FormFonts fonts) {
        List<TableRowBox> rows = new ArrayList<>();
        rowsOf(laidOut.getRootBox(), rows);
        IndicatorBreaks.Laid laid = IndicatorBreaks.Laid.of(laidOut);
        int headRows = specimen.rows().size();
        if (laid.tops().length != 3 || laid.pages()[2] != laid.pages()[1] + 1 || rows.size() < headRows + 3) {
            return Optional.empty();
        }
        int[] headHeights = new int[headRows];
        int[][] headWidths = new int[headRows][];
        for (int r = 0; r < headRows; r++) {
            List<TableCellBox> cells = cellsOf(rows.get(r));
            if (cells.size() != specimen.rows().get(r).size()) {
                return Optional.empty();
            }
            headHeights[r] = rows.get(r).getHeight();
            headWidths[r] = cells.stream().mapToInt(Box::getContentWidth).toArray();
        }
        TableRowBox first = null;
        for (TableRowBox row : rows) {
            if (row.getAbsY() == laid.tops()[0] && "i".equals(row.getElement().getAttribute("class"))) {
                first = row;
                break;
            }
        }
        IndicatorRow specimenRow = specimen.indicators().get(0);
        List<TableCellBox> cells = first == null ? List.of() : cellsOf(first);
        int columns = specimenRow.groups().size() + specimenRow.cells().size();
        if (cells.size() != columns + 1) {
            return Optional.empty(); // the section cell, then one per column
        }
        int[] columnWidths = cells.subList(1, cells.size()).stream().mapToInt(Box::getContentWidth).toArray();
        int oneLine = laid.bottoms()[0] - laid.tops()[0];
        int twoLines = laid.bottoms()[1] - laid.tops()[1];
        int line = twoLines - oneLine;
        FontSpecification font = cells.get(1).getStyle().getFontSpecification();
        float fontSize = font == null ? 0 : font.size;
        if (line <= 0 || fontSize <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BreakForecast(headHeights, headWidths, columnWidths, laid.offset(0), laid.offset(2),
                laid.pageHeight(), line, oneLine - line, laid.closing(), fontSize, fonts));
    }

    /**
     * The lines that will start a new page, ascending; empty when the whole form fits on its first
     * page, or when its upper part leaves no room for a line there (then the layout finds out).
     */
    List<Integer> starts(FormView form) {
        PagePlan plan = plan(form);
        return plan.firstLineFits() ? plan.balancedAfter(0) : List.of();
    }

    /** The form's lines as forecast: where the first starts, each one's height, and the pages' measures. */
    PagePlan plan(FormView form) {
        TextLines lines = new TextLines(fonts);
        int top = firstTop;
        List<List<FormView.CellView>> head = form.rows();
        for (int r = 0; r < head.size() && r < headHeights.length; r++) {
            int height = headHeights[r];
            List<FormView.CellView> row = head.get(r);
            for (int k = 0; k < row.size() && k < headWidths[r].length; k++) {
                FormView.CellView c = row.get(k);
                if (c.rowspan() == 1 && !"money".equals(c.role())) {
                    height = Math.max(height, rowHeight(lines.count(c.text(), headWidths[r][k], fontSize, "goal".equals(c.role()))));
                }
            }
            top += height - headHeights[r];
        }
        List<IndicatorRow> indicators = form.indicators();
        int[] heights = new int[indicators.size()];
        for (int i = 0; i < heights.length; i++) {
            IndicatorRow row = indicators.get(i);
            int most = 1;
            int k = 0;
            for (IndicatorRow.Group g : row.groups()) {
                if (g.span() == 1) {
                    most = Math.max(most, lines.count(g.text(), columnWidths[k], fontSize, true));
                }
                k++;
            }
            for (CellText c : row.cells()) {
                most = Math.max(most, lines.count(c, columnWidths[k++], fontSize, true));
            }
            heights[i] = rowHeight(most);
        }
        return new PagePlan(top, heights, pageHeight, continuedTop, closing);
    }

    private int rowHeight(int lines) {
        return padding + lines * line;
    }

    private static void rowsOf(Box box, List<TableRowBox> rows) {
        if (box instanceof TableRowBox row) {
            rows.add(row);
            return;
        }
        for (int k = 0; k < box.getChildCount(); k++) {
            rowsOf(box.getChild(k), rows);
        }
    }

    private static List<TableCellBox> cellsOf(TableRowBox row) {
        List<TableCellBox> cells = new ArrayList<>();
        for (int k = 0; k < row.getChildCount(); k++) {
            if (row.getChild(k) instanceof TableCellBox cell) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
