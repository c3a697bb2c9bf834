package org.perftargets;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.perftargets.benchmark.Benchmark;
import org.perftargets.job.BatchJob;
import org.perftargets.job.BlankWorkbook;
import org.perftargets.job.SelfEvaluationWorkbooks;
import org.perftargets.job.JobOptions;
import org.perftargets.job.RunSummary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line. Every option also reads a system property of the same name, so that
 * {@code mvn -q -Dproject=信息化运维项目} works like {@code java -jar … --project=信息化运维项目}.
 * Everything it prints is Chinese, picocli's own words included: the help's headings are set
 * here and every parse error is worded here.
 */
@Command(name = "perf-targets", version = "perf-targets 1.0",
        synopsisHeading = "用法：", customSynopsis = "java -Xmx560m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar perf-targets.jar [选项]",
        descriptionHeading = "%n", description = "读取输入文件夹中的绩效目标申报工作簿，校验后生成汇总表 PDF、每个项目的申报表（PDF 和 XLSX）、CSV 和校验报告。",
        optionListHeading = "%n选项（用 Maven 运行时写作 -D名称=值，如 -Dproject=信息化运维项目）：%n",
        footerHeading = "%n", footer = "退出码：0 无错误；1 输入有错误；2 用法错误或无法读写文件；3 程序内部错误。",
        sortOptions = false, usageHelpAutoWidth = false, usageHelpWidth = 100)
