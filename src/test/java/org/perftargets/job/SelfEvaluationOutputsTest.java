package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/** A self-evaluation workbook in input/: the declaration outputs as before, and beside them the self-evaluation's. */
class SelfEvaluationOutputsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private RunSummary run(JobOptions options) {
        console.reset();
        return new BatchJob(options, new PrintStream(console, true, StandardCharsets.UTF_8)).run();
    }

    private Path input() throws IOException {
        return input(List.of("留置专区保障经费", "信息化运维项目"));
    }

    private Path input(List<String> names) throws IOException {
        Path in = Files.createDirectories(dir.resolve("input"));
        TestWorkbook wb = TestWorkbook.xlsx();
        List<Object> header = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        header.addAll(List.of("年初预算数", "全年预算数", "全年执行数", "实际完成情况"));
        wb.row("项目", header.toArray());
        for (String name : names) {
            List<Object> row = StandardSample.projectRow(name);
            row.addAll(java.util.Arrays.asList(null, 12229200, name.startsWith("留置") ? 11006280 : 12229200, "已完成"));
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
        return in;
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheFormsAndTablesOfTheSelfEvaluation() throws IOException {
        RunSummary s = run(JobOptions.of(input(), dir.resolve("output")));
        assertEquals(0, s.exitCode(), console());
        Path g = dir.resolve("output/2023/上海市公安局");
        for (String f : List.of("申报表/留置专区保障经费.pdf", "自评表/留置专区保障经费.pdf", "自评表/留置专区保障经费.xlsx",
                "自评表/信息化运维项目.pdf", "自评得分.csv", "自评得分.xlsx", "自评指标.csv", "自评指标.xlsx", "项目汇总.csv")) {
            assertTrue(Files.isRegularFile(g.resolve(f)), f + " in " + console());
        }
        String scores = Files.readString(g.resolve("自评得分.csv"), StandardCharsets.UTF_8);
        assertTrue(scores.contains("留置专区保障经费,12229200.00,12229200.00,11006280.00,90.00,9.00,90.00,99.00,优"), scores);
        assertTrue(scores.contains("信息化运维项目,12229200.00,12229200.00,12229200.00,100.00,10.00,90.00,100.00,优"), scores);
        String indicators = Files.readString(g.resolve("自评指标.csv"), StandardCharsets.UTF_8);
        assertTrue(indicators.contains("留置专区保障经费,3,满意度指标,服务对象满意度指标,留置人员满意度,≥80.00(%),85%,10.00,10.00,"),
                indicators);
        try (PDDocument doc = Loader.loadPDF(g.resolve("自评表/留置专区保障经费.pdf").toFile())) {
            String t = new PDFTextStripper().getText(doc).replace(" ", "").replace("\n", "");
            for (String want : List.of("项目支出绩效自评表", "（2023年度）", "年初预算数", "全年执行数", "11,006,280.00", "90.00%",
                    "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）", "实际完成值", "偏差原因分析及改进措施", "99.00", "等级：优")) {
                assertTrue(t.contains(want), want + " in " + t);
            }
            assertTrue(t.indexOf("总分") > t.indexOf("留置人员满意度"), "总分 is the last row, below the indicators: " + t);
        }
        try (PDDocument doc = Loader.loadPDF(g.resolve("上海市公安局2023年度项目支出绩效自评汇总表.pdf").toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(2);
            strip.setEndPage(2);
            String overview = strip.getText(doc).replace(" ", "");
            for (String want : List.of("上海市公安局2023年度项目支出绩效自评汇总表", "执行率", "总分", "等级", "起始页",
                    "留置专区保障经费", "90.00%", "99.00", "信息化运维项目", "100.00%", "24,458,400.00", "23,235,480.00",
                    "95.00%", "优2个；良0个；中0个；差0个", "第2页共")) {
                assertTrue(overview.contains(want), want + " in " + overview);
            }
            List<String> marks = new ArrayList<>();
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(item.getTitle());
            }
            assertEquals(List.of("自评汇总表", "1. 留置专区保障经费", "2. 信息化运维项目"), marks);
            assertEquals(4, doc.getNumberOfPages(), "cover, overview, two one-page forms");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(g.resolve("自评表/留置专区保障经费.xlsx")))) {
            var sheet = wb.getSheet("自评表");
            assertEquals("项目支出绩效自评表", sheet.getRow(0).getCell(0).getStringCellValue());
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("总分", last.getCell(0).getStringCellValue(), "the last row");
            assertEquals("等级：优", last.getCell(8).getStringCellValue());
        }
    }

    @Test
    void oneProjectRegeneratesItsSelfEvaluationFormToo() throws IOException {
        Path in = input();
        run(JobOptions.of(in, dir.resolve("output")));
        Path form = dir.resolve("output/2023/上海市公安局/自评表/信息化运维项目.pdf");
        Files.delete(form);
        RunSummary s = run(JobOptions.of(in, dir.resolve("output")).withProject("信息化运维项目"));
        assertEquals(0, s.exitCode(), console());
        assertTrue(Files.isRegularFile(form), console());
        assertTrue(Files.isRegularFile(dir.resolve("output/2023/上海市公安局/自评表/信息化运维项目.xlsx")));
    }

    @Test
    void aTemplatesFolderFromBeforeTheSelfEvaluationStillPrintsTheWholeForm() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("my-templates"));
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("self-booklet.ftlh")) {
                    Files.copy(f, mine.resolve(f.getFileName()));
                }
            }
        }
        // The form template as it was: no rows below the indicators.
        Path form = mine.resolve("form.ftlh");
        String text = Files.readString(form);
        Files.writeString(form, text.substring(0, text.indexOf("<#if f.footer?has_content>")) + "</div>\n</#macro>\n");
        RunSummary s = run(JobOptions.of(input(), dir.resolve("output"), mine, null, null, null, 50, 100000, 10000));
        assertEquals(0, s.exitCode(), console());
        Path g = dir.resolve("output/2023/上海市公安局");
        assertTrue(Files.isRegularFile(g.resolve("上海市公安局2023年度项目支出绩效自评汇总表.pdf")), console());
        try (PDDocument doc = Loader.loadPDF(g.resolve("自评表/留置专区保障经费.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).replace(" ", "").contains("等级：优"));
        }
    }

    @Test
    void aWithdrawnProjectsSelfEvaluationFormIsRemovedOnAFullRun() throws IOException {
        run(JobOptions.of(input(), dir.resolve("output")));
        Path gone = dir.resolve("output/2023/上海市公安局/自评表/信息化运维项目.pdf");
        assertTrue(Files.isRegularFile(gone));
        RunSummary s = run(JobOptions.of(input(List.of("留置专区保障经费")), dir.resolve("output")));
        assertEquals(0, s.exitCode(), console());
        assertTrue(!Files.exists(gone) && !Files.exists(gone.resolveSibling("信息化运维项目.xlsx")), console());
        assertTrue(Files.isRegularFile(gone.resolveSibling("留置专区保障经费.pdf")));
    }

    @Test
    void theSelfEvaluationWorkbookCommandWritesOnePerGroup() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StandardSample.of(TestWorkbook.xlsx(), "甲", "乙").save(in, "申报");
        List<Path> written = SelfEvaluationWorkbooks.write(in, dir.resolve("out"), new PrintStream(console, true,
                StandardCharsets.UTF_8));
        assertEquals(List.of(dir.resolve("out/2023/上海市公安局/自评填报.xlsx").toAbsolutePath().normalize()), written);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written.get(0)))) {
            var header = wb.getSheet("绩效指标").getRow(0);
            assertEquals("实际完成值", header.getCell(7).getStringCellValue());
            assertEquals("偏差原因分析及改进措施", header.getCell(10).getStringCellValue());
            assertEquals("全年预算数", wb.getSheet("项目").getRow(0).getCell(19).getStringCellValue());
            assertTrue(wb.getSheet("填写说明").getRow(wb.getSheet("填写说明").getLastRowNum()).getCell(3).getStringCellValue()
                    .contains("等级：优 ≥ 90"));
        }
    }
}
