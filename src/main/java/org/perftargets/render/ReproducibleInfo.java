package org.perftargets.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * Makes the same input give the same bytes: OpenPDF would stamp the clock into the dates and the
 * document ID. Here the dates are a fixed instant and the ID is a digest of the XHTML rendered.
 * Also sets the document language (from the root element's lang), leaves the caller's stream open,
 * and makes a sheet PDF/A-1b ({@link PdfArchive}).
 */
final class ReproducibleInfo implements PDFCreationListener {

    /** Same instant as the build's project.build.outputTimestamp. */
    private static final Calendar FIXED_DATE = fixedDate();

    private final MessageDigest digest;
    private String language = "zh-CN";

    ReproducibleInfo() {
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds one rendered document's XHTML into the ID. */
    void add(String xhtml) {
        digest.update(xhtml.getBytes(StandardCharsets.UTF_8));
    }

    void language(String lang) {
        if (lang != null && !lang.isBlank()) {
            language = lang;
        }
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        renderer.getWriter().setCloseStream(false);
        PdfArchive.beforeOpen(renderer.getWriter());
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        applyTo(renderer.getWriter());
        PdfArchive.beforeClose(renderer.getWriter());
    }

    /** Sets the language, the dates and the ID; call just before the document is closed. */
    void applyTo(PdfWriter writer) {
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(FIXED_DATE);
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        byte[] id = digest.digest();
        // OpenPDF takes the trailer /ID from this entry when there is one.
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static Calendar fixedDate() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2026, Calendar.JANUARY, 1, 0, 0, 0);
        return c;
    }
}
