package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.ChildRun;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/**
 * The machine fails, the run does not lie: an output path that is a file, a folder without write
 * permission, a full disk are usage errors (exit 2) naming the path, never "程序内部错误"; the log of
 * a real internal error goes in the output folder, never through a link, else on the console.
 */
class MachineFailureTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Path input() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        if (Files.list(input).findAny().isEmpty()) {
            StandardSample.of(TestWorkbook.xlsx(), "甲项目", "乙项目").save(input, "申报");
        }
        return input;
    }

    private RunSummary run(Path output) throws IOException {
        console.reset();
        return new BatchJob(JobOptions.of(input(), output), new PrintStream(console, true, StandardCharsets.UTF_8)).run();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOutputPathThatIsAFileIsExit2NamingIt() throws IOException {
        Path output = Files.writeString(dir.resolve("output"), "一个文件");
        assertEquals(2, run(output).exitCode());
        assertTrue(console().contains("无法写入 " + output + "：这个位置（或其上一级）是一个文件，不是文件夹"), console());
        assertFalse(console().contains("程序内部错误"), console());
        assertEquals("一个文件", Files.readString(output));
    }

    @Test
    void aReadOnlyOutputFolderIsExit2NamingTheFolderAndLeavesThePreviousFiles() throws Exception {
        assumeTrue(ChildRun.works(ChildRun.withoutPermissionOverride()[0], "--bounding-set=-dac_override", "true"),
                "setpriv is needed to run without root's power over permissions");
        Path output = dir.resolve("output");
        assertEquals(0, run(output).exitCode(), console());
        Path group = output.resolve("2023/上海市公安局");
        Path booklet = group.resolve("上海市公安局2023年度项目绩效目标汇总表.pdf");
        byte[] before = Files.readAllBytes(booklet);
        List<Path> folders = List.of(output, output.resolve("2023"), group, group.resolve("申报表"));
        for (Path f : folders) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            ChildRun.Result r = ChildRun.java().under(ChildRun.withoutPermissionOverride())
                    .run(dir, "--input=" + input(), "--output=" + output);
            assertEquals(2, r.exitCode(), r.console());
            assertTrue(r.console().contains("没有写入权限，或磁盘为只读"), r.console());
            assertTrue(r.console().contains("无法写入 " + group), r.console());
            assertFalse(r.console().contains("程序内部错误") || r.console().contains("Exception"), r.console());
            assertFalse(r.console().contains(AtomicFile.PART_SUFFIX), "no temporary file name: " + r.console());
        } finally {
            for (Path f : folders) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        assertArrayEquals(before, Files.readAllBytes(booklet));
    }

    @Test
    void anUnreadableFolderOfTheUsersUnderTheOutputFolderDoesNotStopTheRun() throws Exception {
        assumeTrue(ChildRun.works(ChildRun.withoutPermissionOverride()[0], "--bounding-set=-dac_override", "true"));
        Path output = dir.resolve("output");
        Path privateFolder = Files.createDirectories(output.resolve("私人/更深"));
        Files.writeString(privateFolder.resolve("论文.part"), "用户的");
        Files.setPosixFilePermissions(output.resolve("私人"), PosixFilePermissions.fromString("---------"));
        try {
            ChildRun.Result r = ChildRun.java().under(ChildRun.withoutPermissionOverride())
                    .run(dir, "--input=" + input(), "--output=" + output);
            assertEquals(0, r.exitCode(), r.console());
        } finally {
            Files.setPosixFilePermissions(output.resolve("私人"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals("用户的", Files.readString(privateFolder.resolve("论文.part")));
        assertTrue(Files.exists(output.resolve("2023/上海市公安局/申报表/甲项目.pdf")));
    }

    @Test
    void aFullDiskIsExit2NamingTheFileAndLeavesNoTemporaryFile() throws Exception {
        assumeTrue(ChildRun.works("unshare", "-rm", "true"), "unshare is needed to mount a small file system");
        Path output = Files.createDirectories(dir.resolve("small"));
        // A 200 KB file system mounted on the output folder for the run only; what is left is listed before it goes.
        List<String> cmd = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
                "mount -t tmpfs -o size=200k tmpfs \"$0\" && \"$@\"; rc=$?; echo; echo 剩下：; find \"$0\" -type f; exit $rc",
                output.toString()));
        cmd.addAll(ChildRun.java().command("--input=" + input(), "--output=" + output));
        Path log = dir.resolve("console.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        String text = Files.readString(log);
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("磁盘空间不足。请腾出磁盘空间后重新运行"), text);
        assertTrue(text.contains("无法写入 " + output), text);
        assertFalse(text.contains("程序内部错误"), text);
        String left = text.substring(text.indexOf("剩下："));
        assertFalse(left.contains(AtomicFile.PART_SUFFIX), "a temporary file was left: " + left);
    }

    @Test
    void theInternalErrorLogIsWrittenInTheOutputFolderNeverThroughALinkPlantedThere() throws IOException {
        Path output = Files.createDirectories(dir.resolve("output"));
        Path elsewhere = Files.writeString(dir.resolve("别人的文件.txt"), "别人的内容");
        Files.createSymbolicLink(output.resolve(BatchJob.InternalErrorLog.FILE), elsewhere);
        Path log = BatchJob.InternalErrorLog.write(output, new IllegalStateException("缺陷"), new PrintStream(console));
        assertEquals(output.resolve(BatchJob.InternalErrorLog.FILE), log);
        assertFalse(Files.isSymbolicLink(log));
        assertTrue(Files.readString(log).contains("IllegalStateException: 缺陷"));
        assertEquals("别人的内容", Files.readString(elsewhere));
    }

    @Test
    void whereTheOutputFolderCannotTakeTheLogItIsPrintedNotPutInTheTemporaryFolder() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("output"), "x");
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), BatchJob.InternalErrorLog.FILE);
        long before = Files.exists(shared) ? Files.getLastModifiedTime(shared).toMillis() : -1;
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        assertNull(BatchJob.InternalErrorLog.write(notAFolder, new IllegalStateException("缺陷"), out));
        assertTrue(console().contains("无法在输出文件夹") && console().contains("IllegalStateException: 缺陷"), console());
        assertEquals(before, Files.exists(shared) ? Files.getLastModifiedTime(shared).toMillis() : -1);
    }

    @Test
    void temporaryFilesAreRecognisedByTheirExactNameOnly() throws IOException {
        Path target = dir.resolve("甲.pdf");
        try (AtomicFile.Pending p = AtomicFile.open(target); Stream<Path> s = Files.list(dir)) {
            String temp = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(AtomicFile.PART_SUFFIX)).findFirst()
                    .orElseThrow();
            assertTrue(AtomicFile.isTemporary(temp), temp);
        }
        for (String users : List.of("论文.part", "ubuntu.iso.part", ".论文.part", ".甲.pdf.abc.part", ".甲.pdf.0A1B2C3D4E5F6.part")) {
            assertFalse(AtomicFile.isTemporary(users), users);
        }
    }
}
