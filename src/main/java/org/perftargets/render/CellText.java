package org.perftargets.render;

/**
 * A cell's text split for the template so that its last two characters stay together on one line
 * (the template sets {@code end} in a span that does not wrap): no cell leaves a single character
 * alone on its last line. Line breaks typed in the text are kept (the template's CSS keeps them).
 * Each part is a string, or markup setting rare characters in the fallback font ({@link FallbackText});
 * {@code plain} is the whole text as printed and {@code kept} the length of its end, for measuring it
 * ({@link TextLines}).
 */
public record CellText(Object lead, Object end, String plain, int kept) {

    static final CellText EMPTY = new CellText("", "", "", 0);

    /** A text that never wraps (an amount): nothing kept apart. */
    static CellText whole(String s) {
        return s == null || s.isEmpty() ? EMPTY : new CellText(FallbackText.of(s), "", s, 0);
    }

    /**
     * The text of a cell {@code widthPercent} of the form wide. A text that fits on one line there
     * cannot leave a character alone and is not split: the span cost 4–5 ms of CPU per sheet (about
     * a fifth of it) when every cell had one. The estimate takes the font's advances at 10.5 pt
     * against 95 % of 180 mm less the cell's padding (form.css), so it errs towards splitting.
     * Counting every character a full em instead split short figures (5.00, 3.75) in the
     * self-evaluation's narrow columns: 78 spans a form, now 35.
     */
    static CellText of(String s, int widthPercent) {
        if (s != null && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && ems(s) * EM <= (widthPercent * LINE / 100 - PADDING) * 0.95) {
            return whole(s);
        }
        return of(s);
    }

    /** Points: the font size, the form's width (A4 less 15 mm margins) and a cell's padding and rules. */
    private static final double EM = 10.5;
    private static final double LINE = 510.2;
    private static final double PADDING = 6;

    private static double ems(String s) {
        FormFonts fonts = FormFonts.shared();
        double ems = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            ems += fonts.advance(c);
            i += Character.charCount(c);
        }
        return ems;
    }

    static CellText of(String s) {
        if (s == null || s.isEmpty()) {
            return EMPTY;
        }
        String t = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        int cut = t.length();
        for (int k = 0; k < 2 && cut > 0; k++) {
            int c = t.codePointBefore(cut);
            if (c == '\n' || Character.isWhitespace(c) && k == 1) {
                break;
            }
            cut -= Character.charCount(c);
        }
        // A short word after a closing bracket stays whole: 年度(/项目) / 指标值, not 年度(/项目)指 / 标值.
        int bracket = closingBracketBefore(t, cut);
        if (bracket >= 0) {
            cut = bracket;
        }
        // An opening bracket goes with what it opens: 项目资金 / （元）, not 项目资金（ / 元）.
        while (cut > 0 && Character.getType(t.codePointBefore(cut)) == Character.START_PUNCTUATION) {
            cut -= Character.charCount(t.codePointBefore(cut));
        }
        return new CellText(FallbackText.of(t.substring(0, cut)), FallbackText.of(t.substring(cut)), t,
                t.length() - cut);
    }

    /** Characters after a closing bracket that are kept together as one word, at most. */
    private static final int WORD_AFTER_BRACKET = 4;

    /**
     * Where the word after the text's last closing bracket starts, when that word is longer than the
     * two characters kept anyway and at most {@link #WORD_AFTER_BRACKET} long, with no space or line
     * break in it; otherwise -1.
     */
    private static int closingBracketBefore(String t, int cut) {
        int at = t.length();
        for (int n = 0; n <= WORD_AFTER_BRACKET && at > 0; n++) {
            int c = t.codePointBefore(at);
            if (Character.getType(c) == Character.END_PUNCTUATION) {
                return at < cut && n > 0 ? at : -1;
            }
            if (Character.isWhitespace(c)) {
                return -1;
            }
            at -= Character.charCount(c);
        }
        return -1;
    }
}
