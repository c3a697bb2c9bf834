package org.perftargets.render;

/**
 * A cell's text split for the template so that its last two characters stay together on one line
 * (the template sets {@code end} in a span that does not wrap): no cell leaves a single character
 * alone on its last line. Line breaks typed in the text are kept (the template's CSS keeps them).
 * Each part is a string, or markup setting rare characters in the fallback font ({@link FallbackText}).
 */
public record CellText(Object lead, Object end) {

    static final CellText EMPTY = new CellText("", "");

    /** A text that never wraps (an amount): nothing kept apart. */
    static CellText whole(String s) {
        return s == null || s.isEmpty() ? EMPTY : new CellText(FallbackText.of(s), "");
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
        // An opening bracket goes with what it opens: 项目资金 / （元）, not 项目资金（ / 元）.
        while (cut > 0 && Character.getType(t.codePointBefore(cut)) == Character.START_PUNCTUATION) {
            cut -= Character.charCount(t.codePointBefore(cut));
        }
        return new CellText(FallbackText.of(t.substring(0, cut)), FallbackText.of(t.substring(cut)));
    }
}
