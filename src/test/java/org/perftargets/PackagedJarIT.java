package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as a user runs it: java -jar target/perf-targets.jar on the sample. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "perf-targets.jar");

    @Test
    void jarMakesTheSamplesBookletAndSheets(@TempDir Path out) throws Exception {
        Run run = java("-jar", JAR.toString(), "--input", "input", "--output", out.toString());
        assertEquals(0, run.exit(), run.output());
        Path group = out.resolve("2023").resolve("上海市公安局");
        assertTrue(Files.size(group.resolve("上海市公安局2023年度项目绩效目标汇总表.pdf")) > 100_000, run.output());
        try (Stream<Path> sheets = Files.list(group.resolve("申报表"))) {
            assertEquals(46, sheets.count(), "23 PDFs and 23 XLSX");
        }
    }

    @Test
    void jarRegeneratesOneSheet(@TempDir Path out) throws Exception {
        Run run = java("-jar", JAR.toString(), "--input", "input", "--output", out.toString(), "--project", "信息化运维项目");
        assertEquals(0, run.exit(), run.output());
        Path sheets = out.resolve("2023").resolve("上海市公安局").resolve("申报表");
        assertTrue(Files.isRegularFile(sheets.resolve("信息化运维项目.pdf")), run.output());
        assertTrue(Files.isRegularFile(sheets.resolve("信息化运维项目.xlsx")), run.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
