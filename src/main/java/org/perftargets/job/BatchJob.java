package org.perftargets.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;

import org.perftargets.check.Checker;
import org.perftargets.check.ReviewSettings;
import org.perftargets.check.Reviewer;
import org.perftargets.export.FormWorkbookOutput;
import org.perftargets.export.ReportOutput;
import org.perftargets.export.ReviewSheetOutput;
import org.perftargets.export.TablesOutput;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;
import org.perftargets.model.ReviewFinding;
import org.perftargets.output.Group;
import org.perftargets.output.Output;
import org.perftargets.render.PdfOutput;
import org.perftargets.render.ReviewPageOutput;
import org.perftargets.render.TemplateError;

/**
 * The batch: find the workbooks, read and check them, plan the groups (年度 + 主管部门), and tell
 * every {@link Output} of each group, of each of its projects without errors, and of its end.
 * The outputs write through the group's folder, so nothing appears under a final name until it
 * is complete; a group with errors gets no booklet and no tables.
 */
public final class BatchJob {

    private final JobOptions options;
    private final Console console;
    private final OutputLayout layout;
    private final StageTimes times = new StageTimes();

    public BatchJob(JobOptions options, PrintStream out) {
        this.options = options;
        this.console = new Console(out);
        this.layout = new OutputLayout(options.output());
    }

    /**
     * Every output of a run, in the order each is told of a group. Adding an output adds a line here.
     * The order also schedules: the PDFs' tasks are queued first; each output's end runs on this
     * thread while the pool works through the next outputs' projects, so the booklet's front matter
     * and the tables are made while the sheets' workbooks are written.
     */
    private List<Output> outputs() {
        return List.of(
                new PdfOutput(options.templates()),
                new TablesOutput(),
                new FormWorkbookOutput(),
                new ReportOutput(),
                new ReviewSheetOutput(),
                new ReviewPageOutput(options.templates()));
    }

    /** Milliseconds per stage of the last run, for the benchmark. */
    public StageTimes times() {
        return times;
    }

    /** Runs the job and reports on the console; never throws. */
    public RunSummary run() {
        long start = System.nanoTime();
        try {
            // Made first: the PDF output prepares its fonts and templates while the workbooks are read.
            List<Output> outputs = outputs();
            RunSummary summary = options.project() == null ? runAll(outputs) : runOneProject(outputs);
            if (summary.exitCode() != 2) {
                console.summary(summary, layout.root(), start);
                console.review(summary, options.project() == null);
            }
            return summary;
        } catch (UserError e) {
            console.error(e.getMessage());
            return RunSummary.failed(2);
        } catch (TemplateError e) {
            console.templateError(e.getMessage(), options.templates());
            return RunSummary.failed(2);
        } catch (Exception | LinkageError | AssertionError e) {
            console.internalError(InternalErrorLog.write(layout.root(), e));
            return RunSummary.failed(3);
        } catch (OutOfMemoryError e) {
            console.outOfMemory();
            return RunSummary.failed(3);
        }
    }

    private Intake readAndCheck(List<Output> outputs) throws IOException {
        if (!Files.isDirectory(options.input())) {
            throw new UserError("找不到输入文件夹 " + options.input().toAbsolutePath()
                    + "。请把申报工作簿（.xlsx 或 .xls）放进这个文件夹，或用 -Dinput=文件夹 指定。");
        }
        WorkbookFiles.Listing listing = WorkbookFiles.list(options.input());
        listing.skipped().forEach(console::skipped);
        if (listing.workbooks().isEmpty()) {
            throw new UserError("输入文件夹 " + options.input().toAbsolutePath()
                    + " 中没有工作簿。请把申报工作簿（.xlsx 或 .xls）放进去再运行。");
        }
        console.reading(listing.workbooks().size(), options.input());
        ReviewSettings reviewSettings = reviewSettings();
        IntakeResult read = times.time("读取", () -> new IntakeReader(options.limits()).readAll(listing));
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.addAll(times.time("校验", () -> {
            List<Finding> found = new ArrayList<>(Checker.check(read.declarations()));
            outputs.forEach(o -> found.addAll(o.check(read.declarations())));
            return found;
        }));
        // The review sees every declaration read, so a project's previous year counts even when -Dyear leaves it out.
        List<ReviewFinding> review = new ArrayList<>(times.time("审核", () -> Reviewer.review(read.declarations(), reviewSettings)));
        Declarations selected = select(read.declarations());
        if (selected.projects().size() < read.declarations().projects().size()) {
            // -Dyear / -Ddepartment: the other projects' findings are not this run's business; a file's are.
            Set<ProjectKey> keys = new HashSet<>();
            selected.projects().forEach(p -> keys.add(p.key()));
            findings.removeIf(f -> f.project() != null && !keys.contains(f.project()));
            review.removeIf(r -> !keys.contains(r.project()));
        }
        return new Intake(selected, findings, review);
    }

    /** The review's settings: review.properties in the templates folder over the bundled defaults. */
    private ReviewSettings reviewSettings() {
        try {
            return ReviewSettings.load(options.templates());
        } catch (ReviewSettings.Invalid e) {
            throw new UserError(e.getMessage());
        }
    }

