package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perftargets.model.Finding;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/** Reading the standard intake workbook, in both .xlsx and .xls. */
class IntakeReaderTest {

    @TempDir
    Path dir;

    static Stream<Supplier<TestWorkbook>> formats() {
        return Stream.of(TestWorkbook::xlsx, TestWorkbook::xls);
    }

    private IntakeResult read(TestWorkbook wb) throws IOException {
        return new IntakeReader().read(wb.save(dir, "申报"));
    }

    private static TestWorkbook withProjectRow(TestWorkbook wb, List<Object> row) {
        wb.row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows((String) row.get(4)).forEach(r -> wb.row("绩效指标", r.toArray()));
        return wb;
    }

    private static List<Object> projectWith(String header, Object value) {
        List<Object> row = StandardSample.projectRow("留置专区保障经费");
        row.set(StandardSample.col(header), value);
        return row;
    }

    private static String messages(IntakeResult r) {
        return r.findings().stream().map(Finding::describe).reduce("", (a, b) -> a + "\n" + b);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void readsAValidWorkbookWithoutFindings(Supplier<TestWorkbook> format) throws IOException {
        IntakeResult r = read(StandardSample.of(format.get(), "留置专区保障经费", "信息化运维项目"));
        assertEquals(List.of(), r.findings());
        List<Project> projects = r.declarations().projects();
        assertEquals(2, projects.size());
        Project p = projects.get(0);
        assertEquals(2023, p.year());
        assertEquals("留置专区保障经费", p.name());
        assertEquals(LocalDate.of(2023, 1, 1), p.start());
        assertEquals(new BigDecimal("12229200.00"), p.annual().total());
        assertEquals(new BigDecimal("0.00"), p.annual().carryOver());
        assertNull(p.lifetime().total(), "blank lifetime money stays blank");
        assertNull(p.overallGoal());
        assertEquals(3, p.indicators().size());
        assertEquals("=58.00(人)", p.indicators().get(0).value().printed());
        assertEquals("申报." + format.get().extension(), p.origin().file());
        assertEquals(2, p.origin().row());
        assertEquals("M2", p.origin().at(org.perftargets.model.Field.ANNUAL_TOTAL).cell());
        assertEquals(3, p.indicators().get(1).origin().row());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void findsHeadersByNameInAnyOrderWithSpacesFullWidthBracketsAndUnits(Supplier<TestWorkbook> format) throws IOException {
        List<String> headers = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        List<Object> row = StandardSample.projectRow("p");
        java.util.Collections.reverse(headers);
        java.util.Collections.reverse(row);
        headers.replaceAll(h -> h.equals("年度资金申请总额") ? " 年度资金申请总额（元） " : h.equals("项目名称") ? "项目名称*" : h
                .equals("年度") ? "年\u00a0度" : h);
        TestWorkbook wb = format.get().row("项目", headers.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", "三级指标", "指标值", "项目名称", "一级指标", "二级指标");
        for (List<Object> r : StandardSample.indicatorRows("p")) {
            wb.row("绩效指标", r.get(3), r.get(4), r.get(0), r.get(1), r.get(2));
        }
        IntakeResult r = read(wb);
        assertEquals("", messages(r));
        assertEquals(new BigDecimal("12229200.00"), r.declarations().projects().get(0).annual().total());
        assertEquals("特保人员配置人数", r.declarations().projects().get(0).indicators().get(0).name());
    }

    @Test
    void aColumnIn万元IsConvertedTo元Exactly() throws IOException {
        List<String> headers = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        headers.replaceAll(h -> h.equals("年度资金申请总额") || h.equals("当年财政拨款") ? h + "（万元）" : h);
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("年度资金申请总额"), 1222.92);
        row.set(StandardSample.col("当年财政拨款"), "1,222.92");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", headers.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("p").forEach(r -> wb.row("绩效指标", r.toArray()));
        Project p = read(wb).declarations().projects().get(0);
        assertEquals(new BigDecimal("12229200.00"), p.annual().total());
        assertEquals(new BigDecimal("12229200.00"), p.annual().appropriation());
    }

    @Test
    void anAmountThatNamesItsOwnUnitOverridesTheColumnsUnit() throws IOException {
        List<String> headers = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        headers.replaceAll(h -> h.equals("年度资金申请总额") || h.equals("当年财政拨款") ? h + "（万元）" : h);
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("年度资金申请总额"), "12,229,200.00元");
        row.set(StandardSample.col("当年财政拨款"), "1222.92万元");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", headers.toArray()).row("项目", row.toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("p").forEach(r -> wb.row("绩效指标", r.toArray()));
        Project p = read(wb).declarations().projects().get(0);
        assertEquals(new BigDecimal("12229200.00"), p.annual().total());
        assertEquals(new BigDecimal("12229200.00"), p.annual().appropriation());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void readsMoneyTypedAsTextWithSeparatorsFullWidthDigitsAndSpaces(Supplier<TestWorkbook> format) throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("年度资金申请总额"), " 12,229,200.00 ");
        row.set(StandardSample.col("当年财政拨款"), "１２２２９２００．００元");
        row.set(StandardSample.col("上年结转资金"), "\u00a00\u00a0");
        row.set(StandardSample.col("年度其他资金"), null);
        Project p = read(withProjectRow(format.get(), row)).declarations().projects().get(0);
        assertEquals(new BigDecimal("12229200.00"), p.annual().total());
        assertEquals(new BigDecimal("12229200.00"), p.annual().appropriation());
        assertEquals(new BigDecimal("0.00"), p.annual().carryOver());
        assertEquals(new BigDecimal("0.00"), p.annual().other(), "blank 年度其他资金 counts as 0");
    }

