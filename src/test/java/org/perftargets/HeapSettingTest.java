package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.ChildRun;

/**
 * The heap the job needs is set by the project ({@code .mvn/jvm.config} for {@code mvn -q}, and the
 * jar's documented command), not left to the JVM's share of the machine: with exactly those
 * settings, on a JVM told the machine has 8 GB, 1,000 projects run through.
 */
class HeapSettingTest {

    /** The jar's documented command: the same heap cap and compiler as .mvn/jvm.config. */
    static final String JAR_COMMAND = "java -Xmx560m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar";

    @TempDir
    Path dir;

    @Test
    void mavensJvmConfigSetsAHeapThatFitsAnEightGigabyteMachine() throws Exception {
        List<String> options = Files.readAllLines(Path.of(".mvn/jvm.config")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String xmx = options.stream().filter(o -> o.startsWith("-Xmx")).findFirst().orElseThrow(
                () -> new AssertionError(".mvn/jvm.config sets no -Xmx: " + options));
        assertTrue(xmx.matches("-Xmx[0-9]+m") && Integer.parseInt(xmx.replaceAll("\\D", "")) <= 800,
                "a heap cap that leaves the whole process within 1 GB: " + xmx);

        // No soffice on the PATH: the benchmark skips its LibreOffice comparison.
        ChildRun.Result r = ChildRun.java().jvm(options.toArray(String[]::new)).jvm("-XX:MaxRAM=8g")
                .env("PATH", dir.toString()).run(dir, 600, "--benchmark=1000"); // a memory test: time only bounded
        assertEquals(0, r.exitCode(), r.console());
        Matcher peak = Pattern.compile("堆内存峰值：(\\d+) MB").matcher(r.console());
        assertTrue(peak.find(), r.console());
        assertTrue(Integer.parseInt(peak.group(1)) < 800, r.console());
        assertTrue(r.console().contains("LibreOffice 对比：跳过"), r.console());
        Matcher resident = Pattern.compile("驻留内存峰值（整个进程，至此[^：]*：(\\d+) MB").matcher(r.console());
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertTrue(resident.find(), r.console());
            assertTrue(Integer.parseInt(resident.group(1)) <= 1024, r.console());
        }
        System.out.println("1,000 projects with " + options + ": " + peak.group());
    }

    @Test
    void theJarsDocumentedCommandSetsTheSameHeap() throws Exception {
        assertTrue(Files.readString(Path.of("README.md")).contains(JAR_COMMAND));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Main.run(new String[] {"--help"}, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(JAR_COMMAND));
    }
}
