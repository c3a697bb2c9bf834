package org.perftargets.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;

/** Everything one form prints, as text ready for the template. */
public record FormView(
        String year,
        String name,
        String nature,
        String category,
        String department,
        String unit,
        String start,
        String end,
        String lifetimeTotal,
        String lifetimeFiscal,
        String lifetimeOther,
        String annualTotal,
        String appropriation,
        String carryOver,
        String annualOther,
        String overallGoal,
        String annualGoal,
        List<IndicatorRow> indicators) {

    static FormView of(Project p) {
        var life = p.lifetime();
        var annual = p.annual();
        return new FormView(
                Printed.year(p.year()),
                Printed.text(p.name()),
                Printed.text(p.nature()),
                Printed.text(p.category()),
                Printed.text(p.department()),
                Printed.text(p.unit()),
                Printed.date(p.start()),
                Printed.date(p.end()),
                life == null ? "" : Printed.money(life.total()),
                life == null ? "" : Printed.money(life.fiscal()),
                life == null ? "" : Printed.money(life.other()),
                annual == null ? "" : Printed.money(annual.total()),
                annual == null ? "" : Printed.money(annual.appropriation()),
                annual == null ? "" : Printed.money(annual.carryOver()),
                annual == null ? "" : Printed.money(annual.other()),
                Printed.text(p.overallGoal()),
                Printed.text(p.annualGoal()),
                rows(p.indicators()));
    }

    /** Groups consecutive indicators with the same 一级 (and within it, the same 二级) into spans. */
    static List<IndicatorRow> rows(List<Indicator> indicators) {
        int n = indicators.size();
        List<IndicatorRow> rows = new ArrayList<>(n);
        int l1Start = 0;
        int l2Start = 0;
        int[] l1Span = new int[n];
        int[] l2Span = new int[n];
        for (int i = 1; i <= n; i++) {
            boolean l1Ends = i == n || !Objects.equals(level1(indicators.get(i)), level1(indicators.get(l1Start)));
            boolean l2Ends = l1Ends || !Objects.equals(level2(indicators.get(i)), level2(indicators.get(l2Start)));
            if (l2Ends) {
                l2Span[l2Start] = i - l2Start;
                l2Start = i;
            }
            if (l1Ends) {
                l1Span[l1Start] = i - l1Start;
                l1Start = i;
            }
        }
        for (int i = 0; i < n; i++) {
            Indicator ind = indicators.get(i);
            IndicatorValue v = ind.value();
            rows.add(new IndicatorRow(level1(ind), l1Span[i], level2(ind), l2Span[i], Printed.text(ind.name()),
                    v == null ? "" : Printed.text(v.printed())));
        }
        return List.copyOf(rows);
    }

    private static String level1(Indicator i) {
        return Printed.text(i.level1());
    }

    private static String level2(Indicator i) {
        return Printed.text(i.level2());
    }
}
