package org.perftargets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The scoring rules of the self-evaluation at their edges, as pure arithmetic. */
class SelfScoringTest {

    private static final BigDecimal W = new BigDecimal("10");

    private static String q(Operator op, String t, String a) {
        return SelfScoring.quantitative(op, new BigDecimal(t), new BigDecimal(a), W).toPlainString();
    }

    @Test
    void atLeast() {
        assertEquals("10.00", q(Operator.GE, "90", "90"));
        assertEquals("10.00", q(Operator.GE, "90", "120"));
        assertEquals("5.00", q(Operator.GE, "90", "45"));
        assertEquals("9.80", q(Operator.GE, "98", "96"), "10 × 96 / 98 = 9.7959… half-up");
        assertEquals("0.00", q(Operator.GE, "90", "-1"), "a < 0 gives 0");
        assertEquals("10.00", q(Operator.GT, "90", "90"), "> is scored as ≥");
        assertEquals("10.00", q(Operator.GE, "0", "0"), "t = 0: w if a ≥ t");
        assertEquals("0.00", q(Operator.GE, "0", "-0.5"), "t = 0: else 0");
        assertEquals("10.00", q(Operator.GE, "-5", "-5"), "t < 0: w if a ≥ t");
        assertEquals("0.00", q(Operator.GE, "-5", "-6"));
    }

    @Test
    void atMost() {
        assertEquals("10.00", q(Operator.LE, "10", "10"));
        assertEquals("10.00", q(Operator.LE, "10", "3"));
        assertEquals("5.00", q(Operator.LE, "10", "15"), "w × (1 − (a − t) / t)");
        assertEquals("0.00", q(Operator.LE, "10", "20"), "a = 2t gives 0");
        assertEquals("0.00", q(Operator.LE, "10", "25"), "a > 2t gives 0");
        assertEquals("0.01", q(Operator.LE, "10", "19.99"));
        assertEquals("10.00", q(Operator.LT, "0", "0"), "t = 0: w if a ≤ 0");
        assertEquals("0.00", q(Operator.LE, "0", "1"), "t = 0: else 0");
    }

    @Test
    void equal() {
        assertEquals("10.00", q(Operator.EQ, "0", "0"), "t = 0: w if a = 0");
        assertEquals("0.00", q(Operator.EQ, "0", "0.5"));
        assertEquals("10.00", q(Operator.EQ, "58", "60"), "t > 0: as ≥");
        assertEquals("5.00", q(Operator.EQ, "58", "29"));
    }

    @Test
    void actualsTypedWithOrWithoutUnit() {
        assertEquals(new BigDecimal("96"), SelfScoring.actualNumber("96%"));
        assertEquals(new BigDecimal("96"), SelfScoring.actualNumber("96"));
        assertEquals(new BigDecimal("96"), SelfScoring.actualNumber("96(%)"));
        assertEquals(new BigDecimal("96.5"), SelfScoring.actualNumber("９６.5％"));
        assertEquals(new BigDecimal("1200"), SelfScoring.actualNumber("1,200人"));
        assertNull(SelfScoring.actualNumber("基本完成"));
        assertNull(SelfScoring.actualNumber(""));
    }

    @Test
    void budgetRateAndScore() {
        BigDecimal rate = SelfScoring.ratePercent(new BigDecimal("1000"), new BigDecimal("963.5"));
        assertEquals("96.35", rate.toPlainString());
        assertEquals("9.64", SelfScoring.budgetScore(rate).toPlainString(), "10 × 96.35 % = 9.635, half-up");
        assertEquals("10.00", SelfScoring.budgetScore(new BigDecimal("100.00")).toPlainString());
        assertNull(SelfScoring.ratePercent(BigDecimal.ZERO, BigDecimal.ZERO), "no budget: no rate, never guessed");
    }

    @Test
    void grades() {
        assertEquals("优", SelfScoring.grade(new BigDecimal("90")));
        assertEquals("良", SelfScoring.grade(new BigDecimal("89.99")));
        assertEquals("良", SelfScoring.grade(new BigDecimal("80")));
        assertEquals("中", SelfScoring.grade(new BigDecimal("60")));
        assertEquals("差", SelfScoring.grade(new BigDecimal("59.99")));
    }

    private static List<Indicator> indicators(String... level1s) {
        List<Indicator> list = new ArrayList<>();
        for (String l : level1s) {
            list.add(new Indicator(l, "二级", "指标" + list.size(), new IndicatorValue.Text("好"), Origin.ofRow("a", "b", 1)));
        }
        return list;
    }

    private static List<String> weights(String... level1s) {
        Map<String, BigDecimal> byLevel1 = new LinkedHashMap<>();
        return SelfScoring.defaultWeights(indicators(level1s), byLevel1).stream()
                .map(b -> b == null ? null : b.toPlainString()).toList();
    }

    @Test
    void defaultWeightsAre50_30_10SplitEvenlyWithTheRemainderToTheLast() {
        assertEquals(List.of("50.00", "30.00", "10.00"), weights("产出指标", "效益指标", "满意度指标"));
        assertEquals(List.of("16.67", "16.67", "16.66", "15.00", "15.00", "10.00"),
                weights("产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"));
        assertEquals(List.of("25.00", "25.00", "30.00", "10.00"), weights("产出指标", "成本指标", "效益指标", "满意度指标"),
                "成本指标 shares the 50 of 产出指标");
    }

    @Test
    void aMissingLevel1SharesItsWeightInProportion() {
        assertEquals(List.of("56.25", "33.75"), weights("产出指标", "效益指标"), "90 × 50/80 and 90 × 30/80");
        assertEquals(List.of("75.00", "15.00"), weights("产出指标", "满意度指标"));
        assertEquals(List.of("33.75", "33.75", "22.50"), weights("效益指标", "效益指标", "满意度指标"));
        assertEquals(List.of("90.00"), weights("满意度指标"));
        List<String> unknown = weights("产出指标", "其他指标");
        assertEquals("90.00", unknown.get(0));
        assertNull(unknown.get(1), "a 一级 without a default weight has none");
    }
}
