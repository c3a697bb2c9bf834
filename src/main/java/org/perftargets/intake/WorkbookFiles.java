package org.perftargets.intake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The workbooks in a folder and its subfolders (a folder per unit is how offices file them):
 * .xlsx, .xlsm, .xls and WPS's .et, each named by its path relative to the folder. Excel's lock
 * files, hidden files and folders and other files are passed over, each with the reason why.
 */
public final class WorkbookFiles {

    /** The workbooks to read, and the files passed over with the reason why. */
    public record Listing(List<Workbook> workbooks, List<Skipped> skipped) {
    }

    /** A workbook: where it is, and its name as reports give it (单位A/申报.xlsx). */
    public record Workbook(Path path, String name) {
    }

    public record Skipped(String name, String reason) {
    }

    private WorkbookFiles() {
    }

    public static Listing list(Path folder) throws IOException {
        List<Workbook> workbooks = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
                    skipped.add(new Skipped(name(folder, dir) + "/", "隐藏文件夹，其中的文件不读取"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                String file = p.getFileName().toString();
                String lower = file.toLowerCase(Locale.ROOT);
                String name = name(folder, p);
                if (file.startsWith("~$")) {
                    skipped.add(new Skipped(name, "Excel 打开文件时留下的临时锁文件"));
                } else if (file.startsWith(".")) {
                    skipped.add(new Skipped(name, "隐藏文件"));
                } else if (!attrs.isRegularFile()) {
                    skipped.add(new Skipped(name, "不是普通文件"));
                } else if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")
                        || lower.endsWith(".et")) {
                    workbooks.add(new Workbook(p, name));
                } else {
                    skipped.add(new Skipped(name, "不是 Excel 工作簿（.xlsx、.xls 或 WPS 的 .et）"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
                skipped.add(new Skipped(name(folder, p), "无法打开（没有读取权限？）"));
                return FileVisitResult.CONTINUE;
            }
        });
        // Reports and outputs follow this order: the same on every machine, folders and files by name.
        Comparator<String> byName = Comparator.naturalOrder();
        workbooks.sort(Comparator.comparing(Workbook::name, byName));
        skipped.sort(Comparator.comparing(Skipped::name, byName));
        return new Listing(List.copyOf(workbooks), List.copyOf(skipped));
    }

    /** The path relative to the folder, with / between folders on every system. */
    private static String name(Path folder, Path p) {
        return folder.relativize(p).toString().replace('\\', '/');
    }
}
