package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;
import org.perftargets.testing.TestWorkbook.Formula;

/**
 * A reading for one project (-Dproject) gives that project, its findings and the list of every
 * project exactly as the whole reading does; of the other projects it reads only their keys.
 */
class FocusedReadTest {

    @TempDir
    Path dir;

    /** For each project of the file, by its name: the focused reading agrees with the whole one. */
    private static void agreesForEveryProject(Path file) {
        IntakeResult whole = new IntakeReader().read(file, file.getFileName().toString());
        assertTrue(!whole.declarations().projects().isEmpty(), "the file has projects: " + whole.findings());
        for (Project p : whole.declarations().projects()) {
            agrees(file, whole, p.name());
            if (p.code() != null) {
                agrees(file, whole, p.code());
            }
        }
    }

    private static void agrees(Path file, IntakeResult whole, String wanted) {
        IntakeResult one = new IntakeReader().read(file, file.getFileName().toString(), ReadFocus.on(List.of(wanted)));
        ReadFocus focus = ReadFocus.on(List.of(wanted));
        List<Project> expected = whole.declarations().projects().stream().filter(p -> focus.covers(p.name(), p.code())).toList();
        assertEquals(expected, one.declarations().projects().stream().filter(p -> focus.covers(p.name(), p.code())).toList(),
                "the projects asked for, read whole: " + wanted);
        // Every project listed, in order, with the keys and origin of the whole reading.
        assertEquals(keys(whole.declarations().projects()), keys(one.listed()), "listed: " + wanted);
        assertTrue(one.listed().stream().filter(p -> !focus.covers(p.name(), p.code()))
                .allMatch(p -> p.indicators().isEmpty() && p.annual() == null), "the others are not read whole: " + wanted);
        // Their findings, and those that concern the file or a booklet (no project), are the whole reading's.
        List<Finding> wanting = whole.findings().stream().filter(f -> f.project() == null
                || expected.stream().anyMatch(p -> p.key().equals(f.project()))).toList();
        List<Finding> got = one.findings().stream().filter(f -> f.project() == null
                || expected.stream().anyMatch(p -> p.key().equals(f.project()))).toList();
        assertEquals(withoutCellNotes(wanting), withoutCellNotes(got), "findings: " + wanted);
    }

    /** Notes on single cells of other projects' rows (a control character) are not looked for. */
    private static List<Finding> withoutCellNotes(List<Finding> findings) {
        return findings.stream().filter(f -> !(f.project() == null && f.message().contains("控制字符"))).toList();
    }

    private static List<List<Object>> keys(List<Project> projects) {
        List<List<Object>> keys = new ArrayList<>();
        for (Project p : projects) {
            keys.add(java.util.Arrays.asList(p.year(), p.department(), p.name(), p.code(),
                    p.origin().at(Field.NAME).describe(), Objects.toString(p.origin().at(Field.CODE).describe())));
        }
        return keys;
    }

    @Test
    void theSample() throws IOException {
        agreesForEveryProject(SampleWorkbook.path());
    }

    @Test
    void aGeneratedWorkbookOfMoreProjects() throws IOException {
        Path file = dir.resolve("生成.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            StandardWorkbookWriter.write(SyntheticDeclarations.generate(60, 11), out);
        }
        agreesForEveryProject(file);
    }

