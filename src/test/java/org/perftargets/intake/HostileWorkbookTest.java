package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/** Broken and hostile workbooks end in a clear finding naming the file, never a crash or a leak. */
class HostileWorkbookTest {

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        return StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(dir, "sample");
    }

    private static String all(IntakeResult r) {
        return r.findings().stream().map(Finding::describe).reduce("", (a, b) -> a + "\n" + b);
    }

    /** Rewrites the zip entries of a workbook, changing each entry's bytes as given. */
    static byte[] rewrite(byte[] xlsx, java.util.function.BiFunction<String, byte[], byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] changed = change.apply(e.getName(), in.readAllBytes());
                if (changed != null) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(changed);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aTruncatedWorkbookIsReportedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(sample());
        Path cut = dir.resolve("截断.xlsx");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        IntakeResult r = new IntakeReader().read(cut);
        assertEquals(1, r.findings().size(), all(r));
        assertTrue(all(r).contains("截断.xlsx") && all(r).contains("已损坏"), all(r));
        assertEquals(0, r.declarations().projects().size());
    }

    /**
     * Malformed XML inside a worksheet (an end tag closing no open element): the workbook is refused,
     * and the error names the sheet and the row near the damage, whether read whole or for one project.
     */
    @Test
    void malformedXmlInASheetIsNamedBySheetAndRow() throws IOException {
        Path good = StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目", "丙项目").save(dir, "好");
        byte[] damaged = rewrite(Files.readAllBytes(good), (name, bytes) -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            if (!name.equals("xl/worksheets/sheet2.xml")) {
                return bytes;
            }
            String changed = xml.replaceFirst("(<row r=\"6\"[^>]*>.*?)</c>", "$1</x>");
            assertFalse(changed.equals(xml), "row 6 not found");
            return changed.getBytes(StandardCharsets.UTF_8);
        });
        Path file = dir.resolve("坏表.xlsx");
        Files.write(file, damaged);
        for (IntakeResult r : List.of(new IntakeReader().read(file),
                new IntakeReader().read(file, "坏表.xlsx", ReadFocus.on(List.of("甲项目"))))) {
            assertEquals(1, r.findings().size(), all(r));
            assertTrue(all(r).contains("坏表.xlsx，工作表「绩效指标」：工作表的内容已损坏（约在第 6 行），整个工作簿没有读取"), all(r));
            assertEquals(0, r.declarations().projects().size());
        }
    }

    /**
     * A number cell holding "abc", a text cell naming a shared string that is not there: an error at
     * that cell (its project withheld), not the whole file refused, and never a blank or a 0.
     */
    @Test
    void aCellWhoseStoredValueIsDamagedIsAnErrorAtThatCellAndTheRestIsRead() throws IOException {
        Path good = StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目", "丙项目").save(dir, "好");
        byte[] damaged = rewrite(Files.readAllBytes(good), (name, bytes) -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            if (name.equals("xl/worksheets/sheet1.xml")) { // 项目: 甲项目的计划开始日期
                xml = xml.replaceFirst("(<c r=\"H2\"[^>]*>)<v>[^<]*</v>", "$1<v>abc</v>");
            } else if (name.equals("xl/worksheets/sheet2.xml")) { // 绩效指标: a value of 乙项目
                xml = xml.replaceFirst("(<c r=\"E5\"[^>]*t=\"s\"[^>]*>)<v>[^<]*</v>", "$1<v>99999</v>");
            } else {
                return bytes;
            }
            return xml.getBytes(StandardCharsets.UTF_8);
        });
        Path file = dir.resolve("坏格.xlsx");
        Files.write(file, damaged);
        IntakeResult r = new IntakeReader().read(file);
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(2, errors.size(), all(r));
        assertTrue(errors.get(0).describe().contains("工作表「项目」，单元格 H2：「计划开始日期」所在的单元格已损坏"), all(r));
        assertTrue(errors.get(1).describe().contains("工作表「绩效指标」，单元格 E5：「指标值」所在的单元格已损坏"), all(r));
        assertEquals(3, r.listed().size(), "every project read");
        assertEquals(List.of("甲项目", "乙项目"), errors.stream().map(f -> f.project().name()).toList());
    }

    /** The workbook of 甲项目, 乙项目 and 丙项目 with {@code cell} of {@code sheet} (1 项目, 2 绩效指标) turned into "abc" in a number cell. */
    private IntakeResult withDamagedCell(int sheet, String cell) throws IOException {
        return withCell(sheet, cell, "t=\"n\"><v>abc</v>");
    }

    /** The same workbook with {@code cell} stored as {@code <c r="cell" stored</c>}. */
    private IntakeResult withCell(int sheet, String cell, String stored) throws IOException {
        Path good = StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目", "丙项目").save(dir, "好");
        byte[] damaged = rewrite(Files.readAllBytes(good), (name, bytes) -> {
            if (!name.equals("xl/worksheets/sheet" + sheet + ".xml")) {
                return bytes;
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            String changed = xml.replaceFirst("<c r=\"" + cell + "\"[^>]*>(<v>[^<]*</v>|<is>.*?</is>)</c>",
                    java.util.regex.Matcher.quoteReplacement("<c r=\"" + cell + "\" " + stored + "</c>"));
            assertFalse(changed.equals(xml), cell + " not found");
            return changed.getBytes(StandardCharsets.UTF_8);
        });
        Path file = dir.resolve("坏格.xlsx");
        Files.write(file, damaged);
        return new IntakeReader().read(file);
    }

    @Test
    void numbersJavaReadsButNoSpreadsheetWritesAreDamagedAndAnIsoDateCellIsADate() throws IOException {
        for (String stored : List.of("t=\"n\"><v>NaN</v>", "><v>Infinity</v>", "><v>1.5d</v>", "t=\"b\"><v>yes</v>")) {
            IntakeResult r = withCell(1, "H2", stored);
            assertTrue(all(r).contains("单元格 H2：「计划开始日期」所在的单元格已损坏"), stored + all(r));
        }
        IntakeResult iso = withCell(1, "H2", "t=\"d\"><v>2023-03-01T00:00:00</v>");
        assertEquals(java.time.LocalDate.of(2023, 3, 1), iso.listed().get(0).start(), all(iso));
        assertFalse(all(iso).contains("H2"), all(iso));
    }

    @Test
    void aDamagedHeaderCellIsAnErrorAtItNotAColumnGoneOrMissing() throws IOException {
        IntakeResult r = withDamagedCell(1, "D1"); // 项目编码, an optional column
        assertTrue(all(r).contains("工作表「项目」，单元格 D1：表头单元格已损坏"), all(r));
        assertFalse(all(r).contains("缺少必填列"), all(r));
        IntakeResult name = withDamagedCell(1, "E1"); // 项目名称
        assertTrue(all(name).contains("单元格 E1：表头单元格已损坏") && !all(name).contains("缺少必填列"), all(name));
    }

    @Test
    void aDamagedProjectNameWithholdsThatProjectInsteadOfPublishingItUnnamed() throws IOException {
        IntakeResult r = withDamagedCell(1, "E2");
        Finding f = r.findings().stream().filter(x -> x.describe().contains("单元格 E2")).findFirst().orElseThrow(() -> new AssertionError(all(r)));
        assertTrue(f.isError() && f.describe().contains("「项目名称」所在的单元格已损坏"), all(r));
        Project unnamed = r.listed().stream().filter(p -> p.name().isEmpty()).findFirst().orElseThrow();
        assertEquals(unnamed.key(), f.project(), "the error is the unnamed project's: it is withheld");
    }

    @Test
    void aDamagedCellLinkingAnIndicatorToItsProjectIsSaidAtTheCell() throws IOException {
        IntakeResult r = withDamagedCell(2, "A3");
        assertTrue(all(r).contains("工作表「绩效指标」，单元格 A3：「项目名称」所在的单元格已损坏"), all(r));
        assertFalse(all(r).contains("没有填写所属项目"), all(r));
    }

    @Test
    void aPasswordProtectedWorkbookSaysToRemoveThePassword() throws Exception {
        Path plain = sample();
        Path locked = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        IntakeResult r = new IntakeReader().read(locked);
        assertEquals(1, r.findings().size(), all(r));
        assertTrue(all(r).contains("加密.xlsx") && all(r).contains("密码"), all(r));
    }

    @Test
    void aDecompressionBombIsRefusedQuicklyWithoutExhaustingMemory() throws IOException {
        byte[] padding = " ".repeat(200 * 1024 * 1024 / 4).getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = rewrite(Files.readAllBytes(sample()), (name, bytes) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return bytes;
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData>");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 4; i++) {
                b.writeBytes(padding);
            }
            b.writeBytes(xml.substring(at).getBytes(StandardCharsets.UTF_8));
            return b.toByteArray();
        });
        Path file = dir.resolve("炸弹.xlsx");
        Files.write(file, bomb);
        assertTrue(bomb.length < 2 * 1024 * 1024, "small on disk: " + bomb.length);
        IntakeResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new IntakeReader().read(file));
        assertEquals(1, r.findings().size(), all(r));
        assertTrue(all(r).contains("炸弹.xlsx") && all(r).contains("压缩炸弹"), all(r));
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsOpened() throws IOException {
        Path big = sample();
        IntakeResult r = new IntakeReader(new ReadLimits(1024, 100, 100)).read(big);
        assertEquals(1, r.findings().size(), all(r));
        assertTrue(all(r).contains("文件过大"), all(r));
    }

    @Test
    void tooManyRowsOrTooLongACellAreFindingsWithTheLimit() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目");
        for (int i = 0; i < 30; i++) {
            wb.row("项目", StandardSample.projectRow("项目" + i).toArray());
        }
        IntakeResult rows = new IntakeReader(new ReadLimits(1 << 20, 20, 10_000)).read(wb.save(dir, "多行"));
        assertTrue(all(rows).contains("行数过多") && all(rows).contains("上限 20 行"), all(rows));

        IntakeResult text = new IntakeReader(new ReadLimits(1 << 20, 1000, 5)).read(sample());
        assertTrue(all(text).contains("的内容过长") && all(text).contains("上限 5"), all(text));
        assertTrue(text.findings().stream().filter(f -> f.message().contains("的内容过长")).allMatch(f -> f.isError()
                && (f.project() != null || f.location().cell().matches("[ABE]\\d+"))),
                "a cut text holds its project back, not every booklet");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String doctype = "<!DOCTYPE x [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] xxe = rewrite(Files.readAllBytes(sample()), (name, bytes) -> {
            if (!name.equals("xl/sharedStrings.xml")) {
                return bytes;
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            xml = xml.replaceFirst("\\?>", "?>" + doctype).replace("甲项目", "&leak;");
            return xml.getBytes(StandardCharsets.UTF_8);
        });
        Path file = dir.resolve("xxe.xlsx");
        Files.write(file, xxe);
        IntakeResult r = new IntakeReader().read(file);
        String everything = all(r) + r.declarations();
        assertFalse(everything.contains("TOP-SECRET-4711"), everything);
        assertFalse(r.findings().isEmpty(), "a workbook with a DTD is refused, or its names are missing");
    }

    @Test
    void aFormulaLinkingAnotherWorkbookGivesItsCachedValueAndIsNeverFollowed() throws IOException {
        Path file = dir.resolve("外部链接.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var projects = wb.createSheet("项目");
            var header = projects.createRow(0);
            var row = projects.createRow(1);
            List<Object> values = StandardSample.projectRow("甲项目");
            for (int c = 0; c < StandardSample.PROJECT_HEADERS.size(); c++) {
                header.createCell(c).setCellValue(StandardSample.PROJECT_HEADERS.get(c));
                Object v = values.get(c);
                if (v instanceof String t) {
                    row.createCell(c).setCellValue(t);
                } else if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
            // 当年财政拨款 refers to a workbook that does not exist here; only its cached value may be used.
            var linked = row.getCell(StandardSample.col("当年财政拨款"));
            int book = wb.linkExternalWorkbook("不存在的外部工作簿.xlsx", new org.apache.poi.xssf.usermodel.XSSFWorkbook());
            linked.setCellFormula("[" + book + "]Sheet1!A1");
            linked.setCellValue(12229200);
            var indicators = wb.createSheet("绩效指标");
            var ih = indicators.createRow(0);
            for (int c = 0; c < StandardSample.INDICATOR_HEADERS.size(); c++) {
                ih.createCell(c).setCellValue(StandardSample.INDICATOR_HEADERS.get(c));
            }
            int r = 1;
            for (List<Object> ind : StandardSample.indicatorRows("甲项目")) {
                var ir = indicators.createRow(r++);
                for (int c = 0; c < ind.size(); c++) {
                    ir.createCell(c).setCellValue((String) ind.get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        IntakeResult r = new IntakeReader().read(file);
        assertEquals(List.of(), r.findings(), all(r));
        assertEquals(new java.math.BigDecimal("12229200.00"), r.declarations().projects().get(0).annual().appropriation());
    }
}
