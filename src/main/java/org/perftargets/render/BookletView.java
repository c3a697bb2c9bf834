package org.perftargets.render;

import java.util.List;

/**
 * What the booklet's cover and overview print, and the page count the footers show. The title and
 * department are plain text for the document's metadata, and as printed on the page
 * ({@code titleShown}, {@code departmentShown}: markup where a rare character needs the fallback font).
 */
public record BookletView(
        String title,
        String department,
        Object titleShown,
        Object departmentShown,
        String year,
        int projectCount,
        String annualTotal,
        String appropriationTotal,
        int indicatorCount,
        List<OverviewRow> rows,
        int totalPages) {
}
