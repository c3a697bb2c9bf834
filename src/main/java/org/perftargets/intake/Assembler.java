package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Location;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;

/**
 * Turns the cells a layout found into projects, whatever the layout: it owns what is required,
 * what a blank means (上年结转资金 and 年度其他资金 left blank are 0.00), how a 一级 or 二级
 * typed once covers the rows below it, how an indicator row finds its project, and every
 * message about a value, each located at its cell. Reading goes on past problems, so all are
 * reported at once.
 */
final class Assembler implements FoundCells {

    /** A project's fields that must be filled in. */
    static final Set<Field> PROJECT_REQUIRED = EnumSet.of(Field.YEAR, Field.DEPARTMENT, Field.UNIT, Field.NAME,
            Field.NATURE, Field.CATEGORY, Field.START, Field.END, Field.ANNUAL_TOTAL, Field.APPROPRIATION,
            Field.ANNUAL_GOAL);
    /** An indicator's fields that must be filled in (指标值 blank is a warning of the checks, never guessed). */
    static final Set<Field> INDICATOR_REQUIRED = EnumSet.of(Field.LEVEL1, Field.LEVEL2, Field.LEVEL3);

    private static final String VALUE_ADVICE =
            "定量指标请写成 比较符+数字+单位，如 ≥90.00(%)、=58(人)；定性指标请直接写文字，不要以 =、≥、≤、<、> 开头";

    private final String file;
    private final IntakeLayout layout;
    private final List<Finding> findings;
    private final List<Draft> drafts = new ArrayList<>();
    private ProjectIndex index;
    /** The indicator read last, for carrying its 一级 and 二级 down to the next of the same project. */
    private Draft previous;
    private String previousLevel1 = "";
    private String previousLevel2 = "";

    Assembler(String file, IntakeLayout layout, List<Finding> findings) {
        this.file = file;
        this.layout = layout;
        this.findings = findings;
    }

    /** The projects read, in the order found, with their indicators. */
    List<Project> projects() {
        return drafts.stream().map(Draft::build).toList();
    }

    @Override
    public void problem(Finding finding) {
        findings.add(finding);
    }

    @Override
    public void problemOfLastProject(Location where, String message, String advice) {
        findings.add(Finding.error(where, message, advice, last().project.key()));
    }

    @Override
    public void project(FoundRecord row) {
        Origin origin = origin(row);
        // 年度 and 主管部门 decide the booklet: a problem there is not the project's alone (project = null),
        // so it stops every booklet instead of one silently missing a project.
        FieldReader key = new FieldReader(row, origin, null);
        Integer year = key.required(Field.YEAR) ? CellReading.year(row.get(Field.YEAR), key.problems(Field.YEAR)) : null;
        String department = key.text(Field.DEPARTMENT);
        String name = key.text(Field.NAME);
        FieldReader r = new FieldReader(row, origin, new ProjectKey(year, department, name));
        String unit = r.text(Field.UNIT);
        String code = r.text(Field.CODE);
        String nature = r.text(Field.NATURE);
        String category = r.text(Field.CATEGORY);
        var start = r.required(Field.START) ? CellReading.date(row.get(Field.START), Field.START.label(), r.problems(Field.START)) : null;
        var end = r.required(Field.END) ? CellReading.date(row.get(Field.END), Field.END.label(), r.problems(Field.END)) : null;
        LifetimeFunds lifetime = new LifetimeFunds(r.money(Field.LIFETIME_TOTAL), r.money(Field.LIFETIME_FISCAL),
                r.money(Field.LIFETIME_OTHER));
        AnnualFunds annual = new AnnualFunds(r.money(Field.ANNUAL_TOTAL), r.money(Field.APPROPRIATION),
                zeroIfBlank(r.money(Field.CARRY_OVER), row.get(Field.CARRY_OVER)),
                zeroIfBlank(r.money(Field.ANNUAL_OTHER), row.get(Field.ANNUAL_OTHER)));
        String overallGoal = r.text(Field.OVERALL_GOAL);
        String annualGoal = r.text(Field.ANNUAL_GOAL);
        drafts.add(new Draft(new Project(year, department, unit, code.isEmpty() ? null : code, name, nature, category,
                start, end, lifetime, annual, overallGoal.isEmpty() ? null : overallGoal, annualGoal, List.of(), origin)));
        index = null;
    }

    /** 上年结转资金 and 年度其他资金 left blank count as 0.00; unreadable stays null (with its error). */
    private static BigDecimal zeroIfBlank(BigDecimal read, CellValue cell) {
        return read == null && cell.isBlank() ? BigDecimal.ZERO.setScale(2) : read;
    }

    @Override
    public void indicatorOfLastProject(FoundRecord row) {
        add(last(), row);
    }

    @Override
    public void indicatorNamingItsProject(FoundRecord row) {
        if (index == null) {
            index = new ProjectIndex(drafts);
        }
        Draft owner = index.find(row);
        if (owner == null) {
            String shown = !row.get(Field.NAME).text().isEmpty() ? row.get(Field.NAME).text() : row.get(Field.CODE).text();
            findings.add(Finding.error(origin(row).at(row.cells().containsKey(Field.NAME) ? Field.NAME : Field.CODE),
                    shown.isEmpty() ? "这条指标没有填写所属项目"
                            : "指标所属的项目「" + shown + "」在工作表「" + StandardWorkbook.PROJECT_SHEET + "」中不存在",
                    "请填写与「" + StandardWorkbook.PROJECT_SHEET + "」工作表完全一致的" + Field.NAME.label(), null));
            previous = null;
            return;
        }
        add(owner, row);
    }

