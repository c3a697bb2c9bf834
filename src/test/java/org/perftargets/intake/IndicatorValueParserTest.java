package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Operator;

class IndicatorValueParserTest {

    @ParameterizedTest(name = "{0} prints {1}")
    @CsvSource(delimiter = '|', value = {
            "≥90.00(%)|≥90.00(%)",
            "≥95.00 (%)|≥95.00(%)",
            "$\\geq 90.00\\%$|≥90.00(%)",
            "$= 100.00(\\%)$|=100.00(%)",
            "$\\leq 5.00(\\%)$|≤5.00(%)",
            ">=90%|≥90.00(%)",
            "<=5%|≤5.00(%)",
            "≥９０％|≥90.00(%)",
            "＝５８人|=58.00(人)",
            "=58人|=58.00(人)",
            "≧80%|≥80.00(%)",
            "<5.00(%)|<5.00(%)",
            "> 3 (次)|>3.00(次)",
            "≥0.70(小时/天)|≥0.70(小时/天)",
            "≤8654.01（万元）|≤8654.01(万元)",
            "=500.00(tb)|=500.00(tb)",
            "=1|=1.00",
            "  ≥90.00(%) |≥90.00(%)",
            "=0.125(%)|=0.125(%)",
            "≥1,500(天)|≥1500.00(天)",
            "≥ 15,000 人次|≥15000.00(人次)",
            "≤-5(%)|≤-5.00(%)",
            "≥120(㎡)|≥120.00(㎡)",
            "≤3 m²|≤3.00(m²)",
            "≤2‰|≤2.00(‰)",
            "≤10万元/年|≤10.00(万元/年)",
            "≥100km|≥100.00(km)",
            "≤25(℃)|≤25.00(℃)",
            "$\\leq 5.00\\left(\\%\\right)$|≤5.00(%)"})
    void readsComparisonsInEveryNotationAndPrintsTheOfficialOne(String typed, String printed) {
        IndicatorValueParser.Result r = IndicatorValueParser.parse(typed);
        assertInstanceOf(IndicatorValue.Comparison.class, r.value());
        assertEquals(printed, r.value().printed());
    }

    @ParameterizedTest(name = "{0} is not read")
    @ValueSource(strings = {"≥12,34(天)", "≥1,2,3,4(个)", "≥1.5E3(个)", "=5(个)6", "≥90 95%", "≥1 500(天)"})
    void aCommaThatIsNoThousandsSeparatorOrAnExponentIsNotANumber(String typed) {
        assertFalse(IndicatorValueParser.parse(typed).ok(), typed);
    }

    @Test
    void keepsOperatorNumberAndUnitApart() {
        var c = (IndicatorValue.Comparison) IndicatorValueParser.parse("≥ 95.00 (%)").value();
        assertEquals(Operator.GE, c.operator());
        assertEquals(new BigDecimal("95.00"), c.number());
        assertEquals("%", c.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "在12至45万区间", "5000元/人", "收到信息后5个工作日内", "100%", "同比下降", "达标</b>", "大于等于90%", "不低于上年水平"})
    void keepsQualitativeValuesExactlyAsWritten(String typed) {
        IndicatorValueParser.Result r = IndicatorValueParser.parse(typed);
        assertEquals(new IndicatorValue.Text(typed), r.value());
    }

    @Test
    void trimsQualitativeValuesIncludingNonBreakingSpaces() {
        assertEquals(new IndicatorValue.Text("及时"), IndicatorValueParser.parse("\u00a0 及时\u3000").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0"})
    void blankIsMissingNeverAGuess(String typed) {
        assertEquals(IndicatorValue.MISSING, IndicatorValueParser.parse(typed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥abc(%)", "=", "≥90(%)以上", ">=(%)90"})
    void aComparisonThatCannotBeReadIsAProblemNotText(String typed) {
        IndicatorValueParser.Result r = IndicatorValueParser.parse(typed);
        assertFalse(r.ok());
        assertEquals(null, r.value());
    }
}
