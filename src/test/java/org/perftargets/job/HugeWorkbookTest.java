package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.ChildRun;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/**
 * One workbook that cannot be read, even one that would exhaust memory, costs only its own
 * projects: a workbook of a million styled rows (about 22 MB, 216 MB inflated) is refused in seconds in a JVM of
 * 256 MB of heap, in either layout, and the other department's booklet is still published.
 */
class HugeWorkbookTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    /** The two huge workbooks, made once for the class (about 5 s each), linked into each test's input. */
    @TempDir
    static Path made;

    private static Path huge(String sheet) throws IOException {
        Path file = made.resolve(sheet + ".xlsx");
        if (!Files.exists(file)) {
            millionRows(file, sheet);
        }
        return file;
    }

    private void putHuge(String sheet) throws IOException {
        Files.createLink(input.resolve("巨大.xlsx"), huge(sheet));
    }

    private Path input;
    private Path output;

    @BeforeEach
    void goodWorkbookOfAnotherDepartment() throws IOException {
        input = Files.createDirectories(dir.resolve("input"));
        output = dir.resolve("output");
        List<Object> row = StandardSample.projectRow("民政项目");
        row.set(StandardSample.col("主管部门"), "上海市民政局");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("民政项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input, "民政");
    }

    /** An .xlsx whose one sheet, named {@code sheet}, has a million rows of five styled cells. */
    private static void millionRows(Path file, String sheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"" + sheet
                    + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf/><xf numFmtId=\"4\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder b = new StringBuilder(1 << 20);
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= ROWS; r++) {
                b.append("<row r=\"").append(r).append("\">");
                for (char c = 'A'; c <= 'E'; c++) {
                    b.append("<c r=\"").append(c).append(r).append("\" s=\"1\"><v>").append(r * 7 + c).append("</v></c>");
                }
                b.append("</row>");
                if (b.length() > (1 << 20) - 400) {
                    zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            b.append("</sheetData></worksheet>");
            zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * The huge workbook is refused with its reason; the other workbook's sheets are published, its
     * booklet is not (the refused one's projects could be of its group), and the run goes on.
     */
    private void assertOnlyItsOwnProjectsAreLost(ChildRun.Result r, String message) {
        assertEquals(1, r.exitCode(), r.console());
        assertTrue(r.console().contains("巨大.xlsx：" + message), r.console());
        assertFalse(r.console().contains("程序内部错误") || r.console().contains("内存不足，本次运行已停止"), r.console());
        assertTrue(r.console().contains("生成申报表 1 张"), r.console());
        assertFalse(Files.exists(output.resolve("2023/上海市民政局/上海市民政局2023年度项目绩效目标汇总表.pdf")), r.console());
        assertTrue(r.console().contains("不知道其中的项目属于哪个年度和主管部门：本次不生成任何汇总表和 CSV"), r.console());
    }

    @Test
    void aMillionRowStandardWorkbookIsRefusedInSecondsWithSmallHeapAndTheOtherSheetsArePublished() throws Exception {
        putHuge("项目");
        long start = System.nanoTime();
        ChildRun.Result r = ChildRun.java().jvm("-Xmx256m").run(dir, "--input=" + input, "--output=" + output);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertOnlyItsOwnProjectsAreLost(r, "有工作表行数过多（超过上限 500000 行）");
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void aMillionRowWorkbookInTheFormSheetLayoutIsRefusedTheSameWay() throws Exception {
        putHuge("申报表");
        ChildRun.Result r = ChildRun.java().jvm("-Xmx256m").run(dir, "--input=" + input, "--output=" + output);
        assertOnlyItsOwnProjectsAreLost(r, "有工作表行数过多（超过上限 500000 行）");
    }

    @Test
    void aWorkbookThatExhaustsMemoryCostsOnlyItsOwnProjects() throws Exception {
        // The form layout reads POI's user model (the standard layout streams, in little memory: StreamedWorkbook).
        putHuge("申报表");
        // Row and size limits raised to their maxima: nothing refuses the file before POI builds it, and 256 MB is not enough.
        ChildRun.Result r = ChildRun.java().jvm("-Xmx256m").run(dir, "--input=" + input, "--output=" + output,
                "--max-rows=1048576", "--max-file-mb=2048");
        assertOnlyItsOwnProjectsAreLost(r, "文件内容过于庞大，读取时内存不足");
    }
}
