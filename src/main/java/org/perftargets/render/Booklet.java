package org.perftargets.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.perftargets.form.DeclarationForm;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.xhtmlrenderer.render.FSFont;

/**
 * The booklet of one 年度 + 主管部门 while it is written: cover and overview (汇总表) with the page
 * each form starts on, then every project's form in the given order; 第 n 页 共 m 页 on every page
 * but the cover; one bookmark for the overview and one per project.
 *
 * <p>A form is laid out once: its pages go into the booklet from the layout made for its sheet, as
 * the sheets are made, in any order and from any thread ({@link #addFormWithSheet}); a long form laid
 * out in parts ({@link FormInParts}) part by part, once the forms before it are in. The overview
 * (which needs every form's page count) and the footers (which need the booklet's) are made by
 * {@link #finish()}: it lays out the front matter, appends its pages and moves them to the front,
 * and fills in each form page's footer, which was left as an empty form XObject.
 *
 * <p>The fonts are subset once for the whole booklet, in one cut (see {@link FormFonts}): the full
 * font when any project's text needs it; a form laid out in the common cut for its sheet is then
 * drawn in the full font, whose glyphs have the same advances. (Only a template whose own text
 * needs the full font could bring both cuts into one booklet.) Pages go to the stream as they are
 * painted, so memory does not grow with the forms' content; the PDF is whole only after
 * {@link #finish()}, so the caller writes to a temporary file and drops it on failure.
 */
public final class Booklet {

    private final PdfRenderer renderer;
    private final GroupKey group;
    private final List<Project> projects;
    private final OutputStream out;
    private final boolean fullFont;
    private final UnaryOperator<FSFont> fontSwap;
    private final ReproducibleInfo info = new ReproducibleInfo();

    /** Forms laid out ahead of their turn: they are painted in order, so the same input gives the same bytes. */
    private final Map<Integer, PdfRenderer.SheetLayout> waiting = new HashMap<>();
    private int next;
    private final int[] formPages;
    /** Where each form starts among the pages in the order they were made (1-based), and that page's height. */
    private final int[] formFirstPage;
    private final float[] formTop;
    /** Each form page's footer, still empty, with the page's index within its form. */
    private final List<Footer> footers = new ArrayList<>();
    /** The first form's layout, kept to paint the footers: every form shares the template's page rules. */
    private PagePainter footerSource;

    private Document document;
    private PdfWriter writer;
    private int pagesMade;
    private boolean finished;

    private record Footer(PdfTemplate template, int pageInForm) {
    }

    /** What a booklet is made of, by form kind: each form's view and the front matter. */
    interface Forms {
        /** Form {@code index}, made when its turn comes. */
        FormView view(int index);

        void front(int[] formPages, boolean fullFont, ReproducibleInfo info, PdfRenderer.FrontParts parts);
    }

    /** The declaration forms' booklet. */
    private Forms forms;

    Booklet(PdfRenderer renderer, FormFonts fonts, GroupKey group, List<Project> projects, OutputStream out) {
        this(renderer, fonts, group, projects, textOf(List.copyOf(projects)), null, out);
    }

    /** A booklet of other forms of these projects ({@code allText}: every text they print, to choose the font cut). */
    Booklet(PdfRenderer renderer, FormFonts fonts, GroupKey group, List<Project> projects, String allText, Forms forms,
            OutputStream out) {
        this.renderer = renderer;
        this.group = group;
        this.projects = List.copyOf(projects);
        this.out = out;
        this.forms = forms != null ? forms : new Forms() {
            @Override
            public FormView view(int index) {
                Project p = Booklet.this.projects.get(index);
                return FormView.of(DeclarationForm.KIND, p, p.indicators());
            }

            @Override
            public void front(int[] pages, boolean full, ReproducibleInfo i, PdfRenderer.FrontParts parts) {
                renderer.layOutFront(group, Booklet.this.projects, pages, full, i, parts);
            }
        };
        this.fullFont = !fonts.commonCovers(allText);
        this.fontSwap = fullFont ? fonts::inFullFont : null;
        this.formPages = new int[projects.size()];
        this.formFirstPage = new int[projects.size()];
        this.formTop = new float[projects.size()];
    }

