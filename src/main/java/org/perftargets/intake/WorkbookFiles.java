package org.perftargets.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The workbooks in a folder: .xlsx, .xlsm and .xls, by name; Excel's lock files and other files skipped. */
public final class WorkbookFiles {

    /** The workbooks to read, and the files passed over with the reason why. */
    public record Listing(List<Path> workbooks, List<Skipped> skipped) {
    }

    public record Skipped(Path file, String reason) {
    }

    private WorkbookFiles() {
    }

    public static Listing list(Path folder) throws IOException {
        List<Path> workbooks = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || Files.isDirectory(p)) {
                    continue;
                }
                if (name.startsWith("~$")) {
                    skipped.add(new Skipped(p, "Excel 打开文件时留下的临时锁文件"));
                } else if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
                    workbooks.add(p);
                } else {
                    skipped.add(new Skipped(p, "不是 Excel 工作簿（.xlsx 或 .xls）"));
                }
            }
        }
        return new Listing(workbooks, skipped);
    }
}
