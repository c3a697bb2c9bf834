package org.perftargets.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perftargets.model.Finding;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Operator;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;

/** The rules over the model, each on a project that is valid but for one thing. */
class CheckerTest {

    private static final Map<Field, String> CELLS = Map.of(Field.NAME, "E2", Field.ANNUAL_TOTAL, "M2",
            Field.START, "H2", Field.CODE, "D2", Field.LIFETIME_TOTAL, "J2");

    private static Indicator indicator(String l1, String l2, IndicatorValue v) {
        return new Indicator(l1, l2, "指标", v, new Origin("a.xlsx", "绩效指标", 2, Map.of(Field.VALUE, "E2",
                Field.LEVEL1, "B2", Field.LEVEL2, "C2")));
    }

    private static List<Indicator> complete() {
        return new ArrayList<>(List.of(indicator("产出指标", "数量指标", new IndicatorValue.Text("达标")),
                indicator("效益指标", "社会效益指标", new IndicatorValue.Text("提升")),
                indicator("满意度指标", "服务对象满意度指标", new IndicatorValue.Text("满意"))));
    }

    private static Project project(String file, String name, String code, AnnualFunds annual, LifetimeFunds lifetime,
            LocalDate start, List<Indicator> indicators) {
        return new Project(2023, "上海市公安局", "上海市公安局", code, name, "n", "c", start, LocalDate.of(2023, 12, 31),
                lifetime, annual, null, "目标", indicators, new Origin(file, "项目", 2, CELLS));
    }

    private static AnnualFunds annual(String total, String appropriation, String carry, String other) {
        return new AnnualFunds(new BigDecimal(total), new BigDecimal(appropriation), new BigDecimal(carry), new BigDecimal(other));
    }

    private static Project valid(String name) {
        return project("a.xlsx", name, null, annual("100.00", "60.00", "30.00", "10.00"), LifetimeFunds.BLANK,
                LocalDate.of(2023, 1, 1), complete());
    }

    private static List<Finding> check(Project... projects) {
        return Checker.check(new Declarations(List.of(projects)));
    }

    @Test
    void aValidProjectHasNoFindings() {
        assertEquals(List.of(), check(valid("p")));
    }

    @Test
    void theAnnualTotalMustBeTheSumOfItsParts() {
        Project p = project("a.xlsx", "p", null, annual("100.00", "60.00", "30.00", "0.00"), LifetimeFunds.BLANK,
                LocalDate.of(2023, 1, 1), complete());
        List<Finding> f = check(p);
        assertEquals(1, f.size());
        assertTrue(f.get(0).isError());
        assertEquals("M2", f.get(0).location().cell());
        assertTrue(f.get(0).message().contains("相差 10.00"), f.get(0).message());
    }

    @Test
    void theLifetimeTotalMustBeTheSumOfItsPartsWhereGiven() {
        LifetimeFunds wrong = new LifetimeFunds(new BigDecimal("500.00"), new BigDecimal("400.00"), null);
        LifetimeFunds right = new LifetimeFunds(new BigDecimal("500.00"), new BigDecimal("400.00"), new BigDecimal("100.00"));
        LifetimeFunds totalOnly = new LifetimeFunds(new BigDecimal("500.00"), null, null);
        assertEquals("J2", check(project("a.xlsx", "p", null, annual("1", "1", "0", "0"), wrong, LocalDate.of(2023, 1, 1),
                complete())).get(0).location().cell());
        assertEquals(List.of(), check(project("a.xlsx", "p", null, annual("1", "1", "0", "0"), right,
                LocalDate.of(2023, 1, 1), complete())));
        assertEquals(List.of(), check(project("a.xlsx", "p", null, annual("1", "1", "0", "0"), totalOnly,
                LocalDate.of(2023, 1, 1), complete())));
    }

