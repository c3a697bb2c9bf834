package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form workbook opened in LibreOffice and exported to PDF prints as the form: one A4
 * portrait page wide, the data in place. Skipped where LibreOffice is not installed.
 */
class FormWorkbookInLibreOfficeTest {

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
    void libreOfficeExportsTheFormAsAnA4Page() throws IOException, InterruptedException {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice not installed");
        Path xlsx = dir.resolve("form.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            FormWorkbookWriter.write(FormWorkbookTest.project(), out);
        }
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.txt").toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in time");
        Path pdf = dir.resolve("form.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("lo.txt")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "a short form fits one page");
            var box = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(box.getWidth()), 2);
            assertEquals(842, Math.round(box.getHeight()), 2);
            String text = new PDFTextStripper().getText(doc);
            for (String s : new String[] {"2023-01-01", "2023-12-31", "12,229,200.00", "0.00"}) {
                assertTrue(text.contains(s), s + " in " + text);
            }
        }
    }

    @Test
    void aLongFormPrintsPageNumbersAndRepeatsTheGroupLabelsOnItsContinuedPages() throws IOException, InterruptedException {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice not installed");
        Path xlsx = dir.resolve("long.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            FormWorkbookWriter.write(FormWorkbookTest.longForm(60), out);
        }
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.txt").toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in time");
        Path pdf = dir.resolve("long.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("lo.txt")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "60 indicators over three pages or more: " + pages);
            for (int k = 1; k <= pages; k++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(k);
                s.setEndPage(k);
                String text = s.getText(doc).replaceAll("\\s+", "");
                assertTrue(text.contains("第" + k + "页共" + pages + "页"), "footer of page " + k + ": " + text);
                if (k == 2) {
                    // Page 2 starts inside the 质量指标 group of 产出指标, whose cells began on page 1.
                    assertTrue(text.contains("三级指标") && text.contains("产出指标") && text.contains("质量指标"),
                            "the header and the group's labels repeated: " + text);
                }
            }
        }
    }
}
