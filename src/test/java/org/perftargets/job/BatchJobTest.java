package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/** The batch job end to end, in temporary folders: files written, files left alone, exit codes. */
class BatchJobTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Path input() throws IOException {
        return Files.createDirectories(dir.resolve("input"));
    }

    private Path output() {
        return dir.resolve("output");
    }

    private Path group() {
        return output().resolve("2023").resolve("上海市公安局");
    }

    private RunSummary run(JobOptions options) {
        console.reset();
        return new BatchJob(options, new PrintStream(console, true, StandardCharsets.UTF_8)).run();
    }

    private RunSummary runAll() throws IOException {
        return run(JobOptions.of(input(), output()));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesTheBookletSheetsCsvAndReportOfEachGroup() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "信息化运维项目").save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(0, s.exitCode(), console());
        assertEquals(Stream.of("2023/上海市公安局/上海市公安局2023年度项目绩效目标汇总表.pdf", "2023/上海市公安局/申报表/信息化运维项目.pdf",
                "2023/上海市公安局/申报表/信息化运维项目.xlsx", "2023/上海市公安局/申报表/留置专区保障经费.pdf",
                "2023/上海市公安局/申报表/留置专区保障经费.xlsx", "2023/上海市公安局/校验报告.txt", "2023/上海市公安局/绩效指标.csv",
                "2023/上海市公安局/项目汇总.csv", "2023/上海市公安局/" + Manifest.FILE, "校验报告.txt", RunLock.FILE)
                .sorted().toList(), filesUnder(output()));
        assertEquals(3, Files.readAllLines(group().resolve("项目汇总.csv")).size());
        assertEquals(7, Files.readAllLines(group().resolve("绩效指标.csv")).size());
        assertTrue(console().contains("2 个项目，6 条绩效指标"), console());
        assertTrue(console().contains("错误 0 条"), console());
    }

    @Test
    void aBrokenWorkbookCostsOnlyItsOwnProjectsTheOtherGroupsArePublished() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费").save(input(), "好");
        Files.writeString(input().resolve("坏.xlsx"), "不是工作簿");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode());
        assertTrue(Files.exists(group().resolve("申报表/留置专区保障经费.pdf")));
        assertTrue(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(Files.exists(group().resolve("项目汇总.csv")));
        assertTrue(console().contains("1 个工作簿无法完整读取（坏.xlsx）"), console());
        assertTrue(console().contains("未发布：1 个工作簿无法读取"), console());
        assertTrue(Files.readString(output().resolve("校验报告.txt")).contains("【坏.xlsx】"));
    }

    @Test
    void anErrorInOneGroupLeavesTheOtherGroupsBookletAndThatGroupsGoodSheets() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目");
        List<Object> good = StandardSample.projectRow("乙项目");
        good.set(StandardSample.col("主管部门"), "上海市民政局");
        List<Object> bad = StandardSample.projectRow("丙项目");
        bad.set(StandardSample.col("主管部门"), "上海市民政局");
        bad.set(StandardSample.col("当年财政拨款"), 1);
        wb.row("项目", good.toArray()).row("项目", bad.toArray());
        StandardSample.indicatorRows("乙项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        StandardSample.indicatorRows("丙项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode());
        Path other = output().resolve("2023/上海市民政局");
        assertTrue(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(Files.exists(other.resolve("申报表/乙项目.pdf")));
        assertFalse(Files.exists(other.resolve("申报表/丙项目.pdf")));
        assertFalse(Files.exists(other.resolve("上海市民政局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(Files.readString(other.resolve("校验报告.txt")).contains("年度资金申请总额"));
    }

    @Test
    void aRunWithErrorsLeavesThePreviousBookletAsItWas() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode());
        Path booklet = group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf");
        byte[] before = Files.readAllBytes(booklet);
        List<Object> bad = StandardSample.projectRow("甲项目");
        bad.set(StandardSample.col("当年财政拨款"), 1);
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", bad.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        wb.save(input(), "申报");
        assertEquals(1, runAll().exitCode());
        assertEquals(before.length, Files.readAllBytes(booklet).length);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(booklet)));
    }

    @Test
    void oneProjectIsRegeneratedAloneByNameOrCode() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "信息化运维项目").save(input(), "申报");
        RunSummary s = run(JobOptions.of(input(), output()).withProject("信息化运维项目"));
        assertEquals(0, s.exitCode(), console());
        assertEquals(List.of(RunLock.FILE, "2023/上海市公安局/" + Manifest.FILE, "2023/上海市公安局/申报表/信息化运维项目.pdf",
                "2023/上海市公安局/申报表/信息化运维项目.xlsx"), filesUnder(output()));
    }

    @Test
    void anUnknownProjectFailsNamingItAndSuggestingClosestNames() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "信息化运维项目").save(input(), "申报");
        RunSummary s = run(JobOptions.of(input(), output()).withProject("信息化运维"));
        assertTrue(s.exitCode() != 0);
        assertTrue(console().contains("找不到项目「信息化运维」") && console().contains("信息化运维项目"), console());
        assertFalse(Files.exists(output()));
    }

    @Test
    void lockFilesAndOtherFilesAreSkippedWithANoteNotAnError() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        Files.writeString(input().resolve("~$申报.xlsx"), "lock");
        Files.writeString(input().resolve("说明.docx"), "x");
        RunSummary s = runAll();
        assertEquals(0, s.exitCode(), console());
        assertTrue(console().contains("跳过：~$申报.xlsx"), console());
        assertTrue(console().contains("跳过：说明.docx"), console());
    }

    @Test
    void anEmptyOrMissingInputFolderIsAPlainMessage() throws IOException {
        RunSummary missing = run(JobOptions.of(dir.resolve("nowhere"), output()));
        assertEquals(2, missing.exitCode());
        assertTrue(console().contains("找不到输入文件夹"), console());
        RunSummary empty = runAll();
        assertEquals(2, empty.exitCode());
        assertTrue(console().contains("没有工作簿"), console());
    }

    @Test
    void leftoverPartFilesOfAKilledRunAreRemovedAndNeverFinal() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        Path leftover = Files.createDirectories(group()).resolve(".甲项目.pdf.0a1b2c3d4e5f6" + AtomicFile.PART_SUFFIX);
        Files.writeString(leftover, "half");
        assertEquals(0, runAll().exitCode());
        assertFalse(Files.exists(leftover));
        assertTrue(filesUnder(output()).stream().noneMatch(f -> f.endsWith(AtomicFile.PART_SUFFIX)));
    }

    @Test
    void theUsersOwnPartFilesAndUnreadableFoldersUnderTheOutputFolderAreLeftAlone() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        List<Path> users = List.of(output().resolve("下载/ubuntu.iso.part"), output().resolve("论文.part"),
                group().resolve(".论文.part"), group().resolve("申报表/.甲项目.pdf.abc.part"), group().resolve("备注.txt"));
        for (Path p : users) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, "用户的文件");
        }
        Path locked = Files.createDirectories(output().resolve("私人"));
        Files.writeString(locked.resolve(".x.pdf.0a1b2c3d4e5f6.part"), "用户的");
        locked.toFile().setReadable(false, false); // unreadable to the run when not run as root
        assertEquals(0, runAll().exitCode(), console());
        for (Path p : users) {
            assertEquals("用户的文件", Files.readString(p), p.toString());
        }
        locked.toFile().setReadable(true, false);
    }

    @Test
    void hostileProjectNamesGiveSafeDistinctFilesInsideTheOutputFolder() throws IOException {
        String[] names = {"a/b", "a:b", "../../逃逸", "<b>粗</b>&amp;", "CON", "=HYPERLINK(\"http://x\")", "名".repeat(300)};
        StandardSample.of(TestWorkbook.xlsx(), names).save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(0, s.exitCode(), console());
        List<String> files = filesUnder(output());
        List<String> sheets = files.stream().filter(f -> f.contains("/申报表/") && f.endsWith(".pdf")).toList();
        assertEquals(names.length, sheets.size(), files.toString());
        assertTrue(sheets.contains("2023/上海市公安局/申报表/a_b.pdf"));
        assertTrue(sheets.contains("2023/上海市公安局/申报表/a_b (2).pdf"));
        assertTrue(sheets.contains("2023/上海市公安局/申报表/_CON.pdf"));
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.filter(p -> p.getFileName().toString().contains("逃逸")).allMatch(p -> p.startsWith(output())));
        }
        String csv = Files.readString(group().resolve("项目汇总.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
    }

    @Test
    void aBrokenTemplateIsReportedWithItsNameAndLineAndNoStackTrace() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> bundled = Files.list(Path.of("templates"))) {
            for (Path t : bundled.toList()) {
                Files.copy(t, templates.resolve(t.getFileName()));
            }
        }
        Path form = templates.resolve("form.ftlh");
        Files.writeString(form, Files.readString(form).replaceFirst("\\$\\{", "\\${ 未闭合 ("));
        RunSummary s = run(new JobOptions(input(), output(), templates, null, null, null,
                org.perftargets.intake.ReadLimits.DEFAULT));
        assertEquals(2, s.exitCode(), console());
        assertTrue(console().contains("模板 form.ftlh 第") && console().contains("行"), console());
        assertFalse(console().contains("at org."), console());
        assertFalse(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
    }

    @Test
    void aStrayTemplatesFolderWithoutOurTemplatesGivesTheBundledOnesWithANote() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        Path stray = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(stray.resolve("简历模板.docx"), "别人的模板");
        RunSummary s = run(new JobOptions(input(), output(), stray, null, null, null,
                org.perftargets.intake.ReadLimits.DEFAULT));
        assertEquals(0, s.exitCode(), console());
        assertTrue(console().contains("提示：文件夹 " + stray.toAbsolutePath() + " 中没有本程序的模板"), console());
        assertTrue(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
    }

    @Test
    void aProjectWithoutAReadableYearGetsNoSheetAndStopsEveryBooklet() throws IOException {
        List<Object> bad = StandardSample.projectRow("无年度项目");
        bad.set(StandardSample.col("年度"), "二〇二三");
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目").row("项目", bad.toArray());
        StandardSample.indicatorRows("无年度项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode());
        assertTrue(filesUnder(output()).stream().noneMatch(f -> f.contains("无年度项目") || f.startsWith("null")),
                filesUnder(output()).toString());
        assertFalse(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(Files.exists(group().resolve("申报表/甲项目.pdf")));
    }

    @Test
    void aYearFilterLeavesOtherYearsAndTheirErrorsAlone() throws IOException {
        List<Object> other = StandardSample.projectRow("去年项目");
        other.set(StandardSample.col("年度"), 2022);
        other.set(StandardSample.col("当年财政拨款"), 1);
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目").row("项目", other.toArray());
        StandardSample.indicatorRows("去年项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        RunSummary s = run(new JobOptions(input(), output(), Path.of("templates"), null, 2023, null,
                org.perftargets.intake.ReadLimits.DEFAULT));
        assertEquals(0, s.exitCode(), console());
        assertTrue(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
        assertFalse(Files.exists(output().resolve("2022")));
    }
}
