package org.perftargets.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The sheet PDF of a long form laid out in parts ({@link FormInParts}), written as the parts come:
 * Flying Saucer writes a PDF from one laid-out document only, so the pages are painted here, as the
 * booklet paints them ({@link PagePainter}). The footer 第 n 页 共 m 页 of each page is left as an
 * empty form XObject and painted by {@link #finish()}, when the number of pages is known, from the
 * margin boxes of the form's first pages laid out alone ({@link FormInParts.Part#footers}): a part
 * laid out again may move the pages that follow it.
 */
final class SheetFromParts {

    private final OutputStream out;
    /** Made with the first page: the job makes one of these for every form, and nearly all are laid out whole. */
    private ReproducibleInfo info;
    private final List<PdfTemplate> footers = new ArrayList<>();
    /** The last part's layout of the form's first pages: the document's title and subject, the footers' margin boxes. */
    private PagePainter margins;
    private Document document;
    private PdfWriter writer;

    SheetFromParts(OutputStream out) {
        this.out = out;
    }

    /** Paints a part's pages; the part's layout may be dropped afterwards. */
    void paint(FormInParts.Part part) {
        if (info == null) {
            info = new ReproducibleInfo();
        }
        info.add(part.xhtml());
        PagePainter painter = new PagePainter(part.renderer(), null);
        if (part.last()) {
            margins = new PagePainter(part.footers(), null);
        }
        for (int k = 0; k < part.pages(); k++) {
            Rectangle size = painter.pageSize(k);
            PdfContentByte page = newPage(size);
            painter.paintBody(k, writer, page);
            PdfTemplate footer = page.createTemplate(size.getWidth(), size.getHeight());
            page.addTemplate(footer, 0, 0);
            footers.add(footer);
        }
    }

    /** Paints every page's footer, writes the document information and closes the PDF. */
    void finish() throws IOException {
        if (margins == null) {
            throw new IllegalStateException("申报表还缺最后一部分");
        }
        int total = footers.size();
        for (int i = 0; i < total; i++) {
            margins.paintMarginBoxes(Math.min(i, margins.pageCount() - 1), writer, footers.get(i), i + 1, total);
        }
        margins.writeInfoAndBookmarks(writer, document, 0);
        info.language(margins.language());
        info.applyTo(writer);
        PdfArchive.beforeClose(writer);
        try {
            document.close();
        } catch (ExceptionConverter e) {
            throw PdfArchive.writeFailure(e);
        }
    }

    private PdfContentByte newPage(Rectangle size) {
        if (document == null) {
            document = new Document(size, 0, 0, 0, 0);
            writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            PdfArchive.beforeOpen(writer);
            document.open();
        } else {
            document.setPageSize(size);
            document.newPage();
        }
        return writer.getDirectContent();
    }
}
