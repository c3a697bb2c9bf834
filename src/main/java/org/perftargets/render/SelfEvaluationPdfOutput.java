package org.perftargets.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;
import org.perftargets.output.SafeFileName;

/**
 * Each self-evaluation's form as a PDF, {@code 自评表/<名称>.pdf}: the second form kind
 * ({@link SelfEvaluationForm}) printed by the same template as the declaration. Its renderer is
 * made only when a self-evaluation is met, so a run of declarations costs nothing more.
 */
public final class SelfEvaluationPdfOutput implements Output {

    private final Path templates;
    private volatile PdfRenderer renderer;
    private volatile Booklet booklet;
    private GroupFiles.Pending bookletFile;
    /** A project's index in the group → its place in the booklet. */
    private volatile Map<Integer, Integer> inBooklet = Map.of();

    public SelfEvaluationPdfOutput(Path templates) {
        this.templates = templates;
    }

    @Override
    public String name() {
        return "自评表PDF";
    }

    private PdfRenderer renderer() {
        PdfRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                if (renderer == null) {
                    // A templates folder made before the self-evaluation (no self-booklet.ftlh) has a form.ftlh
                    // that cannot print the 自评表's last row: the bundled templates print it whole.
                    boolean current = templates != null && Files.isRegularFile(templates.resolve(PdfRenderer.SELF_FRONT));
                    renderer = new PdfRenderer(current ? Templates.from(templates) : Templates.bundled());
                }
                r = renderer;
            }
        }
        return r;
    }

    /** A character no bundled font has, in a self-evaluation's own texts, is a warning at its cell (as for the declaration). */
    @Override
    public List<Finding> check(Declarations declarations) {
        FormFonts fonts = FormFonts.shared();
        List<Finding> findings = new ArrayList<>();
        for (Project p : declarations.projects()) {
            if (!p.isSelfEvaluation()) {
                continue;
            }
            PdfOutput.unprintable(fonts, p.yearEnd().achieved(), p.origin().at(Field.ACHIEVED), Field.ACHIEVED, p, findings);
            for (Indicator i : p.indicators()) {
                for (Field f : List.of(Field.ACTUAL, Field.DEVIATION)) {
                    PdfOutput.unprintable(fonts, i.get(f), i.origin().at(f), f, p, findings);
                }
            }
        }
        return findings;
    }

    /**
     * A complete group with self-evaluations opens their booklet (自评汇总表): cover, overview with
     * 执行率, 总分 and 等级, then the forms in the group's order, each laid out once for its sheet too.
     */
    @Override
    public void startGroup(Group group, GroupFiles files) throws IOException {
        booklet = null;
        bookletFile = null;
        inBooklet = new HashMap<>();
        if (!group.complete()) {
            return;
        }
        List<Project> projects = new ArrayList<>();
        List<SelfEvaluationOverview.Line> lines = new ArrayList<>();
        for (int i = 0; i < group.projects().size(); i++) {
            Project p = group.projects().get(i);
            if (p.isSelfEvaluation()) {
                SelfScoring.Score s = SelfScoring.score(p);
                inBooklet.put(i, projects.size());
                projects.add(p);
                lines.add(new SelfEvaluationOverview.Line(p, s));
            }
        }
        if (projects.isEmpty()) {
            return;
        }
        bookletFile = files.open(SafeFileName.of(SelfEvaluationForm.KIND.bookletTitle(group.key())) + ".pdf");
        // Each form's view is made when its turn comes: made up front, 20,000 of them held 0.45 GB.
        booklet = renderer().openSelfEvaluationBooklet(group.key(), projects, lines, k -> FormView.of(SelfEvaluationForm.KIND,
                SelfEvaluationForm.head(lines.get(k).project(), lines.get(k).score()), SelfEvaluationForm.rows(lines.get(k).score())),
                bookletFile.out());
    }

    @Override
    public void project(Group group, int index, GroupFiles files) throws IOException {
        Project p = group.projects().get(index);
        if (!p.isSelfEvaluation()) {
            return;
        }
        String sheet = SelfEvaluationForm.KIND.shortName() + "/" + group.fileNames().get(index) + ".pdf";
        Booklet b = booklet;
        if (b != null) {
            int local = inBooklet.get(index);
            files.write(sheet, o -> b.addFormWithSheet(local, o));
            return;
        }
        SelfScoring.Score s = SelfScoring.score(p);
        files.write(sheet, o -> renderer().renderSheet(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s),
                SelfEvaluationForm.rows(s), o));
    }

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
