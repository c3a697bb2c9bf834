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

    /**
     * Projects grouped by 年度 + 主管部门, groups and projects in the order first seen. A group whose
     * projects spell the department in ways that are one ({@link GroupKey}) is keyed by the spelling
     * most of them use, ties going to the first in character order: the booklet's folder and cover do
     * not change with the order the files are read in, nor when a file with another spelling is added.
     */
    public Map<GroupKey, List<Project>> byGroup() {
        Map<GroupKey, List<Project>> groups = new LinkedHashMap<>();
        for (Project p : projects) {
            groups.computeIfAbsent(p.group(), k -> new java.util.ArrayList<>()).add(p);
        }
        Map<GroupKey, List<Project>> named = new LinkedHashMap<>();
        groups.forEach((k, v) -> named.put(new GroupKey(k.year(), spelling(v)), List.copyOf(v)));
        return named;
    }

    private static String spelling(List<Project> group) {
        Map<String, Integer> uses = new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        group.forEach(p -> uses.merge(p.department(), 1, Integer::sum));
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : uses.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
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
