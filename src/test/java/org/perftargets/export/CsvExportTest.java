package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Operator;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;

class CsvExportTest {

    private static final Origin AT = Origin.ofRow("a.xlsx", "项目", 2);

    private static Project project(String name, List<Indicator> indicators) {
        return new Project(2023, "上海市公安局", "上海市公安局", null, name, "经常性专项业务费", "特定目标类",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LifetimeFunds.BLANK,
                new AnnualFunds(new BigDecimal("12229200"), new BigDecimal("12229200"), BigDecimal.ZERO, BigDecimal.ZERO),
                null, "目标，含逗号\n和换行", indicators, AT);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 byte-order mark for Excel");
        return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void projectTableHasEveryFieldAndPlainAmountsWithTwoDecimals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeProjects(List.of(project("留置专区保障经费", List.of())), out);
        List<CSVRecord> rows = parse(out.toByteArray());
        assertEquals(2, rows.size());
        assertEquals(CsvExport.PROJECT_HEADERS, rows.get(0).toList());
        CSVRecord row = rows.get(1);
        assertEquals("留置专区保障经费", row.get(4));
        assertEquals("2023-01-01", row.get(7));
        assertEquals("", row.get(9), "blank lifetime money stays blank");
        assertEquals("12229200.00", row.get(12));
        assertEquals("0.00", row.get(14));
        assertEquals("目标，含逗号\n和换行", row.get(17));
    }

    @Test
    void indicatorTableCarriesThePrintedValueAndItsParts() throws IOException {
        Indicator quantitative = new Indicator("产出指标", "数量指标", "特保人数",
                new IndicatorValue.Comparison(Operator.EQ, new BigDecimal("58"), "人"), AT);
        Indicator qualitative = new Indicator("产出指标", "时效指标", "及时性", new IndicatorValue.Text("及时"), AT);
        Indicator missing = new Indicator("满意度指标", "服务对象满意度指标", "满意度", IndicatorValue.MISSING, AT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeIndicators(List.of(project("p", List.of(quantitative, qualitative, missing))), out);
        List<CSVRecord> rows = parse(out.toByteArray());
        assertEquals(4, rows.size());
        assertEquals(List.of("2023", "上海市公安局", "p", "1", "产出指标", "数量指标", "特保人数", "'=58.00(人)", "'=", "58.00", "人"),
                rows.get(1).toList());
        assertEquals(List.of("及时", "", "", ""), rows.get(2).toList().subList(7, 11));
        assertEquals("", rows.get(3).get(7));
    }

    @Test
    void cellsThatExcelWouldRunAsFormulasAreNeutralised() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeProjects(List.of(project("=HYPERLINK(\"http://x\")", List.of()),
                project("+1", List.of()), project("-1", List.of()), project("@SUM(A1)", List.of()),
                project("\tx", List.of()), project("\rx", List.of())), out);
        List<CSVRecord> rows = parse(out.toByteArray());
        for (CSVRecord r : rows.subList(1, rows.size())) {
            assertTrue(r.get(4).startsWith("'"), r.get(4));
        }
    }
}
