package org.perftargets.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Makes a PDF an archive file, PDF/A-1b (ISO 19005-1): OpenPDF's PDF/A-1b mode (PDF 1.4; it refuses
 * a font not embedded and transparency, and gives each page a TrimBox), an sRGB output intent and
 * XMP metadata made from the document information. veraPDF checks the result (PdfArchiveTest).
 *
 * <p>The output intent's profile is {@code color/sRGB.icc}, a file of ours (Little CMS's sRGB, zlib
 * licence), written byte for byte: the JDK's own sRGB profile differs between JDK 17 and 25, and
 * OpenPDF's {@code setOutputIntents} re-serialises any profile through the JDK (6,922 bytes in,
 * 6,924 out), either of which would make the same input give other bytes on another machine.
 */
final class PdfArchive {

    private static final String PROFILE = "/color/sRGB.icc";
    private static final String CONDITION = "sRGB IEC61966-2.1";
    /** The profile deflated once: every PDF carries the same stream. */
    private static final byte[] SRGB_DEFLATED = deflated(read());

    private PdfArchive() {
    }

    /** Call before the document is opened: OpenPDF takes the conformance only then. */
    static void beforeOpen(PdfWriter writer) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
    }

    /**
     * Call last before the document is closed, once the document information (title, dates) is
     * final: the XMP copies it, and PDF/A requires the two to agree.
     */
    static void beforeClose(PdfWriter writer) {
        PdfStream profile = new PdfStream(SRGB_DEFLATED);
        profile.put(PdfName.FILTER, PdfName.FLATEDECODE);
        profile.put(PdfName.N, new PdfNumber(3));
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(CONDITION));
        intent.put(PdfName.INFO, new PdfString(CONDITION));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        writer.createXmpMetadata();
    }

    /**
     * OpenPDF wraps a failed write (a full disk) in an ExceptionConverter that hides it from the
     * cause chain; the IOException itself lets the job tell the user what the machine refused.
     */
    static IOException writeFailure(com.lowagie.text.ExceptionConverter e) {
        return e.getException() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    private static byte[] deflated(byte[] profile) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        try (java.util.zip.DeflaterOutputStream zip = new java.util.zip.DeflaterOutputStream(out, deflater)) {
            zip.write(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] read() {
        try (InputStream in = PdfArchive.class.getResourceAsStream(PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("缺少资源 " + PROFILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("资源 " + PROFILE + " 无法读取", e);
        }
    }
}
