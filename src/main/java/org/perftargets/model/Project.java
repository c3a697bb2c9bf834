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
        Origin origin,
        YearEnd yearEnd) implements FieldSource {

    public Project {
        indicators = List.copyOf(indicators);
    }

    /** A declaration without a year-end self-evaluation. */
    public Project(Integer year, String department, String unit, String code, String name, String nature,
            String category, LocalDate start, LocalDate end, LifetimeFunds lifetime, AnnualFunds annual,
            String overallGoal, String annualGoal, List<Indicator> indicators, Origin origin) {
        this(year, department, unit, code, name, nature, category, start, end, lifetime, annual, overallGoal,
                annualGoal, indicators, origin, null);
    }

    /** True when read from a self-evaluation workbook (its 绩效指标 sheet has 实际完成值). */
    public boolean isSelfEvaluation() {
        return yearEnd != null;
    }

    @Override
    public Object get(Field field) {
        return switch (field) {
            case YEAR -> year;
            case DEPARTMENT -> department;
            case UNIT -> unit;
            case CODE -> code;
            case NAME -> name;
            case NATURE -> nature;
            case CATEGORY -> category;
            case START -> start;
            case END -> end;
            case LIFETIME_TOTAL -> lifetime == null ? null : lifetime.total();
            case LIFETIME_FISCAL -> lifetime == null ? null : lifetime.fiscal();
            case LIFETIME_OTHER -> lifetime == null ? null : lifetime.other();
            case ANNUAL_TOTAL -> annual == null ? null : annual.total();
            case APPROPRIATION -> annual == null ? null : annual.appropriation();
            case CARRY_OVER -> annual == null ? null : annual.carryOver();
            case ANNUAL_OTHER -> annual == null ? null : annual.other();
            case OVERALL_GOAL -> overallGoal;
            case ANNUAL_GOAL -> annualGoal;
            case INITIAL_BUDGET, FULL_BUDGET, SPENT, ACHIEVED, APPROPRIATION_BUDGET, APPROPRIATION_SPENT,
                    CARRY_OVER_BUDGET, CARRY_OVER_SPENT, OTHER_BUDGET, OTHER_SPENT -> yearEnd == null ? null : yearEnd.get(field);
            case RATE, BUDGET_SCORE, TOTAL_SCORE, GRADE -> null; // computed: see form.SelfEvaluationForm
            case LEVEL1, LEVEL2, LEVEL3, VALUE, ACTUAL, WEIGHT, SCORE, DEVIATION -> throw new IllegalArgumentException("「" + field.label() + "」是指标的字段");
        };
    }

    /** How many of its indicators have a comparison as their target ({@code ≥90.00(%)}), not a text. */
    public int quantifiedIndicators() {
        return (int) indicators.stream().filter(i -> i.value() instanceof IndicatorValue.Comparison).count();
    }

    public ProjectKey key() {
        return new ProjectKey(year, department, name);
    }

    public GroupKey group() {
        return new GroupKey(year, department);
    }

    public Project withIndicators(List<Indicator> newIndicators) {
        return new Project(year, department, unit, code, name, nature, category, start, end, lifetime, annual,
                overallGoal, annualGoal, newIndicators, origin, yearEnd);
    }

    public Project withYearEnd(YearEnd newYearEnd) {
        return new Project(year, department, unit, code, name, nature, category, start, end, lifetime, annual,
                overallGoal, annualGoal, indicators, origin, newYearEnd);
    }
}
