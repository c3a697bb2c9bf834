package org.perftargets.render;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * How many lines a cell's text takes in a given width, counted before any layout the way Flying
 * Saucer breaks it: at the line-break opportunities of Java's line {@link BreakIterator} (which
 * Flying Saucer uses), a word wider than the cell broken anywhere ({@code word-wrap: break-word}),
 * the text's kept end ({@link CellText#kept()}) never broken, a typed line break always breaking
 * where the cell keeps them ({@code white-space: pre-line}). Advances are the bundled font's. A count,
 * not a layout: what it is used for is checked against the layout ({@link BreakForecast}).
 */
final class TextLines {

    private final FormFonts fonts;
    /** Made on first need: most cells fit on one line, and making one costs more than counting a form. */
    private BreakIterator breaks;

    /** Not shared between threads: a {@link BreakIterator} holds its text. */
    TextLines(FormFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The lines of {@code text} in a line {@code width} wide, for a font {@code size} in the same unit;
     * at least one.
     *
     * @param keepsBreaks whether typed line breaks break the line (else they count as spaces)
     */
    int count(CellText text, float width, float size, boolean keepsBreaks) {
        String s = text.plain();
        if (s == null || s.isEmpty()) {
            return 1;
        }
        if (s.indexOf('\n') < 0 && width(s, 0, s.length(), false) <= width / size) {
            return 1; // most cells: no break iterator needed
        }
        int keptFrom = s.length() - text.kept();
        int lines = 0;
        int from = 0;
        while (true) {
            int to = keepsBreaks ? s.indexOf('\n', from) : -1;
            int end = to < 0 ? s.length() : to;
            lines += paragraph(s, from, end, Math.max(keptFrom, from), width / size);
            if (to < 0) {
                return lines;
            }
            from = to + 1;
        }
    }

    /** Lines of {@code s[from, to)}, whose part from {@code keptFrom} does not break, in a line {@code ems} wide. */
    private int paragraph(String s, int from, int to, int keptFrom, float ems) {
        if (from == to) {
            return 1;
        }
        if (breaks == null) {
            breaks = BreakIterator.getLineInstance(Locale.CHINA);
        }
        breaks.setText(s.substring(from, to));
        int lines = 1;
        float line = 0;
        int start = 0;
        for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) {
            int a = from + start;
            int b = from + next;
            if (b > keptFrom && b < to) {
                continue; // inside the kept end: the segment runs on to the text's end
            }
            float word = width(s, a, b, true);
            if (line > 0 && line + word > ems) {
                lines++;
                line = 0;
            }
            if (word > ems) {
                // a word wider than the cell is broken anywhere
                for (int i = a; i < b; ) {
                    int c = s.codePointAt(i);
                    float w = advance(c);
                    if (line > 0 && line + w > ems) {
                        lines++;
                        line = 0;
                    }
                    line += w;
                    i += Character.charCount(c);
                }
            } else {
                line += width(s, a, b, false);
            }
            start = next;
        }
        return lines;
    }

    /** The advance of {@code s[a, b)} in ems; without its trailing spaces when {@code trimmed} (they hang at a line's end). */
    private float width(String s, int a, int b, boolean trimmed) {
        int end = b;
        if (trimmed) {
            while (end > a && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
        }
        float w = 0;
        for (int i = a; i < end; ) {
            int c = s.codePointAt(i);
            w += advance(c);
            i += Character.charCount(c);
        }
        return w;
    }

    private float advance(int c) {
        return c < ' ' ? 0 : fonts.advance(c);
    }
}
