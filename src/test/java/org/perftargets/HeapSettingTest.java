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

    @TempDir
    Path dir;

    @Test
    void mavensJvmConfigSetsAHeapThatFitsAnEightGigabyteMachine() throws Exception {
        List<String> options = Files.readAllLines(Path.of(".mvn/jvm.config")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String xmx = options.stream().filter(o -> o.startsWith("-Xmx")).findFirst().orElseThrow(
                () -> new AssertionError(".mvn/jvm.config sets no -Xmx: " + options));
        assertTrue(xmx.equals("-Xmx2g") || xmx.equals("-Xmx1g"), xmx);

        ChildRun.Result r = ChildRun.java().jvm(options.toArray(String[]::new)).jvm("-XX:MaxRAM=8g")
                .run(dir, "--benchmark=1000");
        assertEquals(0, r.exitCode(), r.console());
        Matcher peak = Pattern.compile("堆内存峰值：(\\d+) MB").matcher(r.console());
        assertTrue(peak.find(), r.console());
        assertTrue(Integer.parseInt(peak.group(1)) < 2048, r.console());
        System.out.println("1,000 projects with " + options + ": " + peak.group());
    }

    @Test
    void theJarsDocumentedCommandSetsTheSameHeap() throws Exception {
        assertTrue(Files.readString(Path.of("README.md")).contains("java -Xmx2g -XX:TieredStopAtLevel=1 -jar"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Main.run(new String[] {"--help"}, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("java -Xmx2g -XX:TieredStopAtLevel=1 -jar"));
    }
}
