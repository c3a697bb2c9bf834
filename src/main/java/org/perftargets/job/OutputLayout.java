package org.perftargets.job;

import java.nio.file.Path;

import org.perftargets.model.GroupKey;

/**
 * Where each output goes:
 * <pre>
 * output/&lt;年度&gt;/&lt;主管部门&gt;/
 *   &lt;主管部门&gt;&lt;年度&gt;年度项目绩效目标汇总表.pdf
 *   申报表/&lt;项目名称&gt;.pdf
 *   项目汇总.csv, 绩效指标.csv, 校验报告.txt
 * </pre>
 * Every path is checked to lie inside the output folder, whatever the names contain.
 */
public record OutputLayout(Path root) {

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path groupDir(GroupKey group) {
        return inside(root.resolve(String.valueOf(group.year())).resolve(SafeFileName.of(group.department())));
    }

    public Path booklet(GroupKey group) {
        return inside(groupDir(group).resolve(SafeFileName.of(bookletTitle(group)) + ".pdf"));
    }

    public Path sheetsDir(GroupKey group) {
        return inside(groupDir(group).resolve("申报表"));
    }

    public Path sheet(GroupKey group, String fileBaseName, String extension) {
        return inside(sheetsDir(group).resolve(fileBaseName + "." + extension));
    }

    public Path projectCsv(GroupKey group) {
        return inside(groupDir(group).resolve("项目汇总.csv"));
    }

    public Path indicatorCsv(GroupKey group) {
        return inside(groupDir(group).resolve("绩效指标.csv"));
    }

    public Path groupReport(GroupKey group) {
        return inside(groupDir(group).resolve("校验报告.txt"));
    }

    /** The report of the whole run, beside the groups (also when no group could be formed). */
    public Path runReport() {
        return inside(root.resolve("校验报告.txt"));
    }

    public static String bookletTitle(GroupKey group) {
        return group.department() + group.year() + "年度项目绩效目标汇总表";
    }

    private Path inside(Path p) {
        Path normal = p.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalStateException("输出路径越出输出文件夹：" + normal);
        }
        return normal;
    }
}
