package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;

/**
 * A province's booklet has an overview of tens of thousands of lines: it is laid out in parts, each
 * ending where a page ends, so that only one part's layout is held at a time. In parts or whole, the
 * reader gets the same pages.
 */
class FrontMatterPartsTest {

    private static final List<Project> PROJECTS = Fixture.booklet(90);
    private static final GroupKey GROUP = new GroupKey(2023, Fixture.DEPT);

    private static byte[] booklet(PdfRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderBooklet(GROUP, PROJECTS, out);
        return out.toByteArray();
    }

    @Test
    void theBundledTemplatesAreLaidOutInParts() {
        assertTrue(Templates.bundled().mentions(PdfRenderer.FRONT, "front.from"));
        assertTrue(Templates.bundled().mentions(PdfRenderer.SELF_FRONT, "front.from"));
    }

    @Test
    void anOverviewLaidOutInPartsPrintsTheSamePagesAsWhole() throws IOException {
        byte[] whole = booklet(new PdfRenderer(Templates.bundled(), Integer.MAX_VALUE));
        byte[] parts = booklet(new PdfRenderer(Templates.bundled(), 25));
        try (PDDocument a = Loader.loadPDF(whole); PDDocument b = Loader.loadPDF(parts)) {
            assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
            int front = frontPages(a);
            assertTrue(front >= 4, "the overview runs over pages: " + front);
            for (int p = 1; p <= front; p++) {
                assertEquals(PdfRendererTest.text(a, p, p), PdfRendererTest.text(b, p, p), "page " + p);
            }
            String overview = PdfRendererTest.text(b, 2, front);
            assertEquals(1, count(overview, "合计（"), "one total line");
            assertEquals(a.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle(),
                    b.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
            assertEquals(a.getDocumentInformation().getTitle(), b.getDocumentInformation().getTitle());
        }
    }

    @Test
    void thePartsGiveTheSameBytesEveryTime() throws IOException {
        assertEquals(java.util.Arrays.hashCode(booklet(new PdfRenderer(Templates.bundled(), 25))),
                java.util.Arrays.hashCode(booklet(new PdfRenderer(Templates.bundled(), 25))));
    }

    /** The cover and the overview: the pages before the first form's (its title is on its first page). */
    private static int frontPages(PDDocument doc) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (PdfRendererTest.text(doc, p, p).contains("财政项目支出绩效目标申报表")
                    && PdfRendererTest.text(doc, p, p).contains("项目名称")) {
                return p - 1;
            }
        }
        return doc.getNumberOfPages();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
