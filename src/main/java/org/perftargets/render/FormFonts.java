package org.perftargets.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The bundled Noto Serif SC (regular and bold), parsed once per JVM and shared by every renderer
 * and thread (OpenPDF keeps per-document glyph use in the writer, not in the BaseFont). Output
 * never depends on system fonts: the CSS names only this family.
 *
 * <p>It comes in two cuts. The common cut holds the 6,763 hanzi of GB 2312 and every other
 * character of the font (9,446 glyphs); the full font holds all 30,920. OpenPDF writes a glyph
 * index and width table as long as the whole font into every PDF, so a document set in the common
 * cut is about a fifth faster to write and a third smaller. A document with any character the
 * common cut lacks is set wholly in the full font, so no character is ever dropped.
 */
final class FormFonts {

    /** The font-family name the templates use. */
    static final String FAMILY = "Noto Serif SC";

    private static final String[] COMMON = {"NotoSerifSC-Regular-GB2312.ttf", "NotoSerifSC-Bold-GB2312.ttf"};
    private static final String[] FULL = {"NotoSerifSC-Regular.ttf", "NotoSerifSC-Bold.ttf"};

    /**
     * The family of the fallback font: 花园明朝B (HanaMinB, GlyphWiki, SIL OFL 1.1, Debian's
     * fonts-hanazono), for the CJK extension blocks B and beyond (𠮷, 𠀾: names of people and places)
     * that Noto Serif SC lacks. One weight; loaded only when a text needs it.
     */
    static final String FALLBACK_FAMILY = "HanaMinB";
    private static final String[] FALLBACK = {"HanaMinB.ttf"};

    private static volatile FormFonts shared;

    private final Faces common;
    /** Loaded on first need: most runs never meet a character outside GB 2312. */
    private volatile Faces full;
    /** Loaded on first need: most runs never meet a character Noto Serif SC lacks. */
    private volatile Faces fallback;
    /** Each common-cut face as the resolver described it, and the same face of the full font. */
    private final Map<FontDescription, FontDescription> fullFaces = new ConcurrentHashMap<>();

    /** Regular advances (ems) of the Basic Multilingual Plane looked up so far, 0 for not yet: BaseFont boxes every character it is asked about. */
    private final float[] advances = new float[0x10000];

    private FormFonts() {
        common = new Faces(COMMON);
    }

    static FormFonts shared() {
        FormFonts f = shared;
        if (f == null) {
            synchronized (FormFonts.class) {
                f = shared;
                if (f == null) {
                    shared = f = new FormFonts();
                }
            }
        }
        return f;
    }

