package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.ChildRun;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/**
 * Same input, same bytes, anywhere: each run in its own JVM (so nothing can lean on one JVM's
 * hash order), in UTC with an English locale, in Shanghai with a Turkish locale and in Los Angeles
 * with a German locale, a second or more apart; every output file and the blank template match byte
 * for byte.
 */
class ReproducibleOutputTest {

    @TempDir
    Path dir;

    private static final List<List<String>> MACHINES = List.of(
            List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"),
            List.of("-Duser.timezone=Asia/Shanghai", "-Duser.language=tr", "-Duser.country=TR"),
            List.of("-Duser.timezone=America/Los_Angeles", "-Duser.language=de", "-Duser.country=DE"));

    private Path input() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        StandardSample.of(TestWorkbook.xlsx(), "留置专区保障经费", "信息化运维项目", "i̇stanbul项目").save(input, "好");
        // A second department whose projects have many findings, in many fields, for the reports' order.
        TestWorkbook bad = TestWorkbook.xlsx().row("项目", StandardSample.PROJECT_HEADERS.toArray())
                .row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        for (int i = 0; i < 6; i++) {
            List<Object> row = StandardSample.projectRow("有错项目" + i);
            row.set(StandardSample.col("主管部门"), "上海市民政局");
            row.set(StandardSample.col("当年财政拨款"), i);
            row.set(StandardSample.col("计划开始日期"), "二〇二三年");
            row.set(StandardSample.col("项目性质"), "");
            bad.row("项目", row.toArray());
        }
        bad.save(input, "有错");
        return input;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.endsWith(".lock")) { // says which process held the folder: not an output
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    @Test
    void everyOutputIsByteIdenticalAcrossTimeZonesLocalesAndRuns() throws Exception {
        Path input = input();
        Map<String, byte[]> first = null;
        for (int m = 0; m < MACHINES.size(); m++) {
            Path output = dir.resolve("output" + m);
            ChildRun.Result r = ChildRun.java().jvm(MACHINES.get(m).toArray(String[]::new))
                    .run(dir, "--input=" + input, "--output=" + output);
            assertEquals(1, r.exitCode(), r.console());
            Map<String, byte[]> files = files(output);
            assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".xlsx")) && files.keySet().stream()
                    .anyMatch(f -> f.endsWith(".csv")) && files.size() > 10, files.keySet().toString());
            if (first == null) {
                first = files;
            } else {
                assertEquals(first.keySet(), files.keySet(), MACHINES.get(m).toString());
                for (String f : first.keySet()) {
                    assertTrue(java.util.Arrays.equals(first.get(f), files.get(f)), f + " differs in " + MACHINES.get(m));
                }
            }
            Thread.sleep(1100); // a later second, so a clock that leaked into a file would show
        }
    }

    @Test
    void theBlankTemplateIsByteIdenticalAcrossTimeZonesAndRuns() throws Exception {
        byte[] first = null;
        for (int m = 0; m < MACHINES.size(); m++) {
            Path target = dir.resolve("模板" + m + ".xlsx");
            ChildRun.Result r = ChildRun.java().jvm(MACHINES.get(m).toArray(String[]::new)).run(dir, "--template=" + target);
            assertEquals(0, r.exitCode(), r.console());
            byte[] bytes = Files.readAllBytes(target);
            if (first == null) {
                first = bytes;
            } else {
                assertTrue(java.util.Arrays.equals(first, bytes), "template differs in " + MACHINES.get(m));
            }
            Thread.sleep(1100);
        }
    }
}
