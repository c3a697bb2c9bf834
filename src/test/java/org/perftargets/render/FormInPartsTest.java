package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.form.DeclarationForm;
import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * A long form is laid out in parts of a few pages, each painted into the sheet and the booklet and
 * then dropped (a form of 100,000 indicators laid out whole held 2 GB). Laid out in parts of two
 * pages, a form of a few hundred indicators prints the same pages as laid out whole: the same text
 * at the same places, the same rules, and the footers 第 n 页 共 m 页 numbered through the form.
 */
class FormInPartsTest {

    private static final PdfRenderer WHOLE = new PdfRenderer(Templates.bundled(), PdfRenderer.FRONT_LINES, Integer.MAX_VALUE);
    private static final PdfRenderer PARTS = new PdfRenderer(Templates.bundled(), PdfRenderer.FRONT_LINES, 2);
    private static final GroupKey GROUP = new GroupKey(2023, Fixture.DEPT);

    /** A generated project with 300 indicators, some names long enough to wrap, so rows differ in height. */
    static Project long300() {
        Project base = SyntheticDeclarations.generate(1, 7).get(0);
        List<Indicator> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Indicator k = base.indicators().get(i * base.indicators().size() / 300);
            String name = k.name() + "（" + i + "）" + (i % 7 == 3 ? "包括各分局、派出所及相关业务部门的设施设备在内的全部点位" : "");
            lines.add(new Indicator(k.level1(), k.level2(), name, k.value(), k.origin()));
        }
        return base.withIndicators(lines);
    }

    private static byte[] sheet(PdfRenderer r, Project p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.renderSheet(p, out);
        return out.toByteArray();
    }

    private static byte[] booklet(PdfRenderer r, List<Project> ps) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.renderBooklet(GROUP, ps, out);
        return out.toByteArray();
    }

    @Test
    void aLongSheetLaidOutInPartsPrintsTheSamePagesAsLaidOutWhole() throws IOException {
        Project p = long300();
        try (PDDocument whole = Loader.loadPDF(sheet(WHOLE, p)); PDDocument parts = Loader.loadPDF(sheet(PARTS, p))) {
            int pages = whole.getNumberOfPages();
            assertTrue(pages >= 10, "the form runs over many parts of two pages: " + pages);
            assertSamePages(whole, 1, parts, 1, pages);
            assertEquals(whole.getDocumentInformation().getTitle(), parts.getDocumentInformation().getTitle());
            assertEquals(whole.getDocumentInformation().getSubject(), parts.getDocumentInformation().getSubject());
            assertEquals(whole.getDocumentCatalog().getLanguage(), parts.getDocumentCatalog().getLanguage());
            String text = PdfRendererTest.text(parts, 1, pages);
            PdfRendererTest.assertInOrder(text, 0, PdfRendererTest.indicatorsAndValues(p));
        }
    }

    /**
     * A name whose 续 line takes two lines: the forecast (measured on a one-character name) puts a line
     * too many on every continued page, so each part is laid out again, as the whole form is.
     */
    @Test
    void aFormWhoseForecastIsWrongIsLaidOutAgainPartByPartToTheSamePages() throws IOException {
        Project base = long300();
        String name = "全市公安视频监控系统运维及扩容项目配套信息化基础设施建设暨各分局派出所智能安防设施设备更新改造工程".repeat(2);
        // Four continued pages: few enough for the whole form's four layouts to settle them all.
        Project p = new Project(base.year(), base.department(), base.unit(), null, name, base.nature(), base.category(),
                base.start(), base.end(), base.lifetime(), base.annual(), base.overallGoal(), base.annualGoal(),
                base.indicators().subList(0, 110), base.origin());
        PdfRenderer onePage = new PdfRenderer(Templates.bundled(), PdfRenderer.FRONT_LINES, 1);
        try (PDDocument whole = Loader.loadPDF(sheet(WHOLE, p)); PDDocument parts = Loader.loadPDF(sheet(onePage, p))) {
            assertEquals(whole.getNumberOfPages(), parts.getNumberOfPages());
            assertTrue(parts.getNumberOfPages() >= 5, "pages: " + parts.getNumberOfPages());
            assertSamePages(whole, 1, parts, 1, whole.getNumberOfPages());
        }
    }

    /**
     * With the same wrong forecast on 300 lines, the whole form's four layouts do not settle it (it
     * keeps pages of one or two lines); part by part, each part is laid out again until it settles,
     * and the pages are a layout of the whole form that its own check accepts.
     */
    @Test
    void partByPartAWrongForecastSettlesIntoPagesTheWholeFormsCheckAccepts() throws IOException {
        Project base = long300();
        String name = "全市公安视频监控系统运维及扩容项目配套信息化基础设施建设暨各分局派出所智能安防设施设备更新改造工程".repeat(2);
        Project p = new Project(base.year(), base.department(), base.unit(), null, name, base.nature(), base.category(),
                base.start(), base.end(), base.lifetime(), base.annual(), base.overallGoal(), base.annualGoal(),
                base.indicators(), base.origin());
        FormView form = FormView.of(DeclarationForm.KIND, p, p.indicators());
        List<Integer> starts = new ArrayList<>();
        ByteArrayOutputStream parts = new ByteArrayOutputStream();
        SheetFromParts sheet = new SheetFromParts(parts);
        assertTrue(PARTS.layOut(form, null, new PdfRenderer.FormSink() {
            @Override
            public void whole(PdfRenderer.SheetLayout layout) {
                throw new AssertionError("laid out whole");
            }

            @Override
            public void part(FormInParts.Part part) {
                starts.addAll(part.starts());
                sheet.paint(part);
            }
        }));
        sheet.finish();
        PdfRenderer.SheetLayout whole = WHOLE.layOutSheet(form, null, starts);
        assertEquals(1, whole.layouts(), "the whole form laid out with the parts' pages keeps them");
        assertEquals(starts, IndicatorBreaks.settled(IndicatorBreaks.Laid.of(whole.renderer()), starts));
        ByteArrayOutputStream wholeSheet = new ByteArrayOutputStream();
        WHOLE.writeSheet(whole, wholeSheet);
        try (PDDocument a = Loader.loadPDF(wholeSheet.toByteArray()); PDDocument b = Loader.loadPDF(parts.toByteArray())) {
            assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
            assertSamePages(a, 1, b, 1, a.getNumberOfPages());
        }
    }

    @Test
    void everyPageOfASheetInPartsHasItsNumberAndTheFormsPageCount() throws IOException {
        try (PDDocument parts = Loader.loadPDF(sheet(PARTS, long300()))) {
            int pages = parts.getNumberOfPages();
            for (int k = 1; k <= pages; k++) {
                String text = PdfRendererTest.text(parts, k, k);
                assertTrue(text.endsWith("第" + k + "页共" + pages + "页"), "page " + k + " ends " + tail(text));
                assertEquals(1, count(text, "页共"), "one footer on page " + k);
            }
        }
    }

    @Test
    void theContinuedPagesOfAFormInPartsAreClosedAndNameTheirProject() throws IOException {
        Project p = long300();
        try (PDDocument parts = Loader.loadPDF(sheet(PARTS, p))) {
            for (int k = 1; k <= parts.getNumberOfPages(); k++) {
                assertEquals(k > 1, PrintedLayoutTest.assertWellPrinted(parts, k, List.of(p.name())), "page " + k);
            }
        }
    }

    @Test
    void aBookletWithALongFormInPartsIsTheBookletWithItWhole() throws IOException {
        List<Project> projects = List.of(Fixture.detention(), long300(), Fixture.operations());
        try (PDDocument whole = Loader.loadPDF(booklet(WHOLE, projects)); PDDocument parts = Loader.loadPDF(booklet(PARTS, projects))) {
            assertEquals(whole.getNumberOfPages(), parts.getNumberOfPages());
            assertSamePages(whole, 1, parts, 1, whole.getNumberOfPages());
            List<String> bookmarks = bookmarks(parts);
            assertEquals(bookmarks(whole), bookmarks);
            assertEquals(4, bookmarks.size(), bookmarks.toString());
            // Each project's bookmark goes to the page its form starts on (the overview, the same page as
            // laid out whole, gives the same start pages).
            for (String b : bookmarks.subList(1, 4)) {
                int page = Integer.parseInt(b.substring(b.lastIndexOf('@') + 1));
                assertTrue(PdfRendererTest.text(parts, page, page).startsWith("财政项目支出绩效目标申报表"), b);
            }
        }
    }

    /**
     * On two threads, as in the job (the forms taken in order): a long form waits with its first part
     * until the forms before it are in the booklet, the forms after it wait until its last part is,
     * and the booklet is the one made alone.
     */
    @Test
    void aBookletMadeAlongsideTheSheetsOnTwoThreadsWithLongFormsIsTheBookletMadeAlone() throws Exception {
        List<Project> ps = new ArrayList<>(Fixture.booklet(7));
        ps.add(1, long300());
        ps.add(5, long300().withIndicators(long300().indicators().subList(0, 200)));
        byte[] alone = booklet(PARTS, ps);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Booklet booklet = PARTS.openBooklet(GROUP, ps, out);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<byte[]>> sheets = new ArrayList<>();
        try {
            for (int i = 0; i < ps.size(); i++) {
                int index = i;
                sheets.add(pool.submit(() -> {
                    ByteArrayOutputStream sheet = new ByteArrayOutputStream();
                    booklet.addFormWithSheet(index, sheet);
                    return sheet.toByteArray();
                }));
            }
            for (int i = 0; i < ps.size(); i++) {
                assertArrayEquals(sheet(PARTS, ps.get(i)), sheets.get(i).get(), ps.get(i).name());
            }
        } finally {
            pool.shutdown();
        }
        booklet.finish();
        assertArrayEquals(alone, out.toByteArray());
    }

    @Test
    void aLongSelfEvaluationInPartsPrintsTheSamePagesAsWhole() throws IOException {
        Project p = SyntheticDeclarations.selfEvaluations(List.of(long300())).get(0);
        SelfScoring.Score s = SelfScoring.score(p);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        WHOLE.renderSheet(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s), SelfEvaluationForm.rows(s), whole);
        ByteArrayOutputStream parts = new ByteArrayOutputStream();
        PARTS.renderSheet(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s), SelfEvaluationForm.rows(s), parts);
        try (PDDocument a = Loader.loadPDF(whole.toByteArray()); PDDocument b = Loader.loadPDF(parts.toByteArray())) {
            assertTrue(a.getNumberOfPages() >= 10, "pages: " + a.getNumberOfPages());
            assertSamePages(a, 1, b, 1, a.getNumberOfPages());
        }
    }

    @Test
    void noPartLaysOutMoreThanAFewPagesAndThePartsPaintEveryPageOnce() throws IOException {
        Project p = long300();
        FormView form = FormView.of(DeclarationForm.KIND, p, p.indicators());
        List<Integer> laidOut = new ArrayList<>();
        List<Integer> painted = new ArrayList<>();
        boolean inParts = PARTS.layOut(form, null, new PdfRenderer.FormSink() {
            @Override
            public void whole(PdfRenderer.SheetLayout layout) {
                throw new AssertionError("laid out whole");
            }

            @Override
            public void part(FormInParts.Part part) {
                laidOut.add(part.renderer().getRootBox().getLayer().getPages().size());
                painted.add(part.pages());
            }
        });
        assertTrue(inParts);
        assertTrue(painted.size() >= 4, "parts: " + painted);
        assertTrue(laidOut.stream().allMatch(n -> n <= 2 + 2), "pages laid out at once: " + laidOut);
        try (PDDocument whole = Loader.loadPDF(sheet(WHOLE, p))) {
            assertEquals(whole.getNumberOfPages(), painted.stream().mapToInt(Integer::intValue).sum(), "painted: " + painted);
        }
    }

    @Test
    void aShortFormIsLaidOutWholeAsBefore() throws IOException {
        FormView form = FormView.of(DeclarationForm.KIND, PrintedLayoutTest.sixty(), PrintedLayoutTest.sixty().indicators());
        boolean[] whole = new boolean[1];
        assertFalse(new PdfRenderer(Templates.bundled()).layOut(form, null, new PdfRenderer.FormSink() {
            @Override
            public void whole(PdfRenderer.SheetLayout layout) {
                whole[0] = true;
            }

            @Override
            public void part(FormInParts.Part part) {
                throw new AssertionError("laid out in parts");
            }
        }));
        assertTrue(whole[0]);
        assertArrayEquals(sheet(WHOLE, PrintedLayoutTest.sixty()), sheet(new PdfRenderer(Templates.bundled()), PrintedLayoutTest.sixty()));
    }

    /** A templates folder copied before the parts prints the form's upper part on every part: its forms are laid out whole. */
    @Test
    void aFormTemplateFromBeforeThePartsLaysLongFormsOutWhole(@TempDir Path dir) throws IOException {
        for (String name : Templates.NAMES) {
            Files.copy(Path.of("templates", name), dir.resolve(name));
        }
        String form = Files.readString(dir.resolve(PdfRenderer.FORM));
        Files.writeString(dir.resolve(PdfRenderer.FORM), form.replace("<#if f.upperPart>\n", "")
                .replaceFirst("(?m)^</#if>\n(<#-- The indicators)", "$1").replaceAll("(?s)<#-- f\\.upperPart:.*?-->\n", ""));
        assertFalse(Files.readString(dir.resolve(PdfRenderer.FORM)).contains("upperPart"));
        Project p = long300();
        FormView view = FormView.of(DeclarationForm.KIND, p, p.indicators());
        PdfRenderer old = new PdfRenderer(Templates.from(dir), PdfRenderer.FRONT_LINES, 2);
        assertFalse(old.layOut(view, null, new PdfRenderer.FormSink() {
            @Override
            public void whole(PdfRenderer.SheetLayout layout) {
            }

            @Override
            public void part(FormInParts.Part part) {
                throw new AssertionError("laid out in parts");
            }
        }));
        assertArrayEquals(sheet(WHOLE, p), sheet(old, p));
    }

    @Test
    void theSameLongFormGivesTheSameBytesEveryTime() throws IOException {
        Project p = long300();
        assertArrayEquals(sheet(PARTS, p), sheet(new PdfRenderer(Templates.bundled(), PdfRenderer.FRONT_LINES, 2), p));
        List<Project> projects = List.of(Fixture.detention(), p);
        assertArrayEquals(booklet(PARTS, projects), booklet(new PdfRenderer(Templates.bundled(), PdfRenderer.FRONT_LINES, 2), projects));
    }

    /** Pages {@code a0..} of one PDF and {@code b0..} of another show the same text at the same places and the same rules. */
    static void assertSamePages(PDDocument a, int a0, PDDocument b, int b0, int count) throws IOException {
        for (int k = 0; k < count; k++) {
            PrintedPage pa = PrintedPage.read(a, a0 + k);
            PrintedPage pb = PrintedPage.read(b, b0 + k);
            assertEquals(placed(pa), placed(pb), "text of page " + (a0 + k));
            assertEquals(pa.rules().toString(), pb.rules().toString(), "rules of page " + (a0 + k));
        }
    }

    private static List<String> placed(PrintedPage page) {
        return page.lines().stream().map(l -> String.format("%s@%.1f,%.1f", l.text(), l.x0(), l.baseline())).toList();
    }

    /** Each bookmark's title and the page it goes to. */
    private static List<String> bookmarks(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            PDPageXYZDestination d = (PDPageXYZDestination) item.getDestination();
            out.add(item.getTitle() + "@" + (doc.getPages().indexOf(d.getPage()) + 1));
        }
        return out;
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 30));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
