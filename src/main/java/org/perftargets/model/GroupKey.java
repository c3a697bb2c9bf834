package org.perftargets.model;

/** One booklet: 年度 + 主管部门. */
public record GroupKey(Integer year, String department) {
}
