package org.perftargets.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.lowagie.text.DocumentException;
import java.time.LocalDate;

import org.perftargets.model.AnnualFunds;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.util.XRRuntimeException;

/**
 * Renders a project's sheet and a group's booklet to PDF through the templates. Safe to use from
 * several threads at once: each call has its own Flying Saucer renderer; the fonts (parsed once
 * per JVM) and the template configuration are shared.
 *
 * <p>The booklet is several Flying Saucer documents (cover and overview, then one per form) written into
 * one PDF, so pages stream to the output as they are laid out and the fonts are subset once. The
 * overview's start pages and the footers' "共 m 页" need every form's page count before anything
 * is written; a form's page count is remembered from its sheet (same template, same layout), and
 * laid out once more only when its sheet was not rendered by this renderer. Each document is set in
 * the common cut of the font unless it has a character only the full font has (see {@link FormFonts});
 * a booklet uses one cut for all its documents.
 */
public final class PdfRenderer {

    static final String SHEET = "sheet.ftlh";
    static final String FRONT = "booklet.ftlh";

    private final Templates templates;
    private final FormFonts fonts;
    /** Each project's form as laid out for its sheet: its pages and the font cut it needed. */
    private final Map<Project, FormFacts> laidOutForms = new ConcurrentHashMap<>();

    private record FormFacts(int pages, boolean fullFont) {
    }

