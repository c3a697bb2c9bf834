package org.perftargets.job;

import java.util.Locale;

import org.perftargets.model.CleanText;
import org.perftargets.model.Project;

/**
 * Whether a project may be another's previous 年度, as the review pairs them (the same 项目编码, or
 * the same 主管部门 and 项目名称, a year before), compared more loosely than the review does: a
 * reading for one project reads these whole too, so that its review is the whole reading's.
 */
final class PreviousYear {

    private PreviousYear() {
    }

    static boolean mayBe(Project earlier, Project p) {
        if (earlier.year() == null || p.year() == null || earlier.year() != p.year() - 1) {
            return false;
        }
        boolean sameCode = p.code() != null && earlier.code() != null && loose(p.code()).equals(loose(earlier.code()));
        return sameCode || loose(p.name()).equals(loose(earlier.name())) && loose(p.department()).equals(loose(earlier.department()));
    }

    private static String loose(String s) {
        return CleanText.folded(s).toLowerCase(Locale.ROOT);
    }
}
