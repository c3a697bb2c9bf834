package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines a cell's text takes, counted before layout; widths here in ems of a font of size 1. */
class TextLinesTest {

    private final TextLines lines = new TextLines(FormFonts.shared());

    private int count(String text, float ems, boolean keepsBreaks) {
        return lines.count(CellText.of(text), ems, 1, keepsBreaks);
    }

    @Test
    void hanziBreakAnywhere() {
        assertEquals(1, count("一二三四五", 5, true));
        assertEquals(2, count("一二三四五六", 5, true));
        assertEquals(2, count("一二三四五六七八九十", 5, true));
        assertEquals(3, count("一二三四五六七八九十一", 5, true));
    }

    @Test
    void theKeptEndMovesWhole() {
        // 四五 are kept together: 一二三 / 四五 rather than 一二三四 / 五.
        assertEquals(2, lines.count(new CellText("一二三", "四五", "一二三四五", 2), 4, 1, true));
        assertEquals(2, lines.count(new CellText("一二三", "四五", "一二三四五", 2), 3.5f, 1, true));
    }

    @Test
    void typedLineBreaksStartLinesWhereTheCellKeepsThem() {
        assertEquals(3, count("一\n二\n三", 10, true));
        assertEquals(1, count("一\n二\n三", 10, false));
        assertEquals(3, count("一二三四五六\n七", 5, true));
    }

    @Test
    void aWordWiderThanTheCellIsBrokenAnywhereAndDigitsAreNarrow() {
        assertEquals(1, count("12345678", 5, true));
        assertEquals(2, count("1234567890123456", 5, true));
        assertEquals(1, count("", 5, true));
    }
}
