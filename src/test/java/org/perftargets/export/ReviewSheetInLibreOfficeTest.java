package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;
import org.perftargets.output.Group;

/**
 * 审核意见表.xlsx opened in LibreOffice and exported to PDF prints as the office needs it: A4
 * landscape, every column on the page, the header row on every page. Skipped where LibreOffice
 * is not installed.
 */
class ReviewSheetInLibreOfficeTest {

    @TempDir
    Path dir;

    private static String soffice() {
        for (String p : new String[] {"/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"}) {
            if (new File(p).canExecute()) {
                return p;
            }
        }
        return null;
    }

    @Test
    void libreOfficePrintsItOnA4LandscapeWithTheHeaderOnEveryPage() throws IOException, InterruptedException {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice not installed");
        List<Project> projects = new ArrayList<>();
        List<ReviewFinding> review = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Project p = ReviewSheetTest.project("单位" + (i % 3), "项目" + i, i + 2);
            projects.add(p);
            review.add(ReviewSheetTest.finding(p, ReviewPoint.COMPLETENESS, "产出指标中没有「成本指标」"));
            review.add(ReviewSheetTest.finding(p, ReviewPoint.VAGUE, "指标「办公自动化水平」（效益指标 / 社会效益指标）的指标值「提升」用「提升」表述，无法衡量做到什么程度"));
        }
        Group g = Group.of(new GroupKey(2023, "上海市公安局"), projects, Set.of(), List.of(), review, true, false, List.of());
        Path xlsx = dir.resolve("review.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            ReviewSheetWriter.write(g, out);
        }
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.txt").toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in time");
        Path pdf = dir.resolve("review.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("lo.txt")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "60 findings take more than a page: " + doc.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                var box = doc.getPage(page - 1).getMediaBox();
                assertEquals(842, Math.round(box.getWidth()), 2, "landscape");
                assertEquals(595, Math.round(box.getHeight()), 2);
                text.setStartPage(page);
                text.setEndPage(page);
                String t = text.getText(doc);
                for (String header : ReviewSheetWriter.HEADERS) {
                    assertTrue(t.contains(header), "page " + page + " has the header " + header);
                }
            }
            String all = new PDFTextStripper().getText(doc);
            assertTrue(all.contains("60") && all.contains("项目29"), "every row is printed");
        }
    }
}
