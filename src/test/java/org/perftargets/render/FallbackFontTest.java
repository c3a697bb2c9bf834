package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;

/**
 * Every character of the data is printed: the CJK extension blocks that Noto Serif SC lacks (𠮷,
 * 𠀾, found in names of people and places) in the bundled fallback font; what no bundled font
 * has (an emoji) is a warning at its cell.
 */
class FallbackFontTest {

    private static Project named(String name, String goal) {
        Project p = Fixture.detention();
        return new Project(p.year(), p.department(), p.unit(), p.code(), name, p.nature(), p.category(), p.start(), p.end(),
                p.lifetime(), p.annual(), p.overallGoal(), goal, p.indicators(), p.origin());
    }

    @Test
    void charactersOfTheExtensionBlocksArePrintedInTheFallbackFont() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(Templates.bundled()).renderSheet(named("𠮷野家𠀾路项目", "温度控制在25℃以内。"), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String t = PdfRendererTest.text(doc, 1, doc.getNumberOfPages());
            // Each character is printed; text extraction may place a fallback glyph apart (its font's
            // metrics differ; and the last two characters, kept together in their own box, may come
            // after it), so the characters are looked for one by one.
            for (String c : List.of("𠮷", "野家", "𠀾", "路")) {
                assertTrue(t.contains(c), c + " in " + t);
            }
            assertTrue(t.contains("25℃"), "℃ stays ℃: " + t);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(n -> n.contains("HanaMinB")), fonts.toString());
        }
    }

    @Test
    void aFormWithoutRareCharactersDoesNotEmbedTheFallbackFont() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(Templates.bundled()).renderSheet(Fixture.detention(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertTrue(!page.getResources().getFont(name).getName().contains("HanaMinB"));
                }
            }
        }
    }

    @Test
    void aCharacterNoBundledFontHasIsAWarningNamingItsCellAndTheCharacter() {
        PdfOutput output = new PdfOutput(java.nio.file.Path.of("no-templates-here"));
        List<Finding> findings = output.check(new Declarations(List.of(named("𠮷项目", "达成目标😀并保持。"), Fixture.detention())));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertTrue(!f.isError() && f.message().contains("年度总体目标") && f.message().contains("「😀」(U+1F600)"), f.describe());
    }

    @Test
    void theBookletsCoverAndOverviewPrintARareCharacterOfTheDepartmentToo() throws IOException {
        Project p = Fixture.detention();
        Project rare = new Project(p.year(), "上海市𠮷局", p.unit(), p.code(), "𠀾路项目", p.nature(), p.category(), p.start(),
                p.end(), p.lifetime(), p.annual(), p.overallGoal(), p.annualGoal(), p.indicators(), p.origin());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(Templates.bundled()).renderBooklet(new org.perftargets.model.GroupKey(2023, "上海市𠮷局"), List.of(rare), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String cover = PdfRendererTest.text(doc, 1, 1);
            String overview = PdfRendererTest.text(doc, 2, 2);
            assertTrue(cover.contains("𠮷"), cover);
            assertTrue(overview.contains("𠮷") && overview.contains("𠀾"), overview);
        }
    }
}
