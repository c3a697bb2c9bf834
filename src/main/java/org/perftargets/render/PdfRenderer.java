package org.perftargets.render;

import org.perftargets.model.Field;
import org.perftargets.model.FieldSource;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * pages from the layout made for its sheet. A form too long to lay out as one document is laid out
 * in parts ({@link FormInParts}); its sheet is then painted by {@link SheetFromParts}.
 */
public final class PdfRenderer {

    static final String SHEET = "sheet.ftlh";
    static final String FRONT = "booklet.ftlh";
    static final String SELF_FRONT = "self-booklet.ftlh";

    private final Templates templates;
    private final FormFonts fonts;
    private final Map<FormKind, Optional<BreakForecast>> forecasts = new ConcurrentHashMap<>();
    private final int frontLines;
    private final int formPages;
    /** Whether the templates can print a part of a form ({@code f.upperPart} in form.ftlh); a folder copied before cannot. */
    private final boolean formsInParts;

    public PdfRenderer(Templates templates) {
        this(templates, FRONT_LINES);
    }

    /** With the front matter laid out in parts of at most {@code frontLines} overview lines (tests use a few). */
    PdfRenderer(Templates templates, int frontLines) {
        this(templates, frontLines, FORM_PAGES);
    }

    /** With long forms laid out in parts of {@code formPages} pages (tests use a few). */
    PdfRenderer(Templates templates, int frontLines, int formPages) {
        this.templates = Objects.requireNonNull(templates);
        this.fonts = FormFonts.shared();
        this.frontLines = frontLines;
        this.formPages = formPages;
        this.formsInParts = templates.mentions(FORM, "f.upperPart");
    }

    static final String FORM = "form.ftlh";

