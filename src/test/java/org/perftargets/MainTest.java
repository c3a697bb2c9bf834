package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** -Dproject= or a bare -Dproject (Maven makes it "true") means one sheet: not a whole run, nor a project called "true". */
    @Test
    void aProjectOptionWithoutANameIsAnErrorNotAWholeRun() throws Exception {
        for (String value : new String[] {"", " ", "true"}) {
            System.setProperty("project", value);
            try {
                console.reset();
                assertEquals(2, run("--input=" + dir.resolve("in"), "--output=" + dir.resolve("out")));
                assertTrue(console().contains("错误：-Dproject 后面要写上项目名称或项目编码"), console());
                assertTrue(java.nio.file.Files.notExists(dir.resolve("out")));
            } finally {
                System.clearProperty("project");
            }
        }
    }

    @Test
    void helpListsTheOptionsInChinese() {
        assertEquals(0, run("--help"));
        assertTrue(console().contains("--project=项目名称或编码") && console().contains("只重新生成这一个项目的申报表"), console());
    }

    @Test
    void helpIsWhollyChineseWithTheDescriptionsInOneColumnAsATerminalShowsThem() {
        assertEquals(0, run("--help"));
        String help = console();
        for (String english : List.of("Usage", "Show", "Print", "help message", "version information", "Options")) {
            assertFalse(help.contains(english), english + " in " + help);
        }
        List<Integer> columns = new ArrayList<>();
        for (String line : help.split("\\R")) {
            if (line.strip().startsWith("-")) {
                int gap = line.indexOf("   ", line.indexOf('-'));
                int start = gap + line.substring(gap).indexOf(line.substring(gap).strip());
                columns.add(Main.displayWidth(line.substring(0, start)));
            }
        }
        assertEquals(15, columns.size(), help);
        assertEquals(1, columns.stream().distinct().count(), "description columns " + columns + " in\n" + help);
    }

    @Test
    void everyParseErrorIsChineseNamesTheOptionAndIsExit2() {
        Map<String[], String> cases = new LinkedHashMap<>();
        cases.put(new String[] {"--bogus"}, "错误：不认识的选项「--bogus」。");
        cases.put(new String[] {"--projct=x"}, "您是不是要用：--project？");
        cases.put(new String[] {"--input"}, "错误：选项 --input 需要一个值，例如 --input=文件夹。");
        cases.put(new String[] {"--input=a", "--input=b"}, "错误：选项 --input 给了不止一次，只能给一次。");
        cases.put(new String[] {"多余"}, "错误：多余的参数「多余」");
        for (Map.Entry<String[], String> c : cases.entrySet()) {
            console.reset();
            assertEquals(2, run(c.getKey()), console());
            assertTrue(console().contains(c.getValue()) && console().contains("用 --help 查看全部选项"), console());
            assertFalse(console().matches("(?s).*(Unknown|Missing|option|Exception|picocli|should).*"), console());
        }
    }

    @Test
    void aNegativeZeroOrAbsurdLimitIsAUsageErrorInChinese() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("--max-rows=-5", "错误：-DmaxRows 的值「-5」无效：应是 1 到 1048576 之间的整数");
        cases.put("--max-file-mb=0", "错误：-DmaxFileMb 的值「0」无效：应是 1 到 2048 之间的整数");
        cases.put("--max-cell-chars=99999999999999999999", "错误：-DmaxCellChars 的值「99999999999999999999」无效");
        cases.put("--max-rows=许多", "错误：-DmaxRows 的值「许多」无效");
        cases.put("--benchmark=-1", "错误：-Dbenchmark 的值「-1」无效");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            console.reset();
            assertEquals(2, run(c.getKey(), "--input=input", "--output=" + dir.resolve("out")), console());
            assertTrue(console().contains(c.getValue()), console());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written on a usage error");
        console.reset();
        assertEquals(0, run("--max-rows=1,000", "--input=input", "--output=" + dir.resolve("out"), "--project=被装经费"), console());
    }

    @Test
    void theTemplateGoesIntoAFolderWhenGivenAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("模板文件夹"));
        assertEquals(0, run("--template=" + folder));
        assertTrue(Files.isRegularFile(folder.resolve("绩效目标申报模板.xlsx")), console());
        assertEquals(0, run("--template=" + dir.resolve("新文件夹") + "/"));
        assertTrue(Files.isRegularFile(dir.resolve("新文件夹/绩效目标申报模板.xlsx")), console());
    }

    @Test
    void aYearOrDepartmentMatchingNothingIsExit2ListingWhatExistsClosestFirstAndOverwritesNoReport() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run("--input=input", "--output=" + out));
        Path report = out.resolve("校验报告.txt");
        byte[] before = Files.readAllBytes(report);
        console.reset();
        assertEquals(2, run("--input=input", "--output=" + out, "--year=2024"));
        assertTrue(console().contains("输入中没有年度 2024 的项目") && console().contains("输入中的年度（按接近程度）：2023。"), console());
        console.reset();
        assertEquals(2, run("--input=input", "--output=" + out, "--department=上海市公安"));
        assertTrue(console().contains("主管部门「上海市公安」") && console().contains("（按接近程度）：上海市公安局。"), console());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(report)), "the report was overwritten");
    }

    @Test
    void theConsoleGetsItsOwnEncodingAndRedirectedOutputUtf8() {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        assertEquals(gbk, Main.consoleCharset(true, gbk));
        assertEquals(StandardCharsets.UTF_8, Main.consoleCharset(false, gbk));
        assertEquals(StandardCharsets.UTF_8, Main.consoleCharset(false, null));
    }

    @Test
    void anUnknownOptionOrABadYearIsAUsageErrorWithAChineseMessage() {
        assertEquals(2, run("--bogus"));
        assertTrue(console().contains("错误：不认识的选项「--bogus」。用 --help 查看全部选项。"), console());
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
