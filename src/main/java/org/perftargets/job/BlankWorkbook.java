package org.perftargets.job;

import java.io.IOException;
import java.nio.file.Path;

import org.perftargets.intake.StandardWorkbookWriter;

/** The blank standard intake workbook a unit fills in (-Dtemplate). */
public final class BlankWorkbook {

    private BlankWorkbook() {
    }

    public static void write(Path target) throws IOException {
        AtomicFile.write(target, StandardWorkbookWriter::writeBlank);
    }
}
