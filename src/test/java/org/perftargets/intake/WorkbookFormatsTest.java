package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/** The file formats offices really send: WPS's .et, and Excel's Strict Open XML. */
class WorkbookFormatsTest {

    @TempDir
    Path dir;

    @Test
    void aWpsEtFileIsReadLikeAnXls() throws IOException {
        Path xls = StandardSample.of(TestWorkbook.xls(), "p").save(dir, "申报");
        Path et = Files.move(xls, dir.resolve("申报.et"));
        WorkbookFiles.Listing listing = WorkbookFiles.list(dir);
        assertEquals(1, listing.workbooks().size());
        IntakeResult r = new IntakeReader().readAll(listing);
        assertEquals(1, r.declarations().projects().size(), r.findings().toString());
        assertEquals(3, r.declarations().projects().get(0).indicators().size());
        assertTrue(Files.exists(et));
    }

    @Test
    void aStrictOpenXmlWorkbookGetsAMessageSayingHowToSaveItNotDamaged() throws IOException {
        Path xlsx = StandardSample.of(TestWorkbook.xlsx(), "p").save(dir, "严格");
        Path strict = dir.resolve("严格格式.xlsx");
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(strict))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith(".rels") || e.getName().endsWith(".xml")) {
                    // What Excel writes for 另存为 → Strict Open XML 电子表格.
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                    "http://purl.oclc.org/ooxml/officeDocument/relationships")
                            .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    "http://purl.oclc.org/ooxml/spreadsheetml/main")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        IntakeResult r = new IntakeReader().read(strict);
        assertEquals(1, r.findings().size(), r.findings().toString());
        String m = r.findings().get(0).describe();
        assertTrue(m.contains("严格 Open XML") && m.contains("另存为") && !m.contains("损坏"), m);
    }
}
