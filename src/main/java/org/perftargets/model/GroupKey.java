package org.perftargets.model;

import java.util.Objects;

/**
 * One booklet: 年度 + 主管部门. Spellings of a 主管部门 that differ only as the reading lets names
 * differ ({@link CleanText#folded}: spaces, full-width and half-width forms; 省交通 运输厅 and
 * 省交通运输厅) are one booklet, as they are one department to the duplicate check and to the
 * indicator rows; a group keeps the first spelling met for its folder and cover (a warning names
 * the others). Each project still prints its own 主管部门 as typed.
 */
public record GroupKey(Integer year, String department) {

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupKey k && Objects.equals(year, k.year) && Objects.equals(folded(department), folded(k.department));
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, folded(department));
    }

    private static String folded(String department) {
        return department == null ? null : CleanText.folded(department);
    }
}
