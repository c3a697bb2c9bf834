package org.perftargets.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.perftargets.intake.StandardWorkbookWriter;
import org.perftargets.job.AtomicFile;
import org.perftargets.job.BatchJob;
import org.perftargets.job.JobOptions;
import org.perftargets.job.RunSummary;
import org.perftargets.model.Project;

/**
 * Generates a workbook of N synthetic projects, runs the whole job on it in a temporary folder
 * and prints the time of each stage, pages per second and peak heap. It measures; it asserts
 * nothing.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static int run(int projects, boolean compareWithLibreOffice, PrintStream out) throws IOException, InterruptedException {
        // From the JVM's start to here: the JVM and, under mvn, Maven starting and checking the build.
        double startup = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        Path work = Files.createTempDirectory("perf-targets-bench");
        try {
            Path input = Files.createDirectories(work.resolve("input"));
            Path output = work.resolve("output");
            long t = System.nanoTime();
            Written written = writeSynthetic(projects, input.resolve("synthetic.xlsx"));
            int indicators = written.indicators();
            out.printf("基准测试：%d 个项目，%d 条指标（生成工作簿 %.1f 秒，%d KB），CPU 核数 %d，最大堆 %d MB%n", projects, indicators,
                    (System.nanoTime() - t) / 1e9, Files.size(input.resolve("synthetic.xlsx")) / 1024,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            TimedRun run = TimedRun.of(input, output);
            RunSummary summary = run.summary();
            double total = run.seconds();
            long peak = run.peakHeap();
            int sheetPages = pages(output, p -> p.getParent().getFileName().toString().equals("申报表"));
            int bookletPages = pages(output, p -> !p.getParent().getFileName().toString().equals("申报表"));
            out.println("各阶段用时（毫秒）。每种输出（申报表PDF、申报表XLSX、CSV、校验报告）的项目用时为各线程时间之和，"
                    + "（开始）（收尾）为它在每组开始、结束时的用时；申报表PDF 包括把每张表的页面画进汇总表（每张表只排版一次），"
                    + "申报表PDF（收尾）为之后的封面、汇总表页、页脚和书签，与 XLSX 同时进行；本组合计（墙钟）为实际经过的时间：");
            run.printTimes(out);
            out.printf("整个作业：%.2f 秒（JVM 启动后）；退出码 %d；申报表 %d 张 %d 页，汇总表 %d 页；%.0f 页/秒%n", total,
                    summary.exitCode(), summary.sheetsWritten(), sheetPages, bookletPages,
                    (sheetPages + bookletPages) / total);
            out.printf("堆内存峰值：%d MB（每 20 毫秒采样一次已用堆）%n", peak / (1024 * 1024));
            out.println(ResidentMemory.describe("至此"));
            String middle = written.middle();
            OneSheetAgain.Result again = OneSheetAgain.run(input, output, middle, work);
            out.printf("只重新生成一个项目（-Dproject=%s，新的 JVM）：程序用时 %.2f 秒，整个进程 %.2f 秒（JVM 启动到退出），退出码 %d%n",
                    middle, again.programSeconds(), again.processSeconds(), again.exitCode());
            if (compareWithLibreOffice) {
                compareWithLibreOffice(output, work, startup, total, out);
            } else {
                out.println("LibreOffice 对比：按 -DnoLibreOffice 跳过");
            }
            int selfCode = selfEvaluation(work, projects, out);
            out.println(ResidentMemory.describe("包括自评"));
            return Math.max(summary.exitCode(), selfCode);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * LibreOffice exporting the forms this run wrote as XLSX to PDF, timed right after our job on
     * the same machine, and the ratio of the whole command (start-up measured in this process plus
     * the job) to LibreOffice's time, start-up included on both sides.
     */
    private static void compareWithLibreOffice(Path output, Path work, double startup, double job, PrintStream out)
            throws IOException, InterruptedException {
        var soffice = LibreOfficeExport.find(System.getenv("PATH"));
        if (soffice.isEmpty()) {
            out.println("LibreOffice 对比：跳过（PATH 中没有 soffice，未安装 LibreOffice）");
            return;
        }
        List<Path> workbooks;
        try (Stream<Path> files = Files.walk(output)) {
            workbooks = files.filter(f -> f.getParent().getFileName().toString().equals("申报表"))
                    .filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        out.printf("LibreOffice 对比：%s 把本次写出的 %d 个申报表 XLSX 导出为 PDF（全新的配置文件夹；每条 soffice 命令 200 个文件：它一次最多转换 246 个）……%n",
                soffice.get(), workbooks.size());
        long timeout = 600 + 2L * workbooks.size();
        LibreOfficeExport.Result lo = LibreOfficeExport.export(soffice.get(), workbooks, work.resolve("libreoffice"), timeout);
        if (lo.timedOut()) {
            out.printf("LibreOffice 对比：%d 秒后仍未完成，已停止（写出 %d 个 PDF），没有比值%n", timeout, lo.pdfs());
            return;
        }
        double whole = startup + job;
        out.printf("LibreOffice：%.2f 秒（含其启动），退出码 %d，写出 %d 个 PDF%n", lo.seconds(), lo.exitCode(), lo.pdfs());
        out.printf("本程序：JVM 与 Maven 启动 %.2f 秒（本进程测得）+ 作业 %.2f 秒 = 整条命令约 %.2f 秒"
                + "（不含生成基准工作簿和数页数）%n", startup, job, whole);
        out.printf("比值（本程序整条命令 / LibreOffice）：%.3f；只算作业：%.3f%s%n", whole / lo.seconds(), job / lo.seconds(),
                lo.pdfs() == workbooks.size() ? "" : "（LibreOffice 少写了 " + (workbooks.size() - lo.pdfs()) + " 个 PDF，比值偏低）");
    }

    /**
     * The same N projects as a self-evaluation (自评填报.xlsx filled in: 95 % spent, every target
     * reached), run through the whole job: the declaration outputs again and the self-evaluation's.
     */
    private static int selfEvaluation(Path work, int projects, PrintStream out)
            throws IOException, InterruptedException {
        Path input = Files.createDirectories(work.resolve("input-self"));
        Path output = work.resolve("output-self");
        // Generated again, and dropped once written, as for the declarations: the job's heap is its own.
        AtomicFile.write(input.resolve("synthetic.xlsx"), o -> StandardWorkbookWriter.writeSelfEvaluation(
                SyntheticDeclarations.selfEvaluations(SyntheticDeclarations.generate(projects, SEED)), o));
        TimedRun run = TimedRun.of(input, output);
        RunSummary summary = run.summary();
        double total = run.seconds();
        long peak = run.peakHeap();
        int formPages = pages(output, p -> p.getParent().getFileName().toString().equals("自评表"));
        int forms = count(output, p -> p.getParent().getFileName().toString().equals("自评表"));
        int bookletPages = pages(output, p -> p.getFileName().toString().endsWith("自评汇总表.pdf"));
        out.println("自评（同样的项目，填好实际数后）各阶段用时（毫秒）：");
        run.printTimes(out);
        out.printf("自评整个作业（含申报输出）：%.2f 秒；退出码 %d；自评表 %d 张 %d 页，自评汇总表 %d 页；堆内存峰值 %d MB%n", total,
                summary.exitCode(), forms, formPages, bookletPages, peak / (1024 * 1024));
        return summary.exitCode();
    }

    private static final long SEED = 2023;

    /**
     * Writes the standard workbook of N generated projects; what is kept of them: their indicators,
     * and the name of the middle one (the sheet made again alone). The projects are not kept: at
     * N = 20,000 they took about 100 MB of the heap the job is measured in (the self-evaluation
     * generates them again from the same seed).
     */
    private static Written writeSynthetic(int projects, Path workbook) throws IOException {
        List<Project> synthetic = SyntheticDeclarations.generate(projects, SEED);
        AtomicFile.write(workbook, o -> StandardWorkbookWriter.write(synthetic, o));
        return new Written(synthetic.stream().mapToInt(p -> p.indicators().size()).sum(), synthetic.get(projects / 2).name());
    }

    private record Written(int indicators, String middle) {
    }

    /** The whole job on a folder, timed, with its peak heap and its stage times. */
    private record TimedRun(RunSummary summary, double seconds, long peakHeap, Map<String, Long> times) {

        static TimedRun of(Path input, Path output) throws InterruptedException {
            HeapSampler heap = HeapSampler.start();
            BatchJob job = new BatchJob(JobOptions.of(input, output), new PrintStream(java.io.OutputStream.nullOutputStream()));
            long start = System.nanoTime();
            RunSummary summary = job.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new TimedRun(summary, seconds, heap.stop(), job.times().asMap());
        }

        void printTimes(PrintStream out) {
            for (Map.Entry<String, Long> e : times.entrySet()) {
                out.printf("  %-12s %8d%n", e.getKey(), e.getValue());
            }
        }
    }

    /** The pages of the PDFs under {@code output} that {@code which} picks. */
    private static int pages(Path output, Predicate<Path> which) throws IOException {
        int pages = 0;
        for (Path p : pdfs(output, which)) {
            try (var reader = new com.lowagie.text.pdf.PdfReader(p.toString())) {
                pages += reader.getNumberOfPages();
            }
        }
        return pages;
    }

    private static int count(Path output, Predicate<Path> which) throws IOException {
        return pdfs(output, which).size();
    }

    private static List<Path> pdfs(Path output, Predicate<Path> which) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).filter(which).toList();
        }
    }

    /** Samples the heap in use every 20 ms on a daemon thread and keeps the largest value. */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static HeapSampler start() {
            System.gc();
            HeapSampler s = new HeapSampler();
            s.thread = new Thread(s, "heap-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
    }
}
