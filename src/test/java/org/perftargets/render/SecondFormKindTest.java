package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perftargets.form.FormCell.label;
import static org.perftargets.form.FormCell.money;
import static org.perftargets.form.FormCell.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perftargets.export.FormWorkbookWriter;
import org.perftargets.form.FormKind;
import org.perftargets.form.IndicatorColumn;
import org.perftargets.form.IndicatorTable;
import org.perftargets.model.Field;
import org.perftargets.model.Project;

/**
 * A form kind is data: another description, with no code of its own, is printed by the same
 * template and written by the same workbook writer, cell for cell as described.
 */
class SecondFormKindTest {

    static final FormKind SUMMARY = new FormKind("项目简表", "简表", "年度", "年度项目简表汇编", List.of(20, 20, 40, 20),
            List.of(
                    List.of(label(Field.NAME), text(Field.NAME).across(3)),
                    List.of(label(Field.ANNUAL_TOTAL), money(Field.ANNUAL_TOTAL), label(Field.DEPARTMENT),
                            text(Field.DEPARTMENT))),
            new IndicatorTable("指标", List.of(IndicatorColumn.of(Field.LEVEL1).inGroups(), IndicatorColumn.of(Field.LEVEL3),
                    IndicatorColumn.of(Field.VALUE).headed("目标值"))));

    @Test
    void anotherKindPrintsItsOwnTitleLabelsAndColumns() throws IOException {
        Project p = Fixture.detention();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(Templates.bundled()).renderSheet(SUMMARY, p, p.indicators(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String t = PdfRendererTest.text(doc, 1, doc.getNumberOfPages()).replace(" ", "").replace("\n", "");
            for (String s : List.of("项目简表", "（2023年度）", "项目名称", p.name(), "年度资金申请总额", "12,229,200.00", "目标值",
                    p.indicators().get(0).name(), p.indicators().get(0).value().printed())) {
                assertTrue(t.contains(s), s + " in " + t);
            }
            assertTrue(!t.contains("项目性质") && !t.contains("二级指标"), "only what the kind describes: " + t);
        }
    }

    @Test
    void anotherKindIsWrittenAsAWorkbookCellForCellAsDescribed() throws IOException {
        Project p = Fixture.detention();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormWorkbookWriter.write(SUMMARY, p, p.indicators(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("简表");
            assertEquals("项目简表", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(p.name(), s.getRow(2).getCell(1).getStringCellValue());
            assertEquals(12229200.0, s.getRow(3).getCell(1).getNumericCellValue());
            assertEquals("主管部门", s.getRow(3).getCell(2).getStringCellValue());
            assertEquals("目标值", s.getRow(4).getCell(3).getStringCellValue());
            assertEquals(p.indicators().get(0).name(), s.getRow(5).getCell(2).getStringCellValue());
            assertTrue(s.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("B3:D3")), "项目名称 spans 3");
            assertEquals("5:5", s.getRepeatingRows().formatAsString(), "the indicator header repeats");
        }
    }
}
