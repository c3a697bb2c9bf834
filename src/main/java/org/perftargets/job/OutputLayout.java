package org.perftargets.job;

import java.nio.file.Path;

import org.perftargets.model.GroupKey;
import org.perftargets.output.SafeFileName;

/**
 * Where each group's outputs go: {@code output/<年度>/<主管部门>/}, the outputs naming their own
 * files inside it. Every path is checked to lie inside the output folder, whatever the names contain.
 */
public record OutputLayout(Path root) {

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path groupDir(GroupKey group) {
        return inside(root.resolve(String.valueOf(group.year())).resolve(SafeFileName.of(group.department())));
    }

    Path inside(Path p) {
        Path normal = p.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalStateException("输出路径越出输出文件夹：" + normal);
        }
        return normal;
    }
}
