package org.perftargets.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.perftargets.check.Checker;
import org.perftargets.model.Finding;
import org.perftargets.export.CsvExport;
import org.perftargets.export.FindingsReport;
import org.perftargets.export.FormWorkbookWriter;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.Declarations;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;
import org.perftargets.model.Yuan;
import org.perftargets.render.Booklet;
import org.perftargets.render.PdfRenderer;
import org.perftargets.render.TemplateError;
import org.perftargets.render.Templates;

/**
 * The batch: find the workbooks, read and check them, then for each 年度 + 主管部门 write the
 * sheets, the booklet, the CSV tables and the report. Nothing is written under a final name
 * until it is complete; a group with errors gets no booklet and no CSV.
 */
public final class BatchJob {

    private final JobOptions options;
    private final PrintStream out;
    private final OutputLayout layout;
    private final StageTimes times = new StageTimes();
    private CompletableFuture<PdfRenderer> pendingRenderer;

    public BatchJob(JobOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.layout = new OutputLayout(options.output());
    }

    public StageTimes times() {
        return times;
    }

    /** Runs the job and reports on the console; never throws. */
    public RunSummary run() {
        long start = System.nanoTime();
        // Parsing the fonts and templates takes a few hundred milliseconds: do it while the workbooks are read.
        pendingRenderer = CompletableFuture.supplyAsync(() -> {
            PdfRenderer r = new PdfRenderer(Templates.from(options.templates()));
            r.warmUp();
            return r;
        });
        try {
            RunSummary summary = options.project() == null ? runAll() : runOneProject();
            if (summary.exitCode() != 2) {
                printSummary(summary, start);
            }
            return summary;
        } catch (UserError e) {
            out.println("错误：" + e.getMessage());
            return RunSummary.failed(2);
        } catch (TemplateError e) {
            out.println("错误：" + e.getMessage());
            out.println("请改正模板文件夹 " + options.templates() + " 中的模板后重新运行（删除该文件夹则使用内置模板）。之前的输出保持不变。");
            return RunSummary.failed(2);
        } catch (Exception | LinkageError | AssertionError e) {
            Path log = InternalErrorLog.write(layout.root(), e);
            out.println("程序内部错误（不是输入数据的问题），本次运行已停止，之前的输出保持不变。");
            out.println("详细信息已记录在：" + log + "，请将该文件发给维护人员。");
            return RunSummary.failed(3);
        } catch (OutOfMemoryError e) {
            out.println("内存不足，本次运行已停止，之前的输出保持不变。请减少一次处理的工作簿，或用 -Xmx 给 Java 更多内存。");
            return RunSummary.failed(3);
        }
    }

