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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.intake.ReadLimits;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/**
 * The run touches only its own files: it keeps a list of what it wrote in each group's folder,
 * removes the sheets of projects no longer in the input (saying so), and nothing else.
 */
class OwnFilesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Path input() throws IOException {
        return Files.createDirectories(dir.resolve("input"));
    }

    private Path output() {
        return dir.resolve("output");
    }

    private Path sheets() {
        return output().resolve("2023/上海市公安局/申报表");
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

    @Test
    void theListOfEachGroupFolderNamesEveryFileTheRunWroteThere() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        List<String> listed = Files.readAllLines(output().resolve("2023/上海市公安局/" + Manifest.FILE)).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("上海市公安局2023年度项目绩效目标汇总表.pdf", "审核意见表.xlsx", "审核报告.html", "校验报告.txt",
                "申报表/乙项目.pdf", "申报表/乙项目.xlsx", "申报表/甲项目.pdf", "申报表/甲项目.xlsx", "绩效指标.csv", "绩效指标.xlsx",
                "项目汇总.csv", "项目汇总.xlsx"), listed);
    }

    @Test
    void aFullRunRemovesTheSheetsOfAWithdrawnOrRenamedProjectFileByFileAndNothingElse() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        Path usersCopy = sheets().resolve("乙项目 副本.pdf");
        Files.copy(sheets().resolve("乙项目.pdf"), usersCopy);
        Path usersNote = sheets().resolve("说明.txt");
        Files.writeString(usersNote, "用户自己的文件");

        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "丙项目").save(input(), "申报"); // 乙 renamed 丙
        assertEquals(0, runAll().exitCode(), console());
        assertFalse(Files.exists(sheets().resolve("乙项目.pdf")));
        assertFalse(Files.exists(sheets().resolve("乙项目.xlsx")));
        assertTrue(Files.exists(sheets().resolve("丙项目.pdf")) && Files.exists(sheets().resolve("甲项目.pdf")));
        assertTrue(Files.exists(usersCopy), "a file the list does not name stays");
        assertEquals("用户自己的文件", Files.readString(usersNote));
        assertTrue(console().contains("已删除：" + sheets().resolve("乙项目.pdf")), console());
        assertTrue(console().contains("已删除：" + sheets().resolve("乙项目.xlsx")), console());
        String list = Files.readString(output().resolve("2023/上海市公安局/" + Manifest.FILE));
        assertFalse(list.contains("乙项目"), list);
        assertTrue(list.contains("申报表/丙项目.pdf"), list);
    }

    @Test
    void noSheetIsRemovedWhenAWorkbookCouldNotBeReadOrOnlyAYearWasAskedFor() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "一");
        StandardSample.of(TestWorkbook.xlsx(), "乙项目").save(input(), "二");
        assertEquals(0, runAll().exitCode(), console());
        Files.writeString(input().resolve("二.xlsx"), "损坏了");
        assertEquals(1, runAll().exitCode());
        assertTrue(Files.exists(sheets().resolve("乙项目.pdf")), "its workbook could not be read: the project may still be there");
        assertTrue(console().contains("本次也不删除任何旧申报表"), console());

        Files.delete(input().resolve("二.xlsx"));
        assertEquals(0, run(new JobOptions(input(), output(), Path.of("templates"), null, 2023, null,
                ReadLimits.DEFAULT)).exitCode(), console());
        assertTrue(Files.exists(sheets().resolve("乙项目.pdf")), "a run of one year is not a full run");
        assertEquals(0, runAll().exitCode(), console());
        assertFalse(Files.exists(sheets().resolve("乙项目.pdf")));
    }

    @Test
    void theSheetsOfADepartmentNoLongerInTheInputAreRemovedAndItsOtherFilesKept() throws IOException {
        List<Object> other = StandardSample.projectRow("民政项目");
        other.set(StandardSample.col("主管部门"), "上海市民政局");
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目").row("项目", other.toArray());
        StandardSample.indicatorRows("民政项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        Path gone = output().resolve("2023/上海市民政局");
        Files.writeString(gone.resolve("申报表/用户的.pdf"), "用户的");
        Path notOurs = Files.createDirectories(output().resolve("2023/别人的文件夹/申报表"));
        Files.writeString(notOurs.resolve("x.pdf"), "别人的");

        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        assertFalse(Files.exists(gone.resolve("申报表/民政项目.pdf")));
        assertFalse(Files.exists(gone.resolve("申报表/民政项目.xlsx")));
        assertTrue(console().contains("已删除：" + gone.resolve("申报表/民政项目.pdf")), console());
        assertTrue(console().contains(gone + " 的年度和主管部门已不在输入中"), console());
        assertTrue(Files.exists(gone.resolve("上海市民政局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(Files.exists(gone.resolve("申报表/用户的.pdf")));
        assertTrue(Files.exists(notOurs.resolve("x.pdf")));
        assertTrue(Files.exists(sheets().resolve("甲项目.pdf")));
    }

    @Test
    void noSheetIsRemovedWhileAProjectHasNoReadableYearOrDepartment() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        List<Object> noYear = StandardSample.projectRow("乙项目");
        noYear.set(StandardSample.col("年度"), "二〇二三");
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目").row("项目", noYear.toArray());
        StandardSample.indicatorRows("乙项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        assertEquals(1, runAll().exitCode());
        assertTrue(Files.exists(sheets().resolve("乙项目.pdf")), "its year is unreadable, not gone: " + console());
        assertTrue(console().contains("缺少年度或主管部门 1 个"), console());
    }

    @Test
    void anEditedListCannotMakeTheRunRemoveAnythingOutsideTheGroupsSheets() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        Path outside = Files.writeString(dir.resolve("重要.pdf"), "别删");
        Path beside = Files.writeString(output().resolve("2023/上海市公安局/备忘.pdf"), "别删");
        Path list = output().resolve("2023/上海市公安局/" + Manifest.FILE);
        Files.writeString(list, Files.readString(list) + "申报表/../../../../重要.pdf\n/etc/hostname\n备忘.pdf\n");
        assertEquals(0, runAll().exitCode(), console());
        assertTrue(Files.exists(outside));
        assertTrue(Files.exists(beside), "only sheets of projects gone are removed");
    }

    @Test
    void departmentsWhoseNamesWouldShareAFolderGetDistinctFoldersAndTheConsoleAndReportSaySo() throws IOException {
        String[] departments = {"A/B局", "A_B局", "C:局", "C*局", "局.", "局"};
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        for (int i = 0; i < departments.length; i++) {
            List<Object> row = StandardSample.projectRow("项目" + i);
            row.set(StandardSample.col("主管部门"), departments[i]);
            wb.row("项目", row.toArray());
            StandardSample.indicatorRows("项目" + i).forEach(r -> wb.row("绩效指标", r.toArray()));
        }
        wb.save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        Path year = output().resolve("2023");
        for (String folder : List.of("A_B局", "A_B局 (2)", "C_局", "C_局 (2)", "局", "局 (2)")) {
            assertTrue(Files.isDirectory(year.resolve(folder).resolve("申报表")), folder);
        }
        assertTrue(Files.exists(year.resolve("A_B局/申报表/项目0.pdf")));
        assertTrue(Files.exists(year.resolve("A_B局 (2)/申报表/项目1.pdf")));
        assertTrue(Files.exists(year.resolve("局 (2)/申报表/项目5.pdf")));
        assertTrue(console().contains("主管部门「A_B局」的文件名已被另一个主管部门使用（两者的名称只差大小写或不能用于文件名的字符），已改为「2023/A_B局 (2)」"), console());
        assertTrue(console().contains("主管部门「局.」的名称不能直接用作文件名，已改为「2023/局」"), console());
        String report = Files.readString(output().resolve("校验报告.txt"));
        assertTrue(report.contains("【文件名调整】") && report.contains("主管部门「C*局」") && report.contains("「2023/C_局 (2)」"), report);
        assertTrue(Files.readString(year.resolve("A_B局 (2)/校验报告.txt")).contains("已改为「2023/A_B局 (2)」"));
    }

    @Test
    void projectsWhoseNamesWouldShareAFileAreNamedInTheConsoleAndReport() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲/乙", "甲_乙").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        assertTrue(Files.exists(sheets().resolve("甲_乙.pdf")) && Files.exists(sheets().resolve("甲_乙 (2).pdf")));
        assertTrue(console().contains("项目「甲/乙」的名称不能直接用作文件名，已改为「甲_乙」"), console());
        assertTrue(console().contains("项目「甲_乙」的文件名已被另一个项目使用（两者的名称只差大小写或不能用于文件名的字符），已改为「甲_乙 (2)」"), console());
        assertTrue(Files.readString(output().resolve("2023/上海市公安局/校验报告.txt")).contains("已改为「甲_乙 (2)」"));
    }

    @Test
    void aOneProjectRunAddsItsFilesToTheListAndRemovesNothing() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        StandardSample.of(TestWorkbook.xlsx(), "甲项目").save(input(), "申报");
        assertEquals(0, run(JobOptions.of(input(), output()).withProject("甲项目")).exitCode(), console());
        assertTrue(Files.exists(sheets().resolve("乙项目.pdf")));
        assertTrue(Files.readString(output().resolve("2023/上海市公安局/" + Manifest.FILE)).contains("申报表/甲项目.pdf"));
    }

    @Test
    void aOneProjectRunLeavesTheListAsItWasWhenItNamesTheFilesWrittenAndAddsThemWhenNot() throws IOException {
        StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input(), "申报");
        assertEquals(0, runAll().exitCode(), console());
        Path list = output().resolve("2023/上海市公安局/" + Manifest.FILE);
        // A file of the user's, deleted since: the list is not checked again by a run that adds nothing to it.
        Files.delete(sheets().resolve("乙项目.xlsx"));
        byte[] before = Files.readAllBytes(list);
        assertEquals(0, run(JobOptions.of(input(), output()).withProject("甲项目")).exitCode(), console());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(list));

        String without = Files.readString(list).replace("申报表/甲项目.pdf\n", "");
        Files.writeString(list, without);
        assertEquals(0, run(JobOptions.of(input(), output()).withProject("甲项目")).exitCode(), console());
        String after = Files.readString(list);
        assertTrue(after.contains("申报表/甲项目.pdf\n"), after);
        assertFalse(after.contains("申报表/乙项目.xlsx"), "rewritten: only the files still there, and those written: " + after);
    }

    @Test
    void countsAreWhatWasWrittenAndWithheldProjectsAreCountedWithTheirReason() throws IOException {
        List<Object> bad = StandardSample.projectRow("错项目");
        bad.set(StandardSample.col("当年财政拨款"), 1);
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").row("项目", bad.toArray());
        StandardSample.indicatorRows("错项目").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.save(input(), "申报");
        RunSummary s = runAll();
        assertEquals(1, s.exitCode());
        assertEquals(2, s.projects());
        assertEquals(2, s.sheetsWritten());
        assertEquals(1, s.withheldWithErrors());
        assertEquals(0, s.bookletsWritten());
        assertTrue(console().contains("完成：2 个项目") && console().contains("生成申报表 2 张、汇总表 0 本"), console());
        assertTrue(console().contains("未发布：1 个项目（有错误 1 个）"), console());
    }
}