    @Test
    void theStartMayNotBeAfterTheEnd() {
        Project p = project("a.xlsx", "p", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK,
                LocalDate.of(2024, 1, 1), complete());
        List<Finding> f = check(p);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("晚于"));
    }

    @Test
    void theSameProjectTwiceAcrossWorkbooksNamesBothPlaces() {
        Project first = valid("p");
        Project again = project("b.xlsx", "p", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK,
                LocalDate.of(2023, 1, 1), complete());
        List<Finding> f = check(first, again);
        assertEquals(2, f.size(), "one at each place: a report sent back file by file shows it to both");
        assertEquals("b.xlsx", f.get(0).location().file());
        assertTrue(f.get(0).message().contains("第一次出现在 a.xlsx，工作表「项目」，单元格 E2"), f.get(0).message());
        assertEquals("a.xlsx", f.get(1).location().file());
        assertTrue(f.get(1).message().contains("又在 b.xlsx，工作表「项目」，单元格 E2 申报了一次，两处都不发布"), f.get(1).message());
        assertTrue(f.get(0).advice().contains("工作簿 b.xlsx 的 1 个项目都已在 a.xlsx 中申报"), f.get(0).advice());
    }

    @Test
    void aWorkbookAllOfWhoseProjectsAnotherHoldsIsCalledAFileSentAgain() {
        Project a1 = valid("p");
        Project a2 = project("a.xlsx", "q", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK, LocalDate.of(2023, 1, 1), complete());
        Project b1 = project("b（修改后）.xlsx", "p", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK, LocalDate.of(2023, 1, 1), complete());
        Project b2 = project("b（修改后）.xlsx", "q", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK, LocalDate.of(2023, 1, 1), complete());
        List<Finding> f = check(a1, a2, b1, b2);
        assertEquals(4, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.advice().contains("工作簿 b（修改后）.xlsx 的 2 个项目都已在 a.xlsx 中申报：如果其中一个是改正后重新报送的，请把旧的工作簿移出输入文件夹")),
                f.toString());
        List<Finding> subset = check(b1, a1, a2); // the one wholly held is read first
        assertTrue(subset.stream().allMatch(x -> x.advice().contains("工作簿 b（修改后）.xlsx 的 1 个项目都已在 a.xlsx 中申报")), subset.toString());
    }

    @Test
    void theSameProjectCodeTwiceIsAnError() {
        Project a = project("a.xlsx", "p", "GA-1", annual("1", "1", "0", "0"), LifetimeFunds.BLANK, LocalDate.of(2023, 1, 1), complete());
        Project b = project("a.xlsx", "q", "GA-1", annual("1", "1", "0", "0"), LifetimeFunds.BLANK, LocalDate.of(2023, 1, 1), complete());
        List<Finding> f = check(a, b);
        assertEquals(1, f.size());
        assertEquals("D2", f.get(0).location().cell());
    }

    @Test
    void levelsOutsideTheTaxonomyOrUnderTheWrongParentAreErrors() {
        List<Indicator> ind = complete();
        ind.add(indicator("放兴指标", "社会效益指标", new IndicatorValue.Text("x")));
        ind.add(indicator("产出指标", "社会效益指标", new IndicatorValue.Text("x")));
        ind.add(indicator("效益指标", "数量", new IndicatorValue.Text("x")));
        List<Finding> f = check(project("a.xlsx", "p", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK,
                LocalDate.of(2023, 1, 1), ind));
        assertEquals(3, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("一级指标「放兴指标」不在指标体系中"));
        assertTrue(f.get(1).advice().contains("属于一级指标「效益指标」"), f.get(1).advice());
        assertEquals("C2", f.get(2).location().cell());
    }

    @Test
    void acceptsTheRealVariantsOfTheTaxonomy() {
        List<Indicator> ind = complete();
        ind.add(indicator("效益指标", "运行效益指标", new IndicatorValue.Text("x")));
        ind.add(indicator("产出指标", "成本指标", new IndicatorValue.Text("x")));
        ind.add(indicator("成本指标", "经济成本指标", new IndicatorValue.Text("x")));
        ind.add(indicator("成本指标", "社会成本指标", new IndicatorValue.Text("x")));
        ind.add(indicator("成本指标", "生态环境成本指标", new IndicatorValue.Text("x")));
        assertEquals(List.of(), check(project("a.xlsx", "p", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK,
                LocalDate.of(2023, 1, 1), ind)));
    }

    @Test
    void warnsOfAMissingKindOfIndicatorAMissingValueAndAPercentageAbove100() {
        List<Indicator> ind = new ArrayList<>(complete().subList(0, 2));
        ind.add(indicator("产出指标", "质量指标", IndicatorValue.MISSING));
        ind.add(indicator("产出指标", "质量指标", new IndicatorValue.Comparison(Operator.EQ, new BigDecimal("120"), "%")));
        ind.add(indicator("产出指标", "质量指标", new IndicatorValue.Comparison(Operator.EQ, new BigDecimal("120"), "人")));
        List<Finding> f = check(project("a.xlsx", "p", null, annual("1", "1", "0", "0"), LifetimeFunds.BLANK,
                LocalDate.of(2023, 1, 1), ind));
        assertEquals(3, f.size(), f.toString());
        assertTrue(f.stream().noneMatch(Finding::isError));
        assertTrue(f.get(0).message().contains("没有任何「满意度指标」"));
        assertTrue(f.get(1).message().contains("未填写指标值"));
        assertTrue(f.get(2).message().contains("超过 100%"));
    }
}
