package org.perftargets.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.model.GroupKey;
import org.perftargets.output.NameChange;
import org.perftargets.output.SheetFileNames;

/**
 * Where each group's outputs go: {@code output/<年度>/<主管部门>/}, the outputs naming their own
 * files inside it. Every path is checked to lie inside the output folder, whatever the names contain.
 */
public record OutputLayout(Path root) {

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Each group's folder, for every group of the input (so that a run of one project or year names
     * them as a full run does). Two departments of a year whose names give the same folder
     * ({@code A/B局} and {@code A_B局}, {@code 局.} and {@code 局}) get {@code A_B局} and {@code A_B局 (2)},
     * in the order first read.
     */
    public Folders folders(List<GroupKey> groups) {
        Map<Integer, List<GroupKey>> byYear = new LinkedHashMap<>();
        for (GroupKey k : groups) {
            if (k.year() != null && k.department() != null && !k.department().isEmpty()) {
                byYear.computeIfAbsent(k.year(), y -> new ArrayList<>()).add(k);
            }
        }
        Map<GroupKey, Path> dirs = new LinkedHashMap<>();
        List<NameChange> changes = new ArrayList<>();
        byYear.forEach((year, keys) -> {
            List<String> names = SheetFileNames.distinct(keys.stream().map(GroupKey::department).toList());
            for (int i = 0; i < keys.size(); i++) {
                dirs.put(keys.get(i), inside(root.resolve(String.valueOf(year)).resolve(names.get(i))));
                if (!names.get(i).equals(keys.get(i).department())) {
                    changes.add(new NameChange("主管部门", keys.get(i).department(), year + "/" + names.get(i)));
                }
            }
        });
        return new Folders(dirs, changes);
    }

    /** The groups' folders, and the department names that could not be used as they are. */
    public record Folders(Map<GroupKey, Path> dirs, List<NameChange> changes) {

        Path of(GroupKey key) {
            return dirs.get(key);
        }
    }

    Path inside(Path p) {
        Path normal = p.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalStateException("输出路径越出输出文件夹：" + normal);
        }
        return normal;
    }
}