    /** Whether the common cut has a glyph, in both weights, for every printable character of the text. */
    boolean commonCovers(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c >= ' ' && !common.has(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The character's advance in the regular face, in ems: the common cut's (which keeps the full
     * font's advances), the full font's for a character the cut lacks, one em for any other.
     */
    float advance(int c) {
        if (c < 0x10000) {
            float known = advances[c];
            if (known > 0) {
                return known;
            }
            // Written by any thread, always the same value: a race only repeats the lookup.
            return advances[c] = lookUpAdvance(c);
        }
        return lookUpAdvance(c);
    }

    private float lookUpAdvance(int c) {
        if (common.has(c)) {
            return common.fonts[0].getWidth(c) / 1000f;
        }
        if (full().has(c)) {
            return full().fonts[0].getWidth(c) / 1000f;
        }
        return 1f;
    }

    /** Whether the character needs the fallback font: Noto Serif SC lacks it and 花园明朝B has it. */
    boolean needsFallback(int c) {
        return c >= ' ' && !common.has(c) && !full().has(c) && fallback().has(c);
    }

    /** Whether some bundled font can print the character (line breaks and the like need none). */
    boolean canPrint(int c) {
        return c < ' ' || common.has(c) || full().has(c) || fallback().has(c);
    }

    /** Registers the fallback font's family with a renderer's resolver, for a document that uses it. */
    void installFallbackInto(ITextFontResolver resolver) {
        Faces f = fallback();
        resolver.addFont(f.fonts[0], f.paths[0], FALLBACK_FAMILY);
    }

    /**
     * Registers one cut with a renderer's resolver (cheap: no font parsing once loaded).
     *
     * @param fullFont the full font rather than the common cut
     */
    void installInto(ITextFontResolver resolver, boolean fullFont) {
        Faces faces = fullFont ? full() : common;
        for (int i = 0; i < faces.fonts.length; i++) {
            resolver.addFont(faces.fonts[i], faces.paths[i], FAMILY);
        }
    }

    /**
     * The same face and size in the full font, for a common-cut font; other fonts as they are. The
     * cut keeps the full font's advance widths, so text laid out in one is drawn in the other
     * without moving: a booklet set in the full font takes forms laid out in the cut for their sheets.
     */
    FSFont inFullFont(FSFont font) {
        if (font instanceof ITextFSFont f) {
            FontDescription full = fullFaces.computeIfAbsent(f.getFontDescription(), this::fullFace);
            if (full != null) {
                return new ITextFSFont(full, f.getSize2D());
            }
        }
        return font;
    }

    private FontDescription fullFace(FontDescription cut) {
        for (int i = 0; i < common.fonts.length; i++) {
            if (common.fonts[i] == cut.getFont()) {
                return new FontDescription(full().fonts[i], cut.getStyle(), cut.getWeight());
            }
        }
        return null;
    }

    private Faces full() {
        Faces f = full;
        if (f == null) {
            synchronized (this) {
                f = full;
                if (f == null) {
                    full = f = new Faces(FULL);
                }
            }
        }
        return f;
    }

    private Faces fallback() {
        Faces f = fallback;
        if (f == null) {
            synchronized (this) {
                f = fallback;
                if (f == null) {
                    fallback = f = new Faces(FALLBACK);
                }
            }
        }
        return f;
    }

    /** Regular and bold of one cut. */
    private static final class Faces {
        final BaseFont[] fonts;
        final String[] paths;
        /** Basic Multilingual Plane characters every face has: a bit test, where asking the fonts boxes each one. */
        final BitSet bmp = new BitSet(0x10000);

        Faces(String[] files) {
            fonts = new BaseFont[files.length];
            paths = new String[files.length];
            for (int i = 0; i < files.length; i++) {
                try {
                    byte[] bytes = read(files[i]);
                    fonts[i] = BaseFont.createFont(files[i], BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
                    // The subset tag (ABCDEF+) is random by default; a fixed one keeps output byte-identical.
                    fonts[i].setSecureRandom(FixedSubsetTag.INSTANCE);
                    // Level 1 deflates the embedded subset about three times faster than the default, for 8 % more bytes.
                    fonts[i].setCompressionLevel(1);
                    paths[i] = fileOf(files[i], bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException("字体 " + files[i] + " 无法读取", e);
                } catch (DocumentException e) {
                    throw new IllegalStateException("字体 " + files[i] + " 无法解析", e);
                }
            }
            for (int c = 0; c < 0x10000; c++) {
                if (allHave(c)) {
                    bmp.set(c);
                }
            }
        }

        boolean has(int c) {
            return c < 0x10000 ? bmp.get(c) : allHave(c);
        }

        private boolean allHave(int c) {
            for (BaseFont f : fonts) {
                if (!f.charExists(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = FormFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("缺少资源 /fonts/" + file);
            }
            return in.readAllBytes();
        }
    }

    /**
     * Flying Saucer reads a font's OS/2 weight from a file path. From a jar there is no such path,
     * so the font is copied once to a temporary file.
     */
    private static String fileOf(String file, byte[] bytes) throws IOException {
        URL url = FormFonts.class.getResource("/fonts/" + file);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).toString();
            } catch (URISyntaxException e) {
                // fall through to the copy
            }
        }
        Path tmp = Files.createTempFile("perftargets-", "-" + file);
        tmp.toFile().deleteOnExit();
        Files.copy(new java.io.ByteArrayInputStream(bytes), tmp, StandardCopyOption.REPLACE_EXISTING);
        return tmp.toString();
    }

    /** Always yields the same subset tag, AAAAAA+. */
    private static final class FixedSubsetTag extends SecureRandom {
        static final FixedSubsetTag INSTANCE = new FixedSubsetTag();

        @Override
        public double nextDouble() {
            return 0.0;
        }
    }
}
