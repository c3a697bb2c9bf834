package org.perftargets.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the printed form workbook breaks its pages, decided by the writer from the row heights
 * it writes, so that the spanning 一级/二级 cells can be split there and their labels written again
 * at the top of the continued page (as the PDF repeats them). Also how tall a text may make a row,
 * and how a longer text is cut into rows that read on.
 */
final class FormPages {

    static final double SIDE_MARGIN_INCHES = 0.5;
    static final double TOP_MARGIN_INCHES = 0.75;
    static final double BOTTOM_MARGIN_INCHES = 0.75;
    static final double HEADER_MARGIN_INCHES = 0.3;
    static final double FOOTER_MARGIN_INCHES = 0.3;

    /** A4's height less the margins, with 14 pt to spare for the spreadsheet's own rounding. */
    static final float PAGE_POINTS = (float) (842 - (TOP_MARGIN_INCHES + BOTTOM_MARGIN_INCHES) * 72 - 14);

    /** Excel's tallest row. */
    static final float MAX_ROW_POINTS = 409;
    /** Lines of text one row holds, leaving a line for a text ending in a line break. */
    static final int MAX_LINES = (int) ((MAX_ROW_POINTS - 6) / FormGrid.LINE_POINTS) - 1;

    private FormPages() {
    }

    /**
     * The rows that start a page: rows are filled onto a page while they fit; each continued page
     * first repeats the indicator header row (the print titles), {@code repeatHeight} tall.
     *
     * @param heights each row's height in points, from the first row
     */
    static List<Integer> breaks(float[] heights, float repeatHeight) {
        List<Integer> starts = new ArrayList<>();
        float used = 0;
        for (int r = 0; r < heights.length; r++) {
            if (used > 0 && used + heights[r] > PAGE_POINTS) {
                starts.add(r);
                used = repeatHeight;
            }
            used += heights[r];
        }
        return starts;
    }

    /** Indicator rows a continued page holds at least, when the form has as many. */
    static final int MIN_ROWS = 3;

    /**
     * The page starts with the last one moved up so that the last page holds at least
     * {@link #MIN_ROWS} indicator rows (rows {@code first..last}), as the PDF keeps them: every
     * page before it is full, so only the last can hold fewer.
     */
    static List<Integer> keepTogether(List<Integer> starts, int first, int last) {
        if (starts.isEmpty()) {
            return starts;
        }
        List<Integer> out = new ArrayList<>(starts);
        int k = out.size() - 1;
        int s = out.get(k);
        int before = k > 0 ? out.get(k - 1) : first;
        if (s > first && s <= last && last - s + 1 < MIN_ROWS) {
            int moved = Math.max(last - MIN_ROWS + 1, Math.max(first + 1, before + 1));
            out.set(k, Math.min(s, moved));
        }
        return out;
    }

    /** False when the text is sure to fit one row: the quick answer for most texts. */
    static boolean mayNeedPieces(String text, double widthChars) {
        int perLine = Math.max(1, (int) widthChars - 1);
        // A paragraph takes at most one line more than its units (two a char at most) fill.
        int paragraphs = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            paragraphs++;
        }
        return paragraphs + 2L * text.length() / perLine > MAX_LINES;
    }

    /**
     * A text cut into pieces of at most {@link #MAX_LINES} lines in a column this many characters
     * wide, at line breaks where it can and between characters where a paragraph is longer; the
     * pieces put together are the text, character for character (a line break ends its piece).
     */
    static List<String> pieces(String text, double widthChars) {
        int perLine = Math.max(1, (int) widthChars - 1);
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int lines = 0;
        String[] paragraphs = text.split("\n", -1);
        for (int k = 0; k < paragraphs.length; k++) {
            String rest = paragraphs[k];
            String end = k < paragraphs.length - 1 ? "\n" : "";
            while (true) {
                int need = Math.max(1, (units(rest) + perLine - 1) / perLine);
                if (lines + need <= MAX_LINES) {
                    piece.append(rest).append(end);
                    lines += need;
                    break;
                }
                int fit = prefixWithin(rest, (MAX_LINES - lines) * perLine);
                if (fit == 0 && piece.length() == 0) {
                    throw new IllegalStateException("无法分行：" + rest);
                }
                piece.append(rest, 0, fit);
                rest = rest.substring(fit);
                out.add(piece.toString());
                piece.setLength(0);
                lines = 0;
            }
        }
        if (piece.length() > 0 || out.isEmpty()) {
            out.add(piece.toString());
        }
        return out;
    }

    /** A Chinese character takes two units of width, other characters one (as {@link FormGrid#lines}). */
    private static int units(String s) {
        int u = 0;
        for (int i = 0; i < s.length(); i++) {
            u += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return u;
    }

    /** How many chars of s fit within this many units, never between the halves of a surrogate pair. */
    private static int prefixWithin(String s, int units) {
        int u = 0;
        int i = 0;
        while (i < s.length()) {
            int next = i + Character.charCount(s.codePointAt(i));
            int w = units(s.substring(i, next));
            if (u + w > units) {
                break;
            }
            u += w;
            i = next;
        }
        return i;
    }
}
