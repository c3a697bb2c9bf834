package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which characters of a cell's text are kept together on its last line. */
class CellTextTest {

    private static String kept(String text) {
        CellText t = CellText.of(text);
        assertEquals(text, String.valueOf(t.lead()) + t.end(), "nothing lost or added");
        return String.valueOf(t.end());
    }

    @Test
    void theLastTwoCharactersStayTogether() {
        assertEquals("经费", kept("留置专区保障经费"));
        assertEquals("指标", kept("可持续影响指标"));
    }

    @Test
    void aShortWordAfterAClosingBracketStaysWhole() {
        assertEquals("指标值", kept("年度(/项目)指标值"));
        assertEquals("满意度", kept("服务（质量）满意度"));
    }

    @Test
    void aLongerTailOrOneWithASpaceKeepsOnlyTwo() {
        assertEquals("能力", kept("系统（二期）综合保障能力"));
        assertEquals("指标", kept("年度(项目) 满意指标"));
    }

    @Test
    void aValueEndingInItsUnitKeepsTheUnitWithItsLastDigits() {
        assertEquals("(%)", kept("≥85.00(%)"));
    }

    @Test
    void anOpeningBracketGoesWithWhatItOpens() {
        assertEquals("（元）", kept("项目资金（元）"));
    }
}
