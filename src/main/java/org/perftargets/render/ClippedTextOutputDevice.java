package org.perftargets.render;

import java.awt.Shape;
import java.util.function.UnaryOperator;

import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer paints a table row that ends on a page's last line once more at the top of the
 * next page, outside the clip: invisible, but its text would be extracted, searched and copied
 * twice. Text whose baseline lies outside the current clip is not written at all.
 *
 * <p>It can also draw text in another cut of the font than the one it was laid out in, for a
 * booklet set in the full font that takes a form laid out in the common cut (see {@link FormFonts}).
 */
final class ClippedTextOutputDevice extends ITextOutputDevice {

    private UnaryOperator<FSFont> fontSwap;

    ClippedTextOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /** The font to draw in for each font of the layout; null draws as laid out. */
    void drawFontsAs(UnaryOperator<FSFont> swap) {
        this.fontSwap = swap;
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(fontSwap == null ? font : fontSwap.apply(font));
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null && !clip.contains(x + 1, y - 1)) {
            return;
        }
        super.drawString(s, x, y, info);
    }
}
