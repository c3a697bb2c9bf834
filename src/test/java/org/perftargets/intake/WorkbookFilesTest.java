package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsWorkbooksByNameAndSkipsLockFilesAndOtherFilesWithAReason() throws IOException {
        for (String n : List.of("b.xls", "a.xlsx", "~$a.xlsx", "说明.txt", "C.XLSX", ".hidden.xlsx")) {
            Files.writeString(dir.resolve(n), "x");
        }
        Files.createDirectory(dir.resolve("sub.xlsx"));
        WorkbookFiles.Listing l = WorkbookFiles.list(dir);
        assertEquals(List.of("C.XLSX", "a.xlsx", "b.xls"), l.workbooks().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("~$a.xlsx", "说明.txt"), l.skipped().stream().map(s -> s.file().getFileName().toString()).toList());
        assertEquals("Excel 打开文件时留下的临时锁文件", l.skipped().get(0).reason());
    }
}
