package org.perftargets.render;

import java.awt.Shape;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer paints a table row that ends on a page's last line once more at the top of the
 * next page, outside the clip: invisible, but its text would be extracted, searched and copied
 * twice. Text whose baseline lies outside the current clip is not written at all.
 */
final class ClippedTextOutputDevice extends ITextOutputDevice {

    ClippedTextOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
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
