package org.perftargets.export;

import java.io.IOException;

import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/** Each self-evaluation's form as an Excel workbook laid out like the form: {@code 自评表/<名称>.xlsx}. */
public final class SelfEvaluationWorkbookOutput implements Output {

    @Override
    public String name() {
        return "自评表XLSX";
    }

    @Override
    public void project(Group group, int index, GroupFiles files) throws IOException {
        Project p = group.projects().get(index);
        if (!p.isSelfEvaluation()) {
            return;
        }
        SelfScoring.Score s = SelfScoring.score(p);
        files.write(SelfEvaluationForm.KIND.shortName() + "/" + group.fileNames().get(index) + ".xlsx",
                o -> FormWorkbookWriter.write(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s),
                        SelfEvaluationForm.rows(s), o));
    }
}
