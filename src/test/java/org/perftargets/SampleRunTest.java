package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.check.Checker;
import org.perftargets.check.ReviewSettings;
import org.perftargets.check.Reviewer;
import org.perftargets.model.ReviewFinding;
import org.perftargets.model.ReviewPoint;
import org.perftargets.model.Finding;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.job.BatchJob;
import org.perftargets.job.JobOptions;
import org.perftargets.job.RunSummary;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

/** The whole job on the shipped sample (input/): what the issues' "done when" ask of it. */
class SampleRunTest {

    @TempDir
    static Path out;

    static RunSummary summary;
    static IntakeResult read;
    static Path group;
    static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();

    @BeforeAll
    static void runTheJobOnTheSample() throws IOException {
        read = new IntakeReader().readAll(WorkbookFiles.list(Path.of("input")));
        summary = new BatchJob(JobOptions.of(Path.of("input"), out), new PrintStream(CONSOLE, true, StandardCharsets.UTF_8)).run();
        group = out.resolve("2023/上海市公安局");
    }

    @Test
    void theSampleReads23Projects383IndicatorsAndTheTotalWithOnlyTheFourMissingValues() {
        List<Project> projects = read.declarations().projects();
        assertEquals(23, projects.size());
        assertEquals(383, read.declarations().indicatorCount());
        assertEquals(new BigDecimal("1589476773.00"), read.declarations().annualTotal());
        List<Finding> all = new java.util.ArrayList<>(read.findings());
        all.addAll(Checker.check(read.declarations()));
        assertEquals(0, all.stream().filter(Finding::isError).count(), all.toString());
        assertEquals(List.of("警用直升机飞行人员满意度", "有责投诉次数", "警务工作有责投诉数", "办公家具和设施设备利用率"),
                all.stream().map(Finding::message).map(m -> m.substring(m.indexOf('「') + 1, m.indexOf('」'))).toList());
    }

    @Test
    void theJobWritesTheBookletTheSheetsTheCsvAndAReportWithoutErrors() throws IOException {
        assertEquals(0, summary.exitCode(), CONSOLE.toString(StandardCharsets.UTF_8));
        try (Stream<Path> sheets = Files.list(group.resolve("申报表"))) {
            assertEquals(46, sheets.count(), "23 PDF and 23 XLSX");
        }
        assertTrue(Files.readString(group.resolve("校验报告.txt")).contains("错误 0 条，警告 4 条"));
        List<CSVRecord> projects = csv(group.resolve("项目汇总.csv"));
        assertEquals(23, projects.size());
        BigDecimal total = projects.stream().map(r -> new BigDecimal(r.get("年度资金申请总额"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("1589476773.00"), total);
        assertEquals(383, csv(group.resolve("绩效指标.csv")).size());
    }

    @Test
    void theBookletHasEveryFormsTextInDeclaredOrderAndABookmarkPerProject() throws IOException {
        Path booklet = group.resolve("上海市公安局2023年度项目绩效目标汇总表.pdf");
        assertTrue(Files.size(booklet) < 1024 * 1024, "at most 1 MB: " + Files.size(booklet));
        try (PDDocument doc = Loader.loadPDF(booklet.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            int at = 0;
            for (Project p : read.declarations().projects()) {
                List<String> expected = new java.util.ArrayList<>(List.of(p.name(), p.nature(), p.category(), "2023-01-01",
                        "2023-12-31", String.format("%,.2f", p.annual().total()), String.format("%,.2f", p.annual().appropriation())));
                for (Indicator i : p.indicators()) {
                    expected.add(i.name().replaceAll("\\s+", "") + i.value().printed());
                }
                for (String e : expected) {
                    int found = text.indexOf(e.replaceAll("\\s+", ""), at);
                    assertTrue(found >= 0, p.name() + ": «" + e + "» not found in order");
                    at = found;
                }
            }
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(24, bookmarks.size(), bookmarks.toString());
            assertEquals("留置专区保障经费", bookmarks.get(1).replaceAll("^\\d+\\s*", "").replaceAll("^[.、\\s]+", ""));
        }
    }

    @Test
    void noRowIsWrittenTwiceAcrossAPageBreak() throws IOException {
        Path booklet = group.resolve("上海市公安局2023年度项目绩效目标汇总表.pdf");
        try (PDDocument doc = Loader.loadPDF(booklet.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int breaks = 0;
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page - 1);
                stripper.setEndPage(page - 1);
                List<String> before = stripper.getText(doc).lines().filter(l -> !l.isBlank() && !l.startsWith("第 ")).toList();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // A repeated row would stand at the top of the next page, under its repeated header row.
                List<String> top = stripper.getText(doc).lines().filter(l -> !l.isBlank()).limit(4).toList();
                String last = before.get(before.size() - 1);
                assertFalse(top.contains(last), "page " + page + " repeats «" + last + "»");
                breaks++;
            }
            assertEquals(34, breaks, "35 pages (34 before issue 14's wider columns for names and amounts)");
        }
    }

    @Test
    void theSameInputGivesByteIdenticalOutputs() throws IOException {
        Path again = Files.createDirectories(out.resolve("again"));
        new BatchJob(JobOptions.of(Path.of("input"), again), new PrintStream(OutputStreamNull.INSTANCE)).run();
        for (String f : List.of("上海市公安局2023年度项目绩效目标汇总表.pdf", "申报表/办案业务费.pdf", "项目汇总.csv", "绩效指标.csv",
                "审核意见表.xlsx", "审核报告.html")) {
            assertArrayEquals(Files.readAllBytes(group.resolve(f)), Files.readAllBytes(again.resolve("2023/上海市公安局").resolve(f)), f);
        }
    }

    /**
     * The review of the sample, looked at finding by finding (README, 审核): 12 projects without a
     * 成本指标, 12 vague values, 3 projects under half quantified, 3 misfiled names, 3 quantities of the
     * goal without an indicator; none of the other rules has anything to say about it.
     */
    @Test
    void theSampleDraws33ReviewFindingsIn18ProjectsAndTheConsoleEndsSayingSo() {
        List<ReviewFinding> review = Reviewer.review(read.declarations(), ReviewSettings.defaults());
        Map<ReviewPoint, Long> perRule = new EnumMap<>(ReviewPoint.class);
        review.forEach(f -> perRule.merge(f.point(), 1L, Long::sum));
        assertEquals(Map.of(ReviewPoint.QUANTIFIED, 3L, ReviewPoint.VAGUE, 12L, ReviewPoint.COMPLETENESS, 12L,
                ReviewPoint.MISFILED, 3L, ReviewPoint.GOAL, 3L), perRule);
        assertEquals(List.of("警用直升机运行费", "上海公安350兆警用数字集群（PDT）系统", "监管经费"),
                review.stream().filter(f -> f.point() == ReviewPoint.GOAL).map(f -> f.project().name()).toList());
        assertEquals(33, summary.reviewFindings());
        assertEquals(18, summary.reviewedProjects());
        List<String> lines = CONSOLE.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertEquals("审核：33 条审核意见，涉及 18 个项目（见各组的 审核意见表.xlsx 和 审核报告.html；仅供参考，不影响发布）。",
                lines.get(lines.size() - 1));
        assertEquals(0, summary.exitCode());
    }

    /** The data rows of a CSV written with a byte-order mark and a header row. */
    private static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read());
            return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** Discards what is printed. */
    static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }
    }
}
