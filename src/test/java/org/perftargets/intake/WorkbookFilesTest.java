package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of("C.XLSX", "a.xlsx", "b.xls"), l.workbooks().stream().map(WorkbookFiles.Workbook::name).toList());
        assertEquals(List.of(".hidden.xlsx", "~$a.xlsx", "说明.txt"), l.skipped().stream().map(WorkbookFiles.Skipped::name).toList());
        assertEquals("隐藏文件", l.skipped().get(0).reason());
        assertEquals("Excel 打开文件时留下的临时锁文件", l.skipped().get(1).reason());
    }

    @Test
    void readsSubfoldersNamingEachWorkbookByItsPathAndSkipsHiddenFoldersWithANote() throws IOException {
        Files.createDirectories(dir.resolve("单位A")).resolve("申报.xlsx").toFile().createNewFile();
        Files.createDirectories(dir.resolve("单位B/二级")).resolve("申报.et").toFile().createNewFile();
        Files.createDirectories(dir.resolve(".git")).resolve("x.xlsx").toFile().createNewFile();
        Files.writeString(dir.resolve("总表.xlsx"), "x");
        WorkbookFiles.Listing l = WorkbookFiles.list(dir);
        assertEquals(List.of("单位A/申报.xlsx", "单位B/二级/申报.et", "总表.xlsx"),
                l.workbooks().stream().map(WorkbookFiles.Workbook::name).toList());
        assertEquals(List.of(".git/"), l.skipped().stream().map(WorkbookFiles.Skipped::name).toList());
        assertTrue(l.skipped().get(0).reason().contains("隐藏文件夹"));
    }
}
