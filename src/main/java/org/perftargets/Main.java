package org.perftargets;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.perftargets.benchmark.Benchmark;
import org.perftargets.job.BatchJob;
import org.perftargets.job.BlankWorkbook;
import org.perftargets.job.JobOptions;
import org.perftargets.job.RunSummary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line. Every option also reads a system property of the same name, so that
 * {@code mvn -q -Dproject=信息化运维项目} works like {@code java -jar … --project=信息化运维项目}.
 */
@Command(name = "perf-targets", mixinStandardHelpOptions = true, version = "perf-targets 1.0",
        description = {"读取 input 文件夹中的绩效目标申报工作簿，校验后生成汇总表 PDF、每个项目的申报表和 CSV。",
                "Reads the declaration workbooks, checks them, writes the booklet, one sheet per project and CSV."},
        sortOptions = false)
public final class Main implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "${sys:input:-input}", paramLabel = "文件夹",
            description = "放工作簿的文件夹（默认 input）")
    Path input;

    @Option(names = "--output", defaultValue = "${sys:output:-output}", paramLabel = "文件夹",
            description = "输出文件夹（默认 output）")
    Path output;

    @Option(names = "--templates", defaultValue = "${sys:templates:-templates}", paramLabel = "文件夹",
            description = "模板文件夹；不存在时使用程序内置模板（默认 templates）")
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
            paramLabel = "文件", description = "写出空白的标准申报工作簿（默认 output/绩效目标申报模板.xlsx）后退出")
    String template;

    @Option(names = "--max-file-mb", defaultValue = "${sys:maxFileMb:-50}", paramLabel = "MB",
            description = "单个工作簿的大小上限（默认 50）")
    long maxFileMb;

    @Option(names = "--max-rows", defaultValue = "${sys:maxRows:-100000}", paramLabel = "行数",
            description = "每个工作表的行数上限（默认 100000）")
    int maxRows;

    @Option(names = "--max-cell-chars", defaultValue = "${sys:maxCellChars:-10000}", paramLabel = "字符数",
            description = "单元格文字长度上限（默认 10000）")
    int maxCellChars;

    @Option(names = "--benchmark", defaultValue = "${sys:benchmark:-}", arity = "0..1", fallbackValue = "true",
            paramLabel = "项目数", description = "基准测试：生成 N 个模拟项目（默认 1000）跑完整个作业并打印各阶段用时")
    String benchmark;

    private PrintStream console;

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line and returns the exit code (0 well, 1 input errors, 2 usage, 3 internal). */
    public static int run(String[] args, PrintStream out) {
        Main main = new Main();
        main.console = out;
        CommandLine cli = new CommandLine(main);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setParameterExceptionHandler((e, ignored) -> {
            out.println("错误：命令行参数有误（" + e.getMessage() + "）。用 --help 查看全部选项。");
            return 2;
        });
        return cli.execute(args);
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
            try {
                return Benchmark.run(benchmark.equals("true") ? 1000 : Integer.parseInt(benchmark.strip()), out);
            } catch (NumberFormatException e) {
                out.println("错误：-Dbenchmark 的值应是项目数，例如 -Dbenchmark=1000。");
                return 2;
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
        JobOptions options = JobOptions.of(input, output, templates, blankToNull(project), yearFilter,
                blankToNull(department), maxFileMb, maxRows, maxCellChars);
        RunSummary summary = new BatchJob(options, out).run();
        return summary.exitCode();
    }

    private int writeTemplate(PrintStream out) {
        Path target = template.equals("true") ? output.resolve("绩效目标申报模板.xlsx") : Path.of(template);
        try {
            BlankWorkbook.write(target);
        } catch (IOException e) {
            out.println("错误：无法写出模板 " + target.toAbsolutePath() + "：" + e.getMessage());
            return 2;
        }
        out.println("已写出空白申报模板：" + target.toAbsolutePath());
        out.println("填写「项目」和「绩效指标」两个工作表（说明见「填写说明」），放入 input 文件夹后运行 mvn -q。");
        return 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
