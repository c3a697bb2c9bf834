package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.intake.StandardWorkbookWriter;
import org.perftargets.job.BatchJob;
import org.perftargets.job.JobOptions;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF the job writes is PDF/A-1b, as veraPDF (the reference validator) judges it: the
 * sample's booklet and its 23 sheets, and a self-evaluation run whose project name has 𠮷 (printed
 * in the fallback font 花园明朝B) with its sheets and both booklets.
 */
class PdfArchiveTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** veraPDF's failed rules for the file, with their messages and where; empty when it is PDF/A-1b. */
    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage() + " @ "
                            + a.getLocation().getContext());
                }
            }
            assertEquals(failed.isEmpty(), result.isCompliant(), failed.toString());
            return failed;
        }
    }

    private static void assertPdfA(Path pdf) throws Exception {
        List<String> failed = failures(Files.readAllBytes(pdf));
        assertTrue(failed.isEmpty(), pdf.getFileName() + " is not PDF/A-1b: "
                + failed.stream().distinct().limit(20).collect(Collectors.joining("\n  ", "\n  ", "")));
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static Path run(Path input, String name) {
        Path out = dir.resolve(name);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = new BatchJob(JobOptions.of(input, out), new PrintStream(console, true, StandardCharsets.UTF_8)).run().exitCode();
        assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void theValidatorRejectsAPdfThatIsNotPdfA() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(out);
        }
        assertFalse(failures(out.toByteArray()).isEmpty(), "no output intent, no XMP: not PDF/A");
    }

    @Test
    void theSamplesBookletAndSheetsArePdfA1b() throws Exception {
        List<Path> pdfs = pdfs(run(Path.of("input"), "sample"));
        assertEquals(24, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            assertPdfA(pdf);
        }
    }

    /** A form of 1,600 indicators, about 57 pages, is laid out in parts and painted by us, not by Flying Saucer. */
    @Test
    void aLongFormLaidOutInPartsIsPdfA1bInItsSheetAndTheBooklet() throws Exception {
        Project one = SyntheticDeclarations.generate(1, 7).get(0);
        List<Indicator> many = new ArrayList<>();
        for (int i = 0; i < 1_600; i++) {
            Indicator k = one.indicators().get(i * one.indicators().size() / 1_600);
            many.add(new Indicator(k.level1(), k.level2(), k.name() + "（" + i + "）", k.value(), k.origin()));
        }
        Path in = Files.createDirectories(dir.resolve("long-input"));
        try (OutputStream o = Files.newOutputStream(in.resolve("长表.xlsx"))) {
            StandardWorkbookWriter.write(List.of(one.withIndicators(many)), o);
        }
        List<Path> pdfs = pdfs(run(in, "long"));
        assertEquals(2, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                // More than a part's 50 pages and the two a last part may add.
                assertTrue(doc.getNumberOfPages() > 52, pdf + ": " + doc.getNumberOfPages() + " pages");
            }
            assertPdfA(pdf);
        }
    }

    @Test
    void aSelfEvaluationWithARareCharacterIsPdfA1bInEveryFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("self-input"));
        List<String> names = List.of("𠮷野家专区保障经费", "信息化运维项目");
        TestWorkbook wb = TestWorkbook.xlsx();
        List<Object> header = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        header.addAll(List.of("年初预算数", "全年预算数", "全年执行数", "实际完成情况"));
        wb.row("项目", header.toArray());
        for (String name : names) {
            List<Object> row = StandardSample.projectRow(name);
            row.addAll(Arrays.asList(null, 12229200, 11006280, "已完成"));
            wb.row("项目", row.toArray());
        }
        List<Object> ih = new ArrayList<>(StandardSample.INDICATOR_HEADERS);
        ih.addAll(List.of("实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
        wb.row("绩效指标", ih.toArray());
        for (String name : names) {
            List<String> actuals = List.of("58", "0", "85%");
            int k = 0;
            for (List<Object> r : StandardSample.indicatorRows(name)) {
                List<Object> row = new ArrayList<>(r);
                row.add(actuals.get(k++));
                wb.row("绩效指标", row.toArray());
            }
        }
        wb.save(in, "自评");
        Path out = run(in, "self");
        List<Path> pdfs = pdfs(out);
        // Two 申报表 and two 自评表 sheets, the 汇总表 and the 自评汇总表.
        assertEquals(6, pdfs.size(), pdfs.toString());
        Path rare = pdfs.stream().filter(p -> p.toString().contains("申报表/𠮷")).findFirst().orElseThrow();
        try (InputStream s = Files.newInputStream(rare)) {
            assertTrue(new String(s.readAllBytes(), StandardCharsets.ISO_8859_1).contains("HanaMinB"),
                    "𠮷 is printed in the fallback font, embedded");
        }
        for (Path pdf : pdfs) {
            assertPdfA(pdf);
        }
    }
}
