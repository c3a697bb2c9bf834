package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long form's pages will start, planned from its indicator lines' heights: as forecast
 * ({@link BreakForecast#plan}) at first, then as each part is laid out ({@link #measured}). A page
 * start depends only on the lines before it, so once a part has been laid out and measured, the
 * starts inside it are what a layout of the whole form would check them against
 * ({@link IndicatorBreaks#settled}); the lines after it keep their forecast heights until their part.
 * All in Flying Saucer's dots.
 */
final class PagePlan {

    private final int[] heights;
    private int firstTop;
    private int pageHeight;
    private int continuedTop;
    private int closing;

    /**
     * @param firstTop     where the first line starts below its page's top, under the form's upper part
     * @param continuedTop where a continued page's first line starts (under the 续 line and the header row)
     * @param closing      the room the last line on a page leaves for the table's closing rule
     */
    PagePlan(int firstTop, int[] heights, int pageHeight, int continuedTop, int closing) {
        this.firstTop = firstTop;
        this.heights = heights;
        this.pageHeight = pageHeight;
        this.continuedTop = continuedTop;
        this.closing = closing;
    }

    /** Whether the first line fits on the form's first page, under its upper part. */
    boolean firstLineFits() {
        return heights.length > 0 && firstTop + heights[0] + closing <= pageHeight;
    }

    /**
     * The lines after {@code from} that start a page, {@code from} starting one (the form's first page
     * when 0; then 0 itself when the first page has no room for a line), as they fall one after another.
     */
    List<Integer> startsAfter(int from) {
        List<Integer> starts = new ArrayList<>();
        int top = continuedTop;
        if (from == 0) {
            if (firstLineFits()) {
                top = firstTop;
            } else {
                starts.add(0);
            }
        }
        starts.addAll(IndicatorBreaks.natural(heights, from, top, pageHeight, continuedTop, closing));
        return starts;
    }

    /**
     * As {@link #startsAfter}, with the last pages balanced as a whole form's are
     * ({@link IndicatorBreaks#balanced}); {@code from} stays where it is.
     */
    List<Integer> balancedAfter(int from) {
        return IndicatorBreaks.balanced(startsAfter(from), from, heights.length);
    }

    /**
     * Takes the heights of the lines of a part laid out from line {@code from} with pages starting at
     * {@code asked} (absolute), and where its lines start on their pages. As {@link IndicatorBreaks#settled}
     * takes them from a whole form's layout.
     */
    void measured(int from, IndicatorBreaks.Laid laid, List<Integer> asked) {
        int n = laid.tops().length;
        for (int i = 0; i < n; i++) {
            heights[from + i] = laid.bottoms()[i] - laid.tops()[i];
        }
        pageHeight = laid.pageHeight();
        closing = laid.closing();
        if (from == 0 && n > 0 && !asked.contains(0) && laid.pages()[0] == 0) {
            firstTop = laid.offset(0);
        }
        int continued = from > 0 ? 0 : -1;
        for (int s : asked) {
            if (s > from && s < from + n) {
                continued = s - from;
            }
        }
        if (continued >= 0) {
            continuedTop = laid.offset(continued);
        }
    }
}
