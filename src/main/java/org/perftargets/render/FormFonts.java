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

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The bundled Noto Serif SC (regular and bold), parsed once per JVM and shared by every renderer
 * and thread (OpenPDF keeps per-document glyph use in the writer, not in the BaseFont). Output
 * never depends on system fonts: the CSS names only this family.
 */
final class FormFonts {

    /** The font-family name the templates use. */
    static final String FAMILY = "Noto Serif SC";

    private static final String[] FILES = {"NotoSerifSC-Regular.ttf", "NotoSerifSC-Bold.ttf"};

    private static volatile FormFonts shared;

    private final BaseFont[] fonts;
    private final String[] paths;
    private final long loadNanos;

    private FormFonts() {
        long t0 = System.nanoTime();
        fonts = new BaseFont[FILES.length];
        paths = new String[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            try {
                byte[] bytes = read(FILES[i]);
                fonts[i] = BaseFont.createFont(FILES[i], BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
                // The subset tag (ABCDEF+) is random by default; a fixed one keeps output byte-identical.
                fonts[i].setSecureRandom(FixedSubsetTag.INSTANCE);
                fonts[i].setCompressionLevel(1);
                paths[i] = fileOf(FILES[i], bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("字体 " + FILES[i] + " 无法读取", e);
            } catch (DocumentException e) {
                throw new IllegalStateException("字体 " + FILES[i] + " 无法解析", e);
            }
        }
        loadNanos = System.nanoTime() - t0;
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

    /** Time the first load took (reading and parsing both fonts). */
    long loadNanos() {
        return loadNanos;
    }

    /** Registers the shared fonts with one renderer's resolver (cheap: no font parsing). */
    void installInto(ITextFontResolver resolver) {
        for (int i = 0; i < fonts.length; i++) {
            resolver.addFont(fonts[i], paths[i], FAMILY);
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