    /** Lays out project {@code index}'s form for the booklet alone, with no sheet. */
    public void addForm(int index) throws IOException {
        boolean inParts = renderer.layOut(forms.view(index), fullFont, new PdfRenderer.FormSink() {
            @Override
            public void whole(PdfRenderer.SheetLayout layout) {
                add(index, layout);
            }

            @Override
            public void part(FormInParts.Part part) {
                paintPart(index, part);
            }
        });
        if (inParts) {
            endOfParts(index);
        }
    }

    /**
     * Lays out project {@code index}'s form once, writes it as a sheet and puts its pages in the
     * booklet; a long form part by part, each part into both. The forms are to be started in order
     * (as the job's pool takes them): a long form waits with its first part until the forms before it
     * are in.
     */
    public void addFormWithSheet(int index, OutputStream sheet) throws IOException {
        try {
            SheetFromParts sheetParts = new SheetFromParts(sheet);
            boolean inParts = renderer.layOut(forms.view(index), null, new PdfRenderer.FormSink() {
                @Override
                public void whole(PdfRenderer.SheetLayout layout) throws IOException {
                    renderer.writeSheet(layout, sheet);
                    add(index, layout);
                }

                @Override
                public void part(FormInParts.Part part) {
                    sheetParts.paint(part);
                    paintPart(index, part);
                }
            });
            if (inParts) {
                endOfParts(index);
                sheetParts.finish();
            }
        } catch (ExceptionConverter e) {
            abandon();
            throw PdfArchive.writeFailure(e);
        } catch (IOException | RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    /**
     * Forms laid out ahead of the next one to paint, at most: a worker that gets that far ahead waits.
     * Without a bound, a worker held up (a busy machine, a long form) let the other pile up laid-out
     * forms: 740 of them, 220 MB, in a run of 20,000 projects on a loaded machine.
     */
    private static final int MOST_WAITING = 16;

    /** A form that will never come (its layout failed): nobody waits for it any more. */
    private boolean abandoned;

    private synchronized void abandon() {
        abandoned = true;
        notifyAll();
    }

    private synchronized void add(int index, PdfRenderer.SheetLayout form) {
        if (finished || index < next || waiting.containsKey(index)) {
            throw new IllegalStateException("第 " + (index + 1) + " 个项目的申报表已在汇总表中");
        }
        // The tasks are taken in index order, so the form `next` is being made by another worker (or has failed).
        while (index > next && waiting.size() >= MOST_WAITING && !abandoned && !finished) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("汇总表的排版被中断", e);
            }
        }
        waiting.put(index, form);
        for (PdfRenderer.SheetLayout f; (f = waiting.remove(next)) != null; next++) {
            paintForm(next, f);
        }
        notifyAll();
    }

    private void paintForm(int index, PdfRenderer.SheetLayout form) {
        info.add(form.xhtml());
        PagePainter painter = new PagePainter(form.renderer(), fontSwap);
        if (footerSource == null) {
            footerSource = painter;
        }
        paintPages(index, painter, painter.pageCount());
    }

