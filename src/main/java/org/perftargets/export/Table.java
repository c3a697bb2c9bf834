package org.perftargets.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.perftargets.model.Actual;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

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

    /** A self-evaluation and its scores. */
    record ScoreLine(Project project, SelfScoring.Score score) {
    }

    private static List<ScoreLine> scored(List<Project> projects) {
        return projects.stream().filter(Project::isSelfEvaluation).map(p -> new ScoreLine(p, SelfScoring.score(p))).toList();
    }

    /** 自评得分: one row per self-evaluation, its money, 执行率 (percent) and scores. */
    static final Table<ScoreLine> SELF_SCORES = new Table<>("自评得分", List.of(
            new Column<>(Field.NAME.label(), Kind.TEXT, l -> l.project().name()),
            new Column<>(Field.INITIAL_BUDGET.label(), Kind.MONEY, l -> l.project().yearEnd().initialBudget()),
            new Column<>(Field.FULL_BUDGET.label(), Kind.MONEY, l -> l.project().yearEnd().budget()),
            new Column<>(Field.SPENT.label(), Kind.MONEY, l -> l.project().yearEnd().spent()),
            new Column<>("执行率（%）", Kind.NUMBER, l -> l.score().ratePercent()),
            new Column<>("预算执行得分", Kind.NUMBER, l -> l.score().budgetScore()),
            new Column<>("指标得分", Kind.NUMBER, l -> l.score().indicatorPoints()),
            new Column<>("总分", Kind.NUMBER, l -> l.score().total()),
            new Column<>("等级", Kind.TEXT, l -> l.score().grade())),
            Table::scored);

    /** One scored indicator of a self-evaluation, numbered from 1 within it. */
    record ScoredIndicator(Project project, int number, SelfScoring.IndicatorScore score) {
        Indicator indicator() {
            return score.indicator();
        }

        Actual actual() {
            return score.indicator().actual();
        }
    }

    /** 自评指标: one row per indicator of a self-evaluation, its target, actual, weight and score. */
    static final Table<ScoredIndicator> SELF_INDICATORS = new Table<>("自评指标", List.of(
            new Column<>(Field.NAME.label(), Kind.TEXT, l -> l.project().name()),
            new Column<>("序号", Kind.INTEGER, ScoredIndicator::number),
            new Column<>(Field.LEVEL1.label(), Kind.TEXT, l -> l.indicator().level1()),
            new Column<>(Field.LEVEL2.label(), Kind.TEXT, l -> l.indicator().level2()),
            new Column<>(Field.LEVEL3.label(), Kind.TEXT, l -> l.indicator().name()),
            new Column<>("年度指标值", Kind.TEXT, l -> l.indicator().value().printed()),
            new Column<>(Field.ACTUAL.label(), Kind.TEXT, l -> l.actual() == null ? "" : l.actual().typed()),
            new Column<>(Field.WEIGHT.label(), Kind.NUMBER, l -> l.score().weight()),
            new Column<>(Field.SCORE.label(), Kind.NUMBER, l -> l.score().score()),
            new Column<>(Field.DEVIATION.label(), Kind.TEXT, l -> l.actual() == null ? "" : l.actual().deviation())),
            Table::scoredIndicators);

    private static List<ScoredIndicator> scoredIndicators(List<Project> projects) {
        List<ScoredIndicator> lines = new ArrayList<>();
        for (ScoreLine s : scored(projects)) {
            int n = 0;
            for (SelfScoring.IndicatorScore i : s.score().indicators()) {
                lines.add(new ScoredIndicator(s.project(), ++n, i));
            }
        }
        return lines;
    }

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
