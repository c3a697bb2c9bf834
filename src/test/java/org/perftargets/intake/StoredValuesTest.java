package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.check.Checker;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;
import org.perftargets.testing.TestWorkbook.Formatted;
import org.perftargets.testing.TestWorkbook.Formula;
import org.perftargets.testing.TestWorkbook.UncachedFormula;

/**
 * Values as Excel, WPS and scripts really store them: what was typed is what is published, and
 * a cell that cannot be trusted is an error at the cell, never a silently wrong value.
 */
class StoredValuesTest {

    @TempDir
    Path dir;

    /** One project with the standard three indicators and one more whose 指标值 cell is {@code value}. */
    private Result withValue(Object value) throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "p")
                .row("绩效指标", "p", "满意度指标", "服务对象满意度指标", "被测指标", value);
        return read(wb);
    }

    /** One project whose 项目 cell under {@code header} is {@code value}. */
    private Result withProjectCell(String header, Object value) throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col(header), value);
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("p").forEach(r -> wb.row("绩效指标", r.toArray()));
        return read(wb);
    }

    private record Result(IntakeResult read, List<Finding> all) {
        Indicator tested() {
            return read.declarations().projects().get(0).indicators().stream().filter(i -> i.name().equals("被测指标"))
                    .findFirst().orElseThrow();
        }

        Project project() {
            return read.declarations().projects().get(0);
        }

        String messages() {
            return all.stream().map(Finding::describe).reduce("", (a, b) -> a + "\n" + b);
        }

        long errors() {
            return all.stream().filter(Finding::isError).count();
        }
    }

    private Result read(TestWorkbook wb) throws IOException {
        IntakeResult r = new IntakeReader().read(wb.save(dir, "申报"));
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(Checker.check(r.declarations()));
        return new Result(r, all);
    }

    @Test
    void aTargetTypedAsAFormulaByExcelReadsAsTyped() throws IOException {
        Result percent = withValue(new Formula("100%"));
        assertEquals("=100.00(%)", percent.tested().value().printed(), "typed =100%, stored as a formula whose value is 1");
        assertEquals(0, percent.all().size(), percent.messages());

        Result bare = withValue(new Formula("58"));
        assertEquals("=58.00", bare.tested().value().printed());
        assertEquals(1, bare.all().size(), bare.messages());
        assertTrue(bare.messages().contains("没有计量单位"), bare.messages());
    }

    @Test
    void anyOtherFormulaInATargetIsAnErrorAndItsResultIsNeverPublished() throws IOException {
        Result r = withValue(new Formula("50+45"));
        assertEquals(1, r.errors(), r.messages());
        assertTrue(r.messages().contains("单元格 E5") && r.messages().contains("是公式（=50+45）"), r.messages());
        assertTrue(!r.tested().value().printed().contains("95"), "the computed 95 is not the target");
    }

    @Test
    void aFormulaWithoutItsStoredResultIsAnErrorNeverZeroOrBlank() throws IOException {
        Result money = withProjectCell("上年结转资金", new UncachedFormula("100+100"));
        assertEquals(1, money.errors(), money.messages());
        assertTrue(money.messages().contains("单元格 O2") && money.messages().contains("没有保存它的计算结果")
                && money.messages().contains("打开该工作簿并保存"), money.messages());
        assertNull(money.project().annual().carryOver(), "not 0.00");

        Result text = withProjectCell("实施单位", new UncachedFormula("\"某\"&\"单位\""));
        assertEquals(1, text.errors(), text.messages());
        assertTrue(text.messages().contains("单元格 C2"), text.messages());
    }

    @Test
    void aBareNumberTargetIsPrintedAsShownAndWarned() throws IOException {
        Result number = withValue(58);
        assertEquals("58", number.tested().value().printed());
        assertEquals(0, number.errors());
        assertTrue(number.messages().contains("只有数字，没有比较符和单位"), number.messages());

        Result percent = withValue(new Formatted(0.95, "0%"));
        assertEquals("95%", percent.tested().value().printed(), "as the user sees it, not 0.95");
        assertTrue(percent.messages().contains("「95%」只有数字"), percent.messages());
    }

    @Test
    void aCommaIsOnlyAThousandsSeparatorAndHugeOrExponentAmountsAreErrors() throws IOException {
        assertEquals(new BigDecimal("12229200.00"), withProjectCell("年度资金申请总额", "12,229,200.00").project().annual().total());
        for (Object bad : List.of("12,34", "1,2,3,4", "1.2E+7", 1e15, "1000000000000000")) {
            Result r = withProjectCell("当年财政拨款", bad);
            assertTrue(r.messages().contains("单元格 N2"), bad + ": " + r.messages());
            assertNull(r.project().annual().appropriation(), bad + " is not read as an amount");
        }
    }

    @Test
    void aDateTypedWithATimeOfDayReadsAsItsDate() throws IOException {
        assertEquals(LocalDate.of(2023, 1, 1), withProjectCell("计划开始日期", "2023/1/1 10:00:00").project().start());
        assertEquals(LocalDate.of(2023, 1, 2), withProjectCell("计划开始日期", "2023/1/2 12:30").project().start());
        assertEquals(LocalDate.of(2023, 1, 1), withProjectCell("计划开始日期", "2023年1月1日 9:00").project().start());
    }

    @Test
    void aNumberThatIsNoPlausibleDateAndYearsOutsideThisCenturyAreErrors() throws IOException {
        Result bareYear = withProjectCell("计划开始日期", 2023);
        assertNull(bareYear.project().start(), "never 1905-07-15");
        assertTrue(bareYear.messages().contains("单元格 H2"), bareYear.messages());
        Result oldDate = withProjectCell("计划开始日期", LocalDate.of(1905, 7, 15));
        assertTrue(oldDate.messages().contains("年份不合常理"), oldDate.messages());
        Result zeroYear = withProjectCell("年度", "0000");
        assertNull(zeroYear.project().year());
        assertTrue(zeroYear.messages().contains("2000 至 2099"), zeroYear.messages());
    }

    @Test
    void anIndicatorRowThatMatchesProjectsOfSeveralDepartmentsIsAnErrorNamingThem() throws IOException {
        List<Object> a = StandardSample.projectRow("同名项目");
        List<Object> b = StandardSample.projectRow("同名项目");
        b.set(StandardSample.col("主管部门"), "上海市民政局");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", a.toArray()).row("项目", b.toArray())
                .row("绩效指标", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
                .row("绩效指标", "同名项目", "产出指标", "数量指标", "某指标", "=1.00(个)");
        Result r = read(wb);
        assertTrue(r.messages().contains("单元格 A2") && r.messages().contains("有 2 个") && r.messages().contains("上海市民政局")
                && r.messages().contains("上海市公安局"), r.messages());
        assertTrue(r.read().declarations().projects().stream().allMatch(p -> p.indicators().isEmpty()),
                "never linked to the first one");

        TestWorkbook linked = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", a.toArray()).row("项目", b.toArray())
                .row("绩效指标", "年度", "主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
                .row("绩效指标", 2023, "上海市民政局", "同名项目", "产出指标", "数量指标", "某指标", "=1.00(个)");
        IntakeResult ok = new IntakeReader().read(linked.save(dir, "区分"));
        assertEquals(0, ok.declarations().projects().get(0).indicators().size());
        assertEquals(1, ok.declarations().projects().get(1).indicators().size(), "linked by 主管部门 and 年度");
    }

    @Test
    void namesThatDifferOnlyInBracketsOrSpacesAreOneNameAndACodeRepeatsAcrossYears() throws IOException {
        List<Object> a = StandardSample.projectRow("系统建设（一期）");
        List<Object> b = StandardSample.projectRow("系统建设 (一期)");
        Result dup = read(TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", a.toArray()).row("项目", b.toArray()).row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray()));
        assertTrue(dup.messages().contains("重复申报"), dup.messages());

        List<Object> y2023 = StandardSample.projectRow("延续项目");
        y2023.set(StandardSample.col("项目编码"), "GA-001");
        List<Object> y2024 = StandardSample.projectRow("延续项目");
        y2024.set(StandardSample.col("项目编码"), "GA-001");
        y2024.set(StandardSample.col("年度"), 2024);
        y2024.set(StandardSample.col("计划开始日期"), LocalDate.of(2024, 1, 1));
        y2024.set(StandardSample.col("计划完成日期"), LocalDate.of(2024, 12, 31));
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", y2023.toArray()).row("项目", y2024.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        Result r = read(wb);
        assertTrue(!r.messages().contains("重复"), "the same code in another year is that project's next year: " + r.messages());
    }

    /**
     * Excel keeps a control character in its shared strings as an escape such as {@code _x000B_}; the
     * test writes {@code «0B»} and turns it into that escape in the saved file.
     */
    private static void asExcelStoresControlCharacters(Path xlsx) throws IOException {
        rewrite(xlsx, "xl/sharedStrings.xml", xml -> xml.replaceAll("«(..)»", "_x00$1_"));
    }

    /** Rewrites one part of a saved workbook, as another program would have written it. */
    static void rewrite(Path xlsx, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        Path copy = xlsx.resolveSibling("copy.zip");
        try (var in = new java.util.zip.ZipFile(xlsx.toFile());
                var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(copy))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        java.nio.file.Files.move(copy, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void controlCharactersPastedFromWordBecomeLineBreaksOrGoWithAWarningAtTheirCell() throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("年度总体目标"), "第一段«0B»第二段«01»«1B»[31m");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("p").forEach(x -> wb.row("绩效指标", x.toArray()));
        Path file = wb.save(dir, "控制字符");
        asExcelStoresControlCharacters(file);
        IntakeResult read = new IntakeReader().read(file);
        List<Finding> all = new ArrayList<>(read.findings());
        all.addAll(Checker.check(read.declarations()));
        Result r = new Result(read, all);
        assertEquals("第一段\n第二段[31m", r.project().annualGoal());
        assertEquals(0, r.errors(), r.messages());
        assertEquals(3, r.all().stream().filter(f -> f.message().contains("控制字符")).count(), r.messages());
        assertTrue(r.messages().contains("单元格 R2") && r.messages().contains("U+000B") && r.messages().contains("已改为换行"),
                r.messages());
    }

    @Test
    void indicatorGroupsTypedInPartsArePrintedInOnePieceWithAWarningNamingTheRows() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "p")
                .row("绩效指标", "p", "产出指标", "质量指标", "后补的质量指标", "达标")
                .row("绩效指标", "p", "产出指标", "数量指标", "后补的数量指标", "=1.00(个)");
        Result r = read(wb);
        assertEquals(List.of("数量指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"),
                r.project().indicators().stream().map(Indicator::level2).toList());
        assertTrue(r.messages().contains("第 5、6 行") && r.messages().contains("没有按一级、二级指标连续排列"), r.messages());
    }

    @Test
    void aLevelOneTypedWrongIsNotAlsoCalledAGroupTypedInParts() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "p");
        wb.rows("绩效指标").get(2).set(1, "产出指票"); // 产出指标, 产出指票, 产出指标
        wb.rows("绩效指标").get(2).set(2, "数量指标");
        wb.rows("绩效指标").get(3).set(1, "产出指标");
        wb.rows("绩效指标").get(3).set(2, "数量指标");
        Result r = read(wb);
        assertTrue(r.messages().contains("产出指票"), r.messages());
        assertTrue(!r.messages().contains("没有按一级、二级指标连续排列"), r.messages());
    }

    @Test
    void groupsTypedInManyPartsNameTheFirstTenRowsAndHowManyInAll() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "p");
        for (int i = 0; i < 15; i++) {
            wb.row("绩效指标", "p", "产出指标", "数量指标", "数量" + i, "=1.00(个)")
                    .row("绩效指标", "p", "产出指标", "质量指标", "质量" + i, "达标");
        }
        Result r = read(wb);
        assertTrue(r.messages().contains("没有按一级、二级指标连续排列"), r.messages());
        String rows = r.messages().substring(r.messages().indexOf("第 "), r.messages().indexOf("的指标属于"));
        assertEquals(10, rows.split("、").length, rows);
        assertTrue(rows.matches("第 5、7、8、.*…… 行起（共 [0-9]+ 处）") && Integer.parseInt(rows.replaceAll(".*共 ([0-9]+) 处.*", "$1")) > 10, rows);
    }

    @Test
    void twoSheetsWhoseNamesFoldToOneAreAnErrorAndAHiddenSheetIsReadWithANote() throws IOException {
        TestWorkbook twice = StandardSample.of(TestWorkbook.xlsx(), "p").row("项 目", "年度");
        Result r = read(twice);
        assertTrue(r.messages().contains("「项目」、「项 目」"), r.messages());

        Result hidden = read(StandardSample.of(TestWorkbook.xlsx(), "p").hide("绩效指标"));
        assertEquals(3, hidden.project().indicators().size());
        assertTrue(hidden.messages().contains("工作表「绩效指标」") && hidden.messages().contains("隐藏"), hidden.messages());
    }

    /** A project whose 上年结转资金 (O2) is the formula 100+100, saved and then rewritten by {@code change}. */
    private Result withCarryOverFormula(String part, java.util.function.UnaryOperator<String> change) throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("上年结转资金"), new Formula("100+100"));
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("p").forEach(x -> wb.row("绩效指标", x.toArray()));
        Path file = wb.save(dir, "脚本");
        rewrite(file, part, change);
        IntakeResult read = new IntakeReader().read(file);
        return new Result(read, new ArrayList<>(read.findings()));
    }

    @Test
    void formulasScriptsWriteWithAnEmptyOrPlaceholderResultAreErrorsNeverZero() throws IOException {
        // openpyxl: <v></v>; XlsxWriter: <v>0</v> with the workbook told to recalculate when opened.
        Result empty = withCarryOverFormula("xl/worksheets/sheet1.xml", x -> x.replace("<v>200.0</v>", "<v></v>"));
        assertNull(empty.project().annual().carryOver(), empty.messages());
        assertTrue(empty.messages().contains("单元格 O2") && empty.messages().contains("没有保存它的计算结果"), empty.messages());

        Result placeholder = withCarryOverFormula("xl/worksheets/sheet1.xml", x -> x.replace("<v>200.0</v>", "<v>0</v>"));
        assertEquals(new BigDecimal("0.00"), placeholder.project().annual().carryOver(),
                "without fullCalcOnLoad a stored 0 is Excel's own result");
        Result recalculated = withCarryOverFormula("xl/worksheets/sheet1.xml", x -> x.replace("<v>200.0</v>", "<v>0</v>"));
        Path again = dir.resolve("脚本.xlsx");
        rewrite(again, "xl/workbook.xml", x -> x.replace("</workbook>", "<calcPr fullCalcOnLoad=\"1\"/></workbook>"));
        IntakeResult r = new IntakeReader().read(again);
        assertNull(r.declarations().projects().get(0).annual().carryOver(), r.findings().toString());
        assertTrue(r.findings().toString().contains("没有保存它的计算结果"), r.findings().toString());
        assertEquals(0, recalculated.errors());
    }

    @Test
    void aPlainNumberInADateColumnIsReadAsExcelsDayNumberWithAWarning() throws IOException {
        Result r = withProjectCell("计划开始日期", 44927);
        assertEquals(LocalDate.of(2023, 1, 1), r.project().start());
        assertTrue(r.messages().contains("单元格 H2") && r.messages().contains("填的是数字 44927") && r.messages().contains("2023-01-01"),
                r.messages());
    }

    @Test
    void anIndicatorRowWhoseYearContradictsTheProjectOfItsCodeIsNotLinkedToIt() throws IOException {
        List<Object> a = StandardSample.projectRow("甲项目");
        a.set(StandardSample.col("项目编码"), "GA-001");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", a.toArray())
                .row("绩效指标", "年度", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
                .row("绩效指标", "2023年度", "GA-001", "甲项目", "产出指标", "数量指标", "对", "=1.00(个)")
                .row("绩效指标", 2024, "GA-001", "甲项目", "产出指标", "数量指标", "年度不符", "=1.00(个)")
                .row("绩效指标", 2023, "GA-001", "甲", "产出指标", "数量指标", "简称", "=1.00(个)");
        Result r = read(wb);
        assertEquals(List.of("对", "简称"), r.project().indicators().stream().map(Indicator::name).toList(),
                "2023年度 is 2023; the code decides over a short name");
        assertEquals(1, r.errors(), r.messages());
        assertTrue(r.messages().contains("单元格 C3"), r.messages());
    }

    @Test
    void aSheetWithContentThatIsNotReadGetsANote() throws IOException {
        Result r = read(StandardSample.of(TestWorkbook.xlsx(), "p").row("绩效指标 (2)", "项目名称", "三级指标")
                .row("绩效指标 (2)", "p", "漏掉的指标").row("填写说明", "说明"));
        assertTrue(r.messages().contains("工作表「绩效指标 (2)」：这个工作表没有读取"), r.messages());
        assertTrue(!r.messages().contains("工作表「填写说明」"), "the template's own notes sheet is expected: " + r.messages());
    }
}
