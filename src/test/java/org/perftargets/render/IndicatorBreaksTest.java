package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a form's indicator lines start pages, from their heights (in Flying Saucer's dots). */
class IndicatorBreaksTest {

    private static int[] rows(int count, int height) {
        int[] h = new int[count];
        Arrays.fill(h, height);
        return h;
    }

    @Test
    void aLineGoesOnTheFirstPageItFitsOn() {
        // First page: lines from 100 to 400, six of 50; continued pages from 80: six more.
        assertEquals(List.of(6), IndicatorBreaks.natural(100, rows(10, 50), 400, 80, 0));
        assertEquals(List.of(6, 12), IndicatorBreaks.natural(100, rows(13, 50), 400, 80, 0));
        assertEquals(List.of(), IndicatorBreaks.natural(100, rows(6, 50), 400, 80, 0));
    }

    @Test
    void aPagesLastLineLeavesRoomForTheTablesClosingRule() {
        assertEquals(List.of(5), IndicatorBreaks.natural(100, rows(10, 50), 400, 80, 1));
    }

    @Test
    void aLineTallerThanThePageStillGoesOnAPageOfItsOwn() {
        assertEquals(List.of(1, 2), IndicatorBreaks.natural(100, new int[] {50, 900, 50}, 400, 80, 0));
    }

    /** A layout of {@code count} lines of {@code height}, broken at {@code asked}, on pages {@code pageHeight} high. */
    private static IndicatorBreaks.Laid laid(int count, int height, List<Integer> asked, int firstTop, int continuedTop,
            int pageHeight) {
        int[] tops = new int[count];
        int[] bottoms = new int[count];
        int[] pages = new int[count];
        int page = 0;
        int y = firstTop;
        for (int i = 0; i < count; i++) {
            if (asked.contains(i)) {
                page++;
                y = continuedTop;
            }
            tops[i] = page * pageHeight + y;
            bottoms[i] = tops[i] + height;
            pages[i] = page;
            y += height;
        }
        return new IndicatorBreaks.Laid(tops, bottoms, pages, 0, pageHeight, 0);
    }

    @Test
    void aLayoutWhosePagesAreFullStands() {
        assertEquals(List.of(6), IndicatorBreaks.settled(laid(10, 50, List.of(6), 100, 80, 400), List.of(6)));
    }

    @Test
    void aLayoutBrokenTooEarlyAsksForItsLinesToMoveBack() {
        assertEquals(List.of(6), IndicatorBreaks.settled(laid(10, 50, List.of(4), 100, 80, 400), List.of(4)));
    }

    @Test
    void aContinuedPageKeepsAtLeastThreeLines() {
        // Six fit on the first page; the seventh and eighth would be alone on the next: five and three.
        assertEquals(List.of(5), IndicatorBreaks.settled(laid(8, 50, List.of(6), 100, 80, 400), List.of(6)));
    }

    @Test
    void indicatorsThatStartOnAPageOfTheirOwnStayThere() {
        assertEquals(List.of(0), IndicatorBreaks.settled(laid(4, 50, List.of(0), 100, 80, 400), List.of(0)));
    }

    @Test
    void anOverflowingPageHandsItsLastLinesOn() {
        assertEquals(List.of(5), IndicatorBreaks.afterOverflow(List.of(6), List.of(5, 6), 10));
    }
}
