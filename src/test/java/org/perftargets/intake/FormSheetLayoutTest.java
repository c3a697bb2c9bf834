package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;
import org.perftargets.testing.TestWorkbook;

/** Sheets typed like the printed form, read by walking the form's description. */
class FormSheetLayoutTest {

    @TempDir
    Path dir;

    private static final String S = "申报表";

    /** A hand-typed form; the cells given as null are left blank. */
    private static TestWorkbook form(String yearLine, String unit, String nature, String lifetimeOther, String valueHeader) {
        return TestWorkbook.xlsx()
                .row(S, "财政项目支出绩效目标申报表")
                .row(S, yearLine)
                .row(S, "项目名称", "甲项目", "项目性质", nature, "项目类别", "特定目标类")
                .row(S, "主管部门", "上海市民政局", "实施单位", unit)
                .row(S, "计划开始日期", "2023-01-01", "计划完成日期", "2023-12-31")
                .row(S, "项目资金（元）", "项目资金总额", "500", "年度资金申请总额", "100")
                .row(S, null, "其中：财政资金", "400", "其中：当年财政拨款", "100")
                .row(S, null, null, null, "上年结转资金", "0")
                .row(S, null, lifetimeOther == null ? null : "其他资金", lifetimeOther, "其他资金", "0")
                .row(S, "项目绩效目标", "项目总目标", null, "年度总体目标")
                .row(S, null, null, null, "完成甲项目。")
                .row(S, "绩效指标", "一级指标", "二级指标", "三级指标", null, valueHeader)
                .row(S, null, "产出指标", "数量指标", "完成数", null, "≥10(个)");
    }

    private IntakeResult read(TestWorkbook wb) throws IOException {
        return new IntakeReader().read(wb.save(dir, "手填"));
    }

    private static List<String> described(IntakeResult r) {
        return r.findings().stream().map(Finding::describe).toList();
    }

    @Test
    void missingValuesAreReportedInTheFormsOrderSayingWhereOnTheFormToFillThem() throws IOException {
        IntakeResult first = read(form("（2023年度）", null, null, "100", "年度(/项目)指标值"));
        assertEquals(List.of(
                "错误：手填.xlsx，工作表「申报表」，单元格 D4：未填写「实施单位」。请在申报表中「实施单位」处填写",
                "错误：手填.xlsx，工作表「申报表」，单元格 D3：未填写「项目性质」。请在申报表中「项目性质」处填写"),
                described(first));
        for (int i = 0; i < 3; i++) {
            assertEquals(described(first), described(read(form("（2023年度）", null, null, "100", "年度(/项目)指标值"))));
        }
    }

