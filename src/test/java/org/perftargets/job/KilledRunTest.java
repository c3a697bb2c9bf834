package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.intake.StandardWorkbookWriter;

/**
 * A run killed half-way (kill -9, like a closed laptop or a killed process) leaves no
 * half-written PDF, XLSX or CSV under a final name: every file with a final name opens whole.
 */
class KilledRunTest {

    @TempDir
    Path dir;

    @Test
    void everyFileUnderAFinalNameIsCompleteAfterAKill() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path output = dir.resolve("output");
        AtomicFile.write(input.resolve("大.xlsx"), o -> StandardWorkbookWriter.write(SyntheticDeclarations.generate(300, 7), o));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.perftargets.Main",
                "--input=" + input, "--output=" + output)
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        // Wait until some sheets are written, so the kill lands in the middle of the work.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (countSheets(output) < 20 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(dir.resolve("console.txt")));
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        List<Path> finals;
        try (Stream<Path> s = Files.walk(output)) {
            finals = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(AtomicFile.PART_SUFFIX)).toList();
        }
        assertTrue(finals.size() >= 20, "sheets written before the kill: " + finals.size());
        for (Path f : finals) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                    assertTrue(doc.getNumberOfPages() > 0, name);
                }
                byte[] b = Files.readAllBytes(f);
                assertTrue(new String(b, b.length - 8, 8, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF"), name);
            } else if (name.endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    assertTrue(wb.getNumberOfSheets() > 0, name);
                }
            }
        }
    }

    /** Sheets written so far; a directory listing, since the running job renames files under our feet. */
    private static long countSheets(Path output) throws IOException {
        Path sheets = output.resolve("2023/上海市公安局/申报表");
        if (!Files.isDirectory(sheets)) {
            return 0;
        }
        long n = 0;
        try (var listing = Files.newDirectoryStream(sheets, "*.xlsx")) {
            for (Path ignored : listing) {
                n++;
            }
        }
        return n;
    }
}
