package org.perftargets.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibreOfficeExportTest {

    @Test
    void sofficeIsLookedForOnThePathInOrder(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path soffice = Files.createFile(bin.resolve("soffice"));
        assertEquals(Optional.empty(), LibreOfficeExport.find(empty.toString()), "no soffice: the comparison is skipped");
        if (soffice.toFile().setExecutable(true)) {
            assertEquals(Optional.of(soffice), LibreOfficeExport.find(empty + File.pathSeparator + bin));
        }
        assertEquals(Optional.empty(), LibreOfficeExport.find(null));
    }
}
