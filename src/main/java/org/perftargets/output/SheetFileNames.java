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
        List<String> names = new ArrayList<>(projects.size());
        Set<String> taken = new HashSet<>();
        for (Project p : projects) {
            String base = SafeFileName.of(p.name());
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return names;
    }
}
