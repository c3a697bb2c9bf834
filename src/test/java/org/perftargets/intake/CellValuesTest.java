package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Numbers read as Excel shows them: 15 significant digits, no binary noise, whole numbers without a point. */
class CellValuesTest {

    /** The general way: the double's shortest decimal, to Excel's 15 digits, trailing zeros dropped. */
    private static BigDecimal general(double d) {
        BigDecimal n = BigDecimal.valueOf(d).round(new MathContext(15)).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    @Test
    void wholeNumbersReadAsTheGeneralWayReadsThem() {
        Random r = new Random(7);
        double[] edges = {0.0, -0.0, 1, -1, 2023, 12229200, 1.2e7, 999_999_999_999_999d, -999_999_999_999_999d, 1e15, 1e16,
                123_456_789_012_345_678d, 4.5e15};
        for (double d : edges) {
            assertSame(d);
        }
        for (int i = 0; i < 100_000; i++) {
            assertSame(Math.rint(r.nextGaussian() * Math.pow(10, r.nextInt(17))));
            assertSame(r.nextGaussian() * Math.pow(10, r.nextInt(12)));
        }
    }

    private static void assertSame(double d) {
        CellValue v = CellValues.numeric("A1", d, null, null);
        BigDecimal expected = general(d);
        assertEquals(expected, v.number(), "number of " + d);
        assertEquals(expected.toPlainString(), v.text(), "text of " + d);
    }

    @Test
    void aPercentFormatShowsThePercentAndKeepsTheNumber() {
        CellValue v = CellValues.numeric("A1", 0.95, new NumberStyle(9, "0%"), null);
        assertEquals("95%", v.text());
        assertEquals(new BigDecimal("0.95"), v.number());
    }
}
