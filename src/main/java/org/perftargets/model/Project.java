package org.perftargets.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One declaration: a project's attributes, money, goals and indicators, as read and normalised.
 * A field that was missing or unreadable is {@code null} (texts: empty), and the intake stage has
 * recorded an error finding for it; optional fields (code, lifetime money, overall goal) are
 * {@code null} or empty when blank.
 */
public record Project(
        Integer year,
        String department,
        String unit,
        String code,
        String name,
        String nature,
        String category,
        LocalDate start,
        LocalDate end,
        LifetimeFunds lifetime,
        AnnualFunds annual,
        String overallGoal,
        String annualGoal,
        List<Indicator> indicators,
        Origin origin) {

    public Project {
        indicators = List.copyOf(indicators);
    }

    public ProjectKey key() {
        return new ProjectKey(year, department, name);
    }

    public GroupKey group() {
        return new GroupKey(year, department);
    }

    public Project withIndicators(List<Indicator> newIndicators) {
        return new Project(year, department, unit, code, name, nature, category, start, end, lifetime, annual,
                overallGoal, annualGoal, newIndicators, origin);
    }
}
