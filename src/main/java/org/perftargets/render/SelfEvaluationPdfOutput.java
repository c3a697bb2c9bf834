package org.perftargets.render;

import java.io.IOException;
import java.nio.file.Path;

import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/**
 * Each self-evaluation's form as a PDF, {@code 自评表/<名称>.pdf}: the second form kind
 * ({@link SelfEvaluationForm}) printed by the same template as the declaration. Its renderer is
 * made only when a self-evaluation is met, so a run of declarations costs nothing more.
 */
public final class SelfEvaluationPdfOutput implements Output {

    private final Path templates;
    private volatile PdfRenderer renderer;

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
                    renderer = new PdfRenderer(Templates.from(templates));
                }
                r = renderer;
            }
        }
        return r;
    }

    @Override
    public void project(Group group, int index, GroupFiles files) throws IOException {
        Project p = group.projects().get(index);
        if (!p.isSelfEvaluation()) {
            return;
        }
        SelfScoring.Score s = SelfScoring.score(p);
        files.write(SelfEvaluationForm.KIND.shortName() + "/" + group.fileNames().get(index) + ".pdf",
                o -> renderer().renderSheet(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s), SelfEvaluationForm.rows(s), o));
    }
}
