package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.intake.StandardWorkbookWriter;
import org.perftargets.testing.ChildRun;

/**
 * One run at a time per output folder: a second run (another process) stops at once with exit 2
 * naming the folder and the run holding it, and the first run ends well; a run that was killed
 * does not block the next one.
 */
class RunLockTest {

    private static final int PROJECTS = 80;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private RunSummary runHere(Path input, Path output) {
        console.reset();
        return new BatchJob(JobOptions.of(input, output), new PrintStream(console, true, StandardCharsets.UTF_8)).run();
    }

    private Path bigInput() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        AtomicFile.write(input.resolve("大.xlsx"), o -> StandardWorkbookWriter.write(SyntheticDeclarations.generate(PROJECTS, 7), o));
        return input;
    }

    /** Waits until the child holds the lock and has begun writing sheets. */
    private static void awaitSheets(Process p, Path output, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (sheets(output) < n && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static long sheets(Path output) throws IOException {
        Path s = output.resolve("2023/上海市公安局/申报表");
        if (!Files.isDirectory(s)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(s)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
        }
    }

    @Test
    void aSecondRunOnTheSameOutputFolderStopsAtOnceWithExit2AndTheFirstEndsWell() throws Exception {
        Path input = bigInput();
        Path output = dir.resolve("output");
        Process first = ChildRun.java().start(dir.resolve("first.txt"), "--input=" + input, "--output=" + output);
        awaitSheets(first, output, 5);
        assertTrue(first.isAlive(), "the first run ended too soon: " + Files.readString(dir.resolve("first.txt")));

        long start = System.nanoTime();
        RunSummary second = runHere(input, output);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, second.exitCode(), console.toString(StandardCharsets.UTF_8));
        String text = console.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("错误：输出文件夹 " + output.toAbsolutePath().normalize() + " 正在被另一次运行使用（进程 "
                + first.pid() + "，开始于"), text);

        assertTrue(first.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.txt")));
        assertEquals(PROJECTS, sheets(output));
        assertTrue(Files.exists(output.resolve("2023/上海市公安局/上海市公安局2023年度项目绩效目标汇总表.pdf")));
        assertTrue(millis < 2000, "refused after " + millis + " ms");
    }

    @Test
    void theLockOfAKilledRunDoesNotBlockTheNextRun() throws Exception {
        Path input = bigInput();
        Path output = dir.resolve("output");
        Process killed = ChildRun.java().start(dir.resolve("killed.txt"), "--input=" + input, "--output=" + output);
        awaitSheets(killed, output, 5);
        assertTrue(killed.isAlive(), Files.readString(dir.resolve("killed.txt")));
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(output.resolve(RunLock.FILE)), "the killed run's lock file is still there");

        RunSummary next = runHere(input, output);
        assertEquals(0, next.exitCode(), console.toString(StandardCharsets.UTF_8));
        assertEquals(PROJECTS, sheets(output));
    }
}
