package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path dir;

    /** A copy of the project's templates/ folder the test may edit. */
    private Path copyOfTemplates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private static void replaceLine(Path file, int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(line - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String sheetText(Templates t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(t).renderSheet(Fixture.detention(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return PdfRendererTest.text(doc, 1, doc.getNumberOfPages());
        }
    }

    @Test
    void bundledTemplatesAreTheTemplatesFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                try (var in = Templates.class.getResourceAsStream("/templates/" + f.getFileName())) {
                    assertTrue(in != null, "packaged: " + f.getFileName());
                    assertEquals(Files.readString(f), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void aTemplateDirectoryOverridesTheBundledOnes() throws IOException {
        Path d = copyOfTemplates();
        Path form = d.resolve("form.ftlh");
        Files.writeString(form, Files.readString(form).replace("<h1>${f.title}</h1>", "<h1>改过的标题</h1>"));
        assertTrue(sheetText(Templates.from(d)).contains("改过的标题"));
        assertTrue(sheetText(Templates.from(d.resolve("no-such-dir"))).contains("财政项目支出绩效目标申报表"));
    }

    @Test
    void anErrorInATemplateNamesTheTemplateAndLineInChinese() throws IOException {
        Path d = copyOfTemplates();
        replaceLine(d.resolve("form.ftlh"), 12, "<p>${f.noSuchField}</p>");
        TemplateError e = assertThrows(TemplateError.class, () -> sheetText(Templates.from(d)));
        assertTrue(e.getMessage().startsWith("模板 form.ftlh 第 12 行出错："), e.getMessage());
        assertEquals(0, e.getStackTrace().length, "the user sees the message, not a stack trace");
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndLine() throws IOException {
        Path d = copyOfTemplates();
        replaceLine(d.resolve("sheet.ftlh"), 7, "<#if>");
        TemplateError e = assertThrows(TemplateError.class, () -> sheetText(Templates.from(d)));
        assertTrue(e.getMessage().startsWith("模板 sheet.ftlh 第 7 行出错："), e.getMessage());
    }

    @Test
    void malformedXhtmlIsReportedAgainstTheTemplate() throws IOException {
        Path d = copyOfTemplates();
        Path sheet = d.resolve("sheet.ftlh");
        Files.writeString(sheet, Files.readString(sheet).replace("</body>", "<div></body>"));
        TemplateError e = assertThrows(TemplateError.class, () -> sheetText(Templates.from(d)));
        assertTrue(e.getMessage().startsWith("模板 sheet.ftlh 生成的 XHTML 无法解析：第 "), e.getMessage());
    }
}