    /**
     * Pages of a long form laid out at once ({@link FormInParts}): a form forecast to have more is
     * laid out in parts of this many pages (about 1,400 indicators), each painted and then dropped,
     * while a shorter one, as nearly every form, is laid out whole as before. One part takes about
     * 25 MB of the heap; the whole form of 100,000 indicators, about 3,500 pages, took 2 GB.
     */
    static final int FORM_PAGES = 50;

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
        SheetFromParts parts = new SheetFromParts(out);
        boolean inParts = layOut(FormView.of(kind, head, indicators), null, new FormSink() {
            @Override
            public void whole(SheetLayout layout) throws IOException {
                writeSheet(layout, out);
            }

            @Override
            public void part(FormInParts.Part part) {
                parts.paint(part);
            }
        });
        if (inParts) {
            parts.finish();
        }
    }

    /** Where a form's layout goes: the whole form's, or a long form's parts one after the other. */
    interface FormSink {
        void whole(SheetLayout layout) throws IOException;

        void part(FormInParts.Part part) throws IOException;
    }

    /**
     * Lays out a form: whole when its pages are forecast to fit in one part ({@link #FORM_PAGES}),
     * else part by part ({@link FormInParts}). Returns whether it was laid out in parts.
     *
     * @param fullFont the cut to set it in; null for the one its text needs
     */
    boolean layOut(FormView form, Boolean fullFont, FormSink sink) throws IOException {
        Optional<PagePlan> plan = forecast(form.kind()).map(f -> f.plan(form));
        if (formsInParts && plan.isPresent() && FormInParts.needsParts(plan.get(), formPages)) {
            // The cut is chosen for the whole form, so that its sheet has one font subset.
            boolean full = fullFont != null ? fullFont : !commonCovers(form);
            new FormInParts(form, plan.get(), formPages, part -> layOutPart(part, full)).layOut(sink::part);
            return true;
        }
        List<Integer> starts = plan.filter(PagePlan::firstLineFits).map(p -> p.balancedAfter(0)).orElse(List.of());
        sink.whole(layOutSheet(form, fullFont, starts));
        return false;
    }

    /** One part of a long form laid out; in the full font if the template's own text there needs it. */
    private SheetLayout layOutPart(FormView part, boolean fullFont) {
        String xhtml = templates.render(SHEET, Map.of("form", part));
        ITextRenderer r = newRenderer(fullFont || !fonts.commonCovers(xhtml), xhtml);
        laidOut(r, SHEET, xhtml);
        return new SheetLayout(r, xhtml, List.of(), 1);
    }

    /** Whether the common cut of the font has every character the form's data prints. */
    private boolean commonCovers(FormView form) {
        StringBuilder s = new StringBuilder().append(form.title()).append(form.yearLine()).append(form.name())
                .append(form.department()).append(form.section());
        form.rows().forEach(row -> row.forEach(c -> s.append(c.text().plain())));
        form.footer().forEach(row -> row.forEach(c -> s.append(c.text().plain())));
        form.headers().forEach(h -> s.append(h.plain()));
        if (!fonts.commonCovers(s)) {
            return false;
        }
        for (IndicatorRow line : form.indicators()) {
            s.setLength(0);
            line.groups().forEach(g -> s.append(g.text().plain()));
            line.cells().forEach(c -> s.append(c.plain()));
            if (!fonts.commonCovers(s)) {
                return false;
            }
        }
        return true;
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

    /**
     * A project's form laid out alone, as for its sheet, the XHTML it was made from, the indicator
     * lines that start its continued pages and how many layouts it took.
     */
    record SheetLayout(ITextRenderer renderer, String xhtml, List<Integer> pageStarts, int layouts) {
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
     * Lays out a form: split into pages where {@link BreakForecast} expects them, then checked
     * ({@link IndicatorBreaks}) and laid out again, at most three times more, while the layout asks
     * for other breaks (a page overflowed, or a line would fit on an earlier page).
     */
    private SheetLayout layOutSheet(FormView form, Boolean fullFont) {
        return layOutSheet(form, fullFont, true);
    }

    /** As {@link #layOutSheet(FormView, Boolean)}; without the forecast, laid out whole first (for tests). */
    SheetLayout layOutSheet(FormView form, Boolean fullFont, boolean forecast) {
        List<Integer> starts = forecast ? forecast(form.kind()).map(f -> f.starts(form)).orElse(List.of()) : List.of();
        return layOutSheet(form, fullFont, starts);
    }

    /** As {@link #layOutSheet(FormView, Boolean)}, first laid out with pages starting at {@code starts} (none: whole). */
    SheetLayout layOutSheet(FormView form, Boolean fullFont, List<Integer> starts) {
        String xhtml = templates.render(SHEET, Map.of("form", starts.isEmpty() ? form : form.brokenAt(starts)));
        boolean full = fullFont != null ? fullFont : !fonts.commonCovers(xhtml);
        ITextRenderer r = newRenderer(full, xhtml);
        laidOut(r, SHEET, xhtml);
        int layouts = 1;
        Set<List<Integer>> tried = new HashSet<>(Set.of(starts));
        while (layouts < 4) {
            IndicatorBreaks.Laid laid = IndicatorBreaks.Laid.of(r);
            List<Integer> wanted = wantedStarts(laid, starts);
            if (wanted.equals(starts)
                    || tried.contains(wanted) && starts.containsAll(IndicatorBreaks.pageStarts(laid.pages()))) {
                break; // as asked, or going round: this layout's pages hold what was asked of them
            }
            tried.add(wanted);
            starts = wanted;
            xhtml = templates.render(SHEET, Map.of("form", form.brokenAt(starts)));
            r = newRenderer(full, xhtml);
            laidOut(r, SHEET, xhtml);
            layouts++;
        }
        return new SheetLayout(r, xhtml, starts, layouts);
    }

    /** The page starts a layout made with {@code asked} calls for; {@code asked} itself when it stands. */
    private static List<Integer> wantedStarts(IndicatorBreaks.Laid laid, List<Integer> asked) {
        int lines = laid.tops().length;
        List<Integer> laidOut = IndicatorBreaks.pageStarts(laid.pages());
        if (asked.isEmpty()) {
            // Laid out whole: as Flying Saucer broke it, if it did.
            return laidOut.isEmpty() ? asked : IndicatorBreaks.balanced(laidOut, lines);
        }
        if (!asked.containsAll(laidOut)) {
            return IndicatorBreaks.afterOverflow(asked, laidOut, lines);
        }
        return IndicatorBreaks.settled(laid, asked);
    }

    /** The break forecast for a form kind, measured once from its specimen ({@link BreakForecast}). */
    private Optional<BreakForecast> forecast(FormKind kind) {
        return forecasts.computeIfAbsent(kind, k -> {
            FormView specimen = BreakForecast.specimen(k);
            String xhtml = templates.render(SHEET, Map.of("form", specimen));
            ITextRenderer r = newRenderer(false, xhtml);
            laidOut(r, SHEET, xhtml);
            return BreakForecast.measure(specimen, r, fonts);
        });
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

    /** Where the parts of a booklet's front matter go, laid out, in order, with the booklet's page count. */
    interface FrontParts {
        void part(ITextRenderer laidOut, int totalPages);
    }

    /**
     * One part of the front matter, as the templates see it ({@code front}): the overview's lines
     * {@code from} to {@code to} (exclusive), the cover on the first part, the totals on the last.
     */
    public record FrontPart(int from, int to, boolean first, boolean last) {
    }

    /**
     * Overview lines laid out at most at once. The front matter of 20,000 projects, laid out as one
     * document (about 700 pages), held 0.6 GB of boxes: more than a province's run has for its heap.
     */
    static final int FRONT_LINES = 1_000;

    /**
     * Lays out the front matter for forms of the given page counts, in parts of at most
     * {@link #FRONT_LINES} overview lines cut where a page starts, and hands each to {@code parts}.
     * Its length depends only on the overview's lines; it is settled first, then the start pages it
     * prints follow.
     */
    void layOutFront(GroupKey group, List<Project> projects, int[] formPages, boolean fullFont, ReproducibleInfo info,
            FrontParts parts) {
        layOutFront(FRONT, frontPages -> bookletView(group, projects, formPages, frontPages), BookletView::totalPages,
                projects.size(), fullFont, info, parts);
    }

    /** The self-evaluations' booklet front matter: cover and overview with 执行率, 总分 and 等级. */
    void layOutSelfEvaluationFront(GroupKey group, List<SelfEvaluationOverview.Line> lines, int[] formPages,
            boolean fullFont, ReproducibleInfo info, FrontParts parts) {
        layOutFront(SELF_FRONT, frontPages -> SelfEvaluationOverview.of(group, lines, formPages, frontPages),
                SelfEvaluationOverview::totalPages, lines.size(), fullFont, info, parts);
    }

    /** A part laid out: its lines, its pages, and its layout when it is kept for painting. */
    private record LaidPart(FrontPart part, int pages, ITextRenderer renderer, String xhtml) {
    }

    private <V> void layOutFront(String template, java.util.function.IntFunction<V> viewFor,
            java.util.function.ToIntFunction<V> totalPages, int lines, boolean fullFont, ReproducibleInfo info,
            FrontParts sink) {
        // A template copied before the parts prints every line in every part: it is laid out whole.
        int most = templates.mentions(template, "front.from") ? frontLines : Integer.MAX_VALUE;
        int frontPages = 2;
        for (int attempt = 1; ; attempt++) {
            V guessed = viewFor.apply(frontPages);
            List<LaidPart> parts = cut(template, guessed, lines, most, fullFont);
            int actual = parts.stream().mapToInt(LaidPart::pages).sum();
            if (actual == frontPages && parts.size() == 1) {
                LaidPart only = parts.get(0);
                info.add(only.xhtml());
                sink.part(only.renderer(), totalPages.applyAsInt(guessed));
                return;
            }
            if (actual != frontPages && parts.size() == 1) {
                if (attempt == 4) {
                    throw new IllegalStateException("汇总表的页数不稳定（" + frontPages + " / " + actual + " 页）");
                }
                frontPages = actual;
                continue;
            }
            // Each part again, with the front matter's length settled, handed on as soon as it is laid out.
            V view = viewFor.apply(actual);
            int total = totalPages.applyAsInt(view);
            for (LaidPart p : parts) {
                LaidPart again = layOutPart(template, view, p.part(), fullFont);
                if (again.pages() != p.pages()) {
                    throw new IllegalStateException("汇总表第 " + (p.part().from() + 1) + " 行起的页数不稳定（" + p.pages()
                            + " / " + again.pages() + " 页）");
                }
                info.add(again.xhtml());
                sink.part(again.renderer(), total);
            }
            return;
        }
    }

    /**
     * The front matter laid out part by part, each of at most {@code most} lines and ending where a
     * page ends: a part that does not reach the last line gives up its last page, whose first line
     * starts the next part. Only a front matter of one part keeps its layout.
     */
    private <V> List<LaidPart> cut(String template, V view, int lines, int most, boolean fullFont) {
        List<LaidPart> parts = new ArrayList<>();
        int from = 0;
        do {
            LaidPart laid;
            int pages;
            int end;
            for (long size = most; ; size *= 2) {
                int to = (int) Math.min(lines, from + size);
                laid = layOutPart(template, view, new FrontPart(from, to, from == 0, to == lines), fullFont);
                pages = laid.pages();
                end = to;
                int onLastPage = to < lines ? IndicatorBreaks.firstOnLastPage(laid.renderer(), "o") : -1;
                if (onLastPage > 0) {
                    end = from + onLastPage;
                    pages--;
                }
                if (to == lines || onLastPage > 0) {
                    break;
                }
                // All its lines on its last page: no page ends inside the part, so a bigger one.
            }
            boolean whole = from == 0 && end == lines;
            parts.add(new LaidPart(new FrontPart(from, end, from == 0, end == lines), pages,
                    whole ? laid.renderer() : null, whole ? laid.xhtml() : null));
            from = end;
        } while (from < lines);
        return parts;
    }

    private <V> LaidPart layOutPart(String template, V view, FrontPart part, boolean fullFont) {
        String xhtml = templates.render(template, Map.of("booklet", view, "front", part));
        ITextRenderer r = newRenderer(fullFont || !fonts.commonCovers(xhtml), xhtml);
        laidOut(r, template, xhtml);
        return new LaidPart(part, pageCount(r), r, xhtml);
    }

    /** A booklet of the self-evaluations' forms ({@link SelfEvaluationPdfOutput}). */
    Booklet openSelfEvaluationBooklet(GroupKey group, List<Project> projects, List<SelfEvaluationOverview.Line> lines,
            java.util.function.IntFunction<FormView> views, OutputStream out) {
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
            public FormView view(int index) {
                return views.apply(index);
            }

            @Override
            public void front(int[] formPages, boolean fullFont, ReproducibleInfo info, FrontParts parts) {
                layOutSelfEvaluationFront(group, lines, formPages, fullFont, info, parts);
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
