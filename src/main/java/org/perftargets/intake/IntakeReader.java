package org.perftargets.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perftargets.form.DeclarationForm;
import org.perftargets.model.Finding;
import org.perftargets.model.Declarations;
import org.perftargets.model.Location;
import org.perftargets.model.Project;

/**
 * Reads declaration workbooks into the model, in whichever layout they come ({@link IntakeLayout}). Every problem is
 * collected as a finding at its cell; reading goes on past problems so that all are reported
 * at once.
 */
public final class IntakeReader {

    /** The layouts a workbook may be in, tried in this order. */
    private static final List<IntakeLayout> LAYOUTS = List.of(new StandardLayout(),
            new FormSheetLayout(DeclarationForm.KIND));

    private final ReadLimits limits;

    public IntakeReader() {
        this(ReadLimits.DEFAULT);
    }

    public IntakeReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Reads the workbooks in order; projects keep that order. */
    public IntakeResult readAll(List<Path> workbooks) {
        return readAll(workbooks.stream().map(p -> new WorkbookFiles.Workbook(p, p.getFileName().toString())).toList(), ReadFocus.ALL);
    }

    /** Reads the workbooks of a listing in order, each named by its path in the input folder. */
    public IntakeResult readAll(WorkbookFiles.Listing listing) {
        return readAll(listing.workbooks(), ReadFocus.ALL);
    }

    /** As {@link #readAll(WorkbookFiles.Listing)}, reading whole only the projects in {@code focus}. */
    public IntakeResult readAll(WorkbookFiles.Listing listing, ReadFocus focus) {
        return readAll(listing.workbooks(), focus);
    }

    private IntakeResult readAll(Collection<WorkbookFiles.Workbook> workbooks, ReadFocus focus) {
        List<Project> projects = new ArrayList<>();
        List<Project> listed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (WorkbookFiles.Workbook w : workbooks) {
            IntakeResult one = read(w.path(), w.name(), focus);
            projects.addAll(one.declarations().projects());
            listed.addAll(one.listed());
            findings.addAll(one.findings());
        }
        return new IntakeResult(new Declarations(projects), findings, listed);
    }

    public IntakeResult read(Path path) {
        return read(path, path.getFileName().toString());
    }

    /** Reads one workbook; {@code file} is its name in findings (a path relative to the input folder). */
    public IntakeResult read(Path path, String file) {
        return read(path, file, ReadFocus.ALL);
    }

