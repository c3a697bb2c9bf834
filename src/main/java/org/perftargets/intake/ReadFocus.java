package org.perftargets.intake;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.perftargets.model.CleanText;

/**
 * The projects a reading is for: every one, or those named (by 项目名称 or 项目编码, compared
 * folded: full-width and spaces aside) in any 年度 and 主管部门. Of the others a focused reading
 * reads only what tells them apart ({@link IntakeResult#listed()}): regenerating one sheet of a
 * 20,000-project workbook need not read 340,000 indicator rows.
 */
public final class ReadFocus {

    public static final ReadFocus ALL = new ReadFocus(null);

    private final Set<String> folded;

    private ReadFocus(Set<String> folded) {
        this.folded = folded;
    }

    /** The projects with one of these names or codes. */
    public static ReadFocus on(Collection<String> namesOrCodes) {
        Set<String> f = new HashSet<>();
        namesOrCodes.forEach(s -> f.add(CleanText.folded(s)));
        f.remove("");
        return new ReadFocus(Set.copyOf(f));
    }

    /** These projects and those named in {@code more}. */
    public ReadFocus and(Collection<String> more) {
        if (folded == null) {
            return this;
        }
        Set<String> f = new HashSet<>(folded);
        more.forEach(s -> f.add(CleanText.folded(s)));
        f.remove("");
        return new ReadFocus(Set.copyOf(f));
    }

    public boolean isAll() {
        return folded == null;
    }

    boolean covers(String name, String code) {
        return folded == null || folded.contains(CleanText.folded(name)) || folded.contains(CleanText.folded(code));
    }

    @Override
    public String toString() {
        return folded == null ? "all" : folded.toString();
    }
}
