package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Operator;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.testing.TestWorkbook;

/** The form as an Excel sheet: written like the official grid, and read back into the same model. */
class FormWorkbookTest {

    @TempDir
    Path dir;

    static Project project() {
        Origin o = Origin.ofRow("x", "x", 1);
        List<Indicator> ind = List.of(
                new Indicator("产出指标", "数量指标", "留置专区特保人员配置人数", new IndicatorValue.Comparison(Operator.EQ, new BigDecimal("58.00"), "人"), o),
                new Indicator("产出指标", "数量指标", "留置专区给养服务人数", new IndicatorValue.Comparison(Operator.EQ, new BigDecimal("10.00"), "人"), o),
                new Indicator("产出指标", "质量指标", "留置专区特保标准达标性", new IndicatorValue.Text("达标"), o),
                new Indicator("效益指标", "社会效益指标", "有责投诉数", new IndicatorValue.Comparison(Operator.EQ, new BigDecimal("0.00"), "起"), o),
                new Indicator("满意度指标", "服务对象满意度指标", "留置人员满意度", IndicatorValue.MISSING, o));
        return new Project(2023, "上海市公安局", "上海市公安局", null, "留置专区保障经费", "经常性专项业务费", "特定目标类",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LifetimeFunds.BLANK,
                new AnnualFunds(new BigDecimal("12229200.00"), new BigDecimal("12229200.00"), new BigDecimal("0.00"),
                        new BigDecimal("0.00")), null, "计划在2023年配置服务留置人员10名，留置专区特保58名。", ind, o);
    }

