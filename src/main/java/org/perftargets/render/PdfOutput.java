package org.perftargets.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.perftargets.form.DeclarationForm;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.Location;
import org.perftargets.model.Project;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;
import org.perftargets.output.Preparation;
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
        renderer = Preparation.start("申报表PDF准备", () -> {
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

    /** A character that no bundled font has (an emoji, another script) is a warning at its cell: never dropped unsaid. */
    @Override
    public List<Finding> check(Declarations declarations) {
        FormFonts fonts = FormFonts.shared();
        List<Finding> findings = new ArrayList<>();
        for (Project p : declarations.projects()) {
            for (Field f : Field.PROJECT) {
                unprintable(fonts, p.get(f), p.origin().at(f), f, p, findings);
            }
            for (Indicator i : p.indicators()) {
                for (Field f : Field.INDICATOR) {
                    unprintable(fonts, i.get(f), i.origin().at(f), f, p, findings);
                }
            }
        }
        return findings;
    }

    static void unprintable(FormFonts fonts, Object value, Location at, Field f, Project p, List<Finding> findings) {
        if (!(value instanceof String s) || fonts.commonCovers(s)) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>();
        s.codePoints().filter(c -> !fonts.canPrint(c))
                .forEach(c -> missing.add("「" + Character.toString(c) + "」(U+" + String.format("%04X", c) + ")"));
        if (!missing.isEmpty()) {
            findings.add(Finding.warning(at, "「" + f.label() + "」中的字符 " + String.join("、", missing)
                    + " 没有可用的字体，PDF 中无法显示", "请改用文字表述，或删去这些字符", p.key()));
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
