package org.perftargets.render;

import freemarker.core.XHTMLOutputFormat;
import freemarker.template.TemplateModelException;

/**
 * A text for the templates in which every character is printed: runs of characters that Noto
 * Serif SC lacks but the fallback font has (𠮷, 𠀾) are set in the fallback font, as escaped
 * XHTML with an inline font-family. Any other text is the plain string, escaped by the template
 * as always, so forms without such characters come out exactly as before.
 */
final class FallbackText {

    private FallbackText() {
    }

    /** The text, or markup that sets its rare characters in the fallback font. */
    static Object of(String s) {
        if (s == null || s.isEmpty() || !needsFallback(s)) {
            return s == null ? "" : s;
        }
        FormFonts fonts = FormFonts.shared();
        StringBuilder markup = new StringBuilder(s.length() + 64);
        // Every run is a span of its own, the others' too: Flying Saucer draws a line's spans and its
        // bare text apart (𠮷野家𠀾路 came out of pdftotext as 𠮷野家路…𠀾), spans alone in their order.
        Boolean rareRun = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean rare = fonts.needsFallback(c);
            if (rareRun == null || rare != rareRun) {
                if (rareRun != null) {
                    markup.append("</span>");
                }
                markup.append(rare ? "<span style=\"font-family: '" + FormFonts.FALLBACK_FAMILY + "'\">" : "<span>");
                rareRun = rare;
            }
            escape(c, markup);
        }
        markup.append("</span>");
        try {
            return XHTMLOutputFormat.INSTANCE.fromMarkup(markup.toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any character is outside the common cut and needs the fallback font (the usual answer, no, is quick). */
    private static boolean needsFallback(String s) {
        FormFonts fonts = FormFonts.shared();
        if (fonts.commonCovers(s)) {
            return false;
        }
        return s.codePoints().anyMatch(fonts::needsFallback);
    }

    private static void escape(int c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.appendCodePoint(c);
        }
    }
}
