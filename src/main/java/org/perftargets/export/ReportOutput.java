package org.perftargets.export;

import java.io.IOException;
import java.util.List;

import org.perftargets.form.DeclarationForm;
import org.perftargets.model.Finding;
import org.perftargets.output.Group;
import org.perftargets.output.NameChange;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/** 校验报告.txt: each group's findings in its folder, and the whole run's beside the groups. */
public final class ReportOutput implements Output {

    static final String FILE = "校验报告.txt";

    /** What the run took, for the run's report's title: "" for everything, else "（仅 2023 年度）" and the like. */
    private final String scope;

    public ReportOutput() {
        this("");
    }

    public ReportOutput(String scope) {
        this.scope = scope;
    }

    @Override
    public String name() {
        return "校验报告";
    }

    /** The names changed for files and folders in the groups so far, for the run's report. */
    private final List<String> renamed = new java.util.ArrayList<>();

    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (group.whole()) {
            List<String> notes = group.renamed().stream().map(NameChange::describe).toList();
            renamed.addAll(notes);
            files.write(FILE, o -> FindingsReport.write(DeclarationForm.KIND.bookletTitle(group.key()) + " 校验报告",
                    group.findings(), notes, o));
        }
    }

    @Override
    public void endRun(List<Finding> findings, GroupFiles root) throws IOException {
        root.write(FILE, o -> FindingsReport.write("本次运行校验报告" + scope, findings, renamed, o));
    }
}