    @Test
    void aFormWithoutItsYearLineSaysWhereTheYearGoes() throws IOException {
        IntakeResult r = read(form("", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值"));
        assertEquals(1, r.findings().size(), described(r).toString());
        assertTrue(described(r).get(0).contains("未填写「年度」。请在标题下一行填写年度，如（2023年度）"), described(r).toString());
        assertEquals(null, r.findings().get(0).project(), "without its year a project has no booklet: the whole file waits");
    }

    @Test
    void aLabelTheFormPrintsTwiceIsMatchedInOrderAndALoneOneIsThisYears() throws IOException {
        Project both = read(form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值"))
                .declarations().projects().get(0);
        assertEquals(new BigDecimal("100.00"), both.lifetime().other());
        assertEquals(new BigDecimal("0.00"), both.annual().other());

        Project lone = read(form("（2023年度）", "上海市民政局", "其他一次性项目", null, "年度(/项目)指标值"))
                .declarations().projects().get(0);
        assertEquals(null, lone.lifetime().other());
        assertEquals(new BigDecimal("0.00"), lone.annual().other());
    }

    @Test
    void anIndicatorHeaderTypedAnotherWayIsFoundByTheFieldItNames() throws IOException {
        IntakeResult r = read(form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度指标值"));
        assertEquals(List.of(), described(r));
        assertEquals("≥10.00(个)", r.declarations().projects().get(0).indicators().get(0).value().printed());
    }

    @Test
    void withoutTheIndicatorHeaderOnlyThatProjectIsHeldBack() throws IOException {
        IntakeResult r = read(form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "备注"));
        assertEquals(1, r.findings().size(), described(r).toString());
        assertTrue(described(r).get(0).contains("找不到绩效指标表头"), described(r).toString());
        assertEquals("甲项目", r.findings().get(0).project().name());
    }

    /** A form sheet is read through POI's user model: a damaged cell there is said at the cell too, never read as blank. */
    @Test
    void aDamagedCellOfAFormIsAnErrorAtTheCell() throws IOException {
        java.nio.file.Path saved = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值").save(dir, "好");
        byte[] damaged = HostileWorkbookTest.rewrite(java.nio.file.Files.readAllBytes(saved), (name, bytes) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return bytes;
            }
            String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            String changed = xml.replaceFirst("(<c r=\"F13\"[^>]*t=\"s\"[^>]*>)<v>[^<]*</v>", "$1<v>99999</v>")
                    .replaceFirst("<c r=\"E6\"[^>]*>(<v>[^<]*</v>|<is>.*?</is>)</c>", "<c r=\"E6\"><v>abc</v></c>");
            assertTrue(!changed.equals(xml) && changed.contains("99999") && changed.contains("abc"), xml);
            return changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
        java.nio.file.Path file = dir.resolve("坏格.xlsx");
        java.nio.file.Files.write(file, damaged);
        List<String> found = described(new IntakeReader().read(file));
        assertTrue(found.stream().anyMatch(f -> f.startsWith("错误：") && f.contains("单元格 F13") && f.contains("所在的单元格已损坏")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("错误：") && f.contains("单元格 E6") && f.contains("所在的单元格已损坏")), found.toString());
    }

    @Test
    void aGoalOrNameThatContainsALabelIsDataNotALabel() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值");
        wb.rows(S).get(10).set(3, "确保各项指标值达到一级指标要求");
        wb.row(S, null, null, null, "年度指标值达标率", null, "≥95(%)");
        IntakeResult r = read(wb);
        assertEquals(List.of(), described(r));
        Project p = r.declarations().projects().get(0);
        assertEquals("确保各项指标值达到一级指标要求", p.annualGoal());
        assertEquals(List.of("完成数", "年度指标值达标率"), p.indicators().stream().map(i -> i.name()).toList());
    }

    @Test
    void linesUnderTheTableEndItAndAnIndicatorBelowThemIsNotSilentlyDropped() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值")
                .row(S, null, "满意度指标", "服务对象满意度指标", "群众满意度", null, "≥90(%)")
                .blankRow(S)
                .row(S, "填报单位（盖章）：上海市民政局", null, null, "填报人：张三")
                .row(S, "联系电话：12345678", null, null, "填报日期：2023年1月5日")
                .row(S, "注册用户数", null, null, "漏在后面的指标", null, "≥10(个)");
        IntakeResult r = read(wb);
        Project p = r.declarations().projects().get(0);
        assertEquals(List.of("完成数", "群众满意度"), p.indicators().stream().map(i -> i.name()).toList());
        assertEquals(1, r.findings().size(), described(r).toString());
        assertTrue(described(r).get(0).startsWith("警告：手填.xlsx，工作表「申报表」，单元格 D18：")
                && described(r).get(0).contains("填报单位（盖章）"), described(r).toString());
    }

    @Test
    void anIndicatorNamedLikeAFooterWordIsStillAnIndicator() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值")
                .row(S, null, "产出指标", "数量指标", "注册用户数", null, "≥10(个)")
                .row(S, null, "满意度指标", "服务对象满意度指标", "负责人满意度", null, "≥90(%)");
        Project p = read(wb).declarations().projects().get(0);
        assertEquals(List.of("完成数", "注册用户数", "负责人满意度"), p.indicators().stream().map(i -> i.name()).toList());
    }

    @Test
    void theRowLimitHoldsForFormSheetsToo() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值");
        Path file = wb.save(dir, "大");
        IntakeResult r = new IntakeReader(new ReadLimits(50L * 1024 * 1024, 10, 10_000)).read(file);
        assertTrue(described(r).toString().contains("工作表行数过多"), described(r).toString());
        assertEquals(0, r.declarations().projects().size());
    }

    @Test
    void moneyTypedUnder项目资金万元IsInTenThousandsAsInTheStandardWorkbook() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值");
        wb.rows(S).get(5).set(0, "项目资金（万元）");
        Project p = read(wb).declarations().projects().get(0);
        assertEquals(new BigDecimal("1000000.00"), p.annual().total());
        assertEquals(new BigDecimal("5000000.00"), p.lifetime().total());

        TestWorkbook odd = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值");
        odd.rows(S).get(5).set(0, "项目资金（千元）");
        IntakeResult r = read(odd);
        assertTrue(described(r).toString().contains("金额的单位「千元」无法换算"), described(r).toString());
    }

    @Test
    void theYearComesFromTheYearLineNeverFromAProjectsName() throws IOException {
        TestWorkbook wb = form("", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值");
        wb.rows(S).get(2).set(1, "2022年度老旧小区改造");
        IntakeResult r = read(wb);
        assertEquals(null, r.declarations().projects().get(0).year());
        assertTrue(described(r).toString().contains("未填写「年度」"), described(r).toString());

        TestWorkbook inTitle = form("", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值");
        inTitle.rows(S).get(0).set(0, "财政项目支出绩效目标申报表（2024年度）");
        assertEquals(2024, read(inTitle).declarations().projects().get(0).year());
    }

    @Test
    void aLastIndicatorWhoseNameBeginsLikeAFooterIsStillRead() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值")
                .row(S, null, null, null, "联系人（户）数", null, "≥100(户)");
        IntakeResult r = read(wb);
        assertEquals(List.of("完成数", "联系人（户）数"),
                r.declarations().projects().get(0).indicators().stream().map(i -> i.name()).toList());
    }

    @Test
    void aSheetBesideTheFormsThatIsNoFormGetsANote() throws IOException {
        TestWorkbook wb = form("（2023年度）", "上海市民政局", "其他一次性项目", "100", "年度(/项目)指标值")
                .row("备注", "这里写了一些说明");
        IntakeResult r = read(wb);
        assertTrue(described(r).toString().contains("工作表「备注」：这个工作表没有读取"), described(r).toString());
    }
}
