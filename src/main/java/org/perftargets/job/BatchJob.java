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
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.perftargets.check.Checker;
import org.perftargets.check.ReviewSettings;
import org.perftargets.check.Reviewer;
import org.perftargets.export.FormWorkbookOutput;
import org.perftargets.form.DeclarationForm;
import org.perftargets.export.ReportOutput;
import org.perftargets.export.ReviewSheetOutput;
import org.perftargets.export.SelfEvaluationTablesOutput;
import org.perftargets.export.SelfEvaluationWorkbookOutput;
import org.perftargets.render.SelfEvaluationPdfOutput;
import org.perftargets.export.TablesOutput;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.IntakeResult;
import org.perftargets.intake.ReadFocus;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.Declarations;
import org.perftargets.model.CleanText;
import org.perftargets.model.Field;
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
import org.perftargets.render.Templates;

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
    private final OwnFiles ownFiles;

    public BatchJob(JobOptions options, PrintStream out) {
        this.options = options;
        this.console = new Console(out);
        this.layout = new OutputLayout(options.output());
        this.ownFiles = new OwnFiles(layout, console);
    }

    /**
     * Every output of a run, in the order each is told of a group. Adding an output adds a line here.
     * The order also schedules: the PDFs' tasks are queued first; each output's end runs on this
     * thread while the pool works through the next outputs' projects, so the booklet's front matter
     * and the tables are made while the sheets' workbooks are written.
     */
    private List<Output> outputs() {
        Path templates = options.templates();
        if (templates != null && Files.isDirectory(templates) && !Templates.holdsOurs(templates)) {
            console.strayTemplates(templates);
            templates = null;
        }
        return List.of(
                new PdfOutput(templates),
                new TablesOutput(),
                new SelfEvaluationTablesOutput(),
                new SelfEvaluationPdfOutput(templates),
                new SelfEvaluationWorkbookOutput(),
                new FormWorkbookOutput(),
                new ReportOutput(scope()),
                new ReviewSheetOutput(),
                new ReviewPageOutput(templates));
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
            IOException io = MachineFailure.ioCause(e);
            if (io != null) {
                console.error(MachineFailure.describe(io, layout.root()));
                return RunSummary.failed(2);
            }
            console.internalError(InternalErrorLog.write(layout.root(), e, console.stream()));
            return RunSummary.failed(3);
        } catch (OutOfMemoryError e) {
            console.outOfMemory();
            return RunSummary.failed(3);
        }
    }

    /** The choice of -Dyear / -Ddepartment, for the run's report: its title says what it covers. */
    private String scope() {
        if (options.year() == null && options.department() == null) {
            return "";
        }
        return "（仅" + (options.year() == null ? "" : " " + options.year() + " 年度")
                + (options.department() == null ? "" : " 主管部门「" + options.department() + "」") + "）";
    }

    private Intake readAndCheck(List<Output> outputs) {
        return readAndCheck(outputs, ReadFocus.ALL);
    }

    /** Reads the input (whole only the projects in {@code focus}) and checks and reviews what was read. */
    private Intake readAndCheck(List<Output> outputs, ReadFocus focus) {
        if (!Files.isDirectory(options.input())) {
            throw new UserError("找不到输入文件夹 " + options.input().toAbsolutePath()
                    + "。请把申报工作簿（.xlsx 或 .xls）放进这个文件夹，或用 -Dinput=文件夹 指定。");
        }
        WorkbookFiles.Listing listing;
        try {
            listing = WorkbookFiles.list(options.input());
        } catch (IOException e) {
            throw new UserError("无法读取输入文件夹 " + options.input().toAbsolutePath()
                    + "（没有读取权限或文件夹已损坏）。请确认对该文件夹有读取权限后重新运行。");
        }
        listing.skipped().forEach(console::skipped);
        if (listing.workbooks().isEmpty()) {
            throw new UserError("输入文件夹 " + options.input().toAbsolutePath()
                    + " 中没有工作簿。请把申报工作簿（.xlsx 或 .xls）放进去再运行。");
        }
        console.reading(listing.workbooks().size(), options.input());
        ReviewSettings reviewSettings = reviewSettings();
        IntakeResult read = times.time("读取", () -> readFor(listing, focus));
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.addAll(times.time("校验", () -> {
            List<Finding> found = new ArrayList<>(Checker.check(read.declarations(), new Declarations(read.listed())));
            outputs.forEach(o -> found.addAll(o.check(read.declarations())));
            return found;
        }));
        // The review sees every declaration read, so a project's previous year counts even when -Dyear leaves it out.
        List<ReviewFinding> review = new ArrayList<>(times.time("审核", () -> Reviewer.review(read.declarations(), reviewSettings)));
        Declarations listed = GroupFilter.select(new Declarations(read.listed()), options.year(), options.department());
        Declarations selected = read.listed().size() == read.declarations().projects().size() ? listed
                : GroupFilter.among(read.declarations(), options.year(), options.department());
        if (listed.projects().size() < read.listed().size()) {
            // -Dyear / -Ddepartment: the other projects' findings are not this run's business; a file's are.
            Set<ProjectKey> keys = new HashSet<>();
            listed.projects().forEach(p -> keys.add(p.key()));
            findings.removeIf(f -> f.project() != null && !keys.contains(f.project()));
            // A file's own findings where none of its projects is chosen, and every one has its group: another run's business.
            Set<String> chosenFiles = new HashSet<>();
            listed.projects().forEach(p -> chosenFiles.add(p.origin().file()));
            Set<String> otherFiles = new HashSet<>();
            Set<String> ungrouped = new HashSet<>();
            for (Project p : read.listed()) {
                otherFiles.add(p.origin().file());
                if (p.year() == null || p.department() == null || p.department().isEmpty()) {
                    ungrouped.add(p.origin().file());
                }
            }
            otherFiles.removeAll(chosenFiles);
            otherFiles.removeAll(ungrouped);
            findings.removeIf(f -> f.project() == null && f.location() != null && otherFiles.contains(f.location().file())
                    && !leavesPartUnread(f));
            review.removeIf(r -> !keys.contains(r.project()));
        }
        Set<String> filesWithProjects = new HashSet<>();
        read.listed().forEach(p -> filesWithProjects.add(p.origin().file()));
        return new Intake(selected, findings, review, List.copyOf(new Declarations(read.listed()).byGroup().keySet()),
                listed.projects(), filesWithProjects);
    }

    /**
     * The reading, whole only for the projects in {@code focus} and those whose previous 年度 the
     * review compares them with (the same 项目编码, or 主管部门 and 项目名称, a year before): those
     * are found among the projects listed and, where not read whole, read again with them.
     */
    private IntakeResult readFor(WorkbookFiles.Listing listing, ReadFocus focus) {
        IntakeReader reader = new IntakeReader(options.limits());
        IntakeResult read = reader.readAll(listing, focus);
        if (focus.isAll()) {
            return read;
        }
        Set<ProjectKey> whole = new HashSet<>();
        read.declarations().projects().forEach(p -> whole.add(p.key()));
        List<String> more = new ArrayList<>();
        for (Project p : read.declarations().projects()) {
            for (Project q : read.listed()) {
                if (PreviousYear.mayBe(q, p) && !whole.contains(q.key())) { // the year first: 20,000 keys made cost 16 ms
                    more.add(q.name());
                    if (q.code() != null) {
                        more.add(q.code());
                    }
                }
            }
        }
        return more.isEmpty() ? read : reader.readAll(listing, focus.and(more));
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
        try (RunLock lock = lockBeforeReading()) {
            Intake intake = readAndCheck(outputs);
            try (RunLock late = lock == null ? RunLock.take(layout.root()) : null) {
                return runAllLocked(outputs, intake);
            }
        }
    }

    /**
     * The lock of an output folder that exists, taken before the input is read, so that a second
     * run stops at once; {@code null} when there is no folder yet (a run that fails on its input
     * then leaves none behind, and the lock is taken before the first file is written).
     */
    private RunLock lockBeforeReading() throws IOException {
        return Files.isDirectory(layout.root()) ? RunLock.take(layout.root()) : null;
    }

    private RunSummary runAllLocked(List<Output> outputs, Intake intake) throws IOException, InterruptedException {
        ownFiles.removeLeftoverTemporaryFiles();
        List<Finding> findings = intake.findings();
        console.findings(findings);
        Set<ProjectKey> blocked = projectsWithErrors(intake);
        Set<String> unreadable = filesWithErrors(findings);
        // A workbook nothing was read from, or one with a sheet or part not read (no cell to point at: a sheet
        // over the row limit, two sheets of one name), may hold projects of any group: no booklet is known complete.
        boolean groupsUnknown = unreadable.stream().anyMatch(f -> !intake.filesWithProjects().contains(f))
                || findings.stream().anyMatch(BatchJob::leavesPartUnread);
        if (!unreadable.isEmpty()) {
            console.workbooksWithFileErrors(unreadable, intake.filesWithProjects(), filesWithholdingAll(findings));
            if (groupsUnknown && unreadable.stream().allMatch(intake.filesWithProjects()::contains)) {
                console.partsUnread();
            }
        }
        OutputLayout.Folders folders = layout.folders(intake.allGroups());
        folders.changes().forEach(console::renamed);
        // Sheets of projects no longer in the input are removed only when the whole input was read and
        // taken, and every project has its group (one without could be the project of an old sheet).
        boolean removeStale = options.year() == null && options.department() == null && unreadable.isEmpty()
                && intake.declarations().byGroup().keySet().stream().allMatch(k -> folders.of(k) != null);
        Counts counts = new Counts();
        List<Project> ungrouped = intake.declarations().projects().stream().filter(p -> folders.of(p.group()) == null).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            for (Map.Entry<GroupKey, List<Project>> entry : intake.declarations().byGroup().entrySet()) {
                GroupKey key = entry.getKey();
                List<Project> projects = entry.getValue();
                if (folders.of(key) == null) {
                    // Without 年度 or 主管部门 there is no booklet to put them in; the errors say why.
                    console.withoutGroup(projects.size());
                    counts.withoutGroup += projects.size();
                    continue;
                }
                // A workbook nothing was read from may hold projects of any group: no booklet can be known complete.
                // Nor can one whose 年度 and 主管部门 a project without either could have (its 年度 unreadable).
                List<Project> mayBelong = ungrouped.stream().filter(u -> couldBeOf(u, key)).toList();
                boolean groupFileErrors = groupsUnknown || !mayBelong.isEmpty()
                        || projects.stream().anyMatch(p -> unreadable.contains(p.origin().file()));
                List<Finding> ofGroup = findingsOf(findings, projects);
                if (!mayBelong.isEmpty()) {
                    // Its report says why it has no booklet: the errors in the rows of those projects.
                    Set<Finding> have = new HashSet<>(ofGroup);
                    ofGroup = new ArrayList<>(ofGroup);
                    for (Finding f : findings) {
                        if (f.location() != null && !have.contains(f) && mayBelong.stream().anyMatch(u ->
                                u.origin().file().equals(f.location().file()) && u.origin().row() == f.location().row())) {
                            ofGroup.add(f);
                        }
                    }
                }
                if (groupsUnknown) {
                    // Its report says why it has no booklet: a workbook nothing was read from may hold its projects.
                    ofGroup = new ArrayList<>(ofGroup);
                    for (Finding f : findings) {
                        if (f.project() == null && f.location() != null
                                && (!intake.filesWithProjects().contains(f.location().file()) || leavesPartUnread(f))) {
                            ofGroup.add(f);
                        }
                    }
                }
                Group group = Group.of(key, projects, blocked, ofGroup, intake.review(), true,
                        groupFileErrors, folders.changes());
                console.group(key, projects.size());
                group.renamedSheets().forEach(console::renamed);
                long groupStart = System.nanoTime();
                List<Integer> publishable = new ArrayList<>();
                for (int i = 0; i < projects.size(); i++) {
                    if (group.publishable(i)) {
                        publishable.add(i);
                    } else {
                        counts.withErrors++;
                    }
                }
                ProgressLine progress = console.sheets(projects.size());
                for (int i = publishable.size(); i < projects.size(); i++) {
                    progress.step(); // the projects with errors: nothing to wait for
                }
                Path dir = folders.of(key);
                Manifest previous = ownFiles.read(dir);
                try (GroupFolder folder = new GroupFolder(layout, dir)) {
                    publish(pool, outputs, group, publishable, folder, progress);
                    counts.add(folder, publishable.stream().map(projects::get).toList());
                    Set<String> removed = removeStale ? ownFiles.removeStaleSheets(dir, previous, group) : Set.of();
                    SortedSet<String> kept = previous.entries();
                    kept.removeAll(removed);
                    ownFiles.write(dir, kept, folder.writtenNames());
                }
                if (group.complete()) {
                    counts.booklets++;
                } else {
                    console.groupWithErrors();
                }
                times.add("本组合计（墙钟）", (System.nanoTime() - groupStart) / 1_000_000);
            }
        } finally {
            pool.shutdownNow();
        }
        if (removeStale) {
            ownFiles.removeSheetsOfGroupsGone(folders);
        }
        try (GroupFolder root = new GroupFolder(layout, layout.root())) {
            for (Output o : outputs) {
                times.time(o.name() + "（收尾）", () -> {
                    o.endRun(findings, root);
                    return null;
                });
            }
        }
        return summary(intake, counts, unreadable);
    }

    /** What a run really wrote and withheld, for its closing line. */
    private static final class Counts {
        int sheets;
        int booklets;
        int withErrors;
        int withoutGroup;
        final List<Project> published = new ArrayList<>();

        synchronized void add(GroupFolder folder, List<Project> projects) {
            String prefix = DeclarationForm.KIND.shortName() + "/";
            sheets += (int) folder.writtenNames().stream().filter(n -> n.startsWith(prefix) && n.endsWith(".pdf")).count();
            published.addAll(projects);
        }
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
        try (RunLock lock = lockBeforeReading()) {
            return runOneProject(outputs, lock != null);
        }
    }

    private RunSummary runOneProject(List<Output> outputs, boolean locked) throws IOException, InterruptedException {
        // Of the other projects only what tells them apart is read: their names, codes and groups.
        Intake intake = readAndCheck(outputs, ReadFocus.on(List.of(options.project())));
        List<Project> all = intake.listed();
        List<Project> found = ProjectLookup.find(all, options.project());
        if (found.isEmpty()) {
            // A workbook, a sheet or rows that could not be read may hold it: said first, as a whole run says them.
            // Only what could hide a project: a workbook nothing was read from, a sheet not read (not an indicator row of none).
            List<Finding> unread = intake.findings().stream().filter(f -> f.isError() && f.project() == null && f.location() != null
                    && (!intake.filesWithProjects().contains(f.location().file()) || leavesPartUnread(f))).toList();
            if (!unread.isEmpty()) {
                console.findings(unread);
            }
            List<String> close = ProjectLookup.closest(all, options.project(), 5);
            // Close names first: in a province's inbox some content is nearly always unreadable somewhere.
            String unreadHint = "输入中有未能读出的内容（见上面的错误），项目可能就在其中：请先改正，再重新运行。";
            String hint = !close.isEmpty() ? "您是不是要找：" + String.join("、", close) + "？" + (unread.isEmpty() ? "" : "若都不是：" + unreadHint)
                    : !unread.isEmpty() ? unreadHint
                    : all.isEmpty() ? "输入中没有任何项目。"
                    : "没有名称相近的项目；项目名称或项目编码须与工作簿中的一致，校验报告中列有全部项目所在的位置。";
            throw new UserError("找不到项目「" + options.project() + "」。" + hint);
        }
        if (found.size() > 1) {
            List<String> where = found.stream().map(q -> q.origin().at(Field.NAME).describe() + "（"
                    + (q.year() == null ? "未填年度" : q.year() + " 年度") + "，" + q.department() + "）").toList();
            boolean oneGroup = found.stream().map(Project::group).distinct().count() == 1;
            boolean oneName = found.stream().map(q -> CleanText.folded(q.name())).distinct().count() == 1;
            throw new UserError("有 " + found.size() + " 个项目的名称或编码是「" + options.project() + "」：" + String.join("；", where)
                    + "。" + (!oneGroup ? "请加上 -Dyear=年度 或 -Ddepartment=主管部门 指明是哪一个。"
                            : oneName ? "它们的年度和主管部门也相同（重复申报）：请删除多余的一行，再重新运行。"
                            : "它们的项目编码相同：请改正其中一个的编码，或用项目名称指明是哪一个。"));
        }
        Project p = found.get(0);
        if (intake.declarations().projects().stream().noneMatch(q -> q == p)) {
            // The lookup and the reading's focus disagree: a sheet of its key cells alone would be silently wrong.
            throw new IllegalStateException("project found but not read whole: " + p.name());
        }
        List<Finding> own = findingsOf(intake.findings(), List.of(p));
        List<ReviewFinding> ownReview = intake.review().stream().filter(r -> r.project().equals(p.key())).toList();
        console.findings(own);
        Intake one = new Intake(new Declarations(List.of(p)), own, ownReview, intake.allGroups(), List.of(p),
                intake.filesWithProjects());
        Counts counts = new Counts();
        // Withheld for its own errors only, as in a whole run: one of its file's that names no project (a row of no
        // project, a 年度 in another's row) withholds the booklet, not the sheets.
        if (own.stream().anyMatch(f -> f.isError() && (p.key().equals(f.project()) || f.withholdsFile()))) {
            console.projectWithErrors(p.name());
            counts.withErrors++;
            return summary(one, counts, Set.of());
        }
        Path dir = layout.folders(intake.allGroups()).of(p.group());
        if (dir == null) {
            throw new UserError("项目「" + p.name() + "」缺少年度或主管部门，无法生成申报表。请在工作簿中补填后重新运行。");
        }
        List<Project> projects = new Declarations(intake.listed()).byGroup().get(p.group());
        int index = indexOf(projects, p);
        // Its sheet's file name depends on the names before it only (a name taken earlier gets "(2)"):
        // the group up to it, not the 20,000 file names of a province's group (26 ms).
        Group group = Group.of(p.group(), projects.subList(0, index + 1), Set.of(), own, ownReview, false, false, List.of());
        try (RunLock lock = locked ? null : RunLock.take(layout.root())) {
            Manifest previous = ownFiles.read(dir);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try (GroupFolder folder = new GroupFolder(layout, dir)) {
                publish(pool, outputs, group, List.of(index), folder, null);
                console.written(folder.written().stream().sorted().toList());
                counts.add(folder, List.of(p));
                if (!previous.names(folder.writtenNames())) {
                    // Else the list stays as the last run wrote it: checking its entries cost 0.12 s at 20,000 projects.
                    ownFiles.write(dir, previous.entries(), folder.writtenNames());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return summary(one, counts, Set.of());
    }

    /** Where {@code p} itself is in {@code projects} (List.indexOf compares 20,000 records field by field: 8 ms). */
    private static int indexOf(List<Project> projects, Project p) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i) == p) {
                return i;
            }
        }
        throw new IllegalStateException("a project not in its own group");
    }

    /** The projects with errors of their own, and every project of a file with an error of some project of it. */
    private static Set<ProjectKey> projectsWithErrors(Intake intake) {
        Set<ProjectKey> keys = new HashSet<>();
        intake.findings().stream().filter(Finding::isError).map(Finding::project).forEach(keys::add);
        Set<String> files = filesWithholdingAll(intake.findings());
        intake.declarations().projects().stream().filter(p -> files.contains(p.origin().file())).forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** Whether a project without a readable 年度 or 主管部门 could be of the group: the part it has agrees. */
    private static boolean couldBeOf(Project u, GroupKey key) {
        boolean year = u.year() == null || u.year().equals(key.year());
        boolean department = u.department() == null || u.department().isEmpty()
                || CleanText.folded(u.department()).equals(CleanText.folded(key.department()));
        return year && department;
    }

    /** An error of a file or a sheet as a whole (no cell, no project): some of its content was not read. */
    private static boolean leavesPartUnread(Finding f) {
        return f.isError() && f.project() == null && !f.withholdsFile() && f.location() != null && f.location().cell() == null
                && f.location().row() == 0;
    }

    private static Set<String> filesWithholdingAll(List<Finding> findings) {
        Set<String> files = new TreeSet<>();
        findings.stream().filter(f -> f.withholdsFile() && f.location() != null).forEach(f -> files.add(f.location().file()));
        return files;
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


    /** The workbooks that could not be read whole: their errors name no project. */
    private static Set<String> filesWithErrors(List<Finding> findings) {
        Set<String> files = new TreeSet<>();
        for (Finding f : findings) {
            if (f.isError() && f.project() == null && f.location() != null && f.location().file() != null) {
                files.add(f.location().file());
            }
        }
        return files;
    }

    private RunSummary summary(Intake intake, Counts counts, Set<String> filesWithErrors) {
        int unreadable = (int) filesWithErrors.stream().filter(f -> !intake.filesWithProjects().contains(f)).count();
        Declarations published = new Declarations(counts.published);
        long errors = intake.findings().stream().filter(Finding::isError).count();
        int reviewed = (int) intake.review().stream().map(ReviewFinding::project).distinct().count();
        return new RunSummary(published.projects().size(), published.indicatorCount(), published.annualTotal(), errors,
                intake.findings().size() - errors, counts.sheets, counts.booklets, counts.withErrors,
                counts.withoutGroup, unreadable, filesWithErrors.size() - unreadable, errors > 0 ? 1 : 0,
                intake.review().size(), reviewed);
    }


    /**
     * What was read and chosen, every group of the input (for folder names that do not depend on the
     * choice), every project chosen as listed (for -Dproject: the others with only their keys), and
     * the files any project was read from (a file with an error of its own is then not "unreadable").
     */
    private record Intake(Declarations declarations, List<Finding> findings, List<ReviewFinding> review,
            List<GroupKey> allGroups, List<Project> listed, Set<String> filesWithProjects) {
    }

    /** A problem the user can fix (a missing folder, an unknown project): a message, no stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    /**
     * Keeps a stack trace out of the user's console, in a file in the output folder they can pass
     * on. Written under a temporary name and moved into place, so never through a link planted at
     * its name; where the output folder cannot take it, the trace is printed instead. Never in a
     * shared folder such as the system's temporary folder.
     */
    static final class InternalErrorLog {
        static final String FILE = "运行错误日志.txt";

        private InternalErrorLog() {
        }

        /** Where the log went, or {@code null} when it was printed on {@code console}. */
        static Path write(Path outputRoot, Throwable e, PrintStream console) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            byte[] bytes = trace.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                Path log = outputRoot.resolve(FILE);
                AtomicFile.write(log, out -> out.write(bytes));
                return log;
            } catch (IOException | RuntimeException ignored) {
                console.println("（无法在输出文件夹 " + outputRoot + " 中写入错误日志，详细信息如下，请复制发给维护人员）");
                console.print(trace);
                return null;
            }
        }
    }
}
