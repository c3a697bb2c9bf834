package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * The printed form as a reader sees it, read back from the PDFs (issue 14): every page's table
 * closed, one rule weight and no double rules, no character alone on a cell's last line, and a
 * continued page that names its project with 续, repeats the header row and the labels of the
 * groups it carries on, and holds at least three indicator lines.
 */
class PrintedLayoutTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(Templates.bundled());
    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标");

    @Test
    void theSamplesBookletPagesAreClosedRuledOnceAndContinuedPagesNameTheirProject() throws IOException {
        List<Project> sample = new IntakeReader().readAll(WorkbookFiles.list(Path.of("input"))).declarations().projects();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.renderBooklet(new GroupKey(2023, "上海市公安局"), sample, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            int continued = 0;
            for (int p = 3; p <= doc.getNumberOfPages(); p++) {
                continued += assertWellPrinted(doc, p, sample.stream().map(Project::name).toList()) ? 1 : 0;
            }
            assertTrue(continued >= 5, "the sample has forms that continue: " + continued);
        }
    }

    @Test
    void sixtyIndicatorsRunOverPagesThatAreEachClosedAndNamed() throws IOException {
        Project p = sixty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.renderSheet(p, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
            for (int k = 1; k <= doc.getNumberOfPages(); k++) {
                assertEquals(k > 1, assertWellPrinted(doc, k, List.of(p.name())), "page " + k);
            }
            String text = PdfRendererTest.text(doc, 1, doc.getNumberOfPages());
            PdfRendererTest.assertInOrder(text, 0, PdfRendererTest.indicatorsAndValues(p));
        }
    }

    @Test
    void theSelfEvaluationWithSixtyIndicatorsToo() throws IOException {
        Project p = SyntheticDeclarations.selfEvaluations(List.of(sixty())).get(0);
        SelfScoring.Score s = SelfScoring.score(p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.renderSheet(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s), SelfEvaluationForm.rows(s), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
            for (int k = 1; k <= doc.getNumberOfPages(); k++) {
                assertEquals(k > 1, assertWellPrinted(doc, k, List.of(p.name())), "page " + k);
            }
        }
    }

    @Test
    void aContinuedPageNeverHoldsFewerThanThreeLines() throws IOException {
        // Goals of typed lines that leave room for none to all six indicator lines on the first page.
        Project p = Fixture.detention();
        List<Indicator> six = p.indicators().subList(0, 6);
        int continued = 0;
        for (int lines = 24; lines <= 34; lines++) {
            Project q = withGoal(p.withIndicators(six), "保障留置专区各项工作正常开展。\n".repeat(lines));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RENDERER.renderSheet(q, out);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                for (int k = 1; k <= doc.getNumberOfPages(); k++) {
                    boolean c = assertWellPrinted(doc, k, List.of(q.name()));
                    assertEquals(k > 1, c, "goal of " + lines + " lines, page " + k);
                    continued += c ? 1 : 0;
                }
            }
        }
        assertTrue(continued >= 3, "some of these forms continue: " + continued);
    }

    @Test
    void namesDepartmentsAmountsAndTypedLineBreaksPrintAsTheyShould() throws IOException {
        Project base = Fixture.detention();
        BigDecimal most = new BigDecimal("99999999999.99");
        Project p = new Project(2023, "上海市公安局交通警察总队", "上海市公安局交通警察总队", null,
                "全市公安视频监控系统运维及扩容项目配套信息化基础设施建设", base.nature(), base.category(), base.start(), base.end(),
                new LifetimeFunds(most, most, BigDecimal.ZERO), new AnnualFunds(most, most, BigDecimal.ZERO, BigDecimal.ZERO),
                "项目总目标第一行\n项目总目标第二行", "年度目标第一行\n年度目标第二行", base.indicators().subList(0, 4)
                        .stream().map(i -> i.name().equals("留置专区维修完成率")
                                ? new Indicator(i.level1(), i.level2(), i.name(), new IndicatorValue.Text("值第一行\n值第二行"), i.origin())
                                : i).toList(),
                base.origin());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.renderSheet(p, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PrintedPage page = PrintedPage.read(doc, 1);
            List<String> lines = page.lines().stream().map(PrintedPage.TextLine::text).toList();
            assertTrue(lines.contains("上海市公安局交通警察总队"), "12-character department on one line: " + lines);
            assertEquals(4, lines.stream().filter("99,999,999,999.99"::equals).count(), "amounts whole: " + lines);
            for (String typed : List.of("项目总目标第一行", "项目总目标第二行", "年度目标第一行", "年度目标第二行", "值第一行", "值第二行")) {
                assertTrue(lines.contains(typed), "typed line kept: " + typed + " in " + lines);
            }
            String name = p.name();
            List<String> nameLines = lines.stream().filter(l -> name.startsWith(l) || name.endsWith(l)).toList();
            assertTrue(nameLines.size() >= 2, "the long name wraps in its cell: " + nameLines);
            assertEquals(List.of(), page.lonelyCharacters());
            assertEquals(List.of(), page.openTable());
        }
    }

    /**
     * Checks page {@code number}: its table closed, one rule weight, no double rule, no character
     * alone; if it is a continued page, that it starts with one of the names and 续, then the header
     * row, then a line naming its 一级 and 二级 groups, and holds at least three indicator lines.
     * Returns whether it is a continued page.
     */
    static boolean assertWellPrinted(PDDocument doc, int number, List<String> names) throws IOException {
        PrintedPage page = PrintedPage.read(doc, number);
        assertEquals(List.of(), page.openTable(), "page " + number);
        assertEquals(List.of(), page.unevenRules(), "page " + number);
        assertEquals(List.of(), page.doubleRules(), "page " + number);
        assertEquals(List.of(), page.lonelyCharacters(), "page " + number);
        List<PrintedPage.TextLine> lines = new ArrayList<>(page.lines());
        lines.sort(Comparator.comparingDouble(PrintedPage.TextLine::baseline));
        String first = lines.get(0).text();
        if (!first.endsWith("（续）")) {
            return false;
        }
        assertTrue(names.contains(first.substring(0, first.length() - 3)), "page " + number + " starts with " + first);
        PrintedPage.TextLine section = only(lines, "绩效指标", number);
        assertTrue(section.baseline() > lines.get(0).baseline(), "page " + number + ": the header row follows the 续 line");
        PrintedPage.TextLine level1 = only(lines, "一级指标", number);
        PrintedPage.TextLine level2 = only(lines, "二级指标", number);
        PrintedPage.TextLine level3 = only(lines, "三级指标", number);
        float height = doc.getPage(number - 1).getMediaBox().getHeight();
        List<Double> rules = page.rulesAcross((level3.x0() + level3.x1()) / 2);
        int indicatorLines = rules.size() - 2;
        assertTrue(indicatorLines >= IndicatorBreaks.MIN_LINES, "page " + number + " holds " + indicatorLines + " lines");
        // The first indicator line repeats its group labels: text in the 一级 and 二级 columns within its rules.
        double top = height - rules.get(1);
        double bottom = height - rules.get(2);
        for (PrintedPage.TextLine header : List.of(level1, level2)) {
            double x = (header.x0() + header.x1()) / 2;
            String label = lines.stream().filter(l -> l.baseline() > top && l.baseline() < bottom && l.x0() < x && l.x1() > x)
                    .map(PrintedPage.TextLine::text).reduce("", String::concat);
            assertTrue(label.length() >= 4, "page " + number + ": a label under " + header.text() + ", not «" + label + "»");
            if (header == level1) {
                assertTrue(LEVEL1.stream().anyMatch(label::startsWith), "page " + number + ": 一级 label " + label);
            }
        }
        return true;
    }

    private static PrintedPage.TextLine only(List<PrintedPage.TextLine> lines, String text, int number) {
        // A header may wrap in a narrow column (一级 / 指标): its first line starts with its first two characters.
        return lines.stream().filter(l -> l.text().equals(text) || l.text().equals(text.substring(0, 2))).findFirst()
                .orElseThrow(() -> new AssertionError("page " + number + " has no " + text));
    }

    /** A generated form (as the benchmark makes them) with 60 indicators in the taxonomy's order. */
    static Project sixty() {
        List<Project> some = SyntheticDeclarations.generate(6, 14);
        List<String> order = List.of("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标");
        List<Indicator> all = new ArrayList<>();
        some.forEach(p -> all.addAll(p.indicators()));
        all.sort(Comparator.comparingInt(i -> order.indexOf(i.level2())));
        List<Indicator> picked = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            picked.add(all.get(k * all.size() / 60));
        }
        return some.get(0).withIndicators(picked);
    }

    private static Project withGoal(Project p, String goal) {
        return new Project(p.year(), p.department(), p.unit(), null, p.name(), p.nature(), p.category(), p.start(), p.end(),
                p.lifetime(), p.annual(), p.overallGoal(), goal, p.indicators(), p.origin());
    }
}