    /** A form of {@code n} indicators in groups of 一级/二级, long enough to run over pages. */
    static Project longForm(int n) {
        Project p = project();
        Origin o = Origin.ofRow("x", "x", 1);
        String[][] groups = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"}, {"效益指标", "社会效益指标"},
                {"效益指标", "可持续影响指标"}, {"满意度指标", "服务对象满意度指标"}};
        List<Indicator> ind = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            String[] g = groups[k * groups.length / n];
            String name = "长表指标第" + (k + 1) + "项" + (k % 5 == 0 ? "（名称较长需要在单元格内换行显示的指标说明文字）" : "");
            ind.add(new Indicator(g[0], g[1], name, new IndicatorValue.Text("及时"), o));
        }
        return new Project(p.year(), p.department(), p.unit(), p.code(), "全市公安视频监控系统运维及扩容项目", p.nature(), p.category(),
                p.start(), p.end(), p.lifetime(), p.annual(), p.overallGoal(), p.annualGoal(), List.copyOf(ind), o);
    }

    /** The sample project with a 年度总体目标 of about {@code chars} characters in paragraphs. */
    static Project longGoal(int chars) {
        Project p = project();
        StringBuilder goal = new StringBuilder();
        for (int k = 1; goal.length() < chars; k++) {
            goal.append("第").append(k).append("段：计划在2023年配置服务留置人员10名，留置专区特保58名，为1个留置专区提供医疗合作服务，")
                    .append("确保留置专区各项标准达标，各项工作任务及时开展，做好留置人员的生活保障，做到无有责投诉。");
            if (k % 3 == 0) {
                goal.append("\n");
            }
        }
        return new Project(p.year(), p.department(), p.unit(), p.code(), "长目标项目", p.nature(), p.category(), p.start(), p.end(),
                p.lifetime(), p.annual(), p.overallGoal(), goal.toString(), p.indicators(), p.origin());
    }

    private Path write(Project p) throws IOException {
        Path file = dir.resolve(p.name() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormWorkbookWriter.write(p, out);
        }
        return file;
    }

    /** The model without where it was read from, for comparing what was read with what was written. */
    static Object content(Project p) {
        return List.of(String.valueOf(p.year()), p.department(), p.unit(), p.name(), p.nature(), p.category(),
                String.valueOf(p.start()), String.valueOf(p.end()), p.lifetime().toString(), p.annual().toString(),
                String.valueOf(p.overallGoal()), p.annualGoal(),
                p.indicators().stream().map(i -> List.of(i.level1(), i.level2(), i.name(), i.value())).toList());
    }

    @Test
    void writesTheGridWithItsMergesFormatsAndPrintSetup() throws IOException {
        try (InputStream in = Files.newInputStream(write(project())); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("财政项目支出绩效目标申报表", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("（2023年度）", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("项目名称", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("留置专区保障经费", s.getRow(2).getCell(1).getStringCellValue());
            assertEquals("项目类别", s.getRow(2).getCell(4).getStringCellValue());
            var annualTotal = s.getRow(5).getCell(4);
            assertEquals(CellType.NUMERIC, annualTotal.getCellType());
            assertEquals(12229200.00, annualTotal.getNumericCellValue());
            assertEquals("#,##0.00", annualTotal.getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(s.getRow(4).getCell(1)));
            assertEquals(LocalDate.of(2023, 1, 1), s.getRow(4).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            List<String> merges = s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            for (String m : List.of("A1:F1", "D4:F4", "A6:A9", "E6:F6", "A10:A11", "B10:C10", "D11:F11", "A12:A17",
                    "D12:E12", "B13:B15", "C13:C14")) {
                assertTrue(merges.contains(m), m + " in " + merges);
            }
            assertEquals("宋体", wb.getFontAt(s.getRow(2).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertTrue(s.getRow(2).getCell(1).getCellStyle().getWrapText());
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, s.getRow(14).getCell(5).getCellStyle().getBorderBottom());
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals("12:12", s.getRepeatingRows().formatAsString());
            Row goal = s.getRow(10);
            assertTrue(goal.getHeightInPoints() >= 2 * 14, "the goal's two lines show");
        }
    }

    @Test
    void theFooterNumbersThePagesAndCellsAreAlignedAsInThePdf() throws IOException {
        try (InputStream in = Files.newInputStream(write(project())); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("第 &P 页 共 &N 页", s.getFooter().getCenter());
            // As form.css: labels centred, text and dates left, money right, goals at the top,
            // 一级/二级 and 绩效指标 centred at the top of their span.
            assertAligned(s, "A3", HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            assertAligned(s, "B3", HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
            assertAligned(s, "B5", HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
            assertAligned(s, "E6", HorizontalAlignment.RIGHT, VerticalAlignment.CENTER);
            assertAligned(s, "D11", HorizontalAlignment.LEFT, VerticalAlignment.TOP);
            assertAligned(s, "A12", HorizontalAlignment.CENTER, VerticalAlignment.TOP);
            assertAligned(s, "B13", HorizontalAlignment.CENTER, VerticalAlignment.TOP);
            assertAligned(s, "C13", HorizontalAlignment.CENTER, VerticalAlignment.TOP);
            assertAligned(s, "D13", HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
        }
    }

    private static void assertAligned(Sheet s, String ref, HorizontalAlignment h, VerticalAlignment v) {
        CellReference at = new CellReference(ref);
        var style = s.getRow(at.getRow()).getCell(at.getCol()).getCellStyle();
        assertEquals(h, style.getAlignment(), ref);
        assertEquals(v, style.getVerticalAlignment(), ref);
    }

    @Test
    void aLongFormBreaksItsPagesWhereItsRowsFillThemAndRepeatsTheGroupLabels() throws IOException {
        Project p = longForm(60);
        Path file = write(p);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            // POI gives each break as the last row above it; the pages start at the row after.
            int[] breaks = java.util.Arrays.stream(s.getRowBreaks()).map(b -> b + 1).toArray();
            assertTrue(breaks.length >= 2, "60 indicators run over three pages or more: " + java.util.Arrays.toString(breaks));
            int header = s.getRepeatingRows().getFirstRow();
            int first = header + 1;
            float headerHeight = s.getRow(header).getHeightInPoints();
            int pageStart = 0;
            for (int k = 0; k <= breaks.length; k++) {
                int end = k < breaks.length ? breaks[k] : s.getLastRowNum() + 1;
                float used = pageStart == 0 ? 0 : headerHeight;
                for (int r = pageStart; r < end; r++) {
                    used += s.getRow(r).getHeightInPoints();
                }
                assertTrue(used <= FormPages.PAGE_POINTS, "page " + (k + 1) + " holds " + used + " pt");
                assertTrue(end - Math.max(pageStart, first) >= FormPages.MIN_ROWS, "page " + (k + 1) + " holds 3 indicators or more");
                pageStart = end;
            }
            for (int b : breaks) {
                Indicator i = p.indicators().get(b - first);
                assertEquals(i.level1(), s.getRow(b).getCell(1).getStringCellValue(), "一级 repeated at row " + (b + 1));
                assertEquals(i.level2(), s.getRow(b).getCell(2).getStringCellValue(), "二级 repeated at row " + (b + 1));
                for (CellRangeAddress m : s.getMergedRegions()) {
                    assertFalse(m.getFirstRow() < b && m.getLastRow() >= b, m.formatAsString() + " runs over the break before row " + (b + 1));
                }
            }
        }
        IntakeResult r = new IntakeReader().read(file);
        assertEquals(content(p), content(r.declarations().projects().get(0)), r.findings().toString());
    }

    @Test
    void aLongGoalGoesOverSeveralRowsNoneTallerThanExcelAllowsAndReadsBackWhole() throws IOException {
        Project p = longGoal(3000);
        assertTrue(p.annualGoal().length() >= 3000 && p.annualGoal().contains("\n"));
        Path file = write(p);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            StringBuilder pieces = new StringBuilder();
            int rows = 0;
            for (org.apache.poi.ss.usermodel.Row row : s) {
                assertTrue(row.getHeightInPoints() <= 409, "row " + (row.getRowNum() + 1) + " is " + row.getHeightInPoints() + " pt");
                var d = row.getCell(3);
                if (row.getRowNum() >= 10 && row.getRowNum() < s.getRepeatingRows().getFirstRow() && d != null
                        && !d.getStringCellValue().isEmpty()) {
                    pieces.append(d.getStringCellValue());
                    rows++;
                }
            }
            assertTrue(rows > 1, "the goal takes several rows");
            assertEquals(p.annualGoal(), pieces.toString(), "the pieces, put together, are the goal");
        }
        IntakeResult r = new IntakeReader().read(file);
        assertEquals(content(p), content(r.declarations().projects().get(0)), r.findings().toString());
    }

    @Test
    void textThatLooksLikeMarkupIsWrittenLiterally() throws IOException {
        Project p = project();
        Project odd = new Project(p.year(), p.department(), "单位 & <b>粗体</b>", p.code(), "甲\u0001乙 \"项目\" 𠂇", p.nature(),
                p.category(), p.start(), p.end(), p.lifetime(), p.annual(), p.overallGoal(), "第一行\n第二行 <&>",
                p.indicators(), p.origin());
        try (InputStream in = Files.newInputStream(write(odd)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("甲?乙 \"项目\" 𠂇", s.getRow(2).getCell(1).getStringCellValue(), "a control character XML cannot carry becomes ?");
            assertEquals("单位 & <b>粗体</b>", s.getRow(3).getCell(3).getStringCellValue());
            assertEquals("第一行\n第二行 <&>", s.getRow(10).getCell(3).getStringCellValue());
        }
    }

    @Test
    void theSameProjectGivesTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(write(project()));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(write(project()))));
    }

    @Test
    void aWrittenFormReadsBackIntoTheSameModel() throws IOException {
        Project original = project();
        IntakeResult r = new IntakeReader().read(write(original));
        assertEquals(1, r.declarations().projects().size(), r.findings().toString());
        assertEquals(content(original), content(r.declarations().projects().get(0)));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.isError()).toList());
    }

    /** The worksheet is written a chunk at a time: a form of 5,000 indicators (about 120 chunks) reads back whole. */
    @Test
    void aFormOfThousandsOfIndicatorsReadsBackIntoTheSameModel() throws IOException {
        Project original = longForm(5_000);
        IntakeResult r = new IntakeReader().read(write(original));
        assertEquals(1, r.declarations().projects().size(), r.findings().toString());
        assertEquals(content(original), content(r.declarations().projects().get(0)));
    }

    @Test
    void aHandTypedFormWithSmallDifferencesIsRecognised() throws IOException {
        TestWorkbook wb = TestWorkbook.xlsx();
        String s = "甲项目表";
        wb.row(s, null, "财政项目支出绩效目标申报表")
                .row(s, null, "( 2023年度 )")
                .blankRow(s)
                .row(s, null, "项目 名称", "甲项目", "项目性质", "其他一次性项目", "项目类别", "特定目标类")
                .row(s, null, "主管部门", "上海市民政局", "实施单位", "上海市民政局")
                .row(s, null, "计划开始日期", "2023/1/1", "计划完成日期", "2023年12月31日")
                .row(s, null, "项目资金（元）", "项目资金总额", null, "年度资金申请总额", "1,000.00")
                .row(s, null, null, "其中:财政资金", null, "其中：当年财政拨款", 1000)
                .row(s, null, null, null, null, "上年结转资金", null)
                .row(s, null, null, "其他资金", null, "其他资金", "0")
                .row(s, null, "项目绩效目标", "项目总目标", null, "年度总体目标")
                .row(s, null, null, null, null, "完成甲项目。")
                .blankRow(s)
                .row(s, null, "绩效指标", "一级指标", "二级指标", "三级指标", null, "年度（/项目）指标值")
                .row(s, null, null, "产出指标", "数量指标", "完成数", null, "≥ 10 （个）")
                .row(s, null, null, null, null, "完成率", null, "=100%")
                .row(s, null, null, "效益指标", "社会效益指标", "便民程度", null, "提升")
                .row(s, null, null, "满意度指标", "服务对象满意度 指标", "群众满意度", null, "≥90.00(%)");
        IntakeResult r = new IntakeReader().read(wb.save(dir, "手填"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.isError()).map(f -> f.describe()).toList());
        Project p = r.declarations().projects().get(0);
        assertEquals("甲项目", p.name());
        assertEquals(2023, p.year());
        assertEquals(LocalDate.of(2023, 12, 31), p.end());
        assertEquals(new BigDecimal("1000.00"), p.annual().total());
        assertEquals(new BigDecimal("0.00"), p.annual().carryOver());
        assertEquals("完成甲项目。", p.annualGoal());
        assertEquals(List.of("≥10.00(个)", "=100.00(%)", "提升", "≥90.00(%)"),
                p.indicators().stream().map(i -> i.value().printed()).toList());
        assertEquals(List.of("数量指标", "数量指标", "社会效益指标", "服务对象满意度指标"),
                p.indicators().stream().map(Indicator::level2).toList());
    }

    @Test
    void everySampleProjectSurvivesTheRoundTripThroughItsFormWorkbook() throws IOException {
        List<Project> sample = new IntakeReader()
                .readAll(org.perftargets.intake.WorkbookFiles.list(Path.of("input"))).declarations().projects();
        assertEquals(23, sample.size());
        for (Project original : sample) {
            IntakeResult back = new IntakeReader().read(write(original));
            assertEquals(List.of(), back.findings().stream().filter(f -> f.isError()).map(f -> f.describe()).toList());
            assertEquals(content(original), content(back.declarations().projects().get(0)), original.name());
        }
    }

    @Test
    void aFormWorkbookInTheInputFolderIsReadLikeAStandardOne() throws IOException {
        Path a = write(project());
        Path b = dir.resolve("第二张.xlsx");
        Files.copy(a, b);
        IntakeResult r = new IntakeReader().readAll(List.of(a, b));
        assertEquals(2, r.declarations().projects().size());
        List<org.perftargets.model.Finding> all = new java.util.ArrayList<>(r.findings());
        all.addAll(org.perftargets.check.Checker.check(r.declarations()));
        assertTrue(all.stream().anyMatch(f -> f.isError() && f.message().contains("重复申报")
                && f.location().file().equals("第二张.xlsx")), all.toString());
    }
}
