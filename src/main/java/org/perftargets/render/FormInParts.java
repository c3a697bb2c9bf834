package org.perftargets.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays out a long form in parts of a bounded number of pages, each handed on to be painted (into the
 * sheet and the booklet) and then dropped: one form of 100,000 indicators, about 3,500 pages, laid
 * out as one document held 2 GB of boxes. Each page of a form is a document of its own already
 * (every continued page starts on a new page, with its 续 line and header row, and spans only its
 * own lines: {@link FormView#brokenAt}), so a part gives the same pages as a layout of the whole.
 *
 * <p>A part is checked as a whole form's layout is ({@link IndicatorBreaks#settled}): its lines'
 * heights as laid out replace the forecast ones ({@link PagePlan}), and the part is laid out again
 * (at most three more times) while they ask for other page starts. A page start depends only on the
 * lines before it, but whether a part's last page could take one line more depends on that line, so
 * every part is laid out with one page more than it paints, the next part's first page, which is
 * laid out again as that part's.
 */
final class FormInParts {

    /**
     * A part laid out: its first {@code pages} pages are the form's next pages; the page after them,
     * if any, was laid out only to check them. The first part has the form's upper part, the last
     * its end; {@code starts} are the lines that start those pages after the form's first. The last
     * part also brings {@code footers}, the form's first two pages laid out alone, whose margin boxes
     * paint every page's footer once the pages are counted (a small layout: keeping the first part for
     * that held a second part's memory to the end).
     */
    record Part(ITextRenderer renderer, String xhtml, int pages, boolean first, boolean last, List<Integer> starts,
            ITextRenderer footers) {
    }

    /** Where the parts go, in order, each as soon as it is laid out. */
    interface Sink {
        void part(Part part) throws IOException;
    }

    /** Layouts one part takes at most, as for a whole form. */
    private static final int MOST_LAYOUTS = 4;

    private final FormView form;
    private final PagePlan plan;
    private final int partPages;
    private final Function<FormView, PdfRenderer.SheetLayout> layOut;

    /**
     * @param plan      the form's pages as forecast
     * @param partPages pages a part paints, at most (the last part up to two more)
     * @param layOut    lays out one part's view
     */
    FormInParts(FormView form, PagePlan plan, int partPages, Function<FormView, PdfRenderer.SheetLayout> layOut) {
        if (partPages < 1) {
            throw new IllegalArgumentException("partPages " + partPages);
        }
        this.form = form;
        this.plan = plan;
        this.partPages = partPages;
        this.layOut = layOut;
    }

    /** Whether a form with this plan has more pages than one part holds. */
    static boolean needsParts(PagePlan plan, int partPages) {
        return plan.startsAfter(0).size() - 1 > partPages;
    }

    /** Lays the form out part by part, handing each part on before the next is laid out. */
    void layOut(Sink sink) throws IOException {
        int lines = form.indicators().size();
        int from = 0;
        while (true) {
            List<Integer> asked = planned(from);
            Set<List<Integer>> tried = new HashSet<>();
            for (int layouts = 1; ; layouts++) {
                boolean last = asked.size() <= partPages + 1;
                int end = last ? lines : asked.get(partPages - 1);
                int tail = last ? lines : asked.get(partPages);
                List<Integer> inPart = between(asked, from, tail);
                PdfRenderer.SheetLayout laid = layOut.apply(form.part(from, tail, inPart));
                IndicatorBreaks.Laid measured = IndicatorBreaks.Laid.of(laid.renderer());
                List<Integer> laidOut = new ArrayList<>();
                for (int s : IndicatorBreaks.pageStarts(measured.pages())) {
                    laidOut.add(s + from);
                }
                plan.measured(from, measured, inPart);
                boolean overflowed = !inPart.containsAll(laidOut);
                List<Integer> wanted = !overflowed ? planned(from)
                        : last ? IndicatorBreaks.balanced(IndicatorBreaks.overflowed(asked, laidOut), from, lines)
                        : IndicatorBreaks.overflowed(asked, laidOut);
                List<Integer> paintedStarts = upTo(asked, end);
                boolean settled = upTo(wanted, end).equals(paintedStarts) && paintedStarts.containsAll(upTo(laidOut, end));
                boolean goingRound = tried.contains(upTo(wanted, end)) && !overflowed;
                if (settled || goingRound || layouts == MOST_LAYOUTS) {
                    int pages = last ? laid.renderer().getRootBox().getLayer().getPages().size() : measured.pages()[end - from];
                    List<Integer> starts = new ArrayList<>(from > 0 ? List.of(from) : List.of());
                    starts.addAll(between(inPart, from, end));
                    ITextRenderer footers = last ? layOut.apply(form.part(0, Math.min(2, lines), List.of(1))).renderer() : null;
                    sink.part(new Part(laid.renderer(), laid.xhtml(), pages, from == 0, last, List.copyOf(starts), footers));
                    if (last) {
                        return;
                    }
                    from = end;
                    break;
                }
                tried.add(paintedStarts);
                asked = wanted;
            }
        }
    }

    /** The page starts after {@code from} as planned now: balanced when the rest is the last part. */
    private List<Integer> planned(int from) {
        List<Integer> starts = plan.startsAfter(from);
        return starts.size() <= partPages + 1 ? plan.balancedAfter(from) : starts;
    }

    /** The starts at or after {@code from} and before {@code to}; {@code from} itself only when it is 0. */
    private static List<Integer> between(List<Integer> starts, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int s : starts) {
            if (s >= from && s < to && (s > from || from == 0)) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Integer> upTo(List<Integer> starts, int end) {
        List<Integer> out = new ArrayList<>();
        for (int s : starts) {
            if (s <= end) {
                out.add(s);
            }
        }
        return out;
    }
}