    /** The renderer prepared in the background since the run began; its failure is rethrown as it was. */
    private PdfRenderer renderer() {
        try {
            return pendingRenderer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private Intake readAndCheck() throws IOException {
        if (!Files.isDirectory(options.input())) {
            throw new UserError("找不到输入文件夹 " + options.input().toAbsolutePath()
                    + "。请把申报工作簿（.xlsx 或 .xls）放进这个文件夹，或用 -Dinput=文件夹 指定。");
        }
        WorkbookFiles.Listing listing = WorkbookFiles.list(options.input());
        for (WorkbookFiles.Skipped s : listing.skipped()) {
            out.println("跳过：" + s.file().getFileName() + "（" + s.reason() + "）");
        }
        if (listing.workbooks().isEmpty()) {
            throw new UserError("输入文件夹 " + options.input().toAbsolutePath()
                    + " 中没有工作簿。请把申报工作簿（.xlsx 或 .xls）放进去再运行。");
        }
        out.println("读取 " + listing.workbooks().size() + " 个工作簿（" + options.input() + "）……");
        IntakeResult read = times.time("读取", () -> new IntakeReader(options.limits()).readAll(listing.workbooks()));
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.addAll(times.time("校验", () -> Checker.check(read.declarations())));
        Declarations selected = select(read.declarations());
        if (selected.projects().size() < read.declarations().projects().size()) {
            // -Dyear / -Ddepartment: the other projects' findings are not this run's business; a file's are.
            Set<ProjectKey> keys = new HashSet<>();
            selected.projects().forEach(p -> keys.add(p.key()));
            findings.removeIf(f -> f.project() != null && !keys.contains(f.project()));
        }
        return new Intake(selected, findings);
    }

    private RunSummary runAll() throws IOException, InterruptedException {
        Intake intake = readAndCheck();
        removeLeftoverPartFiles();
        List<Finding> findings = intake.findings();
        printFindings(findings);
        Set<ProjectKey> blocked = projectsWithErrors(intake);
        boolean fileLevelErrors = findings.stream().anyMatch(f -> f.isError() && f.project() == null);
        if (fileLevelErrors) {
            out.println("有工作簿无法完整读取：本次不生成任何汇总表和 CSV（之前的输出保持不变）。");
        }
        PdfRenderer renderer = times.time("准备模板和字体", this::renderer);
        int sheets = 0;
        int booklets = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            for (Map.Entry<GroupKey, List<Project>> group : intake.declarations().byGroup().entrySet()) {
                GroupKey key = group.getKey();
                List<Project> projects = group.getValue();
                if (key.year() == null || key.department() == null || key.department().isEmpty()) {
                    // Without 年度 or 主管部门 there is no booklet to put them in; the errors say why.
                    out.println("未生成：" + projects.size() + " 个项目缺少可识别的年度或主管部门（见校验报告）。");
                    continue;
                }
                boolean groupHasErrors = fileLevelErrors || projects.stream().anyMatch(p -> blocked.contains(p.key()));
                out.println("生成 " + key.department() + " " + key.year() + " 年度（" + projects.size() + " 个项目）……");
                long sheetsStart = System.nanoTime();
                // A group with errors gets no booklet; otherwise each form goes into it as its sheet is made.
                try (AtomicFile.Pending bookletFile = groupHasErrors ? null : AtomicFile.open(layout.booklet(key))) {
                    Booklet booklet = bookletFile == null ? null : renderer.openBooklet(key, projects, bookletFile.out());
                    PendingSheets pending = writeSheets(pool, renderer, key, projects, blocked, booklet);
                    List<Finding> groupFindings = findingsOf(findings, projects);
                    times.time("写出", () -> {
                        AtomicFile.write(layout.groupReport(key), o -> FindingsReport.write(
                                OutputLayout.bookletTitle(key) + " 校验报告", groupFindings, o));
                        return null;
                    });
                    if (booklet == null) {
                        out.println("  此组有错误：未生成汇总表和 CSV（之前的保持不变）。");
                    } else {
                        // The sheets' XLSX copies are still being written on the pool: the booklet's
                        // front matter and footers use the other core.
                        times.time("汇总表", () -> {
                            booklet.finish();
                            bookletFile.commit();
                            return null;
                        });
                        times.time("CSV", () -> {
                            AtomicFile.write(layout.projectCsv(key), o -> CsvExport.writeProjects(projects, o));
                            AtomicFile.write(layout.indicatorCsv(key), o -> CsvExport.writeIndicators(projects, o));
                            return null;
                        });
                        booklets++;
                    }
                    awaitAll(pending.workbooks());
                    sheets += pending.count();
                }
                times.add("本组合计（墙钟）", (System.nanoTime() - sheetsStart) / 1_000_000);
            }
        } finally {
            pool.shutdownNow();
        }
        times.time("写出", () -> {
            AtomicFile.write(layout.runReport(), o -> FindingsReport.write("本次运行校验报告", findings, o));
            return null;
        });
        return summary(intake, sheets, booklets);
    }

    /** A group's sheets: the PDFs are written; the XLSX copies may still be under way. */
    private record PendingSheets(List<Future<?>> workbooks, int count) {
    }

    /**
     * Writes the sheets of the group's projects without errors on both cores: first every PDF, each
     * form's pages also going into the booklet if there is one, then the XLSX copies, which go on
     * while the caller finishes the booklet.
     */
    private PendingSheets writeSheets(ExecutorService pool, PdfRenderer renderer, GroupKey key, List<Project> projects,
            Set<ProjectKey> blocked, Booklet booklet) throws InterruptedException, IOException {
        List<String> names = SheetFileNames.assign(projects);
        ProgressLine progress = new ProgressLine(out, "申报表", projects.size());
        long pdfStart = System.nanoTime();
        List<Future<?>> pdfs = new ArrayList<>();
        List<Integer> writable = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            if (blocked.contains(p.key())) {
                progress.step();
                continue;
            }
            writable.add(i);
            int index = i;
            Path target = layout.sheet(key, names.get(i), "pdf");
            pdfs.add(pool.submit(() -> {
                long t = System.nanoTime();
                if (booklet == null) {
                    AtomicFile.write(target, o -> renderer.renderSheet(p, o));
                } else {
                    AtomicFile.write(target, o -> booklet.addFormWithSheet(index, o));
                }
                times.add("申报表PDF", (System.nanoTime() - t) / 1_000_000);
                return null;
            }));
        }
        awaitAll(pdfs);
        times.add("申报表PDF（墙钟）", (System.nanoTime() - pdfStart) / 1_000_000);
        List<Future<?>> workbooks = new ArrayList<>();
        for (int i : writable) {
            Project p = projects.get(i);
            Path target = layout.sheet(key, names.get(i), "xlsx");
            workbooks.add(pool.submit(() -> {
                long t = System.nanoTime();
                AtomicFile.write(target, o -> FormWorkbookWriter.write(p, o));
                times.add("申报表XLSX", (System.nanoTime() - t) / 1_000_000);
                progress.step();
                return null;
            }));
        }
        return new PendingSheets(workbooks, writable.size());
    }