    /** Merged 项目名称 over indicator rows, and a 一级指标 merged across two projects' rows. */
    @Test
    void mergedCellsOverAndAcrossProjects() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲", "乙", "丙");
        // 绩效指标 rows 1-3 甲, 4-6 乙, 7-9 丙: 乙's name merged down its rows; 一级 merged from 甲's last row into 乙's.
        for (int r = 5; r <= 6; r++) {
            wb.rows("绩效指标").get(r).set(0, null);
        }
        wb.merge("绩效指标", 4, 6, 0);
        wb.rows("绩效指标").get(4).set(1, null);
        wb.merge("绩效指标", 3, 4, 1);
        agreesForEveryProject(wb.save(dir, "合并"));
    }

    /** A project's rows split by another's: its 一级 is not carried across; rows of no project, or of two. */
    @Test
    void interleavedOrphanAndAmbiguousRows() throws IOException {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲", "乙");
        List<Object> again = new ArrayList<>(StandardSample.indicatorRows("甲").get(1));
        again.set(1, null); // 一级 left blank after 乙's rows: an error in a whole reading too
        wb.row("绩效指标", again.toArray());
        wb.row("绩效指标", "甲项", "产出指标", "数量指标", "错名", "=1(个)");
        wb.row("绩效指标", null, "产出指标", "数量指标", "无名", "=1(个)");
        List<Object> twin = StandardSample.projectRow("乙");
        twin.set(0, 2024);
        wb.row("项目", twin.toArray());
        agreesForEveryProject(wb.save(dir, "交错"));
    }

    /** Codes link rows (a short name on the row), a year or department that is wrong, formulas in key cells. */
    @Test
    void codesFormulasAndBadKeys() throws IOException {
        TestWorkbook wb = TestWorkbook.xlsx();
        List<String> ih = new ArrayList<>(StandardSample.INDICATOR_HEADERS);
        ih.add(0, "项目编码");
        wb.row("项目", StandardSample.PROJECT_HEADERS.toArray());
        wb.row("绩效指标", ih.toArray());
        String[] names = {"甲", "乙", "丙"};
        for (int i = 0; i < names.length; i++) {
            List<Object> row = StandardSample.projectRow(names[i]);
            row.set(StandardSample.col("项目编码"), "GA-00" + i);
            wb.row("项目", row.toArray());
            for (List<Object> r : StandardSample.indicatorRows(names[i])) {
                List<Object> withCode = new ArrayList<>(r);
                withCode.add(0, "GA-00" + i);
                withCode.set(1, names[i] + "（简称）");
                wb.row("绩效指标", withCode.toArray());
            }
        }
        List<Object> bad = StandardSample.projectRow("丁");
        bad.set(0, "二〇二三");
        bad.set(StandardSample.col("主管部门"), new Formula("\"上海市\"&\"公安局\""));
        wb.row("项目", bad.toArray());
        agreesForEveryProject(wb.save(dir, "编码"));
    }

    /**
     * The indicator rows are read ahead, while the projects are, by a guess from the names asked
     * for; they are used only where every guess is what the choice says, else the sheet is read again.
     */
    @Test
    void rowsReadAheadAreUsedOnlyWhereEveryGuessIsTheChoicesAnswer() throws IOException {
        Path file = StandardSample.of(TestWorkbook.xlsx(), TEN).save(dir, "预读");
        assertEquals(List.of("甲"), indicatorsOf(file, "甲", "甲"), "the guess right: the rows read ahead");
        assertEquals(List.of("乙"), indicatorsOf(file, "甲", "乙"), "the guess wrong: the sheet read again");
        assertEquals(List.of("甲", "丙"), indicatorsOf(file, "甲", "甲", "丙"), "one guess of two wrong");
    }

    @Test
    void aReadingAheadStopsWhenTheReadingItWentWithHasStopped() throws IOException {
        Path file = StandardSample.of(TestWorkbook.xlsx(), TEN).save(dir, "停止");
        try (StreamedWorkbook book = StreamedWorkbook.openUnscanned(file, Long.MAX_VALUE)) {
            SheetTable table = indicatorTable(book);
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> table.readAhead(naming(List.of("甲")), r -> true, new Guesses(), () -> true));
        }
    }

    /** Enough projects that their indicator rows go on below the rows read to find the header. */
    private static final String[] TEN = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};

    /** The projects of the indicator rows read whole by a choice of {@code wanted}, read ahead by a guess of {@code guessed}. */
    private static List<String> indicatorsOf(Path file, String guessed, String... wanted) throws IOException {
        try (StreamedWorkbook book = StreamedWorkbook.openUnscanned(file, Long.MAX_VALUE)) {
            SheetTable table = indicatorTable(book);
            SheetTable.ReadAhead ahead = table.readAhead(naming(List.of(guessed)),
                    r -> r.get(Field.NAME).text().equals(guessed), new Guesses(), () -> false);
            assertTrue(ahead != null, "read ahead: the sheet is not outlined before");
            List<String> read = new ArrayList<>();
            table.rows(f -> { }, r -> {
                if (!read.contains(r.get(Field.NAME).text())) {
                    read.add(r.get(Field.NAME).text());
                }
            }, naming(List.of(wanted)), ahead);
            return read;
        }
    }

    private static SheetTable indicatorTable(StreamedWorkbook book) {
        SheetTable table = new SheetTable("f.xlsx", StandardLayout.sheet(book, StandardWorkbook.INDICATOR_SHEET), ReadLimits.DEFAULT);
        assertTrue(table.readHeader(StandardWorkbook.INDICATOR_FIELDS, Assembler.INDICATOR_REQUIRED, new ArrayList<>()));
        return table;
    }

    /** The indicator rows of these projects, by 项目名称. */
    private static RowChoice naming(List<String> names) {
        return new RowChoice() {
            @Override
            public java.util.Set<Field> keys() {
                return java.util.Set.of(Field.NAME);
            }

            @Override
            public boolean wants(FoundRecord keys) {
                return names.contains(keys.get(Field.NAME).text());
            }

            @Override
            public void passedOver(FoundRecord keys) {
            }

            @Override
            public boolean keysOfRowsPassedOver() {
                return false;
            }
        };
    }

    /** A row the guess reads whole and the choice does not (乙's by its code, 甲's name on it): a damaged cell there is no one's problem. */
    @Test
    void aDamagedCellInARowOnlyTheGuessReadsWholeChangesNothing() throws Exception {
        TestWorkbook wb = TestWorkbook.xlsx();
        wb.row("项目", StandardSample.PROJECT_HEADERS.toArray());
        List<String> ih = new ArrayList<>(StandardSample.INDICATOR_HEADERS);
        ih.add(0, "项目编码");
        wb.row("绩效指标", ih.toArray());
        String[] names = {"甲", "乙"};
        for (int i = 0; i < names.length; i++) {
            List<Object> p = StandardSample.projectRow(names[i]);
            p.set(StandardSample.col("项目编码"), "GA-00" + i);
            wb.row("项目", p.toArray());
        }
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < names.length; i++) {
                for (List<Object> r : StandardSample.indicatorRows(names[i])) {
                    List<Object> row = new ArrayList<>(r);
                    row.add(0, "GA-00" + i);
                    wb.row("绩效指标", row.toArray());
                }
            }
        }
        wb.row("绩效指标", "GA-001", "甲", "产出指标", "数量指标", "BOOM", "=1(个)"); // row 26: 乙's, by its code
        Path file = replacedInSheet(wb.save(dir, "坏格"), "xl/worksheets/sheet2.xml",
                "<c r=\"E26\" t=\"s\" s=\"0\"><v>" + sharedStringIndex(wb.save(dir, "坏格"), "BOOM") + "</v></c>",
                "<c r=\"E26\"><v>not-a-number</v></c>");
        assertEquals(withoutGuess(file, "甲"), read(file, "甲"));
        assertEquals(List.of("甲:12"), read(file, "甲"));
    }

    /** The caller's interrupt is not the reading's business: kept for after, as a reading on one thread keeps it. */
    @Test
    void anInterruptedCallerGetsTheSameReading() throws Exception {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "甲", "乙", "丙", "丁", "戊");
        for (int i = 0; i < 20_000; i++) {
            wb.row("绩效指标", "乙", "产出指标", "数量指标", "指标" + i, "=1(个)"); // the reading ahead still going when asked for
        }
        Path file = wb.save(dir, "打断");
        Thread.currentThread().interrupt();
        List<String> got;
        try {
            got = read(file, "甲");
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt kept");
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of("甲:3"), got);
    }

    /** A 三级指标 merged from 乙's last row down over 甲's three rows, which a reading for 乙 passes over. */
    @Test
    void aMergedRegionOverARunOfRowsPassedOverMakesNoRowOfItsOwn() throws Exception {
        TestWorkbook wb = StandardSample.of(TestWorkbook.xlsx(), "丙", "丁", "戊", "乙", "甲");
        for (int r = 13; r <= 15; r++) {
            wb.rows("绩效指标").get(r).set(3, null);
        }
        wb.merge("绩效指标", 12, 15, 3);
        Path file = wb.save(dir, "合并跨行");
        assertEquals(List.of("乙:3"), read(file, "乙"));
        assertEquals(List.of("乙:3"), withoutGuess(file, "乙"));
        agreesForEveryProject(file);
    }

    /** The projects read whole (name:indicators) and the findings of no project, of a reading for {@code wanted}. */
    private static List<String> read(Path file, String wanted) {
        IntakeResult r = new IntakeReader().read(file, "f.xlsx", ReadFocus.on(List.of(wanted)));
        return described(r.declarations().projects(), r.findings());
    }

    /** As {@link #read}, with the indicator rows read after the projects, no guess. */
    private static List<String> withoutGuess(Path file, String wanted) throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (StreamedWorkbook wb = StreamedWorkbook.openUnscanned(file, Long.MAX_VALUE)) {
            StandardLayout layout = new StandardLayout();
            Assembler a = new Assembler("f.xlsx", layout, findings, ReadFocus.on(List.of(wanted)));
            FoundCells noGuess = new FoundCells() {
                public void project(FoundRecord p) {
                    a.project(p);
                }

                public void indicatorOfLastProject(FoundRecord i) {
                    a.indicatorOfLastProject(i);
                }

                public void indicatorNamingItsProject(FoundRecord i) {
                    a.indicatorNamingItsProject(i);
                }

                public void problem(Finding f) {
                    a.problem(f);
                }

                public void problemOfLastProject(org.perftargets.model.Location w, String m, String advice) {
                    a.problemOfLastProject(w, m, advice);
                }

                public RowChoice projectRows() {
                    return a.projectRows();
                }

                public RowChoice indicatorRows() {
                    return a.indicatorRows();
                }
            };
            layout.find("f.xlsx", wb, ReadLimits.DEFAULT, noGuess);
            return described(a.projects(), findings);
        }
    }

    private static List<String> described(List<Project> projects, List<Finding> findings) {
        List<String> out = new ArrayList<>(projects.stream().map(p -> p.name() + ":" + p.indicators().size()).toList());
        findings.stream().filter(f -> f.project() == null).forEach(f -> out.add(f.location() + " " + f.message()));
        return out;
    }

    private static int sharedStringIndex(Path xlsx, String text) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sst = new String(z.getInputStream(z.getEntry("xl/sharedStrings.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<si>(.*?)</si>").matcher(sst);
            for (int i = 0; m.find(); i++) {
                if (m.group(1).contains(text)) {
                    return i;
                }
            }
        }
        throw new IllegalStateException(text + " not among the shared strings");
    }

    /** A copy of {@code xlsx} with {@code from} (which must be there) replaced by {@code to} in one part. */
    private Path replacedInSheet(Path xlsx, String part, String from, String to) throws IOException {
        Path out = dir.resolve("改-" + xlsx.getFileName());
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(xlsx.toFile());
                java.util.zip.ZipOutputStream zo = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(s.contains(from), from);
                    b = s.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zo.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zo.write(b);
                zo.closeEntry();
            }
        }
        return out;
    }
}
