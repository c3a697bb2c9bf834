package org.perftargets.export;

import java.io.IOException;

import org.perftargets.form.DeclarationForm;
import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;
import org.perftargets.output.Preparation;

/**
 * Each sheet as an Excel workbook laid out like the form: {@code 申报表/<名称>.xlsx}. What every
 * form workbook shares is made on a spare core while the workbooks are read (made when the first
 * form needs it, it held up a one-sheet run by 0.3 s).
 */
public final class FormWorkbookOutput implements Output {

    public FormWorkbookOutput() {
        Preparation.start("申报表XLSX准备", () -> FormWorkbookTemplate.of(DeclarationForm.KIND));
    }

    @Override
    public String name() {
        return "申报表XLSX";
    }

    @Override
    public void project(Group group, int index, GroupFiles files) throws IOException {
        files.write(DeclarationForm.KIND.shortName() + "/" + group.fileNames().get(index) + ".xlsx",
                o -> FormWorkbookWriter.write(group.projects().get(index), o));
    }
}
