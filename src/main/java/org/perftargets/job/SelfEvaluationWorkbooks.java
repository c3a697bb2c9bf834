package org.perftargets.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.intake.ReadLimits;
import org.perftargets.intake.StandardWorkbookWriter;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.Declarations;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;

/**
 * The self-evaluation workbooks a unit fills in at the year's end (-DselfEvaluation): for each
 * 年度 + 主管部门 of {@code input/}, {@code output/<年度>/<主管部门>/自评填报.xlsx}, pre-filled from the
 * declarations, with the year-end columns empty. Nobody types a target twice.
 */
public final class SelfEvaluationWorkbooks {

    public static final String FILE = "自评填报.xlsx";

    private SelfEvaluationWorkbooks() {
    }

    /** With the default read limits. */
    public static List<Path> write(Path input, Path output, PrintStream out) throws IOException {
        return write(input, output, ReadLimits.DEFAULT, out);
    }

    /** Writes one workbook per group with a 年度 and a 主管部门; the paths written, in group order. */
    public static List<Path> write(Path input, Path output, ReadLimits limits, PrintStream out) throws IOException {
        IntakeResult read = new IntakeReader(limits).readAll(WorkbookFiles.list(input));
        long errors = read.findings().stream().filter(f -> f.isError()).count();
        if (errors > 0) {
            out.println("注意：申报工作簿中有 " + errors + " 条错误（运行 mvn -q 可看校验报告）；自评填报表按读到的内容预填，请先改正申报中的错误。");
        }
        Declarations d = read.declarations();
        List<GroupKey> groups = new ArrayList<>(d.byGroup().keySet());
        groups.removeIf(g -> g.year() == null || g.department() == null);
        OutputLayout.Folders folders = new OutputLayout(output).folders(groups);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<GroupKey, List<Project>> g : d.byGroup().entrySet()) {
            Path dir = folders.of(g.getKey());
            if (dir == null) {
                continue;
            }
            Files.createDirectories(dir);
            Path target = dir.resolve(FILE);
            List<Project> projects = g.getValue();
            AtomicFile.write(target, o -> StandardWorkbookWriter.writeSelfEvaluation(projects, o));
            written.add(target);
        }
        return written;
    }
}
