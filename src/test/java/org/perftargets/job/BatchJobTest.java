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
import java.util.ArrayList;
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
                "2023/上海市公安局/绩效指标.xlsx", "2023/上海市公安局/项目汇总.csv", "2023/上海市公安局/项目汇总.xlsx",
                "2023/上海市公安局/审核意见表.xlsx", "2023/上海市公安局/审核报告.html", "2023/上海市公安局/" + Manifest.FILE,
                "校验报告.txt", RunLock.FILE)
                .sorted().toList(), filesUnder(output()));
        assertEquals(3, Files.readAllLines(group().resolve("项目汇总.csv")).size());
        assertEquals(7, Files.readAllLines(group().resolve("绩效指标.csv")).size());
        assertTrue(console().contains("2 个项目，6 条绩效指标"), console());
        assertTrue(console().contains("错误 0 条"), console());
    }

    /** Nothing read from it, its projects may be of any group: every booklet could be short of them. */
    @Test
    void aBrokenWorkbookWithholdsEveryBookletButNotTheOtherWorkbooksSheets() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费").save(input(), "好");
        Files.writeString(input().resolve("坏.xlsx"), "不是工作簿");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode());
        assertTrue(Files.exists(group().resolve("申报表/留置专区保障经费.pdf")));
        assertFalse(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")), console());
        assertFalse(Files.exists(group().resolve("项目汇总.csv")));
        assertTrue(console().contains("1 个工作簿无法读取（坏.xlsx），不知道其中的项目属于哪个年度和主管部门：本次不生成任何汇总表和 CSV"), console());
        assertTrue(console().contains("未发布：1 个工作簿无法读取，其中的项目未计入，任何组都未生成汇总表和 CSV。"), console());
        assertTrue(Files.readString(output().resolve("校验报告.txt")).contains("【坏.xlsx】"));
        assertTrue(Files.readString(group().resolve("校验报告.txt")).contains("【坏.xlsx】"), "the group's report says why it has no booklet");
    }

    private static TestWorkbook form(TestWorkbook wb, String sheet, String name, int extraIndicators) {
        wb.row(sheet, "财政项目支出绩效目标申报表").row(sheet, "（2023年度）")
                .row(sheet, "项目名称", name, "项目性质", "其他一次性项目", "项目类别", "特定目标类")
                .row(sheet, "主管部门", "上海市民政局", "实施单位", "上海市民政局")
                .row(sheet, "计划开始日期", "2023-01-01", "计划完成日期", "2023-12-31")
                .row(sheet, "项目资金（元）", "项目资金总额", "500", "年度资金申请总额", "100")
                .row(sheet, null, "其中：财政资金", "400", "其中：当年财政拨款", "100")
                .row(sheet, null, null, null, "上年结转资金", "0")
                .row(sheet, null, "其他资金", "100", "其他资金", "0")
                .row(sheet, "项目绩效目标", "项目总目标", null, "年度总体目标")
                .row(sheet, null, null, null, "完成项目。")
                .row(sheet, "绩效指标", "一级指标", "二级指标", "三级指标", null, "年度指标值")
                .row(sheet, null, "产出指标", "数量指标", "完成数", null, "≥10(个)");
        for (int i = 0; i < extraIndicators; i++) {
            wb.row(sheet, null, "产出指标", "数量指标", "完成数" + i, null, "≥10(个)");
        }
        return wb;
    }

    /** A sheet over the row limit is not read: its project could be of any group, so no booklet is known complete. */
    @Test
    void aSheetNotReadWithholdsEveryBookletAndTheRunOfOneYearStillSaysIt() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "公安");
        TestWorkbook forms = TestWorkbook.xls(); // an .xlsx over the limit is refused whole; an .xls is read sheet by sheet
        form(forms, "表一", "乙项目", 0);
        form(forms, "表二", "丙项目", 30);
        forms.save(input(), "民政");
        JobOptions limited = JobOptions.of(input(), output(), java.nio.file.Path.of("templates"), null, null, null, 50, 30, 10_000);
        RunSummary s = run(limited);
        assertEquals(1, s.exitCode(), console());
        assertTrue(console().contains("工作表「表二」：工作表行数过多"), console());
        assertTrue(console().contains("不知道其中的项目属于哪个年度和主管部门：本次不生成任何汇总表和 CSV"), console());
        assertTrue(Files.exists(group().resolve("申报表/甲项目.pdf")), console());
        assertFalse(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")), console());
        RunSummary year = run(JobOptions.of(input(), output(), java.nio.file.Path.of("templates"), null, null, "上海市公安局", 50, 30, 10_000));
        assertEquals(1, year.exitCode(), console());
        assertTrue(console().contains("工作表「表二」：工作表行数过多"), console());
    }

    /** A project whose 年度 cannot be read could be of its department's booklet of any year: that one is withheld, not another's. */
    @Test
    void aProjectWithoutAReadableYearWithholdsItsDepartmentsBookletsOnly() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "a");
        TestWorkbook noYear = StandardSample.of(TestWorkbook.xlsx(), "乙项目");
        noYear.rows("项目").get(1).set(0, "abc");
        noYear.save(input(), "b");
        TestWorkbook other = StandardSample.of(TestWorkbook.xlsx(), "丙项目");
        other.rows("项目").get(1).set(1, "上海市民政局");
        other.save(input(), "c");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode(), console());
        assertTrue(Files.exists(group().resolve("申报表/甲项目.pdf")), console());
        assertFalse(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")), console());
        assertTrue(Files.readString(group().resolve("校验报告.txt")).contains("「年度」不是 2000 至 2099 年之间的四位数年份"));
        assertTrue(Files.exists(output().resolve("2023/上海市民政局/上海市民政局2023年度项目绩效目标汇总表.pdf")), console());
    }

    @Test
    void aWorkbookReadWithAnErrorOfNoOneProjectIsNotCalledUnreadable() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "乙项目");
        wb.rows("项目").get(2).set(0, "abc"); // 乙项目's 年度: which booklet it is for is unknown, an error of no one booklet
        wb.save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode());
        assertTrue(Files.exists(group().resolve("申报表/留置专区保障经费.pdf")), console());
        assertFalse(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(console().contains("1 个工作簿有无法归到具体项目的错误（申报.xlsx），其中没有错误的项目照常生成申报表"), console());
        assertTrue(console().contains("未发布：1 个项目（缺少年度或主管部门 1 个）；1 个工作簿有无法归到具体项目的错误，其中项目所在的组未生成汇总表和 CSV。"), console());
        assertFalse(console().contains("无法读取"), console());
        assertEquals(0, s.unreadableWorkbooks());
        assertEquals(1, s.workbooksWithFileErrors());
    }

    @Test
    void aNameTypedWrongGetsCloseNamesEvenWhereSomethingElseCouldNotBeRead() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "信息化运维项目", "被装经费").save(input(), "申报");
        Files.writeString(input().resolve("坏.xlsx"), "不是工作簿");
        assertEquals(2, run(JobOptions.of(input(), output()).withProject("信息化运维")).exitCode(), console());
        assertTrue(console().contains("找不到项目「信息化运维」。您是不是要找：信息化运维项目？若都不是：输入中有未能读出的内容"), console());
    }

    @Test
    void aRunOfOneDepartmentIsNotHeldUpByAnotherDepartmentsWorkbookAndItsReportSaysWhatItCovers() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "公安");
        TestWorkbook other = StandardSample.of(TestWorkbook.xlsx(), "乙项目");
        other.rows("项目").get(1).set(1, "上海市民政局");
        other.row("绩效指标", "不在项目表中", "产出指标", "数量指标", "x", "=1(个)").save(input(), "民政");
        assertEquals(1, runAll().exitCode(), console());
        RunSummary one = run(JobOptions.of(input(), output(), java.nio.file.Path.of("templates"), null, null, "上海市公安局", 50, 100_000, 10_000));
        assertEquals(0, one.exitCode(), console());
        assertFalse(console().contains("不在项目表中") || console().contains("无法归到") || console().contains("不知道属于哪个项目"), console());
        assertTrue(Files.exists(group().resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")), console());
        assertTrue(Files.readString(output().resolve("校验报告.txt")).startsWith("\uFEFF本次运行校验报告（仅 主管部门「上海市公安局」）"),
                Files.readString(output().resolve("校验报告.txt")));
    }

    /**
     * Spellings one department to the duplicate check and the indicator rows are one booklet too, with a
     * word; its folder is the spelling most of its projects use, whatever the order of the files.
     */
    @Test
    void aDepartmentSpeltWithASpaceOrFullWidthIsTheSameBookletAndSaidOnce() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "丁项目").save(input(), "b");
        RunSummary before = runAll();
        assertEquals(0, before.exitCode(), console());
        TestWorkbook other = StandardSample.of(TestWorkbook.xlsx(), "乙项目");
        other.rows("项目").get(1).set(1, "上海市 公安局");
        other.save(input(), "a"); // read first
        RunSummary s = runAll();
        assertEquals(0, s.exitCode(), console());
        assertEquals(1, s.bookletsWritten(), console());
        assertEquals(1, Files.list(output().resolve("2023")).count(), "one department folder");
        assertTrue(Files.exists(group().resolve("申报表/甲项目.pdf")) && Files.exists(group().resolve("申报表/乙项目.pdf")), console());
        assertEquals(4, Files.readAllLines(group().resolve("项目汇总.csv")).size(), "three projects and the header");
        assertTrue(console().contains("a.xlsx，工作表「项目」，单元格 B2：主管部门「上海市 公安局」与「上海市公安局」（b.xlsx"), console());
        assertEquals(1, console().split("只差空格").length - 1, console());
        assertFalse(console().contains("已删除"), console());
        assertEquals(0, run(JobOptions.of(input(), output(), java.nio.file.Path.of("templates"), null, null, "上海市公安局", 50, 100_000, 10_000))
                .exitCode(), "-Ddepartment takes both spellings");
        assertTrue(console().contains("（3 个项目）"), console());
    }

    /** A folder of a department still in the input under its other spelling is not a group gone. */
    @Test
    void whenMostProjectsComeToSpellTheDepartmentAnotherWayTheOldFolderLosesNoSheet() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "b");
        assertEquals(0, runAll().exitCode(), console());
        TestWorkbook other = StandardSample.of(TestWorkbook.xlsx(), "乙项目", "丙项目");
        other.rows("项目").get(1).set(1, "上海市 公安局");
        other.rows("项目").get(2).set(1, "上海市 公安局");
        other.save(input(), "a");
        assertEquals(0, runAll().exitCode(), console());
        assertTrue(Files.isDirectory(output().resolve("2023/上海市 公安局")), console());
        assertTrue(Files.exists(group().resolve("申报表/甲项目.pdf")), "not withdrawn: 甲项目 is still in the input");
        assertFalse(console().contains("已删除"), console());
    }

    @Test
    void aProjectDeclaredTwiceGetsNoWordAboutItsFileNameOnlyTheDuplicateError() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费").save(input(), "甲");
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费").save(input(), "乙");
        assertEquals(1, runAll().exitCode());
        assertTrue(console().contains("重复申报"), console());
        assertFalse(console().contains("文件名调整"), console());
        assertFalse(Files.exists(group().resolve("申报表/留置专区保障经费 (2).pdf")));
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
        assertEquals("审核：3 条审核意见，涉及 1 个项目（处理整组时写入 审核意见表.xlsx 和 审核报告.html；仅供参考，不影响发布）。", lastLine(),
                "the one project's review is counted; the group's review files are written by a whole run");
    }

    /**
     * A sheet regenerated alone (which reads only that project whole) is byte for byte the sheet
     * of the whole run, with the same review: a file name shared with another project's (" (2)"),
     * its previous year's declaration under another name but the same code, the rest of a larger
     * workbook around it.
     */
    @Test
    void aSheetRegeneratedAloneIsTheWholeRunsSheet() throws IOException {
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("项目" + i);
        }
        names.add("A/B局");
        names.add("A_B局");
        for (String n : names) {
            wb.row("项目", StandardSample.projectRow(n).toArray());
        }
        List<Object> lastYear = StandardSample.projectRow("旧名项目");
        lastYear.set(0, 2022);
        lastYear.set(StandardSample.col("项目编码"), "GA-7");
        wb.row("项目", lastYear.toArray());
        ((List<Object>) wb.rows("项目").get(8)).set(StandardSample.col("项目编码"), "GA-7");
        for (String n : names) {
            StandardSample.indicatorRows(n).forEach(r -> wb.row("绩效指标", r.toArray()));
        }
        StandardSample.indicatorRows("旧名项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.rows("绩效指标").get(wb.rows("绩效指标").size() - 1).set(3, "往年独有的指标");
        wb.save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        Path whole = dir.resolve("整组");
        copyTree(group().resolve("申报表"), whole);
        for (String wanted : List.of("A_B局", "GA-7", "项目29")) {
            Files.walk(group().resolve("申报表")).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile)
                    .forEach(java.io.File::delete);
            JobOptions all = JobOptions.of(input(), output());
            RunSummary one = run(new JobOptions(all.input(), all.output(), all.templates(), wanted,
                    wanted.equals("GA-7") ? Integer.valueOf(2023) : null, null, all.limits()));
            assertEquals(0, one.exitCode(), console());
            List<String> written = filesUnder(group().resolve("申报表"));
            assertEquals(2, written.size(), written.toString());
            for (String f : written) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(whole.resolve(f)),
                        Files.readAllBytes(group().resolve("申报表").resolve(f))), wanted + ": " + f);
            }
            if (wanted.equals("GA-7")) {
                // The previous year's declaration (another name, the same code) is compared, as in the whole run.
                var read = new org.perftargets.intake.IntakeReader().read(input().resolve("申报.xlsx"));
                var review = org.perftargets.check.Reviewer.review(read.declarations(),
                        org.perftargets.check.ReviewSettings.load(Path.of("templates")));
                var key = read.declarations().projects().stream().filter(p -> "GA-7".equals(p.code()) && p.year() == 2023)
                        .findFirst().orElseThrow().key();
                long expected = review.stream().filter(r -> r.project().equals(key)).count();
                assertTrue(review.stream().anyMatch(r -> r.project().equals(key) && r.toString().contains("未再申报")),
                        "the whole run compares it with 2022");
                assertTrue(lastLine().startsWith("审核：" + expected + " 条审核意见"), expected + " expected: " + lastLine());
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void anUnknownProjectFailsNamingItAndSuggestingClosestNames() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "信息化运维项目").save(input(), "申报");
        RunSummary s = run(JobOptions.of(input(), output()).withProject("信息化运维"));
        assertTrue(s.exitCode() != 0);
        assertTrue(console().contains("找不到项目「信息化运维」") && console().contains("信息化运维项目"), console());
        assertFalse(Files.exists(output()));
    }

    /**
     * A row of no project could be any project's of its workbook: every sheet of that workbook is
     * withheld (any could be short of it), by the whole run and by one sheet made alone alike.
     */
    @Test
    void aRowOfNoProjectWithholdsEverySheetOfItsWorkbookInTheWholeRunAndAlone() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目")
                .row("绩效指标", null, "产出指标", "数量指标", "无主的指标", "=1(个)").save(input(), "申报");
        StandardSample.of(TestWorkbook.xlsx(), "丙项目").save(input(), "另一个单位");
        RunSummary whole = runAll();
        assertEquals(1, whole.exitCode(), console());
        assertEquals(1, whole.sheetsWritten(), console());
        assertTrue(Files.exists(group().resolve("申报表/丙项目.pdf")), "the other workbook's sheet");
        assertFalse(Files.exists(group().resolve("申报表/甲项目.pdf")) || Files.exists(group().resolve("申报表/乙项目.pdf")));
        assertTrue(console().contains("1 个工作簿中有指标不知道属于哪个项目（申报.xlsx）：这些工作簿的项目都不生成申报表"), console());
        RunSummary one = run(JobOptions.of(input(), output()).withProject("甲项目"));
        assertEquals(0, one.sheetsWritten(), console());
        assertTrue(console().contains("这条指标没有填写所属项目") && console().contains("项目「甲项目」有错误，未生成申报表"), console());
    }

    @Test
    void aProjectNotFoundWhereAWorkbookCouldNotBeReadShowsWhyNotJustThatItIsMissing() throws IOException {
        Path file = StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input(), "申报");
        // 绩效指标's row 3 written twice: no spreadsheet program writes that; a reading in row order would drop one.
        java.nio.file.Path copy = dir.resolve("copy.xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace("<row r=\"4\"", "<row r=\"3\"").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RunSummary s = run(JobOptions.of(input(), output()).withProject("甲项目"));
        assertEquals(2, s.exitCode(), console());
        assertTrue(console().contains("工作表「绩效指标」：工作表的行号重复或顺序错乱（第 3 行出现了两次）"), console());
        assertTrue(console().contains("找不到项目「甲项目」。输入中有未能读出的内容（见上面的错误）"), console());
        console.reset();
        assertEquals(1, runAll().exitCode(), console());
        assertTrue(console().contains("第 3 行出现了两次") && console().contains("生成申报表 0 张"), console());
    }

    @Test
    void aProjectDeclaredTwiceInOneGroupIsNamedAsADuplicateWithBothPlaces() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "又报");
        RunSummary s = run(JobOptions.of(input(), output()).withProject("甲项目"));
        assertEquals(2, s.exitCode(), console());
        assertTrue(console().contains("有 2 个项目的名称或编码是「甲项目」：又报.xlsx，工作表「项目」") && console().contains("申报.xlsx，工作表「项目」"), console());
        assertTrue(console().contains("它们的年度和主管部门也相同（重复申报）：请删除多余的一行"), console());
    }

    /** What is typed is compared as the workbook's names are: full-width characters and every space aside. */
    @Test
    void aNameTypedWithSpacesInsideOrFullWidthFindsItsProject() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "信息化运维项目（２０２３）", "乙项目").save(input(), "申报");
        for (String typed : List.of("信息化 运维项目(2023)", " 信息化　运维项目（2023） ")) {
            console.reset();
            RunSummary s = run(JobOptions.of(input(), output()).withProject(typed));
            assertEquals(0, s.exitCode(), console());
            assertEquals(1, s.sheetsWritten(), console());
        }
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
    void workbooksInSubfoldersAreReadAndNamedByTheirPathAndHiddenOnesAreSkippedWithANote() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(Files.createDirectories(input().resolve("单位A")), "申报");
        List<Object> row = StandardSample.projectRow("乙项目");
        row.set(StandardSample.col("实施单位"), null);
        TestWorkbook b = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        b.save(Files.createDirectories(input().resolve("单位B")), "申报");
        StandardSample.of(TestWorkbook.xlsx(), "丙项目").save(Files.createDirectories(input().resolve(".备份")), "申报");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode(), console());
        assertEquals(1, s.projects(), "甲项目 published; the hidden folder's workbook is not read");
        assertEquals(1, s.withheldWithErrors(), "乙项目 withheld for its error");
        assertTrue(console().contains("跳过：.备份/（隐藏文件夹"), console());
        String report = Files.readString(output().resolve("校验报告.txt"));
        assertTrue(report.contains("【单位B/申报.xlsx】") && report.contains("未填写「实施单位」"), report);
    }

    @Test
    void nothingFromTheDataOrAFileNameReachesTheTerminalAsAnEscapeSequence() throws IOException {
        List<Object> row = StandardSample.projectRow("项目\u001B[2J\u001B]0;标题\u0007");
        row.set(StandardSample.col("实施单位"), null);
        TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray()).save(input(), "申报\u001B[31m");
        runAll();
        assertFalse(console().contains("\u001B") || console().contains("\u0007"), console());
        assertTrue(console().contains("申报?[31m.xlsx"), console());
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
        String page = Files.readString(group().resolve("审核报告.html"));
        assertFalse(page.contains("<b>粗</b>"), "names are text on the review page, never markup");
        assertTrue(page.contains("&lt;b&gt;粗&lt;/b&gt;&amp;amp;"), "the name is shown as typed");
        assertTrue(page.contains("href=\"申报表/a_b%20%282%29.pdf\""), "links are percent-encoded");
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

    private String lastLine() {
        List<String> lines = console().strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private Path templatesWith(String reviewProperties) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> bundled = Files.list(Path.of("templates"))) {
            for (Path t : bundled.toList()) {
                Files.copy(t, templates.resolve(t.getFileName()));
            }
        }
        Files.writeString(templates.resolve("review.properties"), reviewProperties, StandardCharsets.UTF_8);
        return templates;
    }

    @Test
    void reviewFindingsAreAdviceInTheirOwnFilesAndNeverChangeTheExitCode() throws IOException {
        // Each sample project has a 数量, a 效益 and a 满意度 indicator: no 质量, 时效 or 成本 指标 under 产出指标.
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "信息化运维项目").save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(0, s.exitCode(), console());
        assertEquals(6, s.reviewFindings());
        assertEquals(2, s.reviewedProjects());
        assertEquals("审核：6 条审核意见，涉及 2 个项目（见各组的 审核意见表.xlsx 和 审核报告.html；仅供参考，不影响发布）。", lastLine());
        String report = Files.readString(group().resolve("校验报告.txt"));
        assertTrue(report.contains("错误 0 条，警告 0 条"), report);
        assertFalse(report.contains("成本指标"), "the review stays out of the validation report");
        assertTrue(Files.exists(group().resolve("审核意见表.xlsx")));
        assertTrue(Files.readString(group().resolve("审核报告.html")).contains("产出指标中没有「成本指标」"));
    }

    @Test
    void aGroupWithErrorsIsStillReviewedAndThePageSaysWhichProjectHasNoSheet() throws IOException {
        List<Object> bad = StandardSample.projectRow("乙项目");
        bad.set(StandardSample.col("当年财政拨款"), 1);
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目").row("项目", bad.toArray());
        StandardSample.indicatorRows("乙项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode(), "the errors' exit code, not the review's");
        assertEquals(6, s.reviewFindings());
        String page = Files.readString(group().resolve("审核报告.html"));
        assertTrue(page.contains("href=\"申报表/%E7%94%B2%E9%A1%B9%E7%9B%AE.pdf\""), "甲项目 links to its sheet");
        assertTrue(page.contains("（有错误，未生成申报表，见校验报告）"), page);
        assertTrue(lastLine().startsWith("审核：6 条审核意见"), lastLine());
    }

    @Test
    void anOfficesReviewSettingsChangeTheReview() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        Path templates = templatesWith("应有二级指标 = 数量指标\n");
        RunSummary s = run(new JobOptions(input(), output(), templates, null, null, null, org.perftargets.intake.ReadLimits.DEFAULT));
        assertEquals(0, s.exitCode(), console());
        assertEquals(0, s.reviewFindings());
        assertEquals("审核：0 条审核意见，涉及 0 个项目。", lastLine());
    }

    @Test
    void aReviewSettingThatCannotBeUnderstoodIsAPlainMessageAndWritesNothing() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        Path templates = templatesWith("满意度下限 = 八十\n");
        RunSummary s = run(new JobOptions(input(), output(), templates, null, null, null, org.perftargets.intake.ReadLimits.DEFAULT));
        assertEquals(2, s.exitCode());
        assertTrue(console().contains("「满意度下限」的值「八十」不是数字"), console());
        assertTrue(console().contains("review.properties"), console());
        assertFalse(Files.exists(output()));
    }

    @Test
    void aYearFilterStillComparesAProjectWithItsPreviousYear() throws IOException {
        List<Object> last = StandardSample.projectRow("甲项目");
        last.set(StandardSample.col("年度"), 2022);
        last.set(StandardSample.col("年度资金申请总额"), 8000000);
        last.set(StandardSample.col("当年财政拨款"), 8000000);
        // Two years of one project in one workbook: the indicator rows say which year they are for.
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", StandardSample.projectRow("甲项目").toArray()).row("项目", last.toArray());
        List<Object> headers = new java.util.ArrayList<>(List.of("年度"));
        headers.addAll(StandardSample.INDICATOR_HEADERS);
        wb.row("绩效指标", headers.toArray());
        for (int year : List.of(2023, 2022)) {
            StandardSample.indicatorRows("甲项目").forEach(r -> {
                List<Object> row = new java.util.ArrayList<>(List.of(year));
                row.addAll(r);
                wb.row("绩效指标", row.toArray());
            });
        }
        wb.save(input(), "申报");
        RunSummary s = run(new JobOptions(input(), output(), Path.of("templates"), null, 2023, null,
                org.perftargets.intake.ReadLimits.DEFAULT));
        assertEquals(0, s.exitCode(), console());
        assertFalse(Files.exists(output().resolve("2022")));
        String page = Files.readString(group().resolve("审核报告.html"));
        assertTrue(page.contains("年度资金申请总额 2023 年 12,229,200.00 元，2022 年 8,000,000.00 元，增加 52.9%"), page);
    }
}
