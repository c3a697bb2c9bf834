package org.perftargets.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The list, kept in each group's folder, of the files the tool wrote there ({@value #FILE}). A
 * full run removes only files on this list (the sheets of projects no longer in the input); a
 * file the list does not name is never removed, whatever it is called.
 */
final class Manifest {

    static final String FILE = "文件清单.txt";

    private static final String HEADER = "# perf-targets 在本文件夹写出的文件。程序据此删除已不在输入中的项目的申报表，"
            + "不在本清单中的文件一概不动。请勿修改本文件。";

    /** The names in the list's order; sorted only when asked for (a one-sheet run needs only {@link #names}: 40,009 names read and asked about, cold, 50 -> 34 ms). */
    private final List<String> entries;

    private Manifest(List<String> entries) {
        this.entries = entries;
    }

    /** The list in {@code dir}; empty when there is none (a folder of an older version or a new group). */
    static Manifest read(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#") && safe(name)) {
                    entries.add(name);
                }
            }
        } catch (NoSuchFileException e) {
            // no list yet
        }
        return new Manifest(entries);
    }

    /** A name relative to the folder that stays inside it: an edited list cannot reach elsewhere. */
    private static boolean safe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.contains(":")) {
            return false;
        }
        // Each part between separators neither empty nor . or .. (a loop: a regex split per line took
        // most of the 95 ms of reading a 20,000-project group's list).
        int end = name.length();
        while (end > 0 && isSeparator(name.charAt(end - 1))) {
            end--; // as split() drops trailing empty parts
        }
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || isSeparator(name.charAt(i))) {
                int n = i - start;
                if (n == 0 || n == 1 && name.charAt(start) == '.' || n == 2 && name.startsWith("..", start)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }

    /** Whether the list names each of these. */
    boolean names(List<String> names) {
        return entries.containsAll(names);
    }

    SortedSet<String> entries() {
        return new TreeSet<>(entries);
    }

    /**
     * Writes the list of {@code dir}: the entries still present as regular files, and those written now.
     */
    static void write(Path dir, SortedSet<String> previous, List<String> written) throws IOException {
        SortedSet<String> all = new TreeSet<>();
        for (String e : previous) {
            if (Files.isRegularFile(dir.resolve(e), LinkOption.NOFOLLOW_LINKS)) {
                all.add(e);
            }
        }
        all.addAll(written);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(all);
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(dir.resolve(FILE), out -> out.write(bytes));
    }
}