    private RunSummary runAll(List<Output> outputs) throws IOException, InterruptedException {
        Intake intake = readAndCheck(outputs);
        removeLeftoverPartFiles();
        List<Finding> findings = intake.findings();
        console.findings(findings);
        Set<ProjectKey> blocked = projectsWithErrors(intake);
        boolean fileErrors = findings.stream().anyMatch(f -> f.isError() && f.project() == null);
        if (fileErrors) {
            console.unreadableWorkbooks();
        }
        int sheets = 0;
        int booklets = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            for (Map.Entry<GroupKey, List<Project>> entry : intake.declarations().byGroup().entrySet()) {
                GroupKey key = entry.getKey();
                List<Project> projects = entry.getValue();
                if (key.year() == null || key.department() == null || key.department().isEmpty()) {
                    // Without 年度 or 主管部门 there is no booklet to put them in; the errors say why.
                    console.withoutGroup(projects.size());
                    continue;
                }
                Group group = Group.of(key, projects, blocked, findingsOf(findings, projects), intake.review(), true, fileErrors);
                console.group(key, projects.size());
                long groupStart = System.nanoTime();
                List<Integer> publishable = new ArrayList<>();
                for (int i = 0; i < projects.size(); i++) {
                    if (group.publishable(i)) {
                        publishable.add(i);
                    }
                }
                ProgressLine progress = console.sheets(projects.size());
                for (int i = publishable.size(); i < projects.size(); i++) {
                    progress.step(); // the projects with errors: nothing to wait for
                }
                try (GroupFolder folder = new GroupFolder(layout, layout.groupDir(key))) {
                    publish(pool, outputs, group, publishable, folder, progress);
                }
                sheets += publishable.size();
                if (group.complete()) {
                    booklets++;
                } else {
                    console.groupWithErrors();
                }
                times.add("本组合计（墙钟）", (System.nanoTime() - groupStart) / 1_000_000);
            }
        } finally {
            pool.shutdownNow();
        }
        try (GroupFolder root = new GroupFolder(layout, layout.root())) {
            for (Output o : outputs) {
                times.time(o.name() + "（收尾）", () -> {
                    o.endRun(findings, root);
                    return null;
                });
            }
        }
        return summary(intake, sheets, booklets);
    }

    /**
     * Tells every output of the group: its start, each of the given projects (on the pool, every
     * output's projects queued in the outputs' order), and, once an output's projects are done, its
     * end, while the pool goes on with the next output's projects.
     */
    private void publish(ExecutorService pool, List<Output> outputs, Group group, List<Integer> projects,
            GroupFolder folder, ProgressLine progress) throws IOException, InterruptedException {
        for (Output o : outputs) {
            times.time(o.name() + "（开始）", () -> {
                o.startGroup(group, folder);
                return null;
            });
        }
        // A project is done when every output has made it.
        AtomicIntegerArray remaining = new AtomicIntegerArray(group.projects().size());
        projects.forEach(i -> remaining.set(i, outputs.size()));
        List<List<Future<?>>> tasks = new ArrayList<>();
        for (Output o : outputs) {
            List<Future<?>> own = new ArrayList<>(projects.size());
            for (int i : projects) {
                own.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    o.project(group, i, folder);
                    times.add(o.name(), (System.nanoTime() - t) / 1_000_000);
                    if (remaining.decrementAndGet(i) == 0 && progress != null) {
                        progress.step();
                    }
                    return null;
                }));
            }
            tasks.add(own);
        }
        try {
            for (int k = 0; k < outputs.size(); k++) {
                Output o = outputs.get(k);
                awaitAll(tasks.get(k));
                times.time(o.name() + "（收尾）", () -> {
                    o.endGroup(group, folder);
                    return null;
                });
            }
        } catch (IOException | RuntimeException | Error | InterruptedException e) {
            // No task may go on writing once the group has failed: the run stops here, so stop the pool
            // and wait until its tasks have, before the group's folder drops what was begun.
            tasks.forEach(own -> own.forEach(t -> t.cancel(true)));
            pool.shutdownNow();
            if (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("输出任务在一分钟内没有停止", e);
            }
            throw e;
        }
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

    private RunSummary runOneProject(List<Output> outputs) throws IOException, InterruptedException {
        Intake intake = readAndCheck(outputs);
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
        List<ReviewFinding> ownReview = intake.review().stream().filter(r -> r.project().equals(p.key())).toList();
        console.findings(own);
        if (own.stream().anyMatch(Finding::isError)) {
            console.projectWithErrors(p.name());
            return summary(new Intake(new Declarations(List.of(p)), own, ownReview), 0, 0);
        }
        List<Project> projects = intake.declarations().byGroup().get(p.group());
        Group group = Group.of(p.group(), projects, Set.of(), own, ownReview, false, false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (GroupFolder folder = new GroupFolder(layout, layout.groupDir(p.group()))) {
            publish(pool, outputs, group, List.of(projects.indexOf(p)), folder, null);
            console.written(folder.written().stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        return summary(new Intake(new Declarations(List.of(p)), own, ownReview), 1, 0);
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


    private RunSummary summary(Intake intake, int sheets, int booklets) {
        Declarations d = intake.declarations();
        long errors = intake.findings().stream().filter(Finding::isError).count();
        int reviewed = (int) intake.review().stream().map(ReviewFinding::project).distinct().count();
        return new RunSummary(d.projects().size(), d.indicatorCount(), d.annualTotal(), errors,
                intake.findings().size() - errors, sheets, booklets, errors > 0 ? 1 : 0, intake.review().size(), reviewed);
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

    private record Intake(Declarations declarations, List<Finding> findings, List<ReviewFinding> review) {
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
