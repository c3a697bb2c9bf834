package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.w3c.dom.Element;
import org.xhtmlrenderer.newtable.TableRowBox;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Where a laid-out form's indicator lines ({@code <tr class="i">}) fall on its pages, and where its
 * continued pages should start. Flying Saucer cannot repeat a rowspan's label or keep rows
 * together across a page break, and does not know before layout which line starts a page; so a
 * form that runs onto another page is laid out once more with its lines split into one table per
 * page at these lines ({@link FormView#brokenAt}).
 */
final class IndicatorBreaks {

    /** A continued page holds at least this many lines when the form has more. */
    static final int MIN_LINES = 3;

    private IndicatorBreaks() {
    }

    /** The page index each indicator line starts on, in document order. */
    static int[] pagesOfLines(ITextRenderer r) {
        List<Integer> tops = new ArrayList<>();
        collect(r.getRootBox(), tops);
        List<PageBox> pages = r.getRootBox().getLayer().getPages();
        int[] out = new int[tops.size()];
        int page = 0;
        for (int i = 0; i < out.length; i++) {
            int y = tops.get(i);
            while (page + 1 < pages.size() && y >= pages.get(page).getBottom()) {
                page++;
            }
            out[i] = page;
        }
        return out;
    }

    private static void collect(Box box, List<Integer> tops) {
        if (box instanceof TableRowBox) {
            Element e = box.getElement();
            if (e != null && "i".equals(e.getAttribute("class"))) {
                tops.add(box.getAbsY());
            }
            return;
        }
        for (int k = 0; k < box.getChildCount(); k++) {
            collect(box.getChild(k), tops);
        }
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
        return balanced(new ArrayList<>(starts), lines);
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
