package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Field;
import org.perftargets.model.GroupKey;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Location;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;
import org.perftargets.output.Group;

/**
 * 审核意见表.xlsx: one row per review finding, grouped by 实施单位 and project in declared order,
 * with the reviewer's two columns (a 审核结论 dropdown and 审核意见), a frozen header with filters,
 * sized columns, and A4 landscape printing. What the office sends back to the units.
 */
class ReviewSheetTest {

    static Project project(String unit, String name, int row) {
        return new Project(2023, "上海市公安局", unit, null, name, "n", "c", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                LifetimeFunds.BLANK, new AnnualFunds(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO), null, "目标",
                List.of(), new Origin("申报.xlsx", "项目", row, Map.of(Field.NAME, "E" + row)));
    }

    static ReviewFinding finding(Project p, ReviewPoint point, String problem) {
        return new ReviewFinding(point, p.key(), p.origin().at(Field.NAME), problem, "请改正");
    }

    /** Two units whose projects are declared interleaved: A1, B1, A2. */
    static Group group() {
        Project a1 = project("交警总队", "电子警察项目", 2);
        Project b1 = project("刑侦总队", "办案业务费", 3);
        Project a2 = project("交警总队", "城市维护工程项目", 4);
        List<ReviewFinding> review = new ArrayList<>(List.of(
                finding(a2, ReviewPoint.COMPLETENESS, "a2-1"),
                finding(b1, ReviewPoint.VAGUE, "b1-1"),
                finding(a1, ReviewPoint.QUANTIFIED, "a1-1"),
                finding(a1, ReviewPoint.GOAL, "a1-2")));
        return Group.of(new GroupKey(2023, "上海市公安局"), List.of(a1, b1, a2), Set.of(), List.of(), review, true, false, List.of());
    }

    static byte[] write(Group g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewSheetWriter.write(g, out);
        return out.toByteArray();
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneRowPerFindingGroupedByUnitThenProjectInDeclaredOrder() throws IOException {
        try (XSSFWorkbook wb = read(write(group()))) {
            XSSFSheet s = wb.getSheet("审核意见");
            DataFormatter f = new DataFormatter();
            assertEquals("上海市公安局2023年度项目绩效目标审核意见表（共 4 条；审核结论请在下拉列表中选择）", s.getRow(0).getCell(0).getStringCellValue());
            List<String> header = new ArrayList<>();
            s.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("序号", "实施单位", "项目名称", "位置", "审核要点", "问题", "建议", "审核结论", "审核意见"), header);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                rows.add(List.of(f.formatCellValue(row.getCell(0)), f.formatCellValue(row.getCell(1)), f.formatCellValue(row.getCell(2)),
                        f.formatCellValue(row.getCell(3)), f.formatCellValue(row.getCell(4)), f.formatCellValue(row.getCell(5)),
                        f.formatCellValue(row.getCell(6)), f.formatCellValue(row.getCell(7)), f.formatCellValue(row.getCell(8))));
            }
            assertEquals(List.of(
                    List.of("1", "交警总队", "电子警察项目", "申报.xlsx，工作表「项目」，单元格 E2", "量化程度", "a1-1", "请改正", "", ""),
                    List.of("2", "交警总队", "电子警察项目", "申报.xlsx，工作表「项目」，单元格 E2", "目标与指标一致", "a1-2", "请改正", "", ""),
                    List.of("3", "交警总队", "城市维护工程项目", "申报.xlsx，工作表「项目」，单元格 E4", "指标完整性", "a2-1", "请改正", "", ""),
                    List.of("4", "刑侦总队", "办案业务费", "申报.xlsx，工作表「项目」，单元格 E3", "指标值可衡量", "b1-1", "请改正", "", "")), rows);
        }
    }

    @Test
    void theConclusionIsADropdownOfThreeAndTheHeaderIsFrozenWithFilters() throws IOException {
        try (XSSFWorkbook wb = read(write(group()))) {
            XSSFSheet s = wb.getSheet("审核意见");
            List<? extends DataValidation> v = s.getDataValidations();
            assertEquals(1, v.size());
            assertEquals(List.of("通过", "修改后通过", "不通过"), List.of(v.get(0).getValidationConstraint().getExplicitListValues()));
            CellRangeAddress range = v.get(0).getRegions().getCellRangeAddress(0);
            assertEquals("H3:H6", range.formatAsString());
            assertTrue(v.get(0).getShowErrorBox());
            assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition(), "rows above the first finding stay in view");
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals("A2:I6", s.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void columnsAreSizedAndItPrintsOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = read(write(group()))) {
            XSSFSheet s = wb.getSheet("审核意见");
            assertTrue(s.getColumnWidth(5) > s.getColumnWidth(0) * 5, "问题 is wide, 序号 narrow");
            assertTrue(s.getColumnWidth(2) >= 20 * 256, "项目名称 fits a name");
            PrintSetup p = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, p.getPaperSize());
            assertTrue(p.getLandscape());
            assertEquals(1, p.getFitWidth());
            assertEquals(0, p.getFitHeight());
            assertTrue(s.getFitToPage());
            assertEquals("2:2", s.getRepeatingRows().formatAsString().replace("$", ""));
            assertTrue(s.getRow(2).getCell(5).getCellStyle().getWrapText());
        }
    }

    @Test
    void theSameGroupGivesTheSameBytes() throws IOException {
        assertArrayEquals(write(group()), write(group()));
    }

    @Test
    void aGroupWithoutFindingsGetsTheHeaderAndNoRows() throws IOException {
        Project p = project("交警总队", "电子警察项目", 2);
        Group g = Group.of(new GroupKey(2023, "上海市公安局"), List.of(p), Set.of(), List.of(), List.of(), true, false, List.of());
        try (XSSFWorkbook wb = read(write(g))) {
            XSSFSheet s = wb.getSheet("审核意见");
            assertEquals(1, s.getLastRowNum());
            assertTrue(s.getRow(0).getCell(0).getStringCellValue().contains("共 0 条"));
            assertEquals(List.of(), s.getDataValidations());
        }
    }

    @Test
    void aFindingWithoutAPlaceLeavesThePlaceBlank() throws IOException {
        Project p = project("交警总队", "电子警察项目", 2);
        ReviewFinding f = new ReviewFinding(ReviewPoint.GOAL, p.key(), new Location("申报.xlsx", null, 0, null), "x", "y");
        Group g = Group.of(new GroupKey(2023, "上海市公安局"), List.of(p), Set.of(), List.of(), List.of(f), true, false, List.of());
        try (XSSFWorkbook wb = read(write(g))) {
            assertEquals("申报.xlsx", wb.getSheet("审核意见").getRow(2).getCell(3).getStringCellValue());
        }
    }
}
