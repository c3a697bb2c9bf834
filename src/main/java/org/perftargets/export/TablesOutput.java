package org.perftargets.export;

import java.io.IOException;

import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/** A complete group's tables for programs: 项目汇总.csv and 绩效指标.csv. */
public final class TablesOutput implements Output {

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (group.complete()) {
            files.write("项目汇总.csv", o -> CsvExport.writeProjects(group.projects(), o));
            files.write("绩效指标.csv", o -> CsvExport.writeIndicators(group.projects(), o));
        }
    }
}
