package org.perftargets.export;

import java.io.IOException;
import java.util.List;

import org.perftargets.model.Project;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/**
 * A complete group's self-evaluation tables, where the group holds self-evaluations: 自评得分 (one
 * row per project) and 自评指标 (one row per indicator), as CSV for programs and XLSX for people.
 */
public final class SelfEvaluationTablesOutput implements Output {

    @Override
    public String name() {
        return "自评表格";
    }

    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (group.complete() && group.projects().stream().anyMatch(Project::isSelfEvaluation)) {
            for (Table<?> table : List.of(Table.SELF_SCORES, Table.SELF_INDICATORS)) {
                files.write(table.name() + ".csv", o -> CsvExport.write(table, group.projects(), o));
                files.write(table.name() + ".xlsx", o -> TableWorkbook.write(table, group.projects(), o));
            }
        }
    }
}
