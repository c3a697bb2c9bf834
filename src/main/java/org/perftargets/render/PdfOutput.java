package org.perftargets.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.perftargets.form.DeclarationForm;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;
import org.perftargets.output.SafeFileName;

/**
 * The sheets' PDFs ({@code 申报表/<名称>.pdf}) and, for a complete group, its booklet. Each form is
 * laid out once: the layout made for its sheet is painted into the booklet too ({@link Booklet};
 * at N = 1,000 this took the whole job from 12.1 to 8.7 s). The fonts and templates are made
 * ready on a spare core from the moment the output is created, while the workbooks are read.
 */
public final class PdfOutput implements Output {

    private final CompletableFuture<PdfRenderer> renderer;
    private Booklet booklet;
    private GroupFiles.Pending bookletFile;

    /** Starts preparing the renderer with the templates in {@code templates} (the bundled ones where absent). */
    public PdfOutput(Path templates) {
        renderer = CompletableFuture.supplyAsync(() -> {
            PdfRenderer r = new PdfRenderer(Templates.from(templates));
            r.warmUp();
            return r;
        });
    }

    @Override
    public String name() {
        return "申报表PDF";
    }

    /** The renderer prepared in the background; its failure (a broken template) is rethrown as it was. */
    private PdfRenderer renderer() {
        try {
            return renderer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    @Override
    public void startGroup(Group group, GroupFiles files) throws IOException {
        PdfRenderer r = renderer();
        booklet = null;
        bookletFile = null;
        if (group.complete()) {
            bookletFile = files.open(SafeFileName.of(DeclarationForm.KIND.bookletTitle(group.key())) + ".pdf");
            booklet = r.openBooklet(group.key(), group.projects(), bookletFile.out());
        }
    }

    @Override
    public void project(Group group, int index, GroupFiles files) throws IOException {
        String sheet = DeclarationForm.KIND.shortName() + "/" + group.fileNames().get(index) + ".pdf";
        if (booklet == null) {
            files.write(sheet, o -> renderer().renderSheet(group.projects().get(index), o));
        } else {
            files.write(sheet, o -> booklet.addFormWithSheet(index, o));
        }
    }

    /** The booklet's front matter and footers, made once every form is in it. */
    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (booklet != null) {
            booklet.finish();
            bookletFile.commit();
        }
        booklet = null;
        bookletFile = null;
    }
}
