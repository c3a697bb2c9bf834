package org.perftargets.render;

/** One line of the booklet's overview (汇总表): a project and the page its form starts on. */
public record OverviewRow(int number, Object name, Object nature, Object category, String annualTotal,
        String appropriation, int indicatorCount, int startPage) {
}
