package org.perftargets.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Operator;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;

/**
 * The review's nine rules: each on a project that is clean but for one thing (it must be found,
 * located and explained), and on a project that comes close and must stay silent.
 */
class ReviewerTest {

    private static int row = 2;

    static Indicator ind(String l1, String l2, String name, IndicatorValue v) {
        int r = row++;
        return new Indicator(l1, l2, name, v, new Origin("a.xlsx", "绩效指标", r,
                Map.of(Field.LEVEL1, "B" + r, Field.LEVEL2, "C" + r, Field.LEVEL3, "D" + r, Field.VALUE, "E" + r)));
    }

    static IndicatorValue cmp(Operator op, String number, String unit) {
        return new IndicatorValue.Comparison(op, new BigDecimal(number), unit);
    }

    static IndicatorValue text(String t) {
        return new IndicatorValue.Text(t);
    }

    /** A declaration no rule has anything to say about: complete, measurable, consistent with its goal. */
    static List<Indicator> cleanIndicators() {
        return new ArrayList<>(List.of(
                ind("产出指标", "数量指标", "更新购置车辆数", cmp(Operator.GE, "120", "辆")),
                ind("产出指标", "质量指标", "车辆验收合格率", cmp(Operator.EQ, "100", "%")),
                ind("产出指标", "时效指标", "车辆更新购置及时性", text("及时")),
                ind("产出指标", "成本指标", "单车购置成本", cmp(Operator.LE, "45", "万元")),
                ind("效益指标", "社会效益指标", "车辆调用通畅性", text("通畅")),
                ind("满意度指标", "服务对象满意度指标", "车辆使用人员满意度", cmp(Operator.GE, "90", "%"))));
    }

    static final String CLEAN_GOAL = "2023年及时完成不少于120辆公务用车的更新购置，验收合格率100%，使用人员满意度达到90%以上。";

