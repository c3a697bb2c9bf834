package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perftargets.model.Project;

/** The tables for people: the CSV's columns, each cell typed, nothing to neutralise. */
class TableWorkbookTest {

    private static byte[] write(Table<?> table, List<Project> projects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(table, projects, out);
        return out.toByteArray();
    }

    @Test
    void projectsAreTypedCellsUnderTheCsvHeadersWithTheHeaderFrozen() throws IOException {
        Project p = FormWorkbookTest.project();
        Project formulaLike = new Project(p.year(), p.department(), "=HYPERLINK(\"http://x\")", p.code(), p.name(), p.nature(),
                p.category(), p.start(), p.end(), p.lifetime(), p.annual(), p.overallGoal(), p.annualGoal(), p.indicators(),
                p.origin());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(Table.PROJECTS, List.of(formulaLike))))) {
            Sheet s = wb.getSheet("项目汇总");
            List<String> headers = new java.util.ArrayList<>();
            s.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(CsvExport.PROJECT_HEADERS, headers);
            var row = s.getRow(1);
            assertEquals(2023.0, row.getCell(0).getNumericCellValue());
            assertEquals("=HYPERLINK(\"http://x\")", row.getCell(2).getStringCellValue(), "text stays text: no formula, no apostrophe");
            assertEquals(CellType.STRING, row.getCell(2).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(7)));
            assertEquals(LocalDate.of(2023, 1, 1), row.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(12229200.0, row.getCell(12).getNumericCellValue());
            assertEquals("#,##0.00", row.getCell(12).getCellStyle().getDataFormatString());
            assertEquals(5.0, row.getCell(18).getNumericCellValue(), "绩效指标数");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
        }
    }

    @Test
    void indicatorsCarryTheirNumberAsANumberAndTheSameInputGivesTheSameBytes() throws IOException {
        List<Project> ps = List.of(FormWorkbookTest.project());
        byte[] bytes = write(Table.INDICATORS, ps);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var row = wb.getSheet("绩效指标").getRow(1);
            assertEquals("=58.00(人)", row.getCell(7).getStringCellValue());
            assertEquals("=", row.getCell(8).getStringCellValue());
            assertEquals(58.0, row.getCell(9).getNumericCellValue());
            assertEquals("人", row.getCell(10).getStringCellValue());
        }
        assertArrayEquals(bytes, write(Table.INDICATORS, ps));
    }
}
