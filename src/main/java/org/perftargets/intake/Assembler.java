package org.perftargets.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perftargets.model.Actual;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.CleanText;
import org.perftargets.model.CloseNames;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorTaxonomy;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Location;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;
import org.perftargets.model.YearEnd;

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
    /** True once an indicator row came from a 绩效指标 sheet with a 实际完成值 column: a self-evaluation. */
    private boolean selfEvaluation;

    private final ReadFocus focus;

    Assembler(String file, IntakeLayout layout, List<Finding> findings) {
        this(file, layout, findings, ReadFocus.ALL);
    }

    /** An assembler that reads whole only the projects in {@code focus}, and of the others what lists them. */
    Assembler(String file, IntakeLayout layout, List<Finding> findings, ReadFocus focus) {
        this.file = file;
        this.layout = layout;
        this.findings = findings;
        this.focus = focus;
    }

    /** The projects read whole, in the order found, with their indicators. */
    List<Project> projects() {
        List<Project> all = listed();
        List<Project> whole = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).whole) {
                whole.add(all.get(i));
            }
        }
        return whole;
    }

    /** Every project read, in the order found: those read whole as {@link #projects()} gives them, the others listed only. */
    List<Project> listed() {
        if (built == null) {
            // Made once, after the last row: the year-end figures' findings are made with them.
            built = drafts.stream().map(d -> d.whole ? withYearEnd(d, build(d)) : d.project).toList();
        }
        return built;
    }

    private List<Project> built;

    @Override
    public RowChoice projectRows() {
        return focus.isAll() ? RowChoice.ALL : new RowChoice() {
            @Override
            public Set<Field> keys() {
                return LISTED;
            }

            @Override
            public boolean wants(FoundRecord keys) {
                boolean wanted = focus.covers(keys.get(Field.NAME).typed(), keys.get(Field.CODE).typed());
                if (wanted) {
                    // Said as the project rows stream by, for the guess on the indicator rows' thread.
                    for (String folded : List.of(CleanText.folded(keys.get(Field.NAME).text()),
                            CleanText.folded(keys.get(Field.CODE).text()))) {
                        if (!folded.isEmpty()) {
                            readWhole.add(folded);
                        }
                    }
                }
                return wanted;
            }

            @Override
            public void passedOver(FoundRecord keys) {
                listedProject(keys);
            }
        };
    }

    @Override
    public RowChoice indicatorRows() {
        return focus.isAll() ? RowChoice.ALL : new RowChoice() {
            @Override
            public Set<Field> keys() {
                return LINKING;
            }

            @Override
            public boolean wants(FoundRecord keys) {
                List<Draft> owners = index().find(keys);
                return owners.size() != 1 || owners.get(0).whole; // a row no project or several could own is read, for its error
            }

            @Override
            public void passedOver(FoundRecord keys) {
                previous = null; // another project's row: a 一级 or 二级 is not carried past it
                selfEvaluation |= actualColumn; // as an indicator row of that project would have said
            }

            @Override
            public boolean keysOfRowsPassedOver() {
                return false;
            }

            @Override
            public void table(Set<Field> fields) {
                actualColumn = fields.contains(Field.ACTUAL);
            }

            private boolean actualColumn;
        };
    }

    /**
     * An indicator row is wanted when it names a project in the focus, or by the other of its name
     * and code one read whole so far (a project asked for by its code, its indicator rows naming it
     * by name: the project rows are read faster than the indicator rows and are mostly ahead);
     * whether that project is the one a row belongs to (or the row belongs to none) is known once
     * the projects are, and the guess is held against it then. How far the projects are when a row
     * is guessed decides only whether the rows are read again, never what is read.
     */
    @Override
    public java.util.function.Predicate<FoundRecord> indicatorRowsGuess() {
        if (focus.isAll()) {
            return null;
        }
        return keys -> {
            String name = keys.get(Field.NAME).text();
            String code = keys.get(Field.CODE).text();
            return focus.covers(name, code) || readWhole(CleanText.folded(name)) || readWhole(CleanText.folded(code));
        };
    }

    /**
     * The names and codes (folded, never empty) of the projects to be read whole found so far, for
     * the guess: added while the project rows stream by, looked up on the indicator rows' thread.
     */
    private final Set<String> readWhole = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private boolean readWhole(String folded) {
        return !folded.isEmpty() && readWhole.contains(folded);
    }

    /** What lists a project that is not read whole. */
    private static final Set<Field> LISTED = EnumSet.of(Field.YEAR, Field.DEPARTMENT, Field.NAME, Field.CODE);
    /** What links an indicator row to its project (see {@link ProjectIndex#find}). */
    private static final Set<Field> LINKING = EnumSet.of(Field.NAME, Field.CODE, Field.YEAR, Field.DEPARTMENT);

    private ProjectIndex index() {
        if (index == null) {
            index = new ProjectIndex(drafts);
        }
        return index;
    }

    /**
     * A self-evaluation's project with its year-end figures: 全年预算数 and 全年执行数 required,
     * 年初预算数 left blank the declared 年度资金申请总额. A declaration is left as it is.
     */
    private Project withYearEnd(Draft d, Project p) {
        if (!selfEvaluation) {
            return p;
        }
        for (Field f : List.of(Field.FULL_BUDGET, Field.SPENT)) {
            if (d.blankYearEnd.contains(f)) {
                findings.add(Finding.error(p.origin().at(f), "未填写「" + f.label() + "」",
                        "自评表必须填写" + f.label() + "（元）", p.key()));
            }
        }
        YearEnd y = d.yearEnd;
        BigDecimal initial = y.initialBudget() == null && d.blankYearEnd.contains(Field.INITIAL_BUDGET)
                ? p.annual().total() : y.initialBudget();
        return p.withYearEnd(new YearEnd(initial, y.budget(), y.spent(), y.achieved(), y.appropriationBudget(),
                y.appropriationSpent(), y.carryOverBudget(), y.carryOverSpent(), y.otherBudget(), y.otherSpent()));
    }

    /** Rows named in one message: a form of 100,000 indicators typed in alternating groups had tens of thousands. */
    private static final int ROWS_NAMED = 10;

    /**
     * A project with its indicators, each 一级 and 二级 group in one piece: a group typed in parts
     * (a second 产出指标 block after 满意度指标) is printed where it first appears, with a warning
     * naming the rows that were moved.
     */
    private Project build(Draft d) {
        Map<String, Integer> level1Rank = new LinkedHashMap<>();
        Map<List<String>, Integer> level2Rank = new LinkedHashMap<>();
        List<Integer> detached = new ArrayList<>();
        List<String> previous = null;
        for (Indicator i : d.indicators) {
            List<String> group = List.of(i.level1(), i.level2());
            // A 一级 typed wrong (产出指票) is its own error: the rows after it are not "detached" for it.
            boolean known = IndicatorTaxonomy.isLevel1(i.level1());
            if (known && !group.equals(previous) && (level2Rank.containsKey(group)
                    || !i.level1().equals(previous == null ? null : previous.get(0)) && level1Rank.containsKey(i.level1()))) {
                detached.add(i.origin().row());
            }
            level1Rank.putIfAbsent(i.level1(), level1Rank.size());
            level2Rank.putIfAbsent(group, level2Rank.size());
            if (known) {
                previous = group;
            }
        }
        if (detached.isEmpty()) {
            return d.build();
        }
        List<Indicator> grouped = new ArrayList<>(d.indicators);
        grouped.sort(Comparator.<Indicator>comparingInt(i -> level1Rank.get(i.level1()))
                .thenComparingInt(i -> level2Rank.get(List.of(i.level1(), i.level2()))));
        Indicator first = d.indicators.stream().filter(i -> i.origin().row() == detached.get(0)).findFirst().orElseThrow();
        findings.add(Finding.warning(first.origin().at(Field.LEVEL1),
                "项目「" + d.project.name() + "」的指标没有按一级、二级指标连续排列：第 "
                        + String.join("、", detached.stream().limit(ROWS_NAMED).map(String::valueOf).toList())
                        + (detached.size() > ROWS_NAMED ? "…… 行起（共 " + detached.size() + " 处）" : " 行起")
                        + "的指标属于前面已出现过的组，已归到该组首次出现处印出",
                "请把同一" + Field.LEVEL1.label() + "、" + Field.LEVEL2.label() + "的指标排在一起，核对印出的顺序",
                d.project.key()));
        return d.project.withIndicators(grouped);
    }

    @Override
    public void problem(Finding finding) {
        findings.add(finding);
    }

    @Override
    public void problemOfLastProject(Location where, String message, String advice) {
        findings.add(Finding.error(where, message, advice, last().project.key()));
    }

    /**
     * A project not read whole: its key cells read as {@link #project} reads them, with the same
     * findings (a problem in 年度 or 主管部门 concerns every booklet), listed without the rest.
     */
    private void listedProject(FoundRecord row) {
        Origin origin = origin(row);
        FieldReader key = new FieldReader(row, origin, null);
        Integer year = key.required(Field.YEAR) ? CellReading.year(row.get(Field.YEAR), key.problems(Field.YEAR)) : null;
        String department = key.text(Field.DEPARTMENT);
        String name = nameOf(row, origin, year, department);
        String code = new FieldReader(row, origin, new ProjectKey(year, department, name)).text(Field.CODE);
        drafts.add(new Draft(new Project(year, department, "", code.isEmpty() ? null : code, name, "", "", null, null,
                null, null, null, "", List.of(), origin), false));
        index = null;
        names = null;
    }

    /**
     * 项目名称 as read; an unreadable one (a damaged cell, #N/A) is the unnamed project's error, so
     * that project is withheld rather than published as 未命名.
     */
    private String nameOf(FoundRecord row, Origin origin, Integer year, String department) {
        return new FieldReader(row, origin, new ProjectKey(year, department, "")).text(Field.NAME);
    }

    @Override
    public void project(FoundRecord row) {
        Origin origin = origin(row);
        // 年度 and 主管部门 decide the booklet: a problem there is not the project's alone (project = null),
        // so it stops every booklet instead of one silently missing a project.
        FieldReader key = new FieldReader(row, origin, null);
        Integer year = key.required(Field.YEAR) ? CellReading.year(row.get(Field.YEAR), key.problems(Field.YEAR)) : null;
        String department = key.text(Field.DEPARTMENT);
        String name = nameOf(row, origin, year, department);
        FieldReader r = new FieldReader(row, origin, new ProjectKey(year, department, name));
        String unit = r.text(Field.UNIT);
        String code = r.text(Field.CODE);
        String nature = r.text(Field.NATURE);
        String category = r.text(Field.CATEGORY);
        var start = r.date(Field.START);
        var end = r.date(Field.END);
        LifetimeFunds lifetime = new LifetimeFunds(r.money(Field.LIFETIME_TOTAL), r.money(Field.LIFETIME_FISCAL),
                r.money(Field.LIFETIME_OTHER));
        AnnualFunds annual = new AnnualFunds(r.money(Field.ANNUAL_TOTAL), r.money(Field.APPROPRIATION),
                zeroIfBlank(r.money(Field.CARRY_OVER), row.get(Field.CARRY_OVER)),
                zeroIfBlank(r.money(Field.ANNUAL_OTHER), row.get(Field.ANNUAL_OTHER)));
        String overallGoal = r.text(Field.OVERALL_GOAL);
        String annualGoal = r.text(Field.ANNUAL_GOAL);
        Draft draft = new Draft(new Project(year, department, unit, code.isEmpty() ? null : code, name, nature, category,
                start, end, lifetime, annual, overallGoal.isEmpty() ? null : overallGoal, annualGoal, List.of(), origin), true);
        for (Field f : Field.YEAR_END) {
            if (!row.cells().containsKey(f) || row.get(f).isBlank()) {
                draft.blankYearEnd.add(f);
            }
        }
        draft.yearEnd = new YearEnd(r.money(Field.INITIAL_BUDGET), r.money(Field.FULL_BUDGET), r.money(Field.SPENT),
                r.optionalText(Field.ACHIEVED), r.money(Field.APPROPRIATION_BUDGET), r.money(Field.APPROPRIATION_SPENT),
                r.money(Field.CARRY_OVER_BUDGET), r.money(Field.CARRY_OVER_SPENT), r.money(Field.OTHER_BUDGET),
                r.money(Field.OTHER_SPENT));
        drafts.add(draft);
        index = null;
        names = null;
    }

    /**
     * "（最接近的：「…」）" for a project name found in no project row, for the first names so
     * found: each costs a look at every name listed (20,000 in a province's workbook), and a sheet
     * of such rows usually names one project wrongly, or all of them (a header shifted, another file).
     * A name listed as it is, but in another 年度 or 主管部门 than the row says, is said as such.
     */
    private String closeTo(String shown) {
        String said = closeNames.get(shown);
        if (said == null && closeNames.size() < CLOSE_NAMES_LOOKED_UP) {
            if (names == null) {
                names = CloseNames.of(drafts.stream().map(d -> d.project.name()).toList());
            }
            List<String> close = names.closestTo(shown, 3);
            String folded = CleanText.folded(shown);
            said = close.stream().anyMatch(n -> CleanText.folded(n).equals(folded))
                    ? "（「" + StandardWorkbook.PROJECT_SHEET + "」工作表中有这个名称的项目，但本行的年度或主管部门与它不同：请核对这两列）"
                    : close.isEmpty() ? "" : "（最接近的：「" + String.join("」「", close) + "」）";
            closeNames.put(shown, said);
        }
        return said == null ? "" : said;
    }

    private CloseNames names;
    private static final int CLOSE_NAMES_LOOKED_UP = 20;
    /** The cells of an indicator row that say whose it is. */
    private static final List<Field> LINKS = List.of(Field.CODE, Field.NAME, Field.YEAR, Field.DEPARTMENT);
    private final Map<String, String> closeNames = new HashMap<>();

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
        // A cell that links the row to its project and cannot be read (#N/A, damaged): said at the cell, never
        // read as blank (a blank 年度 or 主管部门 would link it more loosely, a blank name to no project).
        boolean unreadable = false;
        for (Field f : LINKS) {
            CellValue c = row.cells().get(f);
            if (c != null && (c.formulaError() != null || c.isUncachedFormula())) {
                CellReading.Problem p = c.formulaError() != null ? CellReading.formulaError(c, f.label())
                        : CellReading.uncachedFormula(c, f.label());
                findings.add(Finding.ofSomeProjectOfItsFile(origin(row).at(f), p.message(), p.advice()));
                unreadable = true;
            }
        }
        if (unreadable) {
            return;
        }
        List<Draft> owners = index().find(row);
        if (owners.size() != 1) {
            String shown = !row.get(Field.NAME).text().isEmpty() ? row.get(Field.NAME).text() : row.get(Field.CODE).text();
            Location at = origin(row).at(row.cells().containsKey(Field.NAME) ? Field.NAME : Field.CODE);
            if (owners.isEmpty()) {
                findings.add(Finding.ofSomeProjectOfItsFile(at, shown.isEmpty() ? "这条指标没有填写所属项目"
                                : "指标所属的项目「" + shown + "」在工作表「" + StandardWorkbook.PROJECT_SHEET + "」中不存在",
                        "请填写与「" + StandardWorkbook.PROJECT_SHEET + "」工作表完全一致的" + Field.NAME.label()
                                + (row.get(Field.NAME).text().isEmpty() ? "" : closeTo(shown))));
            } else {
                // Never "the first one": the indicator would be published under a project it may not belong to.
                findings.add(Finding.ofSomeProjectOfItsFile(at, "指标所属的项目「" + shown + "」有 " + owners.size() + " 个："
                                + String.join("；", owners.stream().map(d -> d.project.year() + " 年度 "
                                        + d.project.department() + "（" + d.project.origin().at(Field.NAME).describe() + "）")
                                        .toList()),
                        "请在「" + StandardWorkbook.INDICATOR_SHEET + "」工作表加上「" + Field.YEAR.label() + "」和「"
                                + Field.DEPARTMENT.label() + "」列（或两表都加上「" + Field.CODE.label() + "」列）写明是哪一个"));
            }
            previous = null;
            return;
        }
        add(owners.get(0), row);
    }

    private void add(Draft owner, FoundRecord row) {
        Origin origin = origin(row);
        FieldReader r = new FieldReader(row, origin, owner.project.key());
        // Like the printed form, a 一级 or 二级 typed once covers the rows below it of the same project.
        boolean sameProject = owner == previous;
        String level1 = once(CleanText.withoutSpaces(r.optionalText(Field.LEVEL1)));
        String level2 = once(CleanText.withoutSpaces(r.optionalText(Field.LEVEL2)));
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
        if (!r.readable(Field.VALUE)) {
            value = new IndicatorValue.Unreadable(v.text());
        } else if (v.formula() != null && !v.isConstantFormula()) {
            // Its computed value is not what the user typed: never published as the target.
            findings.add(Finding.error(origin.at(Field.VALUE), "「" + Field.VALUE.label() + "」是公式（=" + v.formula()
                    + "），其计算结果不能作为" + Field.VALUE.label(),
                    "请直接填写" + Field.VALUE.label() + "，如 ≥90.00(%)；要以 = 开头，请先把单元格格式设为「文本」", owner.project.key()));
            value = new IndicatorValue.Unreadable("=" + v.formula());
        } else {
            IndicatorValueParser.Result parsed = IndicatorValueParser.parse(v.typed());
            if (parsed.ok()) {
                value = parsed.value();
            } else {
                findings.add(Finding.error(origin.at(Field.VALUE), parsed.problem(), VALUE_ADVICE, owner.project.key()));
                value = new IndicatorValue.Unreadable(v.typed());
            }
        }
        Actual actual = null;
        if (row.cells().containsKey(Field.ACTUAL)) {
            selfEvaluation = true;
            actual = new Actual(r.optionalText(Field.ACTUAL), r.number(Field.WEIGHT), r.number(Field.SCORE),
                    r.optionalText(Field.DEVIATION));
        }
        owner.indicators.add(new Indicator(level1, level2, name, value, origin, actual));
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
        Map<Field, String> columns = new EnumMap<>(Field.class);
        String suffix = String.valueOf(row.row());
        row.cells().forEach((f, c) -> {
            if (c.ref() != null) {
                cells.put(f, c.ref());
                if (c.ref().endsWith(suffix)) {
                    columns.put(f, c.ref().substring(0, c.ref().length() - suffix.length()));
                }
            }
        });
        if (!cells.isEmpty() && columns.size() == cells.size() && columns.values().stream().allMatch(Assembler::isColumn)) {
            // A table's row: its cells' columns, one map for all rows laid out alike.
            return Origin.ofColumns(file, row.sheet(), row.row(),
                    sharedColumns.computeIfAbsent(columns, k -> java.util.Collections.unmodifiableMap(new EnumMap<>(k))));
        }
        return new Origin(file, row.sheet(), row.row(), cells);
    }

    private static boolean isColumn(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The columns of the rows read so far, each layout of fields once. */
    private final Map<Map<Field, String>, Map<Field, String>> sharedColumns = new java.util.HashMap<>();

    /** 一级 and 二级 texts, each held once: 340,000 indicators name a handful of groups. */
    private final Map<String, String> groupNames = new java.util.HashMap<>();

    private String once(String s) {
        return s.length() > 40 ? s : groupNames.computeIfAbsent(s, k -> k);
    }

    /** A project being read, collecting its indicators. */
    private static final class Draft {
        final Project project;
        /** False for a project listed only (its key cells read): a reading for other projects. */
        final boolean whole;
        final List<Indicator> indicators = new ArrayList<>();
        /** The year-end figures as read (used only when the workbook is a self-evaluation). */
        YearEnd yearEnd;
        final Set<Field> blankYearEnd = EnumSet.noneOf(Field.class);

        Draft(Project project, boolean whole) {
            this.project = project;
            this.whole = whole;
        }

        Project build() {
            return project.withIndicators(indicators);
        }
    }

    /**
     * Finds an indicator row's project: by 项目编码 where both sheets carry it (the same code in
     * another 年度 is the same project's other year), else by 项目名称 together with 年度 and 主管部门
     * where the row carries them; names and codes compared folded.
     */
    private static final class ProjectIndex {
        private final Map<String, List<Draft>> byName = new HashMap<>();
        /** Consecutive indicator rows name the same project: each text folded once for a run of them. */
        private final LastFolded codes = new LastFolded();
        private final LastFolded names = new LastFolded();
        private final LastFolded years = new LastFolded();
        private final LastFolded departments = new LastFolded();
        private final Map<String, List<Draft>> byCode = new LinkedHashMap<>();

        ProjectIndex(List<Draft> drafts) {
            for (Draft d : drafts) {
                byName.computeIfAbsent(CleanText.folded(d.project.name()), k -> new ArrayList<>()).add(d);
                if (d.project.code() != null) {
                    byCode.computeIfAbsent(CleanText.folded(d.project.code()), k -> new ArrayList<>()).add(d);
                }
            }
        }

        /**
         * The projects the row may belong to: one, none, or several when what it names is not enough.
         * A 项目编码 both sheets carry decides (the row's 项目名称 may be a short name), but a 年度 or
         * 主管部门 on the row must agree: GA-001 of 2024 is not the 2023 project GA-001.
         */
        List<Draft> find(FoundRecord row) {
            String code = codes.folded(row.get(Field.CODE).text());
            String name = names.folded(row.get(Field.NAME).text());
            List<Draft> candidates;
            if (!code.isEmpty() && byCode.containsKey(code)) {
                candidates = byCode.get(code); // the code decides; the name on the row may be a short name
            } else {
                candidates = byName.getOrDefault(name, List.of());
            }
            String year = yearOf(years.folded(row.get(Field.YEAR).text()));
            String dept = departments.folded(row.get(Field.DEPARTMENT).text());
            return candidates.stream()
                    .filter(d -> year.isEmpty() || year.equals(String.valueOf(d.project.year())))
                    .filter(d -> dept.isEmpty() || dept.equals(CleanText.folded(d.project.department())))
                    .toList();
        }

        /** The row's 年度 (folded) as digits: 2023, ２０２３, 2023年度 alike; empty when not given. */
        private static String yearOf(String y) {
            return y.endsWith("年度") ? y.substring(0, y.length() - 2) : y.endsWith("年") ? y.substring(0, y.length() - 1) : y;
        }
    }

    /** A text's folded form, remembered for the text last asked about. */
    private static final class LastFolded {
        private String text;
        private String folded;

        String folded(String t) {
            if (!t.equals(text)) {
                text = t;
                folded = CleanText.folded(t);
            }
            return folded;
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

        /** True when the cell holds something readable; a blank required cell or an unreadable formula is reported. */
        boolean required(Field f) {
            if (!readable(f)) {
                return false;
            }
            if (row.get(f).isBlank()) {
                missing(f);
                return false;
            }
            return true;
        }

        /** False, with its finding, for a formula whose result is an error or was never stored. */
        boolean readable(Field f) {
            CellValue c = row.get(f);
            if (c.formulaError() != null) {
                problems(f).report(CellReading.formulaError(c, f.label()));
                return false;
            }
            if (c.isUncachedFormula()) {
                problems(f).report(CellReading.uncachedFormula(c, f.label()));
                return false;
            }
            if (c.isCut()) {
                findings.add(Finding.error(origin.at(f), "「" + f.label() + "」的内容过长（" + c.fullLength()
                        + " 个字符，上限 " + c.text().length() + "）", "请精简内容；如确需更长，可用 -DmaxCellChars=字符数 调高上限",
                        project));
                return false;
            }
            return true;
        }

        /**
         * A required date. A plain number in a date column (45000, shown as such in a General cell)
         * is read as Excel's day number, with a warning showing the date it became.
         */
        LocalDate date(Field f) {
            if (!required(f)) {
                return null;
            }
            CellValue c = row.get(f);
            LocalDate d = CellReading.date(c, f.label(), problems(f));
            if (d != null && c.date() == null && c.number() != null && c.number().toPlainString().length() != 8) {
                findings.add(Finding.warning(origin.at(f), "「" + f.label() + "」填的是数字 " + c.number().toPlainString()
                        + "，已按 Excel 的日期序号读作 " + d, "请核对；日期请写成 2023-01-01 或设为日期格式", project));
            }
            return d;
        }

        void missing(Field f) {
            findings.add(Finding.error(origin.at(f), "未填写「" + f.label() + "」", layout.whereToFill(f), project));
        }

        /** A text; blank where the field is required is reported. */
        String text(Field f) {
            if (!readable(f)) {
                return "";
            }
            String s = row.get(f).typed();
            if (s.isEmpty() && (PROJECT_REQUIRED.contains(f) || INDICATOR_REQUIRED.contains(f))) {
                missing(f);
            }
            return s;
        }

        /** A text that may be blank: as typed (a formula that is only a number, =58, as =58). */
        String optionalText(Field f) {
            return readable(f) ? row.get(f).typed() : "";
        }

        /** A plain number (分值, 得分); blank or unreadable is null, the latter reported at its cell. */
        BigDecimal number(Field f) {
            CellValue c = row.get(f);
            if (!readable(f) || c.isBlank()) {
                return null;
            }
            if (c.number() != null) {
                return c.number();
            }
            String t = CleanText.folded(c.text()).replace("分", "");
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                findings.add(Finding.error(origin.at(f), "「" + f.label() + "」「" + c.text() + "」不是数字",
                        "请填写数字，如 10 或 7.5", project));
                return null;
            }
        }

        /** An amount in 元; blank is null, reported where the field is required. */
        BigDecimal money(Field f) {
            CellValue c = row.get(f);
            if (!readable(f)) {
                return null;
            }
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
