package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.check.Checker;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/** A self-evaluation workbook read and scored: small workbooks built here, one rule at a time. */
class SelfEvaluationIntakeTest {

    @TempDir
    Path dir;

    static final List<String> PROJECT_ADDED = List.of("年初预算数", "全年预算数（元）", "全年执行数（元）", "实际完成情况");
    static final List<String> INDICATOR_ADDED = List.of("实际完成值", "分值", "得分", "偏差原因分析及改进措施");

    static final java.util.Map<Object, String> LEVEL2 = java.util.Map.of("产出指标", "数量指标", "效益指标", "社会效益指标",
            "满意度指标", "服务对象满意度指标");

    /** One project; its indicators as rows of 一级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差. */
    private static TestWorkbook workbook(Object budget, Object spent, String achieved, List<List<Object>> indicators) {
        TestWorkbook wb = TestWorkbook.xlsx();
        List<Object> header = new ArrayList<>(StandardSample.PROJECT_HEADERS);
        header.addAll(PROJECT_ADDED);
        wb.row("项目", header.toArray());
        List<Object> row = StandardSample.projectRow("留置专区保障经费");
        row.addAll(Arrays.asList(null, budget, spent, achieved));
        wb.row("项目", row.toArray());
        List<Object> ih = new ArrayList<>(StandardSample.INDICATOR_HEADERS);
        ih.addAll(INDICATOR_ADDED);
        wb.row("绩效指标", ih.toArray());
        for (List<Object> i : indicators) {
            wb.row("绩效指标", "留置专区保障经费", i.get(0), LEVEL2.get(i.get(0)), i.get(1), i.get(2), i.get(3), i.get(4), i.get(5), i.get(6));
        }
        return wb;
    }

    private static List<Object> ind(String level1, String name, String value, Object actual, Object weight, Object score,
            String deviation) {
        return Arrays.asList(level1, name, value, actual, weight, score, deviation);
    }

    private static List<List<Object>> full() {
        return List.of(ind("产出指标", "人数", "=58.00(人)", "58", null, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null),
                ind("满意度指标", "满意度", "≥80.00(%)", "80%", null, null, null));
    }

    record Read(Project project, List<Finding> findings, SelfScoring.Score score) {
        String messages() {
            return String.join("\n", findings.stream().map(Finding::describe).toList());
        }

        List<Finding> at(String cell) {
            return findings.stream().filter(f -> cell.equals(f.location().cell())).toList();
        }
    }

    private Read read(TestWorkbook wb) throws IOException {
        IntakeResult r = new IntakeReader().read(wb.save(dir, "自评"));
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(Checker.check(r.declarations()));
        Project p = r.declarations().projects().get(0);
        return new Read(p, findings, SelfScoring.score(p));
    }

    @Test
    void declaredValuesAsActualsAndMoneySpentInFullScore100() throws IOException {
        Read r = read(workbook(12229200, 12229200, "全部完成", full()));
        assertEquals(List.of(), r.findings(), r.messages());
        assertTrue(r.project().isSelfEvaluation());
        assertEquals(new BigDecimal("12229200.00"), r.project().yearEnd().initialBudget(), "年初预算数 blank: 年度资金申请总额");
        assertEquals("100.00", r.score().ratePercent().toPlainString());
        assertEquals("100.00", r.score().total().toPlainString());
        assertEquals("优", r.score().grade());
        assertEquals(List.of("50.00", "30.00", "10.00"),
                r.score().indicators().stream().map(i -> i.weight().toPlainString()).toList());
    }

    @Test
    void aDeclarationWorkbookIsNoSelfEvaluation() throws IOException {
        IntakeResult r = new IntakeReader().read(StandardSample.of(TestWorkbook.xlsx(), "甲").save(dir, "申报"));
        assertFalse(r.declarations().projects().get(0).isSelfEvaluation());
        assertNull(r.declarations().projects().get(0).indicators().get(0).actual());
        assertEquals(List.of(), Checker.check(r.declarations()));
    }

