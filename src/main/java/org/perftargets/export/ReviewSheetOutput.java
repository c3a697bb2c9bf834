package org.perftargets.export;

import java.io.IOException;

import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/** 审核意见表.xlsx: a whole group's review findings, one row each, for the office to fill in and send back. */
public final class ReviewSheetOutput implements Output {

    public static final String FILE = "审核意见表.xlsx";

    @Override
    public String name() {
        return "审核意见表";
    }

    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (group.whole()) {
            files.write(FILE, o -> ReviewSheetWriter.write(group, o));
        }
    }
}