    public PdfRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates);
        this.fonts = FormFonts.shared();
    }

    /**
     * Lays out and writes a small form to nowhere, so that the first real sheet does not pay for
     * loading and compiling Flying Saucer's and OpenPDF's code (about 0.3 s in a fresh JVM). Meant
     * to run on a spare core while the workbooks are read.
     */
    public void warmUp() {
        Origin nowhere = Origin.ofRow("", "", 0);
        Project sample = new Project(2023, "主管部门", "实施单位", null, "预热", "项目性质", "项目类别", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), LifetimeFunds.BLANK,
                new AnnualFunds(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO), null, "年度总体目标",
                List.of(new Indicator("产出指标", "数量指标", "指标", new IndicatorValue.Text("及时"), nowhere)), nowhere);
        try {
            renderSheet(sample, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // A broken template shows itself on the first real sheet, with its message.
        } finally {
            laidOutForms.remove(sample);
        }
    }

    /** One project's form as a standalone PDF, pages numbered 第 1 页 共 n 页. */
    public void renderSheet(Project p, OutputStream out) throws IOException {
        ReproducibleInfo info = new ReproducibleInfo();
        SheetLayout sheet = layOutSheet(p, info);
        laidOutForms.put(p, sheet.facts());
        ITextRenderer r = sheet.renderer();
        try {
            r.createPDF(out, true);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /**
     * The booklet of one 年度 + 主管部门: cover, overview with start pages, then each project's form in
     * the given order; one bookmark for the overview and one per project; 第 n 页 共 m 页 on every
     * page but the cover.
     */
    public void renderBooklet(GroupKey group, List<Project> projects, OutputStream out) throws IOException {
        List<FormView> forms = projects.stream().map(FormView::of).toList();
        int[] pages = new int[projects.size()];
        boolean fullFont = false;
        for (int i = 0; i < pages.length; i++) {
            FormFacts facts = laidOutForms.computeIfAbsent(projects.get(i), p -> layOutSheet(p, null).facts());
            pages[i] = facts.pages();
            fullFont |= facts.fullFont();
        }

        // The front matter's length depends only on the overview's number of lines; settle it, then
        // the start pages it prints follow.
        int frontPages = 2;
        BookletView view = bookletView(group, projects, pages, frontPages);
        String frontXhtml = templates.render(FRONT, Map.of("booklet", view));
        // One cut for the whole booklet, so that its documents share one font subset.
        ITextRenderer r = newRenderer(fullFont || !fonts.commonCovers(frontXhtml));
        ReproducibleInfo info = new ReproducibleInfo();
        r.setListener(info);
        int attempts = 0;
        while (true) {
            laidOut(r, FRONT, frontXhtml, null);
            int actual = pageCount(r);
            if (actual == frontPages) {
                break;
            }
            if (++attempts == 4) {
                throw new IllegalStateException("汇总表的页数不稳定（" + frontPages + " / " + actual + " 页）");
            }
            frontPages = actual;
            view = bookletView(group, projects, pages, frontPages);
            frontXhtml = templates.render(FRONT, Map.of("booklet", view));
        }

        try {
            info.add(frontXhtml);
            info.language(r.getDocument().getDocumentElement().getAttribute("lang"));
            r.createPDF(out, false);
            int written = frontPages;

            for (int i = 0; i < forms.size(); i++) {
                Map<String, Object> model = new HashMap<>();
                model.put("form", forms.get(i));
                model.put("booklet", view);
                model.put("number", i + 1);
                laidOut(r, SHEET, templates.render(SHEET, model), info);
                if (pageCount(r) != pages[i]) {
                    throw new IllegalStateException("项目「" + forms.get(i).name() + "」的申报表在汇总表中的页数（"
                            + pageCount(r) + "）与单独排版时（" + pages[i] + "）不同");
                }
                r.writeNextDocument(written + 1);
                written += pages[i];
            }
            r.finishPDF();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /** A project's form laid out alone, as for its sheet. */
    private record SheetLayout(ITextRenderer renderer, FormFacts facts) {
    }

    /** Lays out a project's form alone, in the font cut its text needs; {@code info} may be null. */
    private SheetLayout layOutSheet(Project p, ReproducibleInfo info) {
        String xhtml = templates.render(SHEET, Map.of("form", FormView.of(p)));
        boolean fullFont = !fonts.commonCovers(xhtml);
        ITextRenderer r = newRenderer(fullFont);
        if (info != null) {
            r.setListener(info);
        }
        laidOut(r, SHEET, xhtml, info);
        return new SheetLayout(r, new FormFacts(pageCount(r), fullFont));
    }

    private static BookletView bookletView(GroupKey group, List<Project> projects, int[] pages, int frontPages) {
        List<OverviewRow> rows = new ArrayList<>(projects.size());
        int page = frontPages + 1;
        BigDecimal annual = BigDecimal.ZERO;
        BigDecimal appropriation = BigDecimal.ZERO;
        int indicators = 0;
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            rows.add(new OverviewRow(i + 1, Printed.text(p.name()), Printed.text(p.nature()),
                    Printed.text(p.category()), Printed.money(p.annual() == null ? null : p.annual().total()),
                    Printed.money(p.annual() == null ? null : p.annual().appropriation()),
                    p.indicators().size(), page));
            page += pages[i];
            annual = add(annual, p, a -> a.annual() == null ? null : a.annual().total());
            appropriation = add(appropriation, p, a -> a.annual() == null ? null : a.annual().appropriation());
            indicators += p.indicators().size();
        }
        String year = Printed.year(group.year());
        String department = Printed.text(group.department());
        return new BookletView(department + year + "年度项目绩效目标汇总表", department, year, projects.size(),
                Printed.money(annual), Printed.money(appropriation), indicators, List.copyOf(rows), page - 1);
    }

    private static BigDecimal add(BigDecimal sum, Project p, Function<Project, BigDecimal> part) {
        BigDecimal v = part.apply(p);
        return v == null ? sum : sum.add(v);
    }

    private ITextRenderer newRenderer(boolean fullFont) {
        ITextRenderer r = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                new ClippedTextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT));
        fonts.installInto(r.getFontResolver(), fullFont);
        return r;
    }

    /** Parses and lays out one document; XHTML the templates got wrong is reported against the template. */
    private static void laidOut(ITextRenderer r, String template, String xhtml, ReproducibleInfo info) {
        try {
            r.setDocumentFromString(xhtml);
        } catch (XRRuntimeException e) {
            throw new TemplateError("模板 " + template + " 生成的 XHTML 无法解析：" + rootMessage(e), e);
        }
        if (info != null) {
            info.add(xhtml);
            info.language(r.getDocument().getDocumentElement().getAttribute("lang"));
        }
        r.layout();
    }

    private static int pageCount(ITextRenderer r) {
        return r.getRootBox().getLayer().getPages().size();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof org.xml.sax.SAXParseException sp) {
            return "第 " + sp.getLineNumber() + " 行：" + sp.getMessage();
        }
        return String.valueOf(t.getMessage());
    }
}