    /**
     * A part of long form {@code index} ({@link FormInParts}), painted when the forms before it are:
     * its parts go in one after the other, and the forms after it wait in {@link #waiting} until
     * {@link #endOfParts}.
     */
    private synchronized void paintPart(int index, FormInParts.Part part) {
        if (finished || index < next || waiting.containsKey(index)) {
            throw new IllegalStateException("第 " + (index + 1) + " 个项目的申报表已在汇总表中");
        }
        while (index > next && !abandoned) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("汇总表的排版被中断", e);
            }
        }
        if (abandoned) {
            return; // another form failed: the booklet is given up
        }
        info.add(part.xhtml());
        if (part.last() && footerSource == null) {
            footerSource = new PagePainter(part.footers(), fontSwap); // not a part: it would be kept to the end
        }
        paintPages(index, new PagePainter(part.renderer(), fontSwap), part.pages());
    }

    /** Long form {@code index} is all painted: the forms that waited for it follow. */
    private synchronized void endOfParts(int index) {
        if (abandoned) {
            return;
        }
        if (index != next) {
            throw new IllegalStateException("第 " + (index + 1) + " 个项目的申报表不在汇总表中");
        }
        next++;
        for (PdfRenderer.SheetLayout f; (f = waiting.remove(next)) != null; next++) {
            paintForm(next, f);
        }
        notifyAll();
    }

    /** The first {@code pages} pages of a layout of form {@code index}, after the pages it has already. */
    private void paintPages(int index, PagePainter painter, int pages) {
        int before = formPages[index];
        formPages[index] += pages;
        if (before == 0) {
            formFirstPage[index] = pagesMade + 1;
        }
        for (int k = 0; k < pages; k++) {
            Rectangle size = painter.pageSize(k);
            PdfContentByte page = newPage(size);
            painter.paintBody(k, writer, page);
            PdfTemplate footer = page.createTemplate(size.getWidth(), size.getHeight());
            page.addTemplate(footer, 0, 0);
            footers.add(new Footer(footer, before + k));
            if (before + k == 0) {
                formTop[index] = size.getHeight();
            }
        }
    }

    /** Makes the front matter, the footers and the bookmarks, and closes the PDF. */
    public synchronized void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("汇总表已经完成");
        }
        if (next < projects.size()) {
            throw new IllegalStateException("汇总表还缺 " + (projects.size() - next) + " 个项目的申报表");
        }
        finished = true;
        int formPagesMade = pagesMade;
        // Each part of the front matter is painted as it is laid out; the first is kept for the bookmarks.
        PagePainter[] firstPart = new PagePainter[1];
        int[] total = new int[1];
        forms.front(formPages, fullFont, info, (part, totalPages) -> {
            PagePainter painter = new PagePainter(part, null);
            for (int k = 0; k < painter.pageCount(); k++) {
                PdfContentByte page = newPage(painter.pageSize(k));
                painter.paintPage(k, writer, page, pagesMade - formPagesMade, totalPages);
            }
            if (firstPart[0] == null) {
                firstPart[0] = painter;
            }
            total[0] = totalPages;
        });
        PagePainter frontPainter = firstPart[0];
        int pageNumber = pagesMade - formPagesMade;
        for (Footer f : footers) {
            int k = Math.min(f.pageInForm(), footerSource.pageCount() - 1);
            footerSource.paintMarginBoxes(k, writer, f.template(), ++pageNumber, total[0]);
        }

        frontPainter.writeInfoAndBookmarks(writer, document, formPagesMade);
        for (int i = 0; i < projects.size(); i++) {
            PdfDestination top = new PdfDestination(PdfDestination.XYZ, 0, formTop[i], 0);
            top.addPage(writer.getPageReference(formFirstPage[i]));
            new PdfOutline(writer.getRootOutline(), top, (i + 1) + ". " + Printed.text(projects.get(i).name()));
        }

        // Pages were made forms first; the front matter goes before them. order[i] is the number, in
        // the order they were made, of the page that goes i-th.
        document.newPage();
        int frontPages = pagesMade - formPagesMade;
        int[] order = new int[pagesMade];
        for (int i = 0; i < frontPages; i++) {
            order[i] = formPagesMade + 1 + i;
        }
        for (int i = 0; i < formPagesMade; i++) {
            order[frontPages + i] = i + 1;
        }
        try {
            writer.reorderPages(order);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        info.language(frontPainter.language());
        info.applyTo(writer);
        PdfArchive.beforeClose(writer);
        try {
            document.close();
        } catch (ExceptionConverter e) {
            throw PdfArchive.writeFailure(e);
        }
    }

    private PdfContentByte newPage(Rectangle size) {
        if (document == null) {
            document = new Document(size, 0, 0, 0, 0);
            writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            PdfArchive.beforeOpen(writer);
            document.open();
            // One level of page tree, which reordering the pages needs.
            writer.setLinearPageMode();
            // Flying Saucer asks for page 1's reference when it first paints into a writer; asked now,
            // the object numbers do not depend on whether a form's renderer wrote a sheet before.
            writer.getPageReference(1);
        } else {
            document.setPageSize(size);
            document.newPage();
        }
        pagesMade++;
        return writer.getDirectContent();
    }

    /** Every text the forms print from the data, to choose the booklet's cut of the font. */
    static String textOf(List<Project> projects) {
        StringBuilder s = new StringBuilder();
        for (Project p : projects) {
            s.append(p.name()).append(p.nature()).append(p.category()).append(p.department()).append(p.unit())
                    .append(p.overallGoal()).append(p.annualGoal());
            for (Indicator i : p.indicators()) {
                s.append(i.level1()).append(i.level2()).append(i.name());
                if (i.value() != null) {
                    s.append(i.value().printed());
                }
            }
        }
        return s.toString();
    }
}
