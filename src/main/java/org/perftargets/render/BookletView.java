package org.perftargets.render;

import java.util.List;

/** What the booklet's cover and overview print, and the page count the footers show. */
public record BookletView(
        String title,
        String department,
        String year,
        int projectCount,
        String annualTotal,
        String appropriationTotal,
        int indicatorCount,
        List<OverviewRow> rows,
        int totalPages) {
}
