package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.testing.ChildRun;

/**
 * The console writes in the console's own encoding: on a GBK console (a Chinese Windows one, made
 * here with a zh_CN.GBK locale and a pseudo-terminal) the Chinese arrives as GBK, not as UTF-8
 * mojibake; the same program's output redirected to a file stays UTF-8.
 */
class ConsoleEncodingTest {

    @TempDir
    Path dir;

    private static final String MESSAGE = "错误：年度「x」不是数字";

    @Test
    void aGbkConsoleGetsGbkAndRedirectedOutputStaysUtf8() throws Exception {
        assumeTrue(ChildRun.works("script", "--version"), "script makes the pseudo-terminal");
        Path locales = Files.createDirectories(dir.resolve("locale"));
        assumeTrue(ChildRun.works("localedef", "-i", "zh_CN", "-f", "GBK", locales.resolve("zh_CN.GBK").toString()),
                "localedef makes the GBK locale");
        String java = ChildRun.java().command("--year=x").stream().map(a -> "'" + a + "'").collect(Collectors.joining(" "));

        Path onConsole = dir.resolve("console.bin");
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", java, "/dev/null").redirectErrorStream(true)
                .redirectOutput(onConsole.toFile());
        pb.environment().put("LOCPATH", locales.toString());
        pb.environment().put("LC_ALL", "zh_CN.GBK");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        byte[] shown = Files.readAllBytes(onConsole);
        assertTrue(contains(shown, MESSAGE.getBytes(Charset.forName("GBK"))),
                "not GBK on a GBK console: " + new String(shown, StandardCharsets.ISO_8859_1));

        ChildRun.Result redirected = ChildRun.java().env("LOCPATH", locales.toString()).env("LC_ALL", "zh_CN.GBK")
                .run(dir, "--year=x");
        assertEquals(2, redirected.exitCode());
        assertTrue(contains(redirected.bytes(), MESSAGE.getBytes(StandardCharsets.UTF_8)), redirected.console());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
