package org.perftargets.export;

import java.io.IOException;
import java.util.List;

import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/**
 * A complete group's tables: 项目汇总 and 绩效指标, as CSV for programs and as XLSX for people
 * (typed cells, nothing to neutralise).
 */
public final class TablesOutput implements Output {

    @Override
    public String name() {
        return "汇总表格";
    }

    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (group.complete()) {
            for (Table<?> table : List.of(Table.PROJECTS, Table.INDICATORS)) {
                files.write(table.name() + ".csv", o -> CsvExport.write(table, group.projects(), o));
                files.write(table.name() + ".xlsx", o -> TableWorkbook.write(table, group.projects(), o));
            }
        }
    }
}
