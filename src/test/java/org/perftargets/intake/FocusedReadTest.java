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
}
