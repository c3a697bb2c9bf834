package org.perftargets.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void everyWorkbookIsInExactlyOneBatchOfOneFolderUnderTheByteLimit() {
        List<Path> workbooks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            workbooks.add(Path.of("/out/2023/上海市公安局/申报表", "业务辅助项目（第" + i + "号）.xlsx"));
        }
        workbooks.add(Path.of("/out/2024/上海市公安局/申报表", "另一年.xlsx"));
        List<List<Path>> batches = LibreOfficeExport.batches(workbooks);
        assertEquals(workbooks, batches.stream().flatMap(List::stream).toList(), "all of them, in order");
        for (List<Path> batch : batches) {
            assertEquals(1, batch.stream().map(Path::getParent).distinct().count(), "one working folder a command");
            int bytes = batch.stream().mapToInt(p -> p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1).sum();
            org.junit.jupiter.api.Assertions.assertTrue(bytes <= LibreOfficeExport.BATCH_BYTES, bytes + " bytes");
            org.junit.jupiter.api.Assertions.assertTrue(batch.size() <= LibreOfficeExport.BATCH_FILES, batch.size() + " files");
        }
        org.junit.jupiter.api.Assertions.assertTrue(batches.size() >= 5, "1,000 names take several commands");
        assertEquals(List.of(Path.of("/out/2024/上海市公安局/申报表", "另一年.xlsx")), batches.get(batches.size() - 1));
    }
}
