package org.perftargets.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.perftargets.model.Project;

/**
 * The file names of a group's sheets, one per project in order. Two names that would map to
 * the same file (also when they differ only in case, as Windows compares them) get " (2)",
 * " (3)"… in declared order, so no sheet overwrites another and a rerun gives the same names.
 */
public final class SheetFileNames {

    private SheetFileNames() {
    }

    public static List<String> assign(List<Project> projects) {
        return distinct(projects.stream().map(Project::name).toList());
    }

    /**
     * Safe file names for {@code names}, in order, distinct also when compared as Windows compares
     * them (ignoring case): {@code A/B局} and {@code A_B局} become {@code A_B局} and {@code A_B局 (2)}.
     */
    public static List<String> distinct(List<String> names) {
        List<String> result = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String original : names) {
            String base = SafeFileName.of(original);
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            result.add(name);
        }
        return result;
    }
}
