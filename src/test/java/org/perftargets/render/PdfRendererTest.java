package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(Templates.bundled());
    private static final GroupKey GROUP = new GroupKey(2023, Fixture.DEPT);

    static byte[] sheet(PdfRenderer r, Project p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.renderSheet(p, out);
        return out.toByteArray();
    }

    static byte[] booklet(PdfRenderer r, List<Project> ps) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.renderBooklet(GROUP, ps, out);
        return out.toByteArray();
    }

    /** Text of pages from..to (1-based), in content order like pdftotext -raw, without whitespace. */
    static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc).replaceAll("\\s+", "");
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Each needle occurs after the previous one; returns the position after the last. */
    static int assertInOrder(String text, int from, List<String> needles) {
        int at = from;
        for (String n : needles) {
            int i = text.indexOf(squeeze(n), at);
            if (i < 0) {
                int from0 = Math.max(0, at - 80);
                throw new AssertionError("「" + n + "」 not found after position " + at + ", which follows: …"
                        + text.substring(from0, Math.min(text.length(), at)) + "|" + text.substring(at, Math.min(text.length(), at + 80)));
            }
            at = i + squeeze(n).length();
        }
        return at;
    }

    static List<String> indicatorsAndValues(Project p) {
        List<String> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            out.add(i.name());
            out.add(i.value().printed());
        }
        return out;
    }

    @Test
    void sheetHasTheFormsTextInOrder() throws IOException {
        Project p = Fixture.detention();
        try (PDDocument doc = Loader.loadPDF(sheet(RENDERER, p))) {
            assertEquals(1, doc.getNumberOfPages());
            String t = text(doc, 1, 1);
            int at = assertInOrder(t, 0, List.of("财政项目支出绩效目标申报表", "（2023年度）",
                    "项目名称", "留置专区保障经费", "项目性质", "经常性专项业务费", "项目类别", "特定目标类",
                    "主管部门", "上海市公安局", "实施单位", "上海市公安局",
                    "计划开始日期", "2023-01-01", "计划完成日期", "2023-12-31",
                    "年度资金申请总额", "12,229,200.00", "其中：当年财政拨款", "12,229,200.00",
                    "上年结转资金", "0.00", "其他资金", "0.00",
                    "项目总目标", "年度总体目标", "计划在2023年配置服务留置人员10名",
                    "绩效指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"));
            assertInOrder(t, at, indicatorsAndValues(p));
            assertTrue(t.contains("第1页共1页"), t);
            assertEquals("财政项目支出绩效目标申报表：留置专区保障经费", doc.getDocumentInformation().getTitle());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void charactersOutsideGb2312PrintInTheFullFont() throws IOException {
        Project rare = Fixture.rareCharacters();
        try (PDDocument doc = Loader.loadPDF(sheet(RENDERER, rare))) {
            String t = text(doc, 1, 1);
            assertInOrder(t, 0, List.of("堃䶮𠂇项目", "保障喆园安全。", "喆园监控点位数", "=12.00(个)"));
            assertFalse(t.contains("#"), "no character replaced: " + t);
            assertEquals(Set.of(30920), glyphCounts(doc), "set in the full font");
        }
        try (PDDocument doc = Loader.loadPDF(sheet(RENDERER, Fixture.detention()))) {
            assertEquals(Set.of(9446), glyphCounts(doc), "set in the common cut");
        }

        List<Project> ps = List.of(Fixture.detention(), rare);
        try (PDDocument doc = Loader.loadPDF(booklet(RENDERER, ps))) {
            String t = text(doc, 1, doc.getNumberOfPages());
            assertInOrder(t, 0, List.of("堃䶮𠂇项目", "留置专区保障经费", "堃䶮𠂇项目", "喆园监控点位数"));
            assertFalse(t.contains("#"), t);
            assertEquals(2, fontObjects(doc).size(), "one cut, regular and bold, for the whole booklet");
        }
    }

    @Test
    void commonCutCoversGb2312AndTheFormsSymbols() {
        FormFonts fonts = FormFonts.shared();
        assertTrue(fonts.commonCovers("财政项目支出绩效目标申报表（2023年度）≥≤＝%‰㎡·—…“”《》①ⅡＡ　\n\t"));
        assertFalse(fonts.commonCovers("堃"));
        assertFalse(fonts.commonCovers("䶮"));
        assertFalse(fonts.commonCovers("𠂇"));
    }

    @Test
    void dataThatLooksLikeMarkupPrintsLiterally() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sheet(RENDERER, Fixture.hostile()))) {
            String t = text(doc, 1, doc.getNumberOfPages());
            assertTrue(t.contains("<b>&amp;项目"), t);
            assertTrue(t.contains("<i>斜体</i>&\"引号\""), t);
            assertTrue(t.contains("满意度a<b"), t);
            assertTrue(t.contains("目标<script>x</script>"), t);
        }
    }

    @Test
    void longFormRepeatsTheIndicatorHeaderAndKeepsOrder() throws IOException {
        Project p = Fixture.longForm();
        try (PDDocument doc = Loader.loadPDF(sheet(RENDERER, p))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "64 indicators take several pages, got " + pages);
            for (int page = 2; page <= pages; page++) {
                String t = text(doc, page, page);
                assertInOrder(t, 0, List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"));
                assertTrue(t.contains("第" + page + "页共" + pages + "页"), t);
                assertFalse(t.contains("项目资金总额"), "only the indicator header repeats");
            }
            assertInOrder(text(doc, 1, pages), 0, indicatorsAndValues(p));
        }
    }

    @Test
    void bookletHasCoverOverviewFormsBookmarksAndPageNumbers() throws IOException {
        List<Project> ps = Fixture.booklet(23);
        try (PDDocument doc = Loader.loadPDF(booklet(RENDERER, ps))) {
            int pages = doc.getNumberOfPages();
            var info = doc.getDocumentInformation();
            assertEquals("上海市公安局2023年度项目绩效目标汇总表", info.getTitle());
            assertTrue(info.getSubject().contains("共 23 个项目"), info.getSubject());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());

            String cover = text(doc, 1, 1);
            assertTrue(cover.contains("上海市公安局2023年度项目绩效目标汇总表"), cover);
            assertTrue(cover.contains("项目数：23个"), cover);
            assertFalse(cover.contains("第1页"), "no page number on the cover");
            for (int page = 2; page <= pages; page++) {
                assertTrue(text(doc, page, page).contains("第" + page + "页共" + pages + "页"), "page " + page);
            }

            List<String> titles = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage target = item.findDestinationPage(doc);
                targets.add(doc.getPages().indexOf(target) + 1);
            }
            assertEquals(24, titles.size());
            assertEquals("汇总表", titles.get(0));
            assertEquals(2, targets.get(0));
            for (int i = 0; i < ps.size(); i++) {
                assertEquals((i + 1) + ". " + ps.get(i).name(), titles.get(i + 1));
            }

            // The overview's 起始页 is where each project's bookmark points, and its form starts there.
            String overview = text(doc, 2, targets.get(1) - 1);
            int at = assertInOrder(overview, 0, List.of("序号", "项目名称", "项目性质", "项目类别", "年度资金申请总额",
                    "当年财政拨款", "指标数", "起始页"));
            for (int i = 0; i < ps.size(); i++) {
                Project p = ps.get(i);
                at = assertInOrder(overview, at, List.of(String.valueOf(i + 1), p.name(), p.nature(), p.category(),
                        Printed.money(p.annual().total()), Printed.money(p.annual().appropriation()),
                        String.valueOf(p.indicators().size()) + targets.get(i + 1)));
                String first = text(doc, targets.get(i + 1), targets.get(i + 1));
                assertTrue(first.contains(squeeze(p.name())), "form of " + p.name() + " on page " + targets.get(i + 1));
            }
            assertInOrder(overview, at, List.of("合计", "631,586,420.50"));

            // Every form in declared order, each indicator followed by its value.
            String all = text(doc, 1, pages);
            int pos = all.indexOf("序号");
            for (Project p : ps) {
                pos = assertInOrder(all, pos, List.of("财政项目支出绩效目标申报表", p.name(), p.nature(), p.category(),
                        "2023-01-01", "2023-12-31", Printed.money(p.annual().total())));
                pos = assertInOrder(all, pos, indicatorsAndValues(p));
            }
            assertEquals(Set.of("AAAAAA+NotoSerifSC-Regular", "AAAAAA+NotoSerifSC-Bold"), fontNames(doc));
            assertEquals(2, fontObjects(doc).size(), "fonts embedded once for the whole booklet");
        }
    }

    @Test
    void bookletMadeAlongsideTheSheetsIsTheBookletMadeAlone() throws Exception {
        List<Project> ps = new ArrayList<>(Fixture.booklet(7));
        ps.add(3, Fixture.longForm());
        byte[] alone = booklet(RENDERER, ps);

        PdfRenderer r = new PdfRenderer(Templates.bundled());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Booklet booklet = r.openBooklet(GROUP, ps, out);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<byte[]>> sheets = new ArrayList<>();
        try {
            // Last form first, from two threads: the booklet still gets them in order.
            for (int i = ps.size() - 1; i >= 0; i--) {
                int index = i;
                sheets.add(0, pool.submit(() -> {
                    ByteArrayOutputStream sheet = new ByteArrayOutputStream();
                    booklet.addFormWithSheet(index, sheet);
                    return sheet.toByteArray();
                }));
            }
            for (int i = 0; i < ps.size(); i++) {
                assertArrayEquals(sheet(RENDERER, ps.get(i)), sheets.get(i).get(), ps.get(i).name());
            }
        } finally {
            pool.shutdown();
        }
        booklet.finish();
        assertArrayEquals(alone, out.toByteArray());
    }

    @Test
    void bookletWithOneRareCharacterIsSetWhollyInTheFullFont() throws IOException {
        List<Project> ps = List.of(Fixture.detention(), Fixture.rareCharacters());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Booklet booklet = RENDERER.openBooklet(GROUP, ps, out);
        ByteArrayOutputStream commonSheet = new ByteArrayOutputStream();
        booklet.addFormWithSheet(0, commonSheet);
        booklet.addFormWithSheet(1, new ByteArrayOutputStream());
        booklet.finish();
        try (PDDocument doc = Loader.loadPDF(commonSheet.toByteArray())) {
            assertEquals(Set.of(9446), glyphCounts(doc), "its sheet in the common cut");
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String t = text(doc, 1, doc.getNumberOfPages());
            assertInOrder(t, 0, List.of("留置专区保障经费", "堃䶮𠂇项目", "留置专区保障经费", "第3页共4页", "堃䶮𠂇项目"));
            assertFalse(t.contains("#"), t);
            assertEquals(Set.of(30920), glyphCounts(doc));
            assertEquals(2, fontObjects(doc).size(), "regular and bold of the full font, once");
        }
        // The cut has the full font's advances: drawn in the full font, the form is where it would be if laid out in it.
        assertArrayEquals(booklet(RENDERER, ps), out.toByteArray());
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        List<Project> ps = Fixture.booklet(6);
        assertArrayEquals(sheet(RENDERER, ps.get(0)), sheet(RENDERER, ps.get(0)));
        byte[] fresh = booklet(new PdfRenderer(Templates.bundled()), ps);
        assertArrayEquals(fresh, booklet(RENDERER, ps));
        assertArrayEquals(fresh, booklet(RENDERER, ps));
    }

    @Test
    void twoThreadsGiveWhatOneThreadGives() throws Exception {
        List<Project> ps = Fixture.booklet(8);
        List<byte[]> expected = new ArrayList<>();
        for (Project p : ps) {
            expected.add(sheet(RENDERER, p));
        }
        PdfRenderer shared = new PdfRenderer(Templates.bundled());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> got = new ArrayList<>();
            for (Project p : ps) {
                got.add(pool.submit(() -> sheet(shared, p)));
            }
            for (int i = 0; i < ps.size(); i++) {
                assertArrayEquals(expected.get(i), got.get(i).get(), ps.get(i).name());
            }
        } finally {
            pool.shutdown();
        }
    }

    static Set<String> fontNames(PDDocument doc) throws IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(n).getName());
            }
        }
        return names;
    }

    /** Glyphs in the font program of each embedded font (OpenPDF keeps the font's glyph numbering). */
    static Set<Integer> glyphCounts(PDDocument doc) throws IOException {
        Set<Integer> counts = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                if (page.getResources().getFont(n) instanceof PDType0Font f
                        && f.getDescendantFont() instanceof PDCIDFontType2 cid) {
                    counts.add(cid.getTrueTypeFont().getNumberOfGlyphs());
                }
            }
        }
        return counts;
    }

    static Set<Long> fontObjects(PDDocument doc) {
        Set<Long> ids = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName n : fonts.keySet()) {
                COSBase item = fonts.getItem(n);
                if (item instanceof COSObject o) {
                    ids.add(o.getKey().getNumber());
                }
            }
        }
        return ids;
    }
}