    /** Waits for every task; the first failure is rethrown as it was thrown in the task. */
    private static void awaitAll(List<Future<?>> tasks) throws IOException, InterruptedException {
        try {
            for (Future<?> f : tasks) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private RunSummary runOneProject() throws IOException, InterruptedException {
        Intake intake = readAndCheck();
        List<Project> all = intake.declarations().projects();
        List<Project> found = ProjectLookup.find(all, options.project());
        if (found.isEmpty()) {
            List<String> close = ProjectLookup.closest(all, options.project(), 5);
            String hint = all.isEmpty() ? "输入中没有任何项目。"
                    : !close.isEmpty() ? "您是不是要找：" + String.join("、", close) + "？"
                    : "没有名称相近的项目；项目名称或项目编码须与工作簿中的一致，校验报告中列有全部项目所在的位置。";
            throw new UserError("找不到项目「" + options.project() + "」。" + hint);
        }
        if (found.size() > 1) {
            throw new UserError("有 " + found.size() + " 个项目都叫「" + options.project()
                    + "」（不同年度或主管部门）。请加上 -Dyear=年度 或 -Ddepartment=主管部门 指明是哪一个。");
        }
        Project p = found.get(0);
        List<Finding> own = findingsOf(intake.findings(), List.of(p));
        printFindings(own);
        if (own.stream().anyMatch(Finding::isError)) {
            out.println("项目「" + p.name() + "」有错误，未生成申报表。请改正后再运行。");
            return summary(new Intake(new Declarations(List.of(p)), own), 0, 0);
        }
        List<Project> group = intake.declarations().byGroup().get(p.group());
        String fileName = SheetFileNames.assign(group).get(group.indexOf(p));
        writeSheet(renderer(), p, fileName);
        out.println("已生成：" + layout.sheet(p.group(), fileName, "pdf"));
        out.println("　　　　" + layout.sheet(p.group(), fileName, "xlsx"));
        return summary(new Intake(new Declarations(List.of(p)), own), 1, 0);
    }

    /** A project's sheet, as PDF and as an Excel workbook laid out like the form. */
    private void writeSheet(PdfRenderer renderer, Project p, String fileName) throws IOException, InterruptedException {
        Path xlsx = layout.sheet(p.group(), fileName, "xlsx");
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<?> workbook = second.submit(() -> {
                AtomicFile.write(xlsx, o -> FormWorkbookWriter.write(p, o));
                return null;
            });
            AtomicFile.write(layout.sheet(p.group(), fileName, "pdf"), o -> renderer.renderSheet(p, o));
            awaitAll(List.of(workbook));
        } finally {
            second.shutdownNow();
        }
    }

    /** The projects chosen by -Dyear and -Ddepartment (all when neither is given). */
    private Declarations select(Declarations all) {
        if (options.year() == null && options.department() == null) {
            return all;
        }
        return new Declarations(all.projects().stream()
                .filter(p -> options.year() == null || options.year().equals(p.year()))
                .filter(p -> options.department() == null || options.department().equals(p.department()))
                .toList());
    }

    private static Set<ProjectKey> projectsWithErrors(Intake intake) {
        Set<ProjectKey> keys = new HashSet<>();
        intake.findings().stream().filter(Finding::isError).map(Finding::project).forEach(keys::add);
        return keys;
    }

    /** The findings of these projects, and those of the files they came from that name no project. */
    private static List<Finding> findingsOf(List<Finding> findings, List<Project> projects) {
        Set<ProjectKey> keys = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (Project p : projects) {
            keys.add(p.key());
            files.add(p.origin().file());
        }
        return findings.stream().filter(f -> f.project() != null ? keys.contains(f.project())
                : f.location() != null && files.contains(f.location().file())).toList();
    }

    private void printFindings(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        out.println("校验：错误 " + errors + " 条，警告 " + (findings.size() - errors) + " 条。");
        int shown = 0;
        for (Finding f : findings.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).toList()) {
            if (shown++ == 50) {
                out.println("  ……其余 " + (findings.size() - 50) + " 条见校验报告。");
                break;
            }
            out.println("  " + f.describe());
        }
    }

