package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    /** The list keeps only names that stay inside the folder: no absolute path, drive, empty part, . or .. */
    @Test
    void aListKeepsOnlyTheNamesThatStayInsideItsFolder() throws IOException {
        List<String> lines = List.of("# 注释", "申报表/甲项目.pdf", "  校验报告.txt  ", "申报表/", "申报表//甲.pdf", "/etc/hostname",
                "\\\\server\\share", "C:\\x.pdf", "a:b", "申报表/../../重要.pdf", "..", ".", "./a", "a/.", "a/..", "..a", "a..",
                ".hidden", "申报表\\乙项目.xlsx", "申报表\\", "a\\\\b", "…/a", "申报表/...");
        Files.write(dir.resolve(Manifest.FILE), lines, StandardCharsets.UTF_8);
        TreeSet<String> expected = new TreeSet<>();
        for (String line : lines) {
            String name = line.strip();
            // The rule as it was first written, with a regular expression.
            boolean safe = !name.isEmpty() && !name.startsWith("#") && !name.startsWith("/") && !name.startsWith("\\")
                    && !name.contains(":") && Arrays.stream(name.split("[/\\\\]"))
                            .noneMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."));
            if (safe) {
                expected.add(name);
            }
        }
        assertEquals(expected, Manifest.read(dir).entries());
        assertEquals(new TreeSet<>(List.of("申报表/甲项目.pdf", "校验报告.txt", "申报表/", "..a", "a..", ".hidden",
                "申报表\\乙项目.xlsx", "申报表\\", "…/a", "申报表/...")), Manifest.read(dir).entries());
    }
}
