package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

class StandardWorkbookWriterTest {

    @TempDir
    Path dir;

    private Path blank() throws IOException {
        Path p = dir.resolve("模板.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            StandardWorkbookWriter.writeBlank(out);
        }
        return p;
    }

    @Test
    void theBlankTemplateHasBothSheetsWithHeadersDropdownsFormatsFrozenRowsAndNotes() throws IOException {
        try (InputStream in = Files.newInputStream(blank()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet projects = wb.getSheet("项目");
            XSSFSheet indicators = wb.getSheet("绩效指标");
            assertNotNull(wb.getSheet("填写说明"));
            List<String> headers = new java.util.ArrayList<>();
            projects.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(StandardSample.PROJECT_HEADERS, headers);
            assertEquals(List.of("年度", "主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
                    java.util.stream.StreamSupport.stream(indicators.getRow(0).spliterator(), false)
                            .map(c -> c.getStringCellValue()).toList(), "年度 and 主管部门 help link an indicator to its project");
            assertEquals("@", indicators.getColumnStyle(6).getDataFormatString(),
                    "指标值 is formatted as text, so =58.00(人) typed in Excel stays text");
            assertEquals("@", projects.getColumnStyle(4).getDataFormatString(), "项目名称 too");
            assertEquals(2, projects.getDataValidations().size(), "项目性质 and 项目类别");
            assertEquals(2, indicators.getDataValidations().size(), "一级指标 and 二级指标");
            assertTrue(String.join(",", indicators.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .contains("满意度指标"));
            assertEquals(1, projects.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("#,##0.00", projects.getColumnStyle(StandardSample.col("年度资金申请总额")).getDataFormatString());
            assertEquals("yyyy-mm-dd", projects.getColumnStyle(StandardSample.col("计划开始日期")).getDataFormatString());
            assertTrue(projects.getColumnWidth(StandardSample.col("项目名称")) >= 30 * 256);
            Sheet notes = wb.getSheet("填写说明");
            assertTrue(notes.getLastRowNum() >= 23, "every column explained");
        }
    }

    @Test
    void theBlankTemplateFilledInReadsWithoutFindings() throws IOException {
        Path p = blank();
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = wb.getSheet("项目").createRow(1);
            List<Object> values = StandardSample.projectRow("留置专区保障经费");
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof String s) {
                    r.createCell(c).setCellValue(s);
                } else if (v instanceof Number n) {
                    r.createCell(c).setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    r.createCell(c).setCellValue(d.toString());
                }
            }
            int i = 1;
            for (List<Object> row : StandardSample.indicatorRows("留置专区保障经费")) {
                Row ir = wb.getSheet("绩效指标").createRow(i++);
                for (int c = 0; c < row.size(); c++) {
                    ir.createCell(c + 2).setCellValue((String) row.get(c)); // after the optional 年度, 主管部门
                }
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        IntakeResult r = new IntakeReader().read(p);
        assertEquals(List.of(), r.findings());
        assertEquals(1, r.declarations().projects().size());
    }

    @Test
    void projectsWrittenAndReadBackAreEqual() throws IOException {
        Path source = StandardSample.of(TestWorkbook.xlsx(), "a", "b").save(dir, "源");
        List<Project> original = new IntakeReader().read(source).declarations().projects();
        Path copy = dir.resolve("副本.xlsx");
        try (OutputStream out = Files.newOutputStream(copy)) {
            StandardWorkbookWriter.write(original, out);
        }
        IntakeResult again = new IntakeReader().read(copy);
        assertEquals(List.of(), again.findings());
        List<Project> read = again.declarations().projects();
        assertEquals(original.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            Project a = original.get(i);
            Project b = read.get(i);
            assertEquals(a.withIndicators(List.of()).annual(), b.annual());
            assertEquals(a.name(), b.name());
            assertEquals(a.start(), b.start());
            assertEquals(a.indicators().stream().map(x -> x.value()).toList(), b.indicators().stream().map(x -> x.value()).toList());
        }
    }
}
