package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.w3c.dom.Element;
import org.xhtmlrenderer.newtable.TableCellBox;
import org.xhtmlrenderer.newtable.TableRowBox;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Where a laid-out form's indicator lines ({@code <tr class="i">}) fall on its pages, and where its
 * continued pages should start. Flying Saucer cannot repeat a rowspan's label or keep rows
 * together across a page break, so a form is laid out split into one table per page
 * ({@link FormView#brokenAt}) at the lines {@link BreakForecast} expects; these are checked
 * against the layout ({@link #settled}, {@link #afterOverflow}) and the form laid out again when
 * they were wrong.
 */
final class IndicatorBreaks {

    /** A continued page holds at least this many lines when the form has more. */
    static final int MIN_LINES = 3;

    private IndicatorBreaks() {
    }

    /**
     * The indicator lines of a laid-out form: each line's top and bottom and the page it starts on,
     * in document order, the height of a page's content (every page of a form is alike) and the
     * room the last line on a page needs below it for the table's closing rule, all in Flying
     * Saucer's dots.
     */
    record Laid(int[] tops, int[] bottoms, int[] pages, int firstPageTop, int pageHeight, int closing) {

        static Laid of(ITextRenderer r) {
            List<Box> rows = new ArrayList<>();
            collect(r.getRootBox(), rows, "i");
            List<PageBox> pageBoxes = r.getRootBox().getLayer().getPages();
            int n = rows.size();
            int[] tops = new int[n];
            int[] bottoms = new int[n];
            int[] pages = new int[n];
            int page = 0;
            for (int i = 0; i < n; i++) {
                tops[i] = rows.get(i).getAbsY();
                bottoms[i] = tops[i] + rows.get(i).getHeight();
                while (page + 1 < pageBoxes.size() && tops[i] >= pageBoxes.get(page).getBottom()) {
                    page++;
                }
                pages[i] = page;
            }
            PageBox first = pageBoxes.get(0);
            return new Laid(tops, bottoms, pages, first.getTop(), first.getBottom() - first.getTop(),
                    n == 0 ? 0 : bottomRule(rows.get(n - 1)));
        }

        /** How far below its page's top line {@code i} starts. */
        int offset(int i) {
            return tops[i] - (firstPageTop + pages[i] * pageHeight);
        }
    }

    /**
     * The widest bottom rule of a row's cells, whole: Flying Saucer holds half of a collapsed rule on
     * each side of it, and moves a page's last row to the next page unless the whole rule fits below
     * it (a row leaving 19 dots above the page's end was moved under a rule of 20, as it holds 10).
     */
    private static int bottomRule(Box row) {
        int widest = 0;
        for (int k = 0; k < row.getChildCount(); k++) {
            if (row.getChild(k) instanceof TableCellBox cell && cell.getCollapsedBorderBottom() != null) {
                widest = Math.max(widest, 2 * cell.getCollapsedBorderBottom().width());
            }
        }
        return widest;
    }

    /**
     * Of the rows of class {@code rowClass} in a laid-out document, the index of the first on its
     * last page; -1 when that page has none.
     */
    static int firstOnLastPage(ITextRenderer r, String rowClass) {
        List<Box> rows = new ArrayList<>();
        collect(r.getRootBox(), rows, rowClass);
        List<PageBox> pages = r.getRootBox().getLayer().getPages();
        int lastTop = pages.get(pages.size() - 1).getTop();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getAbsY() >= lastTop) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(Box box, List<Box> rows, String rowClass) {
        if (box instanceof TableRowBox) {
            Element e = box.getElement();
            if (e != null && rowClass.equals(e.getAttribute("class"))) {
                rows.add(box);
            }
            return;
        }
        for (int k = 0; k < box.getChildCount(); k++) {
            collect(box.getChild(k), rows, rowClass);
        }
    }

    /**
     * Where lines of these heights start pages when laid out one after another, the first starting
     * {@code firstTop} below its page's top and every line that starts a page {@code continuedTop} below
     * it (below the 续 line and the header row): a line goes to the next page when it would end less than
     * {@code closing} above the end of the page's content, as Flying Saucer moves a row that may not
     * break inside.
     */
    static List<Integer> natural(int firstTop, int[] heights, int pageHeight, int continuedTop, int closing) {
        return natural(heights, 0, firstTop, pageHeight, continuedTop, closing);
    }

    /**
     * As {@link #natural(int, int[], int, int, int)}, from line {@code from} on, {@code top} below its
     * page's top: the lines after {@code from} that start a page.
     */
    static List<Integer> natural(int[] heights, int from, int top, int pageHeight, int continuedTop, int closing) {
        List<Integer> starts = new ArrayList<>();
        int y = top;
        for (int i = from; i < heights.length; i++) {
            if (i > from && y + heights[i] + closing > pageHeight) {
                starts.add(i);
                y = continuedTop;
            }
            y += heights[i];
        }
        return starts;
    }

    /**
     * The page starts a layout made with page starts {@code asked} calls for, from its lines'
     * heights: each line on the first page it fits on, then {@link #balanced}. Equal to {@code asked}
     * when the layout's pages are as full as they can be; else a line moved back to an earlier page
     * (the breaks were asked too early) or on (too late).
     */
    static List<Integer> settled(Laid laid, List<Integer> asked) {
        int n = laid.tops().length;
        int[] heights = new int[n];
        for (int i = 0; i < n; i++) {
            heights[i] = laid.bottoms()[i] - laid.tops()[i];
        }
        int last = asked.size() - 1;
        while (last >= 0 && asked.get(last) >= n) {
            last--;
        }
        if (last < 0) {
            return asked;
        }
        int continuedTop = laid.offset(asked.get(last));
        List<Integer> starts = new ArrayList<>();
        if (asked.get(0) == 0) {
            // The indicators start on a page of their own: the form's upper part left no room for one line.
            starts.add(0);
            starts.addAll(natural(continuedTop, heights, laid.pageHeight(), continuedTop, laid.closing()));
        } else {
            starts.addAll(natural(laid.offset(0), heights, laid.pageHeight(), continuedTop, laid.closing()));
        }
        return balanced(starts, n);
    }

    /** The lines that start a page; line 0 when the indicators begin on a later page than the form. */
    static List<Integer> pageStarts(int[] pageOfLine) {
        List<Integer> starts = new ArrayList<>();
        if (pageOfLine.length > 0 && pageOfLine[0] > 0) {
            starts.add(0);
        }
        for (int i = 1; i < pageOfLine.length; i++) {
            if (pageOfLine[i] != pageOfLine[i - 1]) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * The page starts asked for again after a layout with {@code asked} gave {@code laidOut}: a page
     * that overflowed (a start not asked for) hands its last lines to the next page, whose start
     * moves up to the overflow.
     */
    static List<Integer> afterOverflow(List<Integer> asked, List<Integer> laidOut, int lines) {
        return balanced(overflowed(asked, laidOut), lines);
    }

    /** As {@link #afterOverflow}, not balanced. */
    static List<Integer> overflowed(List<Integer> asked, List<Integer> laidOut) {
        TreeSet<Integer> starts = new TreeSet<>(asked);
        for (int c : laidOut) {
            if (!asked.contains(c)) {
                Integer next = starts.higher(c);
                if (next != null) {
                    starts.remove(next);
                }
                starts.add(c);
            }
        }
        return new ArrayList<>(starts);
    }

    /**
     * As {@link #balanced(List, int)} for the lines after {@code from}, which starts a page and stays
     * where it is (the pages before it are already painted): the starts after it.
     */
    static List<Integer> balanced(List<Integer> pageStarts, int from, int lines) {
        if (from == 0) {
            return balanced(pageStarts, lines);
        }
        List<Integer> relative = new ArrayList<>(pageStarts.size() + 1);
        relative.add(0);
        pageStarts.forEach(s -> relative.add(s - from));
        List<Integer> out = new ArrayList<>(pageStarts.size());
        for (int s : balanced(relative, lines - from)) {
            if (s > 0) {
                out.add(s + from);
            }
        }
        return out;
    }

    /**
     * The page starts moved up so that no continued page holds fewer than {@link #MIN_LINES} of the
     * {@code lines} when the form has more; a page that would be left short in its turn keeps
     * what it needs.
     */
    static List<Integer> balanced(List<Integer> pageStarts, int lines) {
        List<Integer> starts = new ArrayList<>(pageStarts);
        if (lines <= MIN_LINES) {
            return starts;
        }
        for (int k = starts.size() - 1; k >= 0; k--) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines;
            int start = Math.min(starts.get(k), end - MIN_LINES);
            int before = k > 0 ? starts.get(k - 1) : 0;
            if (k > 0 && start - before < MIN_LINES) {
                start = Math.max(start, before + MIN_LINES);
            }
            starts.set(k, Math.max(start, before));
        }
        List<Integer> distinct = new ArrayList<>();
        for (int s : starts) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != s) {
                distinct.add(s);
            }
        }
        return distinct;
    }
}
