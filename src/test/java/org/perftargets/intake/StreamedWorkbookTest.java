package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;
import org.perftargets.testing.TestWorkbook.Formatted;
import org.perftargets.testing.TestWorkbook.Formula;
import org.perftargets.testing.TestWorkbook.UncachedFormula;

/**
 * The streamed reading of an .xlsx (what {@link IntakeReader} does) gives the same projects and
 * the same findings, at the same cells, as the standard layout over POI's whole user model.
 */
class StreamedWorkbookTest {

    @TempDir
    Path dir;

    /** The standard layout over POI's user model of the file, as every .xlsx was read before streaming. */
    private static IntakeResult userModel(Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            StandardLayout layout = new StandardLayout();
            Assembler assembler = new Assembler(file.getFileName().toString(), layout, findings);
            layout.find(file.getFileName().toString(), UserModelSheet.of(wb), ReadLimits.DEFAULT, assembler);
            return new IntakeResult(new org.perftargets.model.Declarations(assembler.projects()), findings);
        }
    }

    private static void assertSame(Path file) throws IOException {
        IntakeResult streamed = new IntakeReader().read(file);
        IntakeResult whole = userModel(file);
        assertEquals(whole.findings(), streamed.findings());
        assertEquals(whole.declarations().projects(), streamed.declarations().projects());
        for (int p = 0; p < whole.declarations().projects().size(); p++) {
            List<Indicator> a = whole.declarations().projects().get(p).indicators();
            List<Indicator> b = streamed.declarations().projects().get(p).indicators();
            for (int i = 0; i < a.size(); i++) {
                // Origins compare by their cells' addresses: the same cell for each field.
                assertEquals(a.get(i).origin().at(org.perftargets.model.Field.VALUE),
                        b.get(i).origin().at(org.perftargets.model.Field.VALUE));
            }
        }
    }

    @Test
    void theSampleReadsTheSameStreamedAsWhole() throws IOException {
        assertSame(SampleWorkbook.path());
    }

    @Test
    void aWorkbookThisToolWritesReadsTheSame() throws IOException {
        Path file = dir.resolve("synthetic.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            StandardWorkbookWriter.write(SyntheticDeclarations.generate(40, 7), out);
        }
        assertSame(file);
        assertEquals(40, new IntakeReader().read(file).declarations().projects().size());
    }

    /** Merged cells, formulas with and without results, errors, percent formats, dates, control characters, a hidden sheet. */
    @Test
    void cellsOfEveryKindReadTheSameWithTheirFindings() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲", "乙");
        List<Object> third = StandardSample.projectRow("丙");
        third.set(StandardSample.col("上年结转资金"), new Formula("1/0"));
        third.set(StandardSample.col("年度其他资金"), new UncachedFormula("1+1"));
        third.set(StandardSample.col("项目总目标"), "第一行\u000B第二行");
        wb.row("项目", third.toArray());
        wb.row("绩效指标", "丙", "产出指标", "数量指标", "完成率", new Formatted(0.95, "0%"));
        wb.row("绩效指标", null, null, "质量指标", "合格率", new Formula("100%"));
        wb.row("绩效指标", null, "效益指标", "社会效益指标", "投诉数", new Formula("A2&\"\""));
        wb.row("绩效指标", null, "满意度指标", "服务对象满意度指标", "满意度", new Formula("1=1"));
        wb.merge("绩效指标", 7, 10, 0);
        wb.row("其他", "备注", 1);
        wb.hide("绩效指标");
        Path file = wb.save(dir, "各种");
        assertSame(file);
        IntakeResult r = new IntakeReader().read(file);
        assertEquals(4, r.declarations().projects().stream().filter(p -> p.name().equals("丙")).findFirst()
                .map(Project::indicators).orElseThrow().size(), "the merged 项目名称 gives all four rows their project");
        String all = r.findings().toString();
        assertTrue(all.contains("隐藏") && all.contains("没有读取") && all.contains("#DIV/0!") && all.contains("没有保存它的计算结果"), all);
    }

    /**
     * The same workbook as other programs spell its XML: namespace prefixes, single quotes,
     * comments between cells, CDATA sections, character references, CRLF line ends. Each reads as
     * POI's user model reads it.
     */
    @Test
    void equivalentSpellingsOfTheXmlReadTheSame() throws IOException {
        List<java.util.function.UnaryOperator<String>> spellings = List.of(
                xml -> xml.replaceAll("<(/?)(?![?!])([A-Za-z]+)([ />])", "<$1x:$2$3")
                        .replace("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"",
                                "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""),
                xml -> xml.replaceAll("(<[^?!][^>]*?)=\"([^\"<]*)\"", "$1='$2'").replaceAll("(<[^?!][^>]*?)=\"([^\"<]*)\"", "$1='$2'"),
                xml -> xml.replace("</c>", "</c><!-- 注释 --><?pi x?>").replace("><row", ">\r\n<row"),
                xml -> xml.replaceAll("<t>([^<&]*)</t>", "<t><![CDATA[$1]]></t>").replaceAll("<t xml:space=\"preserve\">([^<&]*)</t>",
                        "<t xml:space=\"preserve\"><![CDATA[$1]]></t>"),
                xml -> xml.replace("项", "&#39033;").replace("目", "&#x76EE;"));
        int n = 0;
        for (var spelling : spellings) {
            Path file = dir.resolve("拼写" + n++ + ".xlsx");
            Files.copy(SampleWorkbook.path(), file);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
                        StoredValuesTest.rewrite(file, e.getName(), spelling);
                    }
                }
            }
            try (var before = new java.util.zip.ZipFile(SampleWorkbook.path().toFile());
                    var after = new java.util.zip.ZipFile(file.toFile())) {
                String part = "xl/worksheets/sheet2.xml";
                assertFalse(java.util.Arrays.equals(before.getInputStream(before.getEntry(part)).readAllBytes(),
                        after.getInputStream(after.getEntry(part)).readAllBytes()), "spelling " + (n - 1) + " changed the sheet");
            }
            assertSame(file);
            assertEquals(23, new IntakeReader().read(file).declarations().projects().size(), "spelling " + (n - 1));
        }
    }

    @Test
    void aSheetOfMoreRowsThanTheLimitIsRefusedNamingTheLimit() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲");
        for (int i = 0; i < 30; i++) {
            wb.row("绩效指标", StandardSample.indicatorRows("甲").get(0).toArray());
        }
        IntakeResult r = new IntakeReader(new ReadLimits(1 << 20, 25, 10_000)).read(wb.save(dir, "多行"));
        assertTrue(r.declarations().projects().isEmpty());
        assertTrue(r.findings().toString().contains("行数过多") && r.findings().toString().contains("上限 25 行"), r.findings().toString());
    }

    /** More indicator rows than the former default limit (100,000): a province's workbook is not refused. */
    @Test
    void aSheetOfMoreThanAHundredThousandRowsIsReadWithTheDefaultLimits() throws IOException {
        Project one = SyntheticDeclarations.generate(1, 7).get(0);
        List<Indicator> many = new ArrayList<>();
        for (int i = 0; i < 110_000; i++) {
            Indicator k = one.indicators().get(i * one.indicators().size() / 110_000);
            many.add(new Indicator(k.level1(), k.level2(), k.name() + i, k.value(), k.origin()));
        }
        Path file = dir.resolve("大.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            StandardWorkbookWriter.write(List.of(one.withIndicators(many)), out);
        }
        IntakeResult r = new IntakeReader().read(file);
        assertFalse(r.findings().stream().anyMatch(Finding::isError), r.findings().toString());
        assertEquals(110_000, r.declarations().projects().get(0).indicators().size());
    }
}
