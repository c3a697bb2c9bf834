package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.intake.IntakeReader;

/** The command line: options, messages in Chinese, exit codes. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheOptionsInChinese() {
        assertEquals(0, run("--help"));
        assertTrue(console().contains("--project=项目名称或编码") && console().contains("只重新生成这一个项目的申报表"), console());
    }

    @Test
    void anUnknownOptionOrABadYearIsAUsageErrorWithAChineseMessage() {
        assertEquals(2, run("--bogus"));
        assertTrue(console().contains("错误：命令行参数有误"), console());
        assertEquals(2, run("--year=二〇二三", "--input=" + dir));
        assertTrue(console().contains("年度「二〇二三」不是数字"), console());
    }

    @Test
    void writesTheBlankTemplateWhereAsked() {
        Path target = dir.resolve("模板.xlsx");
        assertEquals(0, run("--template=" + target));
        assertTrue(Files.exists(target));
        var findings = new IntakeReader().read(target).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("没有任何项目") && !findings.get(0).isError(),
                "a blank template reads with one warning: it holds no project");
    }

    @Test
    void runsTheJobOnAFolderAndReturnsItsExitCode() {
        assertEquals(2, run("--input=" + dir.resolve("无"), "--output=" + dir.resolve("out")));
        assertTrue(console().contains("找不到输入文件夹"), console());
        assertEquals(0, run("--input=input", "--output=" + dir.resolve("out"), "--project=被装经费"));
        assertTrue(Files.exists(dir.resolve("out/2023/上海市公安局/申报表/被装经费.pdf")));
    }
}
