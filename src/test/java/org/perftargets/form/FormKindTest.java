package org.perftargets.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perftargets.form.FormCell.label;
import static org.perftargets.form.FormCell.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perftargets.model.Field;
import org.perftargets.model.GroupKey;

/** A form kind as data: where its cells fall in the grid, and which label each value is read beside. */
class FormKindTest {

    private static final FormKind FORM = DeclarationForm.KIND;

    private static PlacedCell valueOf(Field f) {
        return FORM.valueCells().stream().filter(p -> p.cell().field() == f).findFirst().orElseThrow();
    }

    @Test
    void aCellTakesTheFirstColumnLeftFreeByTheCellsSpanningDownFromAbove() {
        // 项目资金（元） spans the four money rows in column A, so 其中：财政资金 starts in column B.
        PlacedCell fiscal = valueOf(Field.LIFETIME_FISCAL);
        assertEquals(4, fiscal.row());
        assertEquals(2, fiscal.column());
        PlacedCell appropriation = valueOf(Field.APPROPRIATION);
        assertEquals(4, appropriation.column());
        assertEquals(5, appropriation.lastColumn());
    }

    @Test
    void aValueIsReadBesideItsLabelOrUnderItsHeading() {
        assertEquals("其中：财政资金", FORM.labelOf(valueOf(Field.LIFETIME_FISCAL)).orElseThrow().cell().text());
        assertEquals("实施单位", FORM.labelOf(valueOf(Field.UNIT)).orElseThrow().cell().text());
        PlacedCell goal = valueOf(Field.ANNUAL_GOAL);
        PlacedCell heading = FORM.labelOf(goal).orElseThrow();
        assertEquals("年度总体目标", heading.cell().text());
        assertEquals(goal.row() - 1, heading.row(), "the goal's heading is the row above it");
    }

    @Test
    void theIndicatorTableTakesTheGridsWidthsColumnByColumn() {
        assertEquals(List.of(14, 26, 17, 19, 10, 14), FORM.widths());
        assertEquals(List.of(14, 26, 17, 29, 14), FORM.indicatorWidths());
        assertEquals(2, FORM.indicators().groupedColumns());
    }

    @Test
    void theFormNamesItsYearAndItsBooklet() {
        assertEquals("（2023年度）", FORM.yearLine(2023));
        assertEquals("（年度）", FORM.yearLine(null));
        assertEquals("上海市公安局2023年度项目绩效目标汇总表", FORM.bookletTitle(new GroupKey(2023, "上海市公安局")));
    }

    @Test
    void aGridWhoseCellsOrWidthsDoNotFitIsRefused() {
        IndicatorTable indicators = new IndicatorTable("指标", List.of(IndicatorColumn.of(Field.LEVEL3)));
        assertThrows(IllegalArgumentException.class, () -> new FormKind("表", "表", "年度", "汇总表", List.of(50, 40),
                List.of(List.of(label(Field.NAME), text(Field.NAME))), indicators));
        assertThrows(IllegalArgumentException.class, () -> new FormKind("表", "表", "年度", "汇总表", List.of(50, 50),
                List.of(List.of(label(Field.NAME), text(Field.NAME).across(2))), indicators));
    }
}