    @Test
    void keepsDecimalAmountsExactNotAsDoubles() throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("年度资金申请总额"), 0.3);
        row.set(StandardSample.col("当年财政拨款"), 0.1);
        row.set(StandardSample.col("上年结转资金"), 0.2);
        IntakeResult r = read(withProjectRow(TestWorkbook.xlsx(), row));
        assertEquals(new BigDecimal("0.30"), r.declarations().projects().get(0).annual().total());
        assertEquals(new BigDecimal("0.10"), r.declarations().projects().get(0).annual().appropriation());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void reportsMoneyThatIsNotANumberNegativeOrHasMoreThanTwoDecimals(Supplier<TestWorkbook> format) throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("年度资金申请总额"), "一千万");
        row.set(StandardSample.col("当年财政拨款"), -5);
        row.set(StandardSample.col("上年结转资金"), "1.234");
        IntakeResult r = read(withProjectRow(format.get(), row));
        String m = messages(r);
        assertTrue(m.contains("单元格 M2") && m.contains("不是金额"), m);
        assertTrue(m.contains("单元格 N2") && m.contains("负数"), m);
        assertTrue(m.contains("单元格 O2") && m.contains("两位的小数"), m);
        assertTrue(r.findings().stream().allMatch(Finding::isError));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void readsDatesAsDateCellsSerialNumbersAndText(Supplier<TestWorkbook> format) throws IOException {
        for (Object typed : List.of(LocalDate.of(2023, 1, 1), 44927, "2023-01-01", "2023/1/1", "2023年1月1日",
                "２０２３．１．１", "20230101", "2023/01/01 0:00:00", "2023-01-01T00:00")) {
            Project p = read(withProjectRow(format.get(), projectWith("计划开始日期", typed))).declarations().projects().get(0);
            assertEquals(LocalDate.of(2023, 1, 1), p.start(), "typed: " + typed);
        }
    }

    @Test
    void reportsADateThatCannotBeRead() throws IOException {
        IntakeResult r = read(withProjectRow(TestWorkbook.xlsx(), projectWith("计划完成日期", "2023-02-30")));
        assertEquals(1, r.findings().size(), messages(r));
        assertTrue(messages(r).contains("单元格 I2") && messages(r).contains("不是可识别的日期"), messages(r));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void reportsEveryMissingRequiredValueAtOnce(Supplier<TestWorkbook> format) throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("实施单位"), " ");
        row.set(StandardSample.col("项目性质"), null);
        row.set(StandardSample.col("年度总体目标"), "");
        IntakeResult r = read(withProjectRow(format.get(), row));
        assertEquals(3, r.findings().size(), messages(r));
        assertTrue(messages(r).contains("单元格 C2") && messages(r).contains("未填写「实施单位」"), messages(r));
    }

    @Test
    void reportsAMissingSheetAndAMissingOrDuplicatedHeader() throws IOException {
        IntakeResult noSheet = read(TestWorkbook.xlsx().row("Sheet1", "x"));
        assertTrue(messages(noSheet).contains("找不到工作表「项目」"), messages(noSheet));

        List<String> headers = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        headers.remove("年度总体目标");
        headers.add("项目名称");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", headers.toArray()).row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        String m = messages(read(wb));
        assertTrue(m.contains("缺少必填列「年度总体目标」"), m);
        assertTrue(m.contains("表头「项目名称」出现了两次"), m);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void skipsBlankRowsBetweenDataRows(Supplier<TestWorkbook> format) throws IOException {
        TestWorkbook wb = format.get().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", StandardSample.projectRow("a").toArray()).blankRow("项目").row("项目", "", " ")
                .row("项目", StandardSample.projectRow("b").toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        StandardSample.indicatorRows("a").forEach(r -> wb.row("绩效指标", r.toArray()));
        wb.blankRow("绩效指标");
        StandardSample.indicatorRows("b").forEach(r -> wb.row("绩效指标", r.toArray()));
        IntakeResult r = read(wb);
        assertEquals("", messages(r));
        assertEquals(List.of("a", "b"), r.declarations().projects().stream().map(Project::name).toList());
        assertEquals(5, r.declarations().projects().get(1).origin().row());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aGroupLabelMergedOrTypedOnceCoversTheRowsBelowIt(Supplier<TestWorkbook> format) throws IOException {
        TestWorkbook wb = format.get().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", StandardSample.projectRow("p").toArray());
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray())
                .row("绩效指标", "p", "产出指标", "数量指标", "a", "=1(个)")
                .row("绩效指标", "p", null, null, "b", "=2(个)")
                .row("绩效指标", "p", null, "质量指标", "c", "达标")
                .row("绩效指标", "p", "效益指标", "社会效益指标", "d", "提升")
                .row("绩效指标", "p", null, "可持续影响指标", "e", "健全")
                .row("绩效指标", "p", "满意度指标", "服务对象满意度指标", "f", "≥90%")
                .merge("绩效指标", 4, 5, 1);
        IntakeResult r = read(wb);
        assertEquals("", messages(r));
        var ind = r.declarations().projects().get(0).indicators();
        assertEquals(List.of("产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"),
                ind.stream().map(i -> i.level1()).toList());
        assertEquals(List.of("数量指标", "数量指标", "质量指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"),
                ind.stream().map(i -> i.level2()).toList());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formulasGiveTheirCachedValuesAndFormulaErrorsAreFindingsAtTheCell(Supplier<TestWorkbook> format) throws IOException {
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("上年结转资金"), new TestWorkbook.Formula("1/0"));
        IntakeResult r = read(withProjectRow(format.get(), row));
        assertEquals(1, r.findings().size(), messages(r));
        assertTrue(messages(r).contains("单元格 O2") && messages(r).contains("#DIV/0!"), messages(r));

        IntakeResult ok = read(withProjectRow(format.get(), projectWith("年度资金申请总额", new TestWorkbook.Formula("N2+O2+P2"))));
        assertEquals("", messages(ok));
        assertEquals(new BigDecimal("12229200.00"), ok.declarations().projects().get(0).annual().total());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aTotalSummedByFormulaReadsAsExcelShowsItNotWithBinaryNoise(Supplier<TestWorkbook> format) throws IOException {
        // Excel caches =N2+P2 as 2023.6799999999998 and shows 2,023.68: no "more than two decimals" for that.
        List<Object> row = StandardSample.projectRow("p");
        row.set(StandardSample.col("当年财政拨款"), 1234.56);
        row.set(StandardSample.col("年度其他资金"), 789.12);
        row.set(StandardSample.col("年度资金申请总额"), new TestWorkbook.Formula("N2+P2"));
        IntakeResult r = read(withProjectRow(format.get(), row));
        assertEquals("", messages(r));
        assertEquals(new BigDecimal("2023.68"), r.declarations().projects().get(0).annual().total());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aPercentFormattedValueCellKeepsThePercentTheUserSees(Supplier<TestWorkbook> format) throws IOException {
        TestWorkbook wb = format.get().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("项目", StandardSample.projectRow("p").toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        List<List<Object>> rows = StandardSample.indicatorRows("p");
        rows.get(2).set(4, new TestWorkbook.Formatted(0.9, "0%"));
        rows.get(1).set(4, new TestWorkbook.Formatted(0.955, "0.00%"));
        rows.forEach(r -> wb.row("绩效指标", r.toArray()));
        IntakeResult r = read(wb);
        assertEquals("", messages(r));
        var indicators = r.declarations().projects().get(0).indicators();
        assertEquals(new IndicatorValue.Text("90%"), indicators.get(2).value());
        assertEquals(new IndicatorValue.Text("95.50%"), indicators.get(1).value());
    }

    @Test
    void anIndicatorRowWhoseProjectDoesNotExistIsAnError() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "p").row("绩效指标", "q", "产出指标", "数量指标", "x", "=1(个)");
        IntakeResult r = read(wb);
        assertEquals(1, r.findings().size(), messages(r));
        assertTrue(messages(r).contains("「q」在工作表「项目」中不存在") && messages(r).contains("单元格 A5"), messages(r));
        assertNull(r.findings().get(0).project(), "the indicator is lost to every booklet, not to one project");
    }

    @Test
    void anIndicatorRowNamingAProjectAlmostRightNamesTheClosestProjects() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "信息化运维项目", "被装经费")
                .row("绩效指标", "信息化运维", "产出指标", "数量指标", "x", "=1(个)")
                .row("绩效指标", "完全无关的名字", "产出指标", "数量指标", "x", "=1(个)");
        IntakeResult r = read(wb);
        assertEquals(2, r.findings().size(), messages(r));
        assertTrue(r.findings().get(0).describe().contains("「信息化运维」在工作表「项目」中不存在")
                && r.findings().get(0).describe().endsWith("项目名称（最接近的：「信息化运维项目」）"), messages(r));
        assertTrue(r.findings().get(1).describe().endsWith("完全一致的项目名称"), messages(r));
    }

    @Test
    void linksIndicatorsByProjectCodeWhereBothSheetsCarryIt() throws IOException {
        List<Object> row = StandardSample.projectRow("全称");
        row.set(StandardSample.col("项目编码"), "GA-001");
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray()).row("项目", row.toArray())
                .row("绩效指标", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
                .row("绩效指标", "GA-001", "简称", "产出指标", "数量指标", "x", "=1(个)");
        IntakeResult r = read(wb);
        assertEquals(1, r.declarations().projects().get(0).indicators().size(), messages(r));
    }

    @Test
    void anUnreadableComparisonIsAnErrorAtItsCell() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "p").row("绩效指标", "p", "满意度指标", "服务对象满意度指标", "x",
                "≥abc(%)");
        IntakeResult r = read(wb);
        assertTrue(messages(r).contains("单元格 E5") && messages(r).contains("≥abc(%)"), messages(r));
        assertEquals(new IndicatorValue.Unreadable("≥abc(%)"), r.declarations().projects().get(0).indicators().stream()
                .filter(i -> i.name().equals("x")).findFirst().orElseThrow().value());
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(org.perftargets.check.Checker.check(r.declarations()));
        assertEquals(1, all.stream().filter(f -> f.location().cell() != null && f.location().cell().equals("E5")).count(),
                "one finding that says what is wrong, not also 未填写指标值: " + all);
    }

    @Test
    void trimsTextsOfStraySpacesButKeepsWhatWasWritten() throws IOException {
        Project p = read(withProjectRow(TestWorkbook.xlsx(), projectWith("项目性质", "\u00a0其他一次性项目\u3000 ")))
                .declarations().projects().get(0);
        assertEquals("其他一次性项目", p.nature());
    }

    @Test
    void aTitleRowAboveTheHeaderIsTolerated() throws IOException {
        TestWorkbook wb = TestWorkbook.xlsx().row("项目", "2023年度项目申报");
        StandardSample.of(wb, "p");
        IntakeResult r = read(wb);
        assertEquals("", messages(r));
        assertEquals(3, r.declarations().projects().get(0).origin().row());
    }

    @Test
    void aRenamedTextFileIsReportedAsNotAWorkbook() throws IOException {
        Path fake = dir.resolve("假的.xlsx");
        Files.writeString(fake, "这不是工作簿");
        IntakeResult r = new IntakeReader().read(fake);
        assertEquals(1, r.findings().size());
        assertTrue(r.findings().get(0).describe().startsWith("错误：假的.xlsx："), r.findings().get(0).describe());
        assertTrue(r.findings().get(0).message().contains("不是有效的 Excel 工作簿"));
    }

    @Test
    void readsAllWorkbooksInOrder() throws IOException {
        Path a = StandardSample.of(TestWorkbook.xlsx(), "a").save(dir, "1");
        Path b = StandardSample.of(TestWorkbook.xls(), "b").save(dir, "2");
        IntakeResult r = new IntakeReader().readAll(List.of(a, b));
        assertEquals(List.of("a", "b"), r.declarations().projects().stream().map(Project::name).toList());
        assertEquals(Arrays.asList("1.xlsx", "2.xls"), r.declarations().projects().stream().map(p -> p.origin().file()).toList());
    }
}
