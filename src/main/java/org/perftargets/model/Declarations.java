package org.perftargets.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every project read, in the order read (workbook by workbook, row by row). */
public record Declarations(List<Project> projects) {

    public Declarations {
        projects = List.copyOf(projects);
    }

    /** Projects grouped by 年度 + 主管部门, groups and projects in the order first seen. */
    public Map<GroupKey, List<Project>> byGroup() {
        Map<GroupKey, List<Project>> groups = new LinkedHashMap<>();
        for (Project p : projects) {
            groups.computeIfAbsent(p.group(), k -> new java.util.ArrayList<>()).add(p);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return groups;
    }

    public int indicatorCount() {
        return projects.stream().mapToInt(p -> p.indicators().size()).sum();
    }

    /** Sum of 年度资金申请总额 over the projects where it was read. */
    public BigDecimal annualTotal() {
        return projects.stream().map(p -> p.annual().total()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
