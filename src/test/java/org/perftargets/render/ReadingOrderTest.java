package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

/**
 * The text of a sheet and of the booklet can be searched and read in order: the project's name,
 * then each indicator's name and value, each whole even where its cell wraps it onto several lines
 * (a wrapped cell's lines come out one after the other, with no other cell's text between them).
 *
 * <p>Read in the order the text is drawn, as {@code pdftotext -raw} does: with PDFBox's
 * PDFTextStripper, sort off (its default), which runs everywhere; and with poppler's pdftotext -raw
 * itself where it is installed (skipped with a note where not).
 */
class ReadingOrderTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(Templates.bundled());

    @TempDir
    Path dir;

    /** What must come out whole, in this order: the name, then each indicator's name and value. */
    private static List<String> expected(Project p) {
        List<String> out = new ArrayList<>();
        out.add(p.name());
        for (Indicator i : p.indicators()) {
            out.add(i.name());
            if (!i.value().printed().isEmpty()) {
                out.add(i.value().printed());
            }
        }
        return out;
    }

    private static String stripped(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** pdftotext -raw's text, or null when poppler-utils is not installed. */
    private String poppler(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.write(Files.createTempFile(dir, "form", ".pdf"), pdf);
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return null;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    /** Line breaks and spaces dropped: a cell wrapped over lines reads as one string again. */
    private static void assertWholeAndInOrder(String label, String text, List<Project> projects) {
        String joined = PdfRendererTest.squeeze(text);
        int at = 0;
        for (Project p : projects) {
            try {
                at = PdfRendererTest.assertInOrder(joined, at, expected(p));
            } catch (AssertionError e) {
                throw new AssertionError(label + ", " + p.name() + ": " + e.getMessage(), e);
            }
        }
    }

    private void check(String label, byte[] pdf, List<Project> projects) throws Exception {
        assertWholeAndInOrder(label + " (PDFTextStripper)", stripped(pdf), projects);
        String raw = poppler(pdf);
        if (raw != null) {
            assertWholeAndInOrder(label + " (pdftotext -raw)", raw, projects);
        }
    }

    @Test
    void theSamplesSheetsAndBookletReadWholeAndInOrder() throws Exception {
        List<Project> sample = new IntakeReader().readAll(WorkbookFiles.list(Path.of("input"))).declarations().projects();
        assertEquals(23, sample.size());
        for (Project p : sample) {
            check(p.name(), PdfRendererTest.sheet(RENDERER, p), List.of(p));
        }
        ByteArrayOutputStream booklet = new ByteArrayOutputStream();
        RENDERER.renderBooklet(new GroupKey(2023, sample.get(0).department()), sample, booklet);
        check("汇总表", booklet.toByteArray(), sample);
    }

    @Test
    void wrappedNamesOfALongFormReadWhole() throws Exception {
        Project p = Fixture.longForm();
        assertTrue(p.indicators().stream().anyMatch(i -> i.name().length() > 30), "names long enough to wrap");
        check(p.name(), PdfRendererTest.sheet(RENDERER, p), List.of(p));
    }

    @Test
    void aNameWithCharactersOutsideGb2312ReadsWhole() throws Exception {
        Project p = Fixture.rareCharacters();
        check(p.name(), PdfRendererTest.sheet(RENDERER, p), List.of(p));
    }

    @Test
    void aNameWithCharactersOfTheFallbackFontReadsWhole() throws Exception {
        Project d = Fixture.detention();
        List<Indicator> indicators = new ArrayList<>(d.indicators());
        Indicator first = indicators.get(0);
        indicators.set(0, new Indicator(first.level1(), first.level2(), "𠮷野家社区留置专区特保人员配置人数及𠀾路服务点位覆盖情况（按季度统计）",
                first.value(), first.origin()));
        Project p = new Project(d.year(), d.department(), d.unit(), d.code(), "𠮷野家𠀾路留置专区保障经费项目", d.nature(), d.category(),
                d.start(), d.end(), d.lifetime(), d.annual(), d.overallGoal(), d.annualGoal(), indicators, d.origin());
        check(p.name(), PdfRendererTest.sheet(RENDERER, p), List.of(p));
    }

    @Test
    void pdftotextIsThereOrItsCheckIsSkipped() throws Exception {
        Assumptions.assumeTrue(poppler(PdfRendererTest.sheet(RENDERER, Fixture.detention())) != null,
                "pdftotext (poppler-utils) is not installed: the pdftotext -raw checks are skipped, PDFTextStripper's still run");
    }
}
