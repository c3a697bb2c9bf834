package org.perftargets.render;

import static org.xhtmlrenderer.layout.Layer.PagedMode.PAGED_MODE_PRINT;

import java.awt.Rectangle;
import java.awt.Shape;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.xhtmlrenderer.css.style.CalculatedStyle.Edge;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Paints the pages of a document Flying Saucer has laid out onto the content of any PDF writer, so
 * that the booklet can take a form's pages from the layout made for its sheet instead of laying the
 * form out again. It does what ITextRenderer does for its own writer (whose page painting is
 * private), split so that a page's body and its margin boxes (the footer) can be painted at
 * different times, with the page numbers the caller gives.
 */
final class PagePainter {

    private final ITextRenderer renderer;
    private final ClippedTextOutputDevice device;
    private final UnaryOperator<FSFont> fontSwap;
    private final List<PageBox> pages;
    private final float dotsPerPoint;

    /**
     * @param fontSwap the font each laid-out font is drawn in (the booklet's cut), or null for as laid out
     */
    PagePainter(ITextRenderer renderer, UnaryOperator<FSFont> fontSwap) {
        this.renderer = renderer;
        this.device = (ClippedTextOutputDevice) renderer.getOutputDevice();
        this.fontSwap = fontSwap;
        this.pages = renderer.getRootBox().getLayer().getPages();
        this.dotsPerPoint = device.getDotsPerPoint();
        renderer.getRootBox().getLayer().assignPagePaintingPositions(context(0, 1, pages.size()), PAGED_MODE_PRINT);
    }

    int pageCount() {
        return pages.size();
    }

    /** Page {@code index}'s size in points. */
    com.lowagie.text.Rectangle pageSize(int index) {
        RenderingContext c = context(index, index + 1, pages.size());
        PageBox page = pages.get(index);
        return new com.lowagie.text.Rectangle(0, 0, page.getWidth(c) / dotsPerPoint, page.getHeight(c) / dotsPerPoint);
    }

    /** The whole page, margin boxes included, as number {@code pageNumber} of {@code totalPages}. */
    void paintPage(int index, PdfWriter writer, PdfContentByte target, int pageNumber, int totalPages) {
        RenderingContext c = begin(index, writer, target, pageNumber, totalPages);
        PageBox page = pages.get(index);
        page.paintBackground(c, 0, PAGED_MODE_PRINT);
        page.paintMarginAreas(c, 0, PAGED_MODE_PRINT);
        page.paintBorder(c, 0, PAGED_MODE_PRINT);
        paintContent(c, page);
        end();
    }

    /** The page without its margin boxes. */
    void paintBody(int index, PdfWriter writer, PdfContentByte target) {
        RenderingContext c = begin(index, writer, target, index + 1, pages.size());
        PageBox page = pages.get(index);
        page.paintBackground(c, 0, PAGED_MODE_PRINT);
        page.paintBorder(c, 0, PAGED_MODE_PRINT);
        paintContent(c, page);
        end();
    }

    /** Only the page's margin boxes, their counter(page) and counter(pages) set to the numbers given. */
    void paintMarginBoxes(int index, PdfWriter writer, PdfContentByte target, int pageNumber, int totalPages) {
        RenderingContext c = begin(index, writer, target, pageNumber, totalPages);
        pages.get(index).paintMarginAreas(c, 0, PAGED_MODE_PRINT);
        end();
    }

    /**
     * What Flying Saucer does around a document's pages, done once: its {@code <title>} and
     * {@code <meta>} into the PDF's document information, and its bookmarks, pointing at its pages,
     * which were made after {@code pagesBefore} others.
     */
    /** The laid-out document's language ({@code lang} of its root element). */
    String language() {
        return renderer.getDocument().getDocumentElement().getAttribute("lang");
    }

    void writeInfoAndBookmarks(PdfWriter writer, com.lowagie.text.Document pdf, int pagesBefore) {
        device.setWriter(writer);
        device.setRoot(renderer.getRootBox());
        device.start(renderer.getDocument());
        addIfPresent(device.getMetadataByName("title"), pdf::addTitle);
        addIfPresent(device.getMetadataByName("author"), pdf::addAuthor);
        addIfPresent(device.getMetadataByName("subject"), pdf::addSubject);
        addIfPresent(device.getMetadataByName("keywords"), pdf::addKeywords);
        device.setStartPageNo(pagesBefore);
        device.finish(context(0, 1, pages.size()), renderer.getRootBox());
    }

    private static void addIfPresent(String value, Consumer<String> field) {
        if (value != null) {
            field.accept(value);
        }
    }

    private RenderingContext begin(int index, PdfWriter writer, PdfContentByte target, int pageNumber, int totalPages) {
        RenderingContext c = context(index, pageNumber, totalPages);
        device.setWriter(writer);
        device.setRoot(renderer.getRootBox());
        device.drawFontsAs(fontSwap);
        device.initializePage(target, pages.get(index).getHeight(c) / dotsPerPoint);
        return c;
    }

    private void end() {
        device.finishPage();
        device.drawFontsAs(null);
    }

    private void paintContent(RenderingContext c, PageBox page) {
        Shape working = device.getClip();
        Rectangle content = page.getPrintClippingBounds(c);
        device.clip(content);
        int top = -page.getPaintingTop() + page.getMarginBorderPadding(c, Edge.TOP);
        int left = page.getMarginBorderPadding(c, Edge.LEFT);
        device.translate(left, top);
        renderer.getRootBox().getLayer().paint(c);
        device.translate(-left, -top);
        device.setClip(working);
    }

    /**
     * A context painting page {@code index} as number {@code pageNumber} of {@code totalPages}:
     * Flying Saucer counts counter(page) from the initial page number and counter(pages) as the
     * initial page number plus the page count, less one.
     */
    private RenderingContext context(int index, int pageNumber, int totalPages) {
        SharedContext shared = renderer.getSharedContext();
        ITextFontContext fonts = new ITextFontContext();
        shared.getTextRenderer().setup(fonts);
        Layer layer = renderer.getRootBox().getLayer();
        int initial = pageNumber - index;
        RenderingContext c = shared.newRenderingContextInstance(device, fonts, layer, initial);
        c.setPageCount(totalPages - initial + 1);
        c.setPage(index, pages.get(index));
        return c;
    }
}
