package org.perftargets.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;

/**
 * A table of a group, described once: its columns, each with a header, a kind and how to take its
 * value from a row. The CSV (for programs) and the XLSX (for people) of the table both walk it.
 */
record Table<T>(String name, List<Column<T>> columns, Function<List<Project>, List<T>> rows) {

    /** What a column holds, which decides how each format writes it. */
    enum Kind {
        /** Text as typed. */
        TEXT,
        /** A whole number: 年度, 序号, 绩效指标数. */
        INTEGER,
        DATE,
        /** An amount in 元, two decimals. */
        MONEY,
        /** A target's number, with the decimals the form prints (58.00). */
        NUMBER
    }

    record Column<T>(String header, Kind kind, Function<T, Object> value) {
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** 项目汇总: one row per project, every field, then its number of indicators. */
    static final Table<Project> PROJECTS = new Table<>("项目汇总", Stream.concat(
            Field.PROJECT.stream().map(f -> new Column<Project>(f.label(), kindOf(f), p -> p.get(f))),
            Stream.of(new Column<Project>("绩效指标数", Kind.INTEGER, p -> p.indicators().size()))).toList(),
            List::copyOf);

    /** One indicator of a project, numbered from 1 within it. */
    record IndicatorLine(Project project, int number, Indicator indicator) {
    }

    /** 绩效指标: one row per indicator, its project's 年度, 主管部门 and 项目名称, its value taken apart. */
    static final Table<IndicatorLine> INDICATORS = new Table<>("绩效指标", List.of(
            new Column<>(Field.YEAR.label(), Kind.INTEGER, l -> l.project().year()),
            new Column<>(Field.DEPARTMENT.label(), Kind.TEXT, l -> l.project().department()),
            new Column<>(Field.NAME.label(), Kind.TEXT, l -> l.project().name()),
            new Column<>("序号", Kind.INTEGER, IndicatorLine::number),
            new Column<>(Field.LEVEL1.label(), Kind.TEXT, l -> l.indicator().level1()),
            new Column<>(Field.LEVEL2.label(), Kind.TEXT, l -> l.indicator().level2()),
            new Column<>(Field.LEVEL3.label(), Kind.TEXT, l -> l.indicator().name()),
            new Column<>(Field.VALUE.label(), Kind.TEXT, l -> l.indicator().value().printed()),
            new Column<>("比较符", Kind.TEXT, l -> comparison(l).map(c -> c.operator().symbol()).orElse("")),
            new Column<>("数值", Kind.NUMBER, l -> comparison(l).map(c -> new BigDecimal(c.numberText())).orElse(null)),
            new Column<>("单位", Kind.TEXT, l -> comparison(l).map(IndicatorValue.Comparison::unit).orElse(""))),
            Table::lines);

    private static java.util.Optional<IndicatorValue.Comparison> comparison(IndicatorLine l) {
        return l.indicator().value() instanceof IndicatorValue.Comparison c ? java.util.Optional.of(c)
                : java.util.Optional.empty();
    }

    private static List<IndicatorLine> lines(List<Project> projects) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (Project p : projects) {
            int n = 0;
            for (Indicator i : p.indicators()) {
                lines.add(new IndicatorLine(p, ++n, i));
            }
        }
        return lines;
    }

    private static Kind kindOf(Field f) {
        return switch (f) {
            case YEAR -> Kind.INTEGER;
            case START, END -> Kind.DATE;
            case LIFETIME_TOTAL, LIFETIME_FISCAL, LIFETIME_OTHER, ANNUAL_TOTAL, APPROPRIATION, CARRY_OVER, ANNUAL_OTHER ->
                    Kind.MONEY;
            default -> Kind.TEXT;
        };
    }
}
