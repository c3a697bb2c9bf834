package org.perftargets.job;

import org.perftargets.model.Field;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.Finding;
import org.perftargets.model.GroupKey;
import org.perftargets.model.Yuan;
import org.perftargets.output.NameChange;

/** Everything a run says on the console, in one place: what it reads, finds, writes and ends with. */
final class Console {

    /** Findings shown on the console; the report has them all. */
    private static final int SHOWN_FINDINGS = 50;

    private final PrintStream out;

    Console(PrintStream out) {
        this.out = out;
    }

    PrintStream stream() {
        return out;
    }

    /**
     * One line, with nothing of the data or of a file name that a terminal would obey: control
     * characters (an ESC starts a terminal command) and bidirectional overrides become '?', line
     * breaks a space.
     */
    private void say(String line) {
        StringBuilder b = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                b.append('?');
            } else {
                b.appendCodePoint(c);
            }
        });
        out.println(b);
    }

    void error(String message) {
        say("错误：" + message);
    }

    void templateError(String message, Path templates) {
        error(message);
        say("请改正模板文件夹 " + templates + " 中的模板后重新运行（删除该文件夹则使用内置模板）。之前的输出保持不变。");
    }

    /** {@code log} is {@code null} when the details were printed above instead. */
    void internalError(Path log) {
        say("程序内部错误（不是输入数据的问题），本次运行已停止，之前的输出保持不变。");
        say(log == null ? "请将上面的详细信息发给维护人员。" : "详细信息已记录在：" + log + "，请将该文件发给维护人员。");
    }

    void strayTemplates(Path folder) {
        say("提示：文件夹 " + folder.toAbsolutePath() + " 中没有本程序的模板（form.ftlh、sheet.ftlh 等），"
                + "本次使用程序内置的模板。如要使用自己的模板，请把模板放进该文件夹，或用 -Dtemplates=文件夹 指定。");
    }

    void renamed(NameChange change) {
        say("文件名调整：" + change.describe() + "。");
    }

    void groupGone(Path folder) {
        say("　　（" + folder + " 的年度和主管部门已不在输入中：已删除其申报表；汇总表、CSV 和校验报告保留，"
                + "如不再需要请自行删除该文件夹）");
    }

    void removed(Path file) {
        say("已删除：" + file + "（该项目已不在输入中；此文件由本程序以前生成）");
    }

    void outOfMemory() {
        say("内存不足，本次运行已停止，之前的输出保持不变。请减少一次处理的工作簿，或用 -Xmx 给 Java 更多内存。");
    }

    void skipped(WorkbookFiles.Skipped s) {
        say("跳过：" + s.name() + "（" + s.reason() + "）");
    }

    void reading(int workbooks, Path input) {
        say("读取 " + workbooks + " 个工作簿（" + input + "）……");
    }

    void findings(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        say("校验：错误 " + errors + " 条，警告 " + (findings.size() - errors) + " 条。");
        int shown = 0;
        for (Finding f : findings.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).toList()) {
            if (shown++ == SHOWN_FINDINGS) {
                say("  ……其余 " + (findings.size() - SHOWN_FINDINGS) + " 条见校验报告。");
                break;
            }
            say("  " + f.describe());
        }
    }

    /**
     * The workbooks with an error that belongs to no one project: those nothing was read from, and
     * those read with such an error (an indicator of a project not listed): a booklet of their
     * groups could lack what the error stands for, so none is made.
     */
    void workbooksWithFileErrors(java.util.Collection<String> files, java.util.Set<String> filesWithProjects,
            java.util.Set<String> withholdingAll) {
        List<String> unread = files.stream().filter(f -> !filesWithProjects.contains(f)).toList();
        List<String> read = files.stream().filter(f -> filesWithProjects.contains(f) && !withholdingAll.contains(f)).toList();
        List<String> unlinked = files.stream().filter(f -> filesWithProjects.contains(f) && withholdingAll.contains(f)).toList();
        StringBuilder s = new StringBuilder("有 ");
        if (!unread.isEmpty()) {
            s.append(unread.size()).append(" 个工作簿无法读取（").append(String.join("、", unread))
                    .append("），不知道其中的项目属于哪个年度和主管部门：本次不生成任何汇总表和 CSV（之前的保持不变），其他项目的申报表照常生成");
        }
        if (!read.isEmpty()) {
            s.append(unread.isEmpty() ? "" : "；另有 ").append(read.size()).append(" 个工作簿有无法归到具体项目的错误（")
                    .append(String.join("、", read)).append("），其中没有错误的项目照常生成申报表，含有这些工作簿中项目的组不生成汇总表和 CSV");
        }
        if (!unlinked.isEmpty()) {
            s.append(unread.isEmpty() && read.isEmpty() ? "" : "；另有 ").append(unlinked.size())
                    .append(" 个工作簿中有指标不知道属于哪个项目（").append(String.join("、", unlinked))
                    .append("）：这些工作簿的项目都不生成申报表（任何一张都可能缺少这条指标），所在的组不生成汇总表和 CSV");
        }
        say(s.append("。本次也不删除任何旧申报表。请按校验报告改正这些工作簿后重新运行。").toString());
    }

    /** A workbook read in part (a sheet over the row limit, two sheets of one name): its other projects' groups unknown. */
    void partsUnread() {
        say("有工作簿的整张工作表没有读取（见校验报告），不知道其中的项目属于哪个年度和主管部门：本次不生成任何汇总表和 CSV（之前的保持不变）。");
    }

    void withoutGroup(int projects) {
        say("未生成：" + projects + " 个项目缺少可识别的年度或主管部门（见校验报告）。");
    }

    void group(GroupKey key, int projects) {
        say("生成 " + key.department() + " " + key.year() + " 年度（" + projects + " 个项目）……");
    }

    ProgressLine sheets(int projects) {
        return new ProgressLine(out, "申报表", projects);
    }

    void groupWithErrors() {
        say("  此组有错误：未生成汇总表和 CSV（之前的保持不变）。");
    }

    void projectWithErrors(String name) {
        say("项目「" + name + "」有错误，未生成申报表。请改正后再运行。");
    }

    void written(List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            say((i == 0 ? "已生成：" : "　　　　") + files.get(i));
        }
    }

    void summary(RunSummary s, Path output, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        say("完成：" + s.projects() + " 个项目，" + s.indicators() + " 条绩效指标，" + Field.ANNUAL_TOTAL.label() + "合计 "
                + Yuan.format(s.annualTotal()) + " 元；错误 " + s.errors() + " 条，警告 "
                + s.warnings() + " 条；生成申报表 " + s.sheetsWritten() + " 张、汇总表 " + s.bookletsWritten() + " 本；输出在 "
                + output + "；用时 " + String.format(java.util.Locale.ROOT, seconds < 10 ? "%.2f" : "%.1f", seconds) + " 秒。");
        int withheld = s.withheldWithErrors() + s.withheldWithoutGroup();
        if (withheld > 0 || s.unreadableWorkbooks() + s.workbooksWithFileErrors() > 0) {
            StringBuilder w = new StringBuilder("未发布：");
            if (withheld > 0) {
                w.append(withheld).append(" 个项目（");
                if (s.withheldWithErrors() > 0) {
                    w.append("有错误 ").append(s.withheldWithErrors()).append(" 个");
                }
                if (s.withheldWithoutGroup() > 0) {
                    w.append(s.withheldWithErrors() > 0 ? "，" : "").append("缺少年度或主管部门 ")
                            .append(s.withheldWithoutGroup()).append(" 个");
                }
                w.append("）");
            }
            if (s.unreadableWorkbooks() > 0) {
                w.append(withheld > 0 ? "；另有 " : "").append(s.unreadableWorkbooks()).append(" 个工作簿无法读取，其中的项目未计入，任何组都未生成汇总表和 CSV");
            }
            if (s.workbooksWithFileErrors() > 0) {
                w.append(withheld + s.unreadableWorkbooks() > 0 ? "；" : "").append(s.workbooksWithFileErrors())
                        .append(" 个工作簿有无法归到具体项目的错误，其中项目所在的组未生成汇总表和 CSV");
            }
            say(w.append("。").toString());
        }
        if (s.errors() > 0) {
            say("有错误：请按上面的提示（或 校验报告.txt）改正工作簿后重新运行。");
        }
    }

    /** The run's last line: the review's findings, which are advice only. */
    void review(RunSummary s, boolean wholeGroups) {
        String where = wholeGroups ? "见各组的 审核意见表.xlsx 和 审核报告.html" : "处理整组时写入 审核意见表.xlsx 和 审核报告.html";
        say("审核：" + s.reviewFindings() + " 条审核意见，涉及 " + s.reviewedProjects() + " 个项目"
                + (s.reviewFindings() > 0 ? "（" + where + "；仅供参考，不影响发布）。" : "。"));
    }
}