    /** Reads one workbook, whole only the projects in {@code focus}. */
    public IntakeResult read(Path path, String file, ReadFocus focus) {
        List<Finding> findings = new ArrayList<>();
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                findings.add(fileError(file, "文件过大（" + size / (1024 * 1024) + " MB，上限 "
                        + limits.maxFileBytes() / (1024 * 1024) + " MB）",
                        "请检查是否放错了文件；如确需读取，可用 -DmaxFileMb=兆字节数 调高上限"));
                return new IntakeResult(new Declarations(List.of()), findings);
            }
        } catch (IOException e) {
            findings.add(fileError(file, "无法打开文件", "请确认文件存在且有读取权限"));
            return new IntakeResult(new Declarations(List.of()), findings);
        }
        try {
            if (!focus.isAll()) {
                IntakeResult focused = readFocused(path, file, focus);
                if (focused != null) {
                    return focused;
                }
            }
            return readOpened(path, file, findings, ReadFocus.ALL);
        } catch (OutOfMemoryError e) {
            // The workbook, half built, is garbage now: the other workbooks are read as usual.
            List<Finding> only = new ArrayList<>();
            only.add(fileError(file, "文件内容过于庞大，读取时内存不足",
                    "请检查文件中是否有大量多余的行、列或格式（可在 Excel 中删除后另存）；如确需读取，请给程序更多内存（见 README）"));
            return new IntakeResult(new Declarations(List.of()), only);
        }
    }

    /**
     * A reading for some projects only: an .xlsx in the standard layout, each of its large sheets
     * read once (their scan learnt on the way, the row limits checked after). {@code null} where
     * that cannot vouch for giving what a whole reading gives of those projects: another layout, a
     * limit met, a damaged part; the workbook is then read whole.
     */
    private IntakeResult readFocused(Path path, String file, ReadFocus focus) {
        if (!WorkbookPrescan.isZip(path)) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        try (StreamedWorkbook wb = StreamedWorkbook.openUnscanned(path, WorkbookGuards.maxEntrySize(limits))) {
            StandardLayout layout = new StandardLayout();
            if (!layout.fits(wb)) {
                return null;
            }
            Assembler assembler = new Assembler(file, layout, findings, focus);
            layout.find(file, wb, limits, assembler);
            if (WorkbookPrescan.tooManyRows(wb, file, limits) != null) {
                return null;
            }
            for (TableSheet s : wb.sheets()) {
                if (s.lastRowIndex() + 1 > limits.maxRows()) {
                    return null;
                }
            }
            List<Project> listed = assembler.listed();
            if (listed.isEmpty()) {
                return null; // an empty workbook: its warning is the whole reading's
            }
            return new IntakeResult(new Declarations(assembler.projects()), findings, listed);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private IntakeResult readOpened(Path path, String file, List<Finding> findings, ReadFocus focus) {
        IntakeWorkbook wb;
        java.io.Closeable closing;
        try {
            if (WorkbookPrescan.isZip(path)) {
                StreamedWorkbook streamed = StreamedWorkbook.open(path, WorkbookGuards.maxEntrySize(limits));
                Finding refused = WorkbookPrescan.tooManyRows(streamed, file, limits);
                if (refused != null) {
                    streamed.close();
                    findings.add(refused);
                    return new IntakeResult(new Declarations(List.of()), findings);
                }
                wb = streamed;
                closing = streamed;
            } else {
                WorkbookGuards.apply(limits);
                Workbook userModel = WorkbookFactory.create(path.toFile(), null, true);
                wb = UserModelSheet.of(userModel);
                closing = userModel;
            }
        } catch (EncryptedDocumentException e) {
            findings.add(fileError(file, "工作簿设置了打开密码，无法读取", "请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存，再放入输入文件夹"));
            return new IntakeResult(new Declarations(List.of()), findings);
        } catch (IOException | RuntimeException e) {
            findings.add(WorkbookGuards.describe(file, e, limits));
            return new IntakeResult(new Declarations(List.of()), findings);
        }
        try (closing) {
            return readWorkbook(file, wb, findings, focus);
        } catch (java.io.UncheckedIOException e) {
            // A worksheet streamed past damaged XML, or a part beyond the zip-bomb guard.
            findings.add(WorkbookGuards.describe(file, e.getCause(), limits));
        } catch (IOException e) {
            findings.add(WorkbookGuards.describe(file, e, limits));
        } catch (RuntimeException e) {
            // Damaged content POI only notices when a cell is read; a failure of our own code is not hidden here.
            if (!WorkbookGuards.raisedByPoi(e)) {
                throw e;
            }
            findings.add(WorkbookGuards.describe(file, e, limits));
        }
        return new IntakeResult(new Declarations(List.of()), findings);
    }

    /** The first layout that fits the workbook reads it; its cells go through the one assembler. */
    private IntakeResult readWorkbook(String file, IntakeWorkbook wb, List<Finding> findings, ReadFocus focus)
            throws IOException {
        for (IntakeLayout layout : LAYOUTS) {
            if (layout.fits(wb)) {
                int before = findings.size();
                Assembler assembler = new Assembler(file, layout, findings, focus);
                layout.find(file, wb, limits, assembler);
                List<Project> listed = assembler.listed();
                if (listed.isEmpty() && findings.size() == before) {
                    findings.add(Finding.warning(Location.ofFile(file), "工作簿中没有任何项目（可能是还没有填写的模板）",
                            "请填写后再放入输入文件夹；不需要的工作簿请移出输入文件夹", null));
                }
                return new IntakeResult(new Declarations(assembler.projects()), findings, listed);
            }
        }
        findings.add(fileError(file, "找不到工作表「" + StandardWorkbook.PROJECT_SHEET + "」，也没有申报表格式的工作表",
                "标准申报工作簿需要「项目」和「绩效指标」两个工作表（可用 mvn -q -Dtemplate 生成空白模板），"
                        + "或每个工作表是一张申报表"));
        return new IntakeResult(new Declarations(List.of()), findings);
    }

    private static Finding fileError(String file, String message, String advice) {
        return Finding.error(Location.ofFile(file), message, advice, null);
    }
}
