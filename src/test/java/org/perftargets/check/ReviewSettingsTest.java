package org.perftargets.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.model.ReviewPoint;

/** review.properties: documented defaults beside the templates, which an office's own file overrides key by key. */
class ReviewSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theBundledDefaultsAreThoseOfTheIssue() {
        ReviewSettings s = ReviewSettings.defaults();
        assertEquals(0, s.quantifiedMinPercent().compareTo(new BigDecimal("50")));
        assertTrue(s.vagueWords().containsAll(List.of("提高", "提升", "有所", "进一步", "明显", "逐步", "加强", "改善", "较好", "良好", "基本", "力争")));
        assertEquals(List.of("数量指标", "质量指标", "时效指标", "成本指标"), s.requiredLevel2());
        assertEquals(0, s.satisfactionMinPercent().compareTo(new BigDecimal("80")));
        assertTrue(s.satisfaction100());
        assertEquals(List.of("及时", "按时", "时限", "进度"), s.misfiled().get("时效指标"));
        assertEquals(List.of("合格", "达标", "验收通过"), s.misfiled().get("质量指标"));
        assertEquals(List.of("成本", "单价", "费用"), s.misfiled().get("成本指标"));
        assertEquals(List.of("满意"), s.misfiled().get("满意度指标"));
        assertEquals(List.of("质量指标", "时效指标", "成本指标", "满意度指标"), List.copyOf(s.misfiled().keySet()));
        assertEquals(0, s.moneyUnits().get("万元").compareTo(new BigDecimal("10000")));
        assertEquals(0, s.fundsChangePercent().compareTo(new BigDecimal("30")));
        assertEquals(Set.of(), s.skipped());
    }

    @Test
    void withoutAFileInTheTemplatesFolderTheDefaultsApply() {
        assertEquals(ReviewSettings.defaults(), ReviewSettings.load(dir));
        assertEquals(ReviewSettings.defaults(), ReviewSettings.load(dir.resolve("nowhere")));
    }

    @Test
    void anOfficesFileOverridesTheKeysItSetsAndKeepsTheOthers() throws IOException {
        Files.writeString(dir.resolve("review.properties"), "# 本处的设置\n量化指标比例下限 = 60\n模糊用语 = 尽力、争取\n满意度100提出 = 否\n"
                + "不审核 = 与上年比较\n资金变动幅度 =\n", StandardCharsets.UTF_8);
        ReviewSettings s = ReviewSettings.load(dir);
        assertEquals(0, s.quantifiedMinPercent().compareTo(new BigDecimal("60")));
        assertEquals(List.of("尽力", "争取"), s.vagueWords());
        assertFalse(s.satisfaction100());
        assertEquals(Set.of(ReviewPoint.YEAR_OVER_YEAR), s.skipped());
        assertEquals(0, s.fundsChangePercent().compareTo(new BigDecimal("30")), "a blank value keeps the default");
        assertEquals(ReviewSettings.defaults().requiredLevel2(), s.requiredLevel2());
    }

    @Test
    void aValueThatIsNotUnderstoodNamesTheFileTheKeyAndWhatToWrite() throws IOException {
        Files.writeString(dir.resolve("review.properties"), "量化指标比例下限 = 一半\n", StandardCharsets.UTF_8);
        ReviewSettings.Invalid e = assertThrows(ReviewSettings.Invalid.class, () -> ReviewSettings.load(dir));
        assertTrue(e.getMessage().contains("review.properties"), e.getMessage());
        assertTrue(e.getMessage().contains("「量化指标比例下限」的值「一半」不是数字。请写一个不小于 0 的数"), e.getMessage());

        Files.writeString(dir.resolve("review.properties"), "不审核 = 量化\n", StandardCharsets.UTF_8);
        e = assertThrows(ReviewSettings.Invalid.class, () -> ReviewSettings.load(dir));
        assertTrue(e.getMessage().contains("「量化」不是审核要点的名称。可写：量化程度、"), e.getMessage());

        Files.writeString(dir.resolve("review.properties"), "满意度100提出 = 也许\n", StandardCharsets.UTF_8);
        e = assertThrows(ReviewSettings.Invalid.class, () -> ReviewSettings.load(dir));
        assertTrue(e.getMessage().contains("应为 是 或 否"), e.getMessage());
    }

    @Test
    void unitsAreMatchedLongestFirstAndFolded() {
        ReviewSettings s = ReviewSettings.defaults();
        assertTrue(s.goalUnits().indexOf("人次") < s.goalUnits().indexOf("人"));
        assertTrue(s.goalUnits().indexOf("万件") < s.goalUnits().indexOf("件"));
        assertEquals("人", s.canonicalUnit("名"));
        assertEquals("tb", s.canonicalUnit("ＴＢ"));
        List<GoalQuantityRule.Quantity> q = GoalQuantityRule.quantities("服务3000人次，采购110万件，机房500TB，达到98%以上，2023年12月底前，24小时值班，E135直升机", s);
        assertEquals(List.of("3000人次", "110万件", "500TB", "98%"), q.stream().map(GoalQuantityRule.Quantity::written).toList());
        assertEquals("达到98%以上", q.get(3).phrase());
    }
}
