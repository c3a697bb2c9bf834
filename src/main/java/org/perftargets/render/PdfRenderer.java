package org.perftargets.render;

import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.lowagie.text.DocumentException;

import org.perftargets.form.DeclarationForm;
import org.perftargets.form.FormKind;
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
 * <p>A sheet is set in the common cut of the font unless it has a character only the full font
 * has (see {@link FormFonts}). A booklet is written by a {@link Booklet}, which takes each form's
 * pages from the layout made for its sheet.
 */
public final class PdfRenderer {

    static final String SHEET = "sheet.ftlh";
    static final String FRONT = "booklet.ftlh";
    static final String SELF_FRONT = "self-booklet.ftlh";

    private final Templates templates;
    private final FormFonts fonts;

    public PdfRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates);
        this.fonts = FormFonts.shared();
    }

    /**
     * Writes a small form to nowhere, so that the first real sheet does not pay for loading and
     * compiling Flying Saucer's and OpenPDF's code (about 0.3 s in a fresh JVM). Meant to run on a
     * spare core while the workbooks are read.
     */
    public void warmUp() {
        Origin nowhere = Origin.ofRow("", "", 0);
        Project sample = new Project(2023, Field.DEPARTMENT.label(), Field.UNIT.label(), null, "预热", Field.NATURE.label(), Field.CATEGORY.label(), LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), LifetimeFunds.BLANK,
                new AnnualFunds(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO), null, Field.ANNUAL_GOAL.label(),
                List.of(new Indicator("产出指标", "数量指标", "指标", new IndicatorValue.Text("及时"), nowhere)), nowhere);
        try {
            renderSheet(sample, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // A broken template shows itself on the first real sheet, with its message.
        }
    }

    /** One project's form as a standalone PDF, pages numbered 第 1 页 共 n 页. */
    public void renderSheet(Project p, OutputStream out) throws IOException {
        renderSheet(DeclarationForm.KIND, p, p.indicators(), out);
    }

    /** A form of any kind, filled from {@code head} and its indicators, as a standalone PDF. */
    public void renderSheet(FormKind kind, FieldSource head, List<? extends FieldSource> indicators, OutputStream out)
            throws IOException {
        writeSheet(layOutSheet(FormView.of(kind, head, indicators), null), out);
    }

    /**
     * The booklet of one 年度 + 主管部门 with the projects' forms in the given order, each laid out
     * here for the booklet alone. A job that also writes the sheets uses {@link #openBooklet}.
     */
    public void renderBooklet(GroupKey group, List<Project> projects, OutputStream out) throws IOException {
        Booklet booklet = openBooklet(group, projects, out);
        for (int i = 0; i < projects.size(); i++) {
            booklet.addForm(i);
        }
        booklet.finish();
    }

    /** A booklet to which the forms are added as their sheets are made; see {@link Booklet}. */
    public Booklet openBooklet(GroupKey group, List<Project> projects, OutputStream out) {
        return new Booklet(this, fonts, group, projects, out);
    }

    /** A project's form laid out alone, as for its sheet, and the XHTML it was made from. */
    record SheetLayout(ITextRenderer renderer, String xhtml) {
    }

    /**
     * Lays out a project's form alone.
     *
     * @param fullFont the cut to set it in; null for the one its text needs
     */
    SheetLayout layOutSheet(Project p, Boolean fullFont) {
        return layOutSheet(FormView.of(DeclarationForm.KIND, p, p.indicators()), fullFont);
    }

    /**
     * Lays out a form. One that runs onto another page is laid out again with its indicator lines
     * split into one table per page ({@link IndicatorBreaks}), and again if that moved a break.
     */
    private SheetLayout layOutSheet(FormView form, Boolean fullFont) {
        String xhtml = templates.render(SHEET, Map.of("form", form));
        boolean full = fullFont != null ? fullFont : !fonts.commonCovers(xhtml);
        ITextRenderer r = newRenderer(full, xhtml);
        laidOut(r, SHEET, xhtml);
        List<Integer> starts = null;
        for (int attempt = 0; attempt < 3 && pageCount(r) > 1; attempt++) {
            int[] pages = IndicatorBreaks.pagesOfLines(r);
            List<Integer> laidOut = IndicatorBreaks.pageStarts(pages);
            if (starts == null ? laidOut.isEmpty() : starts.containsAll(laidOut)) {
                break; // every indicator line on the first page, or every page as asked
            }
            starts = starts == null ? IndicatorBreaks.balanced(laidOut, pages.length)
                    : IndicatorBreaks.afterOverflow(starts, laidOut, pages.length);
            xhtml = templates.render(SHEET, Map.of("form", form.brokenAt(starts)));
            r = newRenderer(full, xhtml);
            laidOut(r, SHEET, xhtml);
        }
        return new SheetLayout(r, xhtml);
    }

    /** Writes a laid-out form as its own PDF. */
    void writeSheet(SheetLayout sheet, OutputStream out) throws IOException {
        ReproducibleInfo info = new ReproducibleInfo();
        info.add(sheet.xhtml());
        info.language(sheet.renderer().getDocument().getDocumentElement().getAttribute("lang"));
        sheet.renderer().setListener(info);
        try {
            sheet.renderer().createPDF(out, true);
        } catch (DocumentException e) {
            throw new IOException(e);
        } catch (com.lowagie.text.ExceptionConverter e) {
            throw PdfArchive.writeFailure(e);
        }
    }

    /** The booklet's cover and overview, laid out, and the booklet's page count they print. */
    record FrontMatter(ITextRenderer renderer, int totalPages) {
    }

    /**
     * Lays out the front matter for forms of the given page counts. Its length depends only on the
     * overview's number of lines; it is settled first, then the start pages it prints follow.
     */
    FrontMatter layOutFront(GroupKey group, List<Project> projects, int[] formPages, boolean fullFont,
            ReproducibleInfo info) {
        return layOutFront(FRONT, "booklet", frontPages -> bookletView(group, projects, formPages, frontPages),
                BookletView::totalPages, fullFont, info);
    }

    /** The self-evaluations' booklet front matter: cover and overview with 执行率, 总分 and 等级. */
    FrontMatter layOutSelfEvaluationFront(GroupKey group, List<SelfEvaluationOverview.Line> lines, int[] formPages,
            boolean fullFont, ReproducibleInfo info) {
        return layOutFront(SELF_FRONT, "booklet", frontPages -> SelfEvaluationOverview.of(group, lines, formPages, frontPages),
                SelfEvaluationOverview::totalPages, fullFont, info);
    }

    private <V> FrontMatter layOutFront(String template, String key, java.util.function.IntFunction<V> viewFor,
            java.util.function.ToIntFunction<V> totalPages, boolean fullFont, ReproducibleInfo info) {
        int frontPages = 2;
        V view = viewFor.apply(frontPages);
        String xhtml = templates.render(template, Map.of(key, view));
        ITextRenderer r = newRenderer(fullFont || !fonts.commonCovers(xhtml), xhtml);
        int attempts = 0;
        while (true) {
            laidOut(r, template, xhtml);
            int actual = pageCount(r);
            if (actual == frontPages) {
                info.add(xhtml);
                return new FrontMatter(r, totalPages.applyAsInt(view));
            }
            if (++attempts == 4) {
                throw new IllegalStateException("汇总表的页数不稳定（" + frontPages + " / " + actual + " 页）");
            }
            frontPages = actual;
            view = viewFor.apply(frontPages);
            xhtml = templates.render(template, Map.of(key, view));
        }
    }

    /** A booklet of the self-evaluations' forms ({@link SelfEvaluationPdfOutput}). */
    Booklet openSelfEvaluationBooklet(GroupKey group, List<Project> projects, List<SelfEvaluationOverview.Line> lines,
            List<FormView> views, OutputStream out) {
        // Every text the forms print, as typed: the cut of the font is chosen once for the booklet.
        StringBuilder text = new StringBuilder(Booklet.textOf(projects));
        for (Project p : projects) {
            text.append(p.yearEnd().achieved());
            for (Indicator i : p.indicators()) {
                if (i.actual() != null) {
                    text.append(i.actual().typed()).append(i.actual().deviation());
                }
            }
        }
        return new Booklet(this, fonts, group, projects, text.toString(), new Booklet.Forms() {
            @Override
            public SheetLayout layOut(int index, Boolean fullFont) {
                return layOutSheet(views.get(index), fullFont);
            }

            @Override
            public FrontMatter front(int[] formPages, boolean fullFont, ReproducibleInfo info) {
                return layOutSelfEvaluationFront(group, lines, formPages, fullFont, info);
            }
        }, out);
    }

    private static BookletView bookletView(GroupKey group, List<Project> projects, int[] pages, int frontPages) {
        List<OverviewRow> rows = new ArrayList<>(projects.size());
        int page = frontPages + 1;
        BigDecimal annual = BigDecimal.ZERO;
        BigDecimal appropriation = BigDecimal.ZERO;
        int indicators = 0;
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            rows.add(new OverviewRow(i + 1, FallbackText.of(p.name()), FallbackText.of(p.nature()),
                    FallbackText.of(p.category()), Printed.money(p.annual() == null ? null : p.annual().total()),
                    Printed.money(p.annual() == null ? null : p.annual().appropriation()),
                    p.indicators().size(), page));
            page += pages[i];
            annual = add(annual, p, a -> a.annual() == null ? null : a.annual().total());
            appropriation = add(appropriation, p, a -> a.annual() == null ? null : a.annual().appropriation());
            indicators += p.indicators().size();
        }
        String year = Printed.year(group.year());
        String department = Printed.text(group.department());
        String title = DeclarationForm.KIND.bookletTitle(group);
        return new BookletView(title, department, FallbackText.of(title), FallbackText.of(department), year, projects.size(),
                Printed.money(annual), Printed.money(appropriation), indicators, List.copyOf(rows), page - 1);
    }

    private static BigDecimal add(BigDecimal sum, Project p, Function<Project, BigDecimal> part) {
        BigDecimal v = part.apply(p);
        return v == null ? sum : sum.add(v);
    }

    private ITextRenderer newRenderer(boolean fullFont, String xhtml) {
        ITextRenderer r = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                new ClippedTextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT));
        fonts.installInto(r.getFontResolver(), fullFont);
        if (xhtml.contains(FormFonts.FALLBACK_FAMILY)) {
            fonts.installFallbackInto(r.getFontResolver());
        }
        return r;
    }

    /** Parses and lays out one document; XHTML the templates got wrong is reported against the template. */
    private static void laidOut(ITextRenderer r, String template, String xhtml) {
        try {
            r.setDocumentFromString(xhtml);
        } catch (XRRuntimeException e) {
            throw new TemplateError("模板 " + template + " 生成的 XHTML 无法解析：" + rootMessage(e), e);
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
