package org.perftargets.job;

import java.io.IOException;
import java.nio.file.Path;

import org.perftargets.intake.StandardWorkbookWriter;

/** The blank standard intake workbook a unit fills in (-Dtemplate). */
public final class BlankWorkbook {

    private BlankWorkbook() {
    }

    public static void write(Path target) throws IOException {
        AtomicFile.write(target.toAbsolutePath(), StandardWorkbookWriter::writeBlank);
    }

    /** Whether {@code e} is the machine refusing the write (a path, permissions, a full disk), not a defect. */
    public static boolean machineFailure(IOException e) {
        return MachineFailure.ioCause(e) != null;
    }

    /** Why the template could not be written to {@code target}, naming the path and what to do. */
    public static String describe(IOException e, Path target) {
        return MachineFailure.describe(e instanceof MachineFailure.WriteFailed ? e
                : new MachineFailure.WriteFailed(target.toAbsolutePath(), e), target.toAbsolutePath());
    }
}