    private void add(Draft owner, FoundRecord row) {
        Origin origin = origin(row);
        FieldReader r = new FieldReader(row, origin, owner.project.key());
        // Like the printed form, a 一级 or 二级 typed once covers the rows below it of the same project.
        boolean sameProject = owner == previous;
        String level1 = CleanText.withoutSpaces(r.optionalText(Field.LEVEL1));
        String level2 = CleanText.withoutSpaces(r.optionalText(Field.LEVEL2));
        if (level1.isEmpty() && sameProject) {
            level1 = previousLevel1;
        }
        if (level2.isEmpty() && sameProject && level1.equals(previousLevel1)) {
            level2 = previousLevel2;
        }
        if (level1.isEmpty()) {
            r.missing(Field.LEVEL1);
        }
        if (level2.isEmpty()) {
            r.missing(Field.LEVEL2);
        }
        String name = r.text(Field.LEVEL3);
        IndicatorValue value = IndicatorValue.MISSING;
        CellValue v = row.get(Field.VALUE);
        if (v.formulaError() != null) {
            r.formulaError(Field.VALUE, v);
        } else {
            IndicatorValueParser.Result parsed = IndicatorValueParser.parse(v.text());
            if (parsed.ok()) {
                value = parsed.value();
            } else {
                findings.add(Finding.error(origin.at(Field.VALUE), parsed.problem(), VALUE_ADVICE, owner.project.key()));
            }
        }
        owner.indicators.add(new Indicator(level1, level2, name, value, origin));
        previous = owner;
        previousLevel1 = level1;
        previousLevel2 = level2;
    }

    private Draft last() {
        if (drafts.isEmpty()) {
            throw new IllegalStateException("布局在项目之前给出了指标");
        }
        return drafts.get(drafts.size() - 1);
    }

    private Origin origin(FoundRecord row) {
        Map<Field, String> cells = new EnumMap<>(Field.class);
        row.cells().forEach((f, c) -> {
            if (c.ref() != null) {
                cells.put(f, c.ref());
            }
        });
        return new Origin(file, row.sheet(), row.row(), cells);
    }

    /** A project being read, collecting its indicators. */
    private static final class Draft {
        final Project project;
        final List<Indicator> indicators = new ArrayList<>();

        Draft(Project project) {
            this.project = project;
        }

        Project build() {
            return project.withIndicators(indicators);
        }
    }

    /** Finds an indicator row's project: by 项目编码 where both carry it, else by name (and 年度, 主管部门 if given). */
    private static final class ProjectIndex {
        private final Map<String, List<Draft>> byName = new HashMap<>();
        private final Map<String, Draft> byCode = new LinkedHashMap<>();

        ProjectIndex(List<Draft> drafts) {
            for (Draft d : drafts) {
                byName.computeIfAbsent(CleanText.folded(d.project.name()), k -> new ArrayList<>()).add(d);
                if (d.project.code() != null) {
                    byCode.putIfAbsent(CleanText.folded(d.project.code()), d);
                }
            }
        }

        Draft find(FoundRecord row) {
            String code = CleanText.folded(row.get(Field.CODE).text());
            if (!code.isEmpty() && byCode.containsKey(code)) {
                return byCode.get(code);
            }
            List<Draft> named = byName.getOrDefault(CleanText.folded(row.get(Field.NAME).text()), List.of());
            if (named.size() <= 1) {
                return named.isEmpty() ? null : named.get(0);
            }
            String year = CleanText.folded(row.get(Field.YEAR).text());
            String dept = CleanText.folded(row.get(Field.DEPARTMENT).text());
            return named.stream()
                    .filter(d -> year.isEmpty() || year.equals(String.valueOf(d.project.year())))
                    .filter(d -> dept.isEmpty() || dept.equals(CleanText.folded(d.project.department())))
                    .findFirst().orElse(named.get(0));
        }
    }

    /** Reads the fields of one record, turning each problem into a finding at its cell. */
    private final class FieldReader {
        private final FoundRecord row;
        private final Origin origin;
        private final ProjectKey project;

        FieldReader(FoundRecord row, Origin origin, ProjectKey project) {
            this.row = row;
            this.origin = origin;
            this.project = project;
        }

        CellReading.Problems problems(Field f) {
            return p -> findings.add(Finding.error(origin.at(f), p.message(), p.advice(), project));
        }

        /** True when the cell holds something readable; a blank required cell or a formula error is reported. */
        boolean required(Field f) {
            CellValue c = row.get(f);
            if (c.formulaError() != null) {
                formulaError(f, c);
                return false;
            }
            if (c.isBlank()) {
                missing(f);
                return false;
            }
            return true;
        }

        void missing(Field f) {
            findings.add(Finding.error(origin.at(f), "未填写「" + f.label() + "」", layout.whereToFill(f), project));
        }

        void formulaError(Field f, CellValue c) {
            problems(f).report(CellReading.formulaError(c, f.label()));
        }

        /** A text; blank where the field is required is reported. */
        String text(Field f) {
            String s = optionalText(f);
            if (s.isEmpty() && row.get(f).formulaError() == null
                    && (PROJECT_REQUIRED.contains(f) || INDICATOR_REQUIRED.contains(f))) {
                missing(f);
            }
            return s;
        }

        String optionalText(Field f) {
            CellValue c = row.get(f);
            if (c.formulaError() != null) {
                formulaError(f, c);
                return "";
            }
            return c.text();
        }

        /** An amount in 元; blank is null, reported where the field is required. */
        BigDecimal money(Field f) {
            CellValue c = row.get(f);
            if (c.isBlank()) {
                if (PROJECT_REQUIRED.contains(f)) {
                    missing(f);
                }
                return null;
            }
            return CellReading.money(c, row.multiplier(f), f.label(), problems(f));
        }
    }
}
