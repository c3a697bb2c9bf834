package org.perftargets.model;

/** What makes a project unique: 年度 + 主管部门 + 项目名称. */
public record ProjectKey(Integer year, String department, String name) {
}