    @Test
    void aPercentTypedAs96PercentOr96OrFormattedAsAPercentageScoresTheSame() throws IOException {
        for (Object actual : List.of("96%", 96, new TestWorkbook.Formatted(0.96, "0%"), "96(%)")) {
            Read r = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", "58", null, null, null),
                    ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null),
                    ind("满意度指标", "满意度", "≥98.00(%)", actual, null, null, "问卷回收偏少"))));
            assertEquals("9.80", r.score().indicators().get(2).score().toPlainString(), "10 × 96 / 98 for " + actual);
            assertEquals("99.80", r.score().total().toPlainString());
        }
    }

    @Test
    void weightsGivenAreUsedAndMustAddUpTo90() throws IOException {
        Read r = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", "58", 40, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", 40, null, null),
                ind("满意度指标", "满意度", "≥80.00(%)", "80", 10, null, null))));
        assertEquals(List.of(), r.findings(), r.messages());
        assertEquals("40", r.score().level1Weights().get("效益指标").toPlainString());
        Read wrong = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", "58", 40, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", 40, null, null),
                ind("满意度指标", "满意度", "≥80.00(%)", "80", 5, null, null))));
        assertEquals(1, wrong.at("G2").size(), wrong.messages());
        assertTrue(wrong.at("G2").get(0).isError());
        assertTrue(wrong.at("G2").get(0).message().contains("合计 85，应为 90"), wrong.messages());
        assertNull(wrong.score().total());
    }

    @Test
    void weightsGivenForSomeIndicatorsOnlyAreAnErrorAtTheBlankOnes() throws IOException {
        Read r = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", "58", 60, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null),
                ind("满意度指标", "满意度", "≥80.00(%)", "80", 30, null, null))));
        assertEquals(1, r.at("G3").size(), r.messages());
        assertTrue(r.at("G3").get(0).isError());
        assertNull(r.score().total());
    }

    @Test
    void aBlankActualIsAnErrorAtItsCell() throws IOException {
        Read r = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", null, null, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null),
                ind("满意度指标", "满意度", "≥80.00(%)", "80", null, null, null))));
        assertTrue(r.at("F2").stream().anyMatch(f -> f.isError() && f.message().contains("未填写「实际完成值」")), r.messages());
    }

    @Test
    void aMissingLevel1IsSharedInProportion() throws IOException {
        Read r = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", "58", null, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null))));
        assertEquals(List.of("56.25", "33.75"), r.score().indicators().stream().map(i -> i.weight().toPlainString()).toList());
        assertEquals("100.00", r.score().total().toPlainString());
    }

    @Test
    void qualitativeBands() throws IOException {
        List<List<Object>> base = new ArrayList<>(full().subList(0, 2));
        // 达成 without a score: full weight; the declared text itself as well.
        for (Object[] c : new Object[][] {{"达成", null, "10.00"}, {"好", null, "10.00"}, {"达成", 8, "8.00"},
                {"部分达成", 7, "7.00"}, {"部分达成", 6, "6.00"}, {"未达成", 6, "6.00"}, {"未达成", 0, "0.00"}}) {
            List<List<Object>> rows = new ArrayList<>(base);
            rows.add(ind("满意度指标", "服务质量", "好", c[0], null, c[1], "原因"));
            Read r = read(workbook(100, 100, "完成", rows));
            assertEquals(c[2], r.score().indicators().get(2).score().toPlainString(), c[0] + " " + c[1] + "\n" + r.messages());
        }
        for (Object[] c : new Object[][] {{"部分达成", null}, {"未达成", null}, {"部分达成", 8.5}, {"达成", 7.9},
                {"未达成", 6.01}, {"大体完成", null}}) {
            List<List<Object>> rows = new ArrayList<>(base);
            rows.add(ind("满意度指标", "服务质量", "好", c[0], null, c[1], "原因"));
            Read r = read(workbook(100, 100, "完成", rows));
            assertEquals(1, r.at("H4").size(), c[0] + " " + c[1] + "\n" + r.messages());
            assertTrue(r.at("H4").get(0).isError());
            assertNull(r.score().total());
        }
    }

    @Test
    void errorsAtTheirCells() throws IOException {
        Read over = read(workbook(100, 120, "完成", full()));
        assertTrue(over.at("U2").stream().anyMatch(f -> f.isError() && f.message().contains("大于")), over.messages());
        Read unreadable = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "=58.00(人)", "约五十", null, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null))));
        assertTrue(unreadable.at("F2").stream().anyMatch(Finding::isError), unreadable.messages());
        Read noTarget = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", null, "58", null, null, null),
                ind("效益指标", "投诉数", "=0.00(起)", "0", null, null, null))));
        assertTrue(noTarget.at("E2").stream().anyMatch(f -> f.isError() && f.message().contains("无法评分")), noTarget.messages());
        Read noBudget = read(workbook(null, null, "完成", full()));
        assertTrue(noBudget.at("T2").stream().anyMatch(f -> f.isError() && f.message().contains("全年预算数")), noBudget.messages());
        assertTrue(noBudget.at("U2").stream().anyMatch(f -> f.isError() && f.message().contains("全年执行数")), noBudget.messages());
    }

    @Test
    void warnings() throws IOException {
        // 执行率 80 % with no 实际完成情况; the indicators claim 100 %: 20 points above.
        Read low = read(workbook(100, 80, null, full()));
        assertTrue(low.at("V2").stream().anyMatch(f -> !f.isError() && f.message().contains("80.00%")), low.messages());
        assertTrue(low.at("U2").stream().anyMatch(f -> !f.isError() && f.message().contains("高出 5 个百分点")), low.messages());
        assertEquals("98.00", low.score().total().toPlainString());
        // Below full marks without 偏差原因; a given 得分 that differs; 120 % of a ≥ target.
        Read r = read(workbook(100, 100, "完成", List.of(ind("产出指标", "人数", "≥50.00(人)", "25", null, 30, null),
                ind("效益指标", "投诉数", "≥10.00(起)", "12", null, null, null),
                ind("满意度指标", "满意度", "≥80.00(%)", "80", null, null, null))));
        assertTrue(r.at("I2").stream().anyMatch(f -> !f.isError() && f.message().contains("偏差")), r.messages());
        assertTrue(r.at("H2").stream().anyMatch(f -> !f.isError() && f.message().contains("30.00") && f.message().contains("25.00")),
                r.messages());
        assertTrue(r.at("F3").stream().anyMatch(f -> !f.isError() && f.message().contains("120%")), r.messages());
        assertEquals("75.00", r.score().total().toPlainString(), "10 + 50 × 25 / 50 + 30 + 10");
        assertEquals("中", r.score().grade());
    }
}
