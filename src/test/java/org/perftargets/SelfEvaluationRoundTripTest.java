package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.check.Checker;
import org.perftargets.intake.IndicatorValueParser;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.job.SelfEvaluationWorkbooks;
import org.perftargets.model.Finding;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * The pre-filled self-evaluation workbook of the sample round-trips: filled in with the declared
 * values as actuals and the money spent in full, every project whose targets are all declared
 * scores 100 (优), and an indicator without a declared target is an error at its cell.
 */
public class SelfEvaluationRoundTripTest {

    @TempDir
    Path dir;

    /** Fills 自评填报.xlsx as a unit would that reached every target and spent every 元. */
    public static void fillAsDeclared(Path workbook, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter fmt = new DataFormatter();
            Sheet ps = wb.getSheet("项目");
            Map<String, Integer> pc = columns(ps);
            for (int r = 1; r <= ps.getLastRowNum(); r++) {
                Row row = ps.getRow(r);
                double total = row.getCell(pc.get("年度资金申请总额")).getNumericCellValue();
                row.createCell(pc.get("全年预算数")).setCellValue(total);
                row.createCell(pc.get("全年执行数")).setCellValue(total);
                row.createCell(pc.get("实际完成情况")).setCellValue("年度目标全部完成");
            }
            Sheet is = wb.getSheet("绩效指标");
            Map<String, Integer> ic = columns(is);
            for (int r = 1; r <= is.getLastRowNum(); r++) {
                Row row = is.getRow(r);
                Cell value = row.getCell(ic.get("指标值"));
                String declared = value == null ? "" : fmt.formatCellValue(value);
                if (declared.isEmpty()) {
                    continue;
                }
                IndicatorValueParser.Result parsed = IndicatorValueParser.parse(declared);
                String actual = parsed.value() instanceof IndicatorValue.Comparison c
                        ? c.numberText() + (c.isPercent() ? "%" : c.unit()) : declared;
                row.createCell(ic.get("实际完成值")).setCellValue(actual);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static Map<String, Integer> columns(Sheet s) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            m.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return m;
    }

    @Test
    void filledWithTheDeclaredValuesEveryFullyDeclaredProjectScores100() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        try (var files = Files.list(Path.of("input"))) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        List<Path> written = SelfEvaluationWorkbooks.write(input, dir.resolve("output"),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(1, written.size());
        assertTrue(written.get(0).endsWith(Path.of("2023", "上海市公安局", "自评填报.xlsx")));
        Path filled = dir.resolve("自评.xlsx");
        fillAsDeclared(written.get(0), filled);
        IntakeResult r = new IntakeReader().read(filled);
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(Checker.check(r.declarations()));
        List<Project> projects = r.declarations().projects();
        assertEquals(23, projects.size());
        int full = 0;
        for (Project p : projects) {
            assertTrue(p.isSelfEvaluation());
            SelfScoring.Score s = SelfScoring.score(p);
            boolean allDeclared = p.indicators().stream().noneMatch(i -> i.value() instanceof IndicatorValue.Missing);
            if (allDeclared) {
                full++;
                assertEquals("100.00", s.total().toPlainString(), p.name() + ": " + s.findings());
                assertEquals("优", s.grade());
                assertTrue(findings.stream().noneMatch(f -> f.isError() && p.key().equals(f.project())), p.name());
            } else {
                assertTrue(s.findings().stream().anyMatch(f -> f.isError() && f.message().contains("无法评分")
                        && f.location().cell().startsWith("G")), p.name() + ": " + s.findings());
            }
        }
        assertEquals(19, full, "the sample's four projects with an indicator lacking its target cannot be scored");
    }
}