    private RunSummary summary(Intake intake, int sheets, int booklets) {
        Declarations d = intake.declarations();
        long errors = intake.findings().stream().filter(Finding::isError).count();
        return new RunSummary(d.projects().size(), d.indicatorCount(), d.annualTotal(), errors,
                intake.findings().size() - errors, sheets, booklets, errors > 0 ? 1 : 0);
    }

    private void printSummary(RunSummary s, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.println("完成：" + s.projects() + " 个项目，" + s.indicators() + " 条绩效指标，年度资金申请总额合计 "
                + Yuan.format(s.annualTotal()) + " 元；错误 " + s.errors() + " 条，警告 "
                + s.warnings() + " 条；生成申报表 " + s.sheetsWritten() + " 张、汇总表 " + s.bookletsWritten() + " 本；输出在 "
                + layout.root() + "；用时 " + String.format("%.1f", seconds) + " 秒。");
        if (s.errors() > 0) {
            out.println("有错误：请按上面的提示（或 校验报告.txt）改正工作簿后重新运行。");
        }
    }

    /** Removes temporary files that a killed run left behind in the output folder. */
    private void removeLeftoverPartFiles() throws IOException {
        if (!Files.isDirectory(layout.root())) {
            return;
        }
        try (Stream<Path> files = Files.walk(layout.root())) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(AtomicFile.PART_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Intake(Declarations declarations, List<Finding> findings) {
    }

    /** A problem the user can fix (a missing folder, an unknown project): a message, no stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    /** Keeps a stack trace out of the user's console, in a file they can pass on. */
    static final class InternalErrorLog {
        private InternalErrorLog() {
        }

        static Path write(Path outputRoot, Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            for (Path dir : List.of(outputRoot, Path.of(System.getProperty("java.io.tmpdir")))) {
                try {
                    Files.createDirectories(dir);
                    Path log = dir.resolve("运行错误日志.txt");
                    Files.writeString(log, trace.toString());
                    return log;
                } catch (IOException | RuntimeException ignored) {
                    // try the next place
                }
            }
            return Path.of("（无法写入日志）");
        }
    }
}