public final class Main implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "${sys:input:-input}", paramLabel = "文件夹",
            description = "放工作簿的文件夹（默认 input）")
    Path input;

    @Option(names = "--output", defaultValue = "${sys:output:-output}", paramLabel = "文件夹",
            description = "输出文件夹（默认 output）")
    Path output;

    @Option(names = "--templates", defaultValue = "${sys:templates:-templates}", paramLabel = "文件夹",
            description = "模板文件夹；不存在或不含本程序的模板时使用内置模板（默认 templates）")
    Path templates;

    @Option(names = "--project", defaultValue = "${sys:project:-}", paramLabel = "项目名称或编码",
            description = "只重新生成这一个项目的申报表")
    String project;

    @Option(names = "--year", defaultValue = "${sys:year:-}", paramLabel = "年度", description = "只处理这一年度")
    String year;

    @Option(names = "--department", defaultValue = "${sys:department:-}", paramLabel = "主管部门",
            description = "只处理这一主管部门")
    String department;

    @Option(names = "--template", defaultValue = "${sys:template:-}", arity = "0..1", fallbackValue = "true",
            paramLabel = "文件或文件夹", description = "写出空白的标准申报工作簿后退出（默认 output/绩效目标申报模板.xlsx；给文件夹则写在其中）")
    String template;

    @Option(names = "--self-evaluation", defaultValue = "${sys:selfEvaluation:-false}",
            description = "为 input 中每个 年度 + 主管部门 写出预填的年终自评工作簿 output/<年度>/<主管部门>/自评填报.xlsx 后退出")
    boolean selfEvaluation;

    @Option(names = "--max-file-mb", defaultValue = "${sys:maxFileMb:-50}", paramLabel = "MB",
            description = "单个工作簿的大小上限，1 到 " + Limits.MAX_FILE_MB + "（默认 50）")
    String maxFileMb;

    @Option(names = "--max-rows", defaultValue = "${sys:maxRows:-500000}", paramLabel = "行数",
            description = "每个工作表的行数上限，1 到 " + Limits.MAX_ROWS + "（默认 500000）")
    String maxRows;

    @Option(names = "--max-cell-chars", defaultValue = "${sys:maxCellChars:-10000}", paramLabel = "字符数",
            description = "单元格文字长度上限，1 到 " + Limits.MAX_CELL_CHARS + "（默认 10000）")
    String maxCellChars;

    @Option(names = "--benchmark", defaultValue = "${sys:benchmark:-}", arity = "0..1", fallbackValue = "true",
            paramLabel = "项目数", description = "基准测试：生成 N 个模拟项目（默认 1000）跑完整个作业并打印各阶段用时")
    String benchmark;

    @Option(names = "--no-libreoffice", defaultValue = "${sys:noLibreOffice:-false}",
            description = "基准测试时不计时 LibreOffice 导出同样的申报表（装有 LibreOffice 时默认计时；数千个项目时它要几十分钟）")
    boolean noLibreOffice;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助后退出")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本后退出")
    boolean version;

    private PrintStream console;

    /** The upper bounds of the reading limits: beyond them a value is a typing mistake, not a wish. */
    static final class Limits {
        static final long MAX_FILE_MB = 2048;
        static final long MAX_ROWS = 1_048_576; // Excel's own row limit
        static final long MAX_CELL_CHARS = 32_767; // Excel's own cell limit
        static final long MAX_BENCHMARK = 100_000;

        private Limits() {
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, consoleCharset(System.console() != null,
                System.console() == null ? null : System.console().charset()))));
    }

    /**
     * The console's own encoding when writing to a console (GBK on a Chinese Windows console), and
     * UTF-8 when the output is redirected to a file or a pipe.
     */
    static Charset consoleCharset(boolean console, Charset consoleCharset) {
        return console && consoleCharset != null ? consoleCharset : StandardCharsets.UTF_8;
    }

    /** Runs the command line and returns the exit code (0 well, 1 input errors, 2 usage or machine, 3 internal). */
    public static int run(String[] args, PrintStream out) {
        Main main = new Main();
        main.console = out;
        CommandLine cli = new CommandLine(main);
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, Main::optionList);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(out, true));
        cli.setParameterExceptionHandler((e, ignored) -> {
            out.println("错误：" + parseError(e) + "用 --help 查看全部选项。");
            return 2;
        });
        return cli.execute(args);
    }

    /**
     * The options, one a line, the descriptions starting in one column as a terminal shows them:
     * a Chinese character takes two columns (picocli pads by characters, which leaves them ragged).
     */
    static String optionList(CommandLine.Help help) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (CommandLine.Model.OptionSpec o : help.commandSpec().options()) {
            String names = String.join(", ", o.names());
            if (o.arity().max() > 0) {
                names += (o.arity().min() == 0 ? "[=" + o.paramLabel() + "]" : "=" + o.paramLabel());
            }
            rows.add(new String[] {(o.names().length == 1 ? "      " : "  ") + names, String.join(" ", o.description())});
        }
        int width = rows.stream().mapToInt(r -> displayWidth(r[0])).max().orElse(0) + 3;
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append(r[0]).append(" ".repeat(width - displayWidth(r[0]))).append(r[1]).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** Columns a terminal gives the text: two for East Asian wide and full-width characters, one for others. */
    static int displayWidth(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1)
                .sum();
    }

    /** picocli's parse errors, in Chinese, naming the option and the value. */
    static String parseError(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            List<String> suggestions = u.getSuggestions();
            String what = unmatched.isEmpty() ? "" : unmatched.get(0);
            return (what.startsWith("-") ? "不认识的选项「" + what + "」。" : "多余的参数「" + what + "」（选项须写成 --名称=值）。")
                    + (suggestions.isEmpty() ? "" : "您是不是要用：" + String.join("、", suggestions) + "？");
        }
        CommandLine.Model.ArgSpec arg = e.getArgSpec();
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            arg = o.getOverwritten();
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            arg = m.getMissing().get(0);
        }
        String option = arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : null;
        if (e instanceof CommandLine.OverwrittenOptionException) {
            return option == null ? "有选项给了不止一次。" : "选项 " + option + " 给了不止一次，只能给一次。";
        }
        if (e instanceof CommandLine.MissingParameterException) {
            return option == null ? "缺少参数。" : "选项 " + option + " 需要一个值，例如 " + option + "=" + arg.paramLabel() + "。";
        }
        return option == null ? "命令行参数有误。" : "选项 " + option + " 的值有误。";
    }

    @Override
    public Integer call() {
        PrintStream out = console;
        Integer yearFilter = null;
        if (!blank(year)) {
            try {
                yearFilter = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                out.println("错误：年度「" + year + "」不是数字，例如 -Dyear=2023。");
                return 2;
            }
        }
        if (!blank(benchmark)) {
            Long n = benchmark.equals("true") ? Long.valueOf(1000) : number("benchmark", benchmark, Limits.MAX_BENCHMARK, "1000", out);
            if (n == null) {
                return 2;
            }
            try {
                return Benchmark.run(n.intValue(), !noLibreOffice, out);
            } catch (IOException e) {
                out.println("错误：基准测试无法写临时文件：" + e.getMessage());
                return 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 3;
            }
        }
        if (!blank(template)) {
            return writeTemplate(out);
        }
        if (selfEvaluation) {
            return writeSelfEvaluationWorkbooks(out);
        }
        Long fileMb = number("maxFileMb", maxFileMb, Limits.MAX_FILE_MB, "50", out);
        Long rows = fileMb == null ? null : number("maxRows", maxRows, Limits.MAX_ROWS, "500000", out);
        Long chars = rows == null ? null : number("maxCellChars", maxCellChars, Limits.MAX_CELL_CHARS, "10000", out);
        if (chars == null) {
            return 2;
        }
        String asked = System.getProperty("project");
        if (asked != null && (asked.isBlank() || asked.equals("true") && "true".equals(project))) {
            // -Dproject= or a bare -Dproject (Maven makes it "true"): one sheet was meant, not the whole run.
            out.println("错误：-Dproject 后面要写上项目名称或项目编码，如 mvn -q -Dproject=信息化运维项目；不写 -Dproject 则处理全部项目。");
            return 2;
        }
        JobOptions options = JobOptions.of(input, output, templates, blankToNull(project), yearFilter,
                blankToNull(department), fileMb, rows.intValue(), chars.intValue());
        RunSummary summary = new BatchJob(options, out).run();
        return summary.exitCode();
    }

    /** A whole number from 1 to {@code max}, or {@code null} after saying what is wrong. */
    private static Long number(String property, String value, long max, String usual, PrintStream out) {
        String v = value == null ? "" : value.strip().replace(",", "").replace("_", "");
        try {
            long n = Long.parseLong(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        out.println("错误：-D" + property + " 的值「" + value + "」无效：应是 1 到 " + max + " 之间的整数，例如 -D" + property
                + "=" + usual + "。");
        return null;
    }

    private int writeTemplate(PrintStream out) {
        Path target = template.equals("true") ? output.resolve("绩效目标申报模板.xlsx") : Path.of(template);
        if (Files.isDirectory(target) || template.endsWith("/") || template.endsWith("\\")) {
            target = target.resolve("绩效目标申报模板.xlsx");
        }
        try {
            BlankWorkbook.write(target);
        } catch (IOException e) {
            if (!BlankWorkbook.machineFailure(e)) {
                out.println("程序内部错误（不是输入数据的问题）：无法生成模板（" + e.getMessage() + "）。请将这段文字发给维护人员。");
                return 3;
            }
            out.println("错误：" + BlankWorkbook.describe(e, target));
            return 2;
        }
        out.println("已写出空白申报模板：" + target.toAbsolutePath());
        out.println("填写「项目」和「绩效指标」两个工作表（说明见「填写说明」），放入 input 文件夹后运行 mvn -q。");
        return 0;
    }

    /** -DselfEvaluation: the pre-filled self-evaluation workbooks (自评填报.xlsx), one per group. */
    private int writeSelfEvaluationWorkbooks(PrintStream out) {
        if (!Files.isDirectory(input)) {
            out.println("错误：找不到输入文件夹 " + input.toAbsolutePath() + "。请把申报工作簿放进该文件夹，或用 -Dinput=文件夹 指明。");
            return 2;
        }
        try {
            List<Path> written = SelfEvaluationWorkbooks.write(input, output, out);
            if (written.isEmpty()) {
                out.println("输入文件夹中没有可用的申报项目（须有年度和主管部门），没有写出自评填报表。");
                return 1;
            }
            for (Path p : written) {
                out.println("已写出自评填报表：" + p);
            }
            out.println("请各单位填写「项目」表的 全年预算数、全年执行数、实际完成情况 和「绩效指标」表的 实际完成值（说明见「填写说明」），"
                    + "放回 input 文件夹（替换原申报工作簿）后运行 mvn -q，即生成自评表、自评汇总和得分表。");
            return 0;
        } catch (IOException e) {
            out.println("错误：无法写出自评填报表：" + e.getMessage() + "。请检查输出文件夹是否可写、磁盘是否已满。");
            return 2;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