    static Project project(int year, String code, String name, String goal, String total, List<Indicator> indicators) {
        return new Project(year, "上海市公安局", "上海市公安局", code, name, "经常性专项业务费", "特定目标类", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), LifetimeFunds.BLANK,
                new AnnualFunds(new BigDecimal(total), new BigDecimal(total), BigDecimal.ZERO, BigDecimal.ZERO), null, goal,
                indicators, new Origin("a.xlsx", "项目", 2, Map.of(Field.NAME, "E2", Field.ANNUAL_TOTAL, "M2", Field.ANNUAL_GOAL, "R2")));
    }

    static Project clean() {
        return project(2023, null, "交通工具购置及更新", CLEAN_GOAL, "54088760.00", cleanIndicators());
    }

    static Project withIndicators(List<Indicator> indicators) {
        return project(2023, null, "交通工具购置及更新", CLEAN_GOAL, "54088760.00", indicators);
    }

    static List<ReviewFinding> review(Project... projects) {
        return Reviewer.review(new Declarations(List.of(projects)), ReviewSettings.defaults());
    }

    static List<ReviewFinding> review(ReviewPoint point, Project... projects) {
        return review(projects).stream().filter(f -> f.point() == point).toList();
    }

    static ReviewFinding only(ReviewPoint point, Project... projects) {
        List<ReviewFinding> all = review(projects);
        assertEquals(1, all.size(), all.toString());
        assertEquals(point, all.get(0).point(), all.toString());
        return all.get(0);
    }

    /** The one finding of this rule (the changed value may draw others, such as the goal's). */
    static ReviewFinding one(ReviewPoint point, Project... projects) {
        List<ReviewFinding> all = review(point, projects);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** Replaces indicator {@code index} of the clean list. */
    static List<Indicator> cleanWith(int index, Indicator replacement) {
        List<Indicator> list = cleanIndicators();
        list.set(index, replacement);
        return list;
    }

    @Test
    void aCleanProjectDrawsNoFindingAtAll() {
        assertEquals(List.of(), review(clean()));
    }

    @Test
    void aCleanProjectAndItsUnchangedPreviousYearDrawNoFindingAtAll() {
        Project last = project(2022, null, "交通工具购置及更新", CLEAN_GOAL, "50000000.00", cleanIndicators());
        assertEquals(List.of(), review(last, clean()));
    }

    @Nested
    class QuantifiedShare {
        @Test
        void aShareBelowHalfIsAFindingThatStatesTheShare() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("效益指标", "可持续影响指标", "长效管理制度健全性", text("健全")));
            list.add(ind("效益指标", "社会效益指标", "系统运行稳定性", text("稳定")));
            list.add(ind("效益指标", "社会效益指标", "系统安全性", text("安全")));
            ReviewFinding f = only(ReviewPoint.QUANTIFIED, withIndicators(list));
            assertEquals("可量化的指标 4 条，占全部 9 条指标的 44.4%，低于 50%", f.problem());
            assertEquals("E2", f.location().cell());
            assertTrue(f.advice().contains("≥95.00(%)"), f.advice());
        }

        @Test
        void exactlyHalfIsSilent() {
            List<Indicator> list = cleanIndicators(); // 4 comparisons of 6
            list.add(ind("效益指标", "可持续影响指标", "长效管理制度健全性", text("健全")));
            list.add(ind("效益指标", "社会效益指标", "系统运行稳定性", text("稳定")));
            assertEquals(List.of(), review(ReviewPoint.QUANTIFIED, withIndicators(list)));
        }
    }

    @Nested
    class VagueValues {
        @Test
        void aValueBuiltOnAWordThatMeasuresNothingNamesTheIndicatorAndTheWords() {
            ReviewFinding f = only(ReviewPoint.VAGUE,
                    withIndicators(cleanWith(4, ind("效益指标", "社会效益指标", "档案查阅便捷性", text("有所改善")))));
            assertTrue(f.problem().contains("「档案查阅便捷性」"), f.problem());
            assertTrue(f.problem().contains("「有所」「改善」"), f.problem());
            assertEquals("a.xlsx", f.location().file());
            assertTrue(f.location().cell().startsWith("E"), f.location().toString());
            assertTrue(f.advice().contains("≥90.00(%)"), "suggests a measurable form: " + f.advice());
            for (String word : ReviewSettings.defaults().vagueWords()) {
                assertTrue(!f.advice().contains(word), "the advice's own examples use no vague word: " + word);
            }
        }

        @Test
        void theWordsAreFoundInFullWidthOrSpacedWritingToo() {
            ReviewFinding f = only(ReviewPoint.VAGUE,
                    withIndicators(cleanWith(4, ind("效益指标", "社会效益指标", "公安形象", text("优化 提升")))));
            assertTrue(f.problem().contains("「优化」「提升」"), f.problem());
        }

        @Test
        void plainQualitativeValuesAndComparisonsAreSilent() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("效益指标", "可持续影响指标", "长效管理制度健全性", text("健全")));
            list.add(ind("效益指标", "社会效益指标", "机房达标", text("符合国家A级机房标准")));
            list.add(ind("效益指标", "社会效益指标", "事故数", cmp(Operator.EQ, "0", "起")));
            assertEquals(List.of(), review(ReviewPoint.VAGUE, withIndicators(list)));
        }
    }

    @Nested
    class Completeness {
        @Test
        void eachMissingKindOfOutputIndicatorIsAFinding() {
            List<Indicator> list = cleanIndicators();
            list.remove(3); // 成本指标
            list.remove(2); // 时效指标
            List<ReviewFinding> f = review(ReviewPoint.COMPLETENESS, withIndicators(list));
            assertEquals(List.of("产出指标中没有「时效指标」", "产出指标中没有「成本指标」"), f.stream().map(ReviewFinding::problem).toList());
            assertTrue(f.get(1).advice().contains("2021"), f.get(1).advice());
            assertEquals("E2", f.get(0).location().cell());
        }

        @Test
        void costAsAFirstLevelOfItsOwnCounts() {
            List<Indicator> list = cleanWith(3, ind("成本指标", "经济成本指标", "单车购置成本", cmp(Operator.LE, "45", "万元")));
            assertEquals(List.of(), review(ReviewPoint.COMPLETENESS, withIndicators(list)));
        }

        @Test
        void aQualityIndicatorOutsideOutputDoesNotCount() {
            List<Indicator> list = cleanWith(1, ind("效益指标", "社会效益指标", "车辆验收合格率", cmp(Operator.EQ, "100", "%")));
            assertEquals(List.of("产出指标中没有「质量指标」"),
                    review(ReviewPoint.COMPLETENESS, withIndicators(list)).stream().map(ReviewFinding::problem).toList());
        }

        @Test
        void theRequiredKindsAreConfigurable() {
            Properties p = ReviewSettings.bundled();
            p.setProperty("应有二级指标", "数量指标、质量指标");
            List<Indicator> list = cleanIndicators();
            list.remove(3);
            list.remove(2);
            assertEquals(List.of(), Reviewer.review(new Declarations(List.of(withIndicators(list))), ReviewSettings.from(p, "测试")));
        }
    }

    @Nested
    class Satisfaction {
        @Test
        void aTargetBelow80PercentIsAFinding() {
            ReviewFinding f = one(ReviewPoint.SATISFACTION, withIndicators(cleanWith(5,
                    ind("满意度指标", "服务对象满意度指标", "车辆使用人员满意度", cmp(Operator.GE, "75", "%")))));
            assertTrue(f.problem().contains("≥75.00(%)") && f.problem().contains("低于 80%"), f.problem());
            assertTrue(f.location().cell().startsWith("E"));
        }

        @Test
        void aTargetOf100PercentIsAFinding() {
            ReviewFinding f = one(ReviewPoint.SATISFACTION, withIndicators(cleanWith(5,
                    ind("满意度指标", "服务对象满意度指标", "车辆使用人员满意度", cmp(Operator.EQ, "100", "%")))));
            assertTrue(f.problem().contains("=100.00(%)") && f.problem().contains("难以实现"), f.problem());
        }

        @Test
        void eightyAndNinetyNinePercentAndTextAreSilent() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("满意度指标", "服务对象满意度指标", "群众满意度", cmp(Operator.GE, "80", "%")));
            list.add(ind("满意度指标", "服务对象满意度指标", "民警满意度", cmp(Operator.GE, "99", "%")));
            list.add(ind("满意度指标", "服务对象满意度指标", "协同单位满意度", text("满意")));
            list.add(ind("效益指标", "社会效益指标", "设备完好率", cmp(Operator.EQ, "100", "%")));
            assertEquals(List.of(), review(ReviewPoint.SATISFACTION, withIndicators(list)));
        }
    }

    @Nested
    class Duplicates {
        @Test
        void theSameFoldedNameTwiceIsAFindingAtTheSecondNamingTheFirst() {
            List<Indicator> list = cleanIndicators();
            Indicator again = ind("效益指标", "社会效益指标", "车辆调用 通畅性", text("通畅"));
            list.add(again);
            ReviewFinding f = only(ReviewPoint.DUPLICATE, withIndicators(list));
            assertEquals(again.origin().at(Field.LEVEL3), f.location());
            assertTrue(f.problem().contains("单元格 D"), f.problem());
        }

        @Test
        void similarButDifferentNamesAreSilent() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("效益指标", "社会效益指标", "车辆调用通畅率", cmp(Operator.GE, "95", "%")));
            assertEquals(List.of(), review(ReviewPoint.DUPLICATE, withIndicators(list)));
        }
    }

    @Nested
    class Misfiled {
        @Test
        void aTimelinessNameUnderQualityNamesWhereItStandsAndWhereItBelongs() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("产出指标", "质量指标", "警用无人机服务及时率", cmp(Operator.EQ, "100", "%")));
            ReviewFinding f = only(ReviewPoint.MISFILED, withIndicators(list));
            assertEquals("指标「警用无人机服务及时率」放在「产出指标 / 质量指标」下，但名称中的「及时」表明它属于「时效指标」", f.problem());
            assertTrue(f.location().cell().startsWith("C"), "the 二级指标 cell: " + f.location());
            assertTrue(f.advice().contains("请移到「时效指标」下"), f.advice());
        }

        @Test
        void eachLineOfTheTableIsUsed() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("产出指标", "数量指标", "设备验收合格率", cmp(Operator.EQ, "100", "%")));
            list.add(ind("产出指标", "数量指标", "维修费用", cmp(Operator.LE, "5", "万元")));
            list.add(ind("效益指标", "社会效益指标", "群众满意率", cmp(Operator.GE, "90", "%")));
            assertEquals(List.of("质量指标", "成本指标", "满意度指标"), review(ReviewPoint.MISFILED, withIndicators(list)).stream()
                    .map(f -> f.problem().replaceAll(".*表明它属于「(.*)」", "$1")).toList());
        }

        @Test
        void aNameThatStandsWhereOneOfItsWordsBelongsIsSilent() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("产出指标", "时效指标", "工程验收及时率", cmp(Operator.EQ, "100", "%"))); // 验收 is not 验收通过
            list.add(ind("产出指标", "质量指标", "验收通过及时率", cmp(Operator.EQ, "100", "%"))); // 及时 and 验收通过: stands right
            list.add(ind("成本指标", "经济成本指标", "运维成本", cmp(Operator.LE, "5", "万元")));
            list.add(ind("满意度指标", "服务对象满意度指标", "群众满意度", cmp(Operator.GE, "90", "%")));
            assertEquals(List.of(), review(ReviewPoint.MISFILED, withIndicators(list)));
        }
    }

    @Nested
    class GoalAndIndicators {
        @Test
        void aQuantityOfTheGoalThatNoTargetMatchesIsQuoted() {
            Project p = project(2023, null, "警用直升机运行费", "保障警航队6架警用直升机的正常使用，满意度达到90%以上。", "54088760.00",
                    cleanIndicators());
            ReviewFinding f = only(ReviewPoint.GOAL, p); // 90% is matched
            assertEquals("年度总体目标写有「保障警航队6架」，但没有指标的目标值是 6架", f.problem());
            assertEquals("R2", f.location().cell());
            assertTrue(f.advice().contains("=6.00(架)"), f.advice());
        }

        @Test
        void aTargetWithTheSameUnitThatContradictsTheGoalIsQuotedWithIt() {
            List<Indicator> list = cleanWith(0, ind("产出指标", "数量指标", "更新购置车辆数", cmp(Operator.EQ, "100", "辆")));
            ReviewFinding f = only(ReviewPoint.GOAL, withIndicators(list));
            assertEquals("年度总体目标写有「2023年及时完成不少于120辆」，而指标「更新购置车辆数」=100.00(辆)与之不一致", f.problem());
        }

        @Test
        void aPercentageOfTheGoalThatNoTargetHasIsAFinding() {
            Project p = project(2023, null, "p", CLEAN_GOAL.replace("90%", "85%").replace("120辆", "120 辆"), "54088760.00",
                    cleanIndicators());
            ReviewFinding f = only(ReviewPoint.GOAL, p);
            assertTrue(f.problem().contains("没有指标的目标值是 85%"), f.problem());
        }

        @Test
        void matchedQuantitiesSameUnitsAndDatesAreSilent() {
            List<Indicator> list = cleanIndicators();
            list.add(ind("产出指标", "数量指标", "留置专区特保人员配置人数", cmp(Operator.EQ, "58", "人")));
            list.add(ind("产出指标", "数量指标", "建成电子档案数", cmp(Operator.EQ, "500", "tb")));
            list.add(ind("效益指标", "社会效益指标", "安全事故发生数", cmp(Operator.EQ, "0", "次")));
            Project p = project(2023, null, "p", CLEAN_GOAL + "留置专区特保58名，电子档案500TB，安全性事故发生0起；执行24小时值班制度，"
                    + "2023年12月底前完成，E135直升机，350兆警用数字集群。", "54088760.00", list);
            assertEquals(List.of(), review(ReviewPoint.GOAL, p));
        }
    }

    @Nested
    class CostAndMoney {
        @Test
        void aCostTargetInMoneyAboveTheAnnualFundsIsAFinding() {
            ReviewFinding f = only(ReviewPoint.COST, withIndicators(cleanWith(3,
                    ind("产出指标", "成本指标", "中标控制价", cmp(Operator.LE, "8654.01", "万元")))));
            assertTrue(f.problem().contains("≤8654.01(万元)（86,540,100.00 元）超过年度资金申请总额 54,088,760.00 元"), f.problem());
            assertTrue(f.location().cell().startsWith("E"));
        }

        @Test
        void aCostInYuanUnderAFirstLevelCostIsComparedToo() {
            only(ReviewPoint.COST, withIndicators(cleanWith(3,
                    ind("成本指标", "经济成本指标", "总成本", cmp(Operator.EQ, "60000000", "元")))));
        }

        @Test
        void aCostEqualToTheFundsAPricePerUnitAndANonCostMoneyTargetAreSilent() {
            List<Indicator> list = cleanWith(3, ind("产出指标", "成本指标", "中标控制价", cmp(Operator.LE, "5408.876", "万元")));
            list.add(ind("产出指标", "成本指标", "办公用房装修标准", cmp(Operator.EQ, "5000000000", "元/平方米")));
            list.add(ind("效益指标", "经济效益指标", "节约资金", cmp(Operator.GE, "9000000000", "元")));
            assertEquals(List.of(), review(ReviewPoint.COST, withIndicators(list)));
        }
    }

    @Nested
    class YearOverYear {
        Project last(String total, List<Indicator> indicators) {
            return project(2022, null, "交通工具购置及更新", CLEAN_GOAL, total, indicators);
        }

        @Test
        void fundsUpByMoreThan30PercentNameBothYears() {
            ReviewFinding f = only(ReviewPoint.YEAR_OVER_YEAR, last("40000000.00", cleanIndicators()), clean());
            assertEquals("年度资金申请总额 2023 年 54,088,760.00 元，2022 年 40,000,000.00 元，增加 35.2%"
                    + "（上年申报见 a.xlsx，工作表「项目」，单元格 E2）", f.problem());
            assertEquals("M2", f.location().cell());
        }

        @Test
        void fundsDownByMoreThan30PercentToo() {
            ReviewFinding f = only(ReviewPoint.YEAR_OVER_YEAR, last("80000000.00", cleanIndicators()), clean());
            assertTrue(f.problem().contains("减少 32.4%"), f.problem());
        }

        @Test
        void droppedAndAddedIndicatorsAreFindings() {
            List<Indicator> before = cleanIndicators();
            before.add(ind("效益指标", "可持续影响指标", "车辆维护保养机制健全性", text("健全")));
            List<Indicator> now = cleanIndicators();
            now.add(ind("效益指标", "社会效益指标", "新能源车占比", cmp(Operator.GE, "80", "%")));
            List<ReviewFinding> f = review(ReviewPoint.YEAR_OVER_YEAR, last("50000000.00", before),
                    withIndicators(now));
            assertEquals(2, f.size(), f.toString());
            assertTrue(f.get(0).problem().startsWith("2022 年的指标「车辆维护保养机制健全性」"), f.get(0).problem());
            assertTrue(f.get(0).problem().contains("（目标值 健全）2023 年未再申报"), f.get(0).problem());
            assertTrue(f.get(1).problem().startsWith("2023 年新增指标「新能源车占比」"), f.get(1).problem());
            assertTrue(f.get(1).location().cell().startsWith("D"));
        }

        @Test
        void loweredTargetsNameBothYearsValues() {
            List<Indicator> before = cleanWith(1, ind("产出指标", "质量指标", "车辆验收合格率", cmp(Operator.GE, "95", "%")));
            before.add(ind("效益指标", "社会效益指标", "故障率", cmp(Operator.LE, "5", "%")));
            List<Indicator> now = cleanWith(1, ind("产出指标", "质量指标", "车辆验收合格率", cmp(Operator.GE, "90", "%")));
            now.add(ind("效益指标", "社会效益指标", "故障率", cmp(Operator.LE, "8", "%")));
            List<ReviewFinding> f = review(ReviewPoint.YEAR_OVER_YEAR, last("50000000.00", before), withIndicators(now));
            assertEquals(List.of("指标「车辆验收合格率」的目标值由 2022 年的 ≥95.00(%) 降为 2023 年的 ≥90.00(%)",
                    "指标「故障率」的目标值由 2022 年的 ≤5.00(%) 降为 2023 年的 ≤8.00(%)"),
                    f.stream().map(ReviewFinding::problem).toList());
        }

        @Test
        void theSameCodeFindsLastYearUnderAnotherName() {
            Project before = project(2022, "GA-7", "交通工具购置", CLEAN_GOAL, "30000000.00", cleanIndicators());
            Project now = project(2023, "GA-7", "交通工具购置及更新", CLEAN_GOAL, "54088760.00", cleanIndicators());
            assertEquals(1, review(ReviewPoint.YEAR_OVER_YEAR, before, now).size());
        }

        @Test
        void raisedTargetsSmallChangesOtherYearsAndOtherProjectsAreSilent() {
            List<Indicator> before = cleanWith(1, ind("产出指标", "质量指标", "车辆验收合格率", cmp(Operator.GE, "90", "%")));
            before.add(ind("效益指标", "社会效益指标", "故障率", cmp(Operator.LE, "8", "%")));
            List<Indicator> now = cleanWith(1, ind("产出指标", "质量指标", "车辆验收合格率", cmp(Operator.GE, "95", "%")));
            now.add(ind("效益指标", "社会效益指标", "故 障 率", cmp(Operator.LE, "5", "%")));
            assertEquals(List.of(), review(ReviewPoint.YEAR_OVER_YEAR, last("42000000.00", before), withIndicators(now)));
            Project twoYearsAgo = project(2021, null, "交通工具购置及更新", CLEAN_GOAL, "1000.00", List.of());
            Project otherName = project(2022, null, "被装经费", CLEAN_GOAL, "1000.00", List.of());
            Project otherCode = project(2022, "GA-8", "交通工具购置", CLEAN_GOAL, "1000.00", List.of());
            Project now2 = project(2023, "GA-7", "交通工具购置及更新", CLEAN_GOAL, "54088760.00", cleanIndicators());
            assertEquals(List.of(), review(ReviewPoint.YEAR_OVER_YEAR, twoYearsAgo, otherName, otherCode, now2));
        }
    }

    @Test
    void aRuleListedAsNotToReviewIsNotRun() {
        Properties p = ReviewSettings.bundled();
        p.setProperty("不审核", "指标完整性、与上年比较");
        List<Indicator> list = cleanIndicators();
        list.remove(3);
        assertEquals(List.of(), Reviewer.review(new Declarations(List.of(withIndicators(list))), ReviewSettings.from(p, "测试")));
    }
}
