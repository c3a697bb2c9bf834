package org.perftargets.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perftargets.model.Finding;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Location;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;

/**
 * Reads standard intake workbooks (sheets 项目 and 绩效指标) into the model. Every problem is
 * collected as a finding at its cell; reading goes on past problems so that all are reported
 * at once.
 */
public final class IntakeReader {

    private final ReadLimits limits;

    public IntakeReader() {
        this(ReadLimits.DEFAULT);
    }

    public IntakeReader(ReadLimits limits) {
        this.limits = limits;
        WorkbookGuards.apply(limits);
    }

    /** Reads the workbooks in order; projects keep that order. */
    public IntakeResult readAll(List<Path> workbooks) {
        List<Project> projects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path p : workbooks) {
            IntakeResult one = read(p);
            projects.addAll(one.declarations().projects());
            findings.addAll(one.findings());
        }
        return new IntakeResult(new Declarations(projects), findings);
    }

    public IntakeResult read(Path path) {
        String file = path.getFileName().toString();
        List<Finding> findings = new ArrayList<>();
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                findings.add(fileError(file, "文件过大（" + size / (1024 * 1024) + " MB，上限 "
                        + limits.maxFileBytes() / (1024 * 1024) + " MB）",
                        "请检查是否放错了文件；如确需读取，可用 -DmaxFileMb=兆字节数 调高上限"));
                return new IntakeResult(new Declarations(List.of()), findings);
            }
        } catch (IOException e) {
            findings.add(fileError(file, "无法打开文件", "请确认文件存在且有读取权限"));
            return new IntakeResult(new Declarations(List.of()), findings);
        }
        Workbook wb;
        try {
            wb = WorkbookFactory.create(path.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            findings.add(fileError(file, "工作簿设置了打开密码，无法读取", "请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存，再放入输入文件夹"));
            return new IntakeResult(new Declarations(List.of()), findings);
        } catch (IOException | RuntimeException e) {
            findings.add(WorkbookGuards.describe(file, e, limits));
            return new IntakeResult(new Declarations(List.of()), findings);
        }
        try (wb) {
            return new IntakeResult(new Declarations(readWorkbook(file, wb, findings)), findings);
        } catch (IOException e) {
            findings.add(WorkbookGuards.describe(file, e, limits));
        } catch (RuntimeException e) {
            // Damaged content POI only notices when a cell is read; a failure of our own code is not hidden here.
            if (!WorkbookGuards.raisedByPoi(e)) {
                throw e;
            }
            findings.add(WorkbookGuards.describe(file, e, limits));
        }
        return new IntakeResult(new Declarations(List.of()), findings);
    }

    private List<Project> readWorkbook(String file, Workbook wb, List<Finding> findings) {
        Sheet projectSheet = sheet(wb, StandardWorkbook.PROJECT_SHEET);
        Sheet indicatorSheet = sheet(wb, StandardWorkbook.INDICATOR_SHEET);
        if (projectSheet == null) {
            List<Project> forms = new ArrayList<>();
            for (Sheet s : wb) {
                if (FormSheetReader.looksLikeForm(s)) {
                    forms.add(new FormSheetReader(file, s, findings).read());
                }
            }
            if (!forms.isEmpty()) {
                return forms;
            }
            findings.add(fileError(file, "找不到工作表「" + StandardWorkbook.PROJECT_SHEET + "」，也没有申报表格式的工作表",
                    "标准申报工作簿需要「项目」和「绩效指标」两个工作表（可用 mvn -q -Dtemplate 生成空白模板），"
                            + "或每个工作表是一张申报表"));
            return List.of();
        }
        if (indicatorSheet == null) {
            findings.add(fileError(file, "找不到工作表「" + StandardWorkbook.INDICATOR_SHEET + "」",
                    "请加上「绩效指标」工作表，每行一条指标；可用 mvn -q -Dtemplate 生成空白模板"));
        }
        for (Sheet s : indicatorSheet == null ? List.of(projectSheet) : List.of(projectSheet, indicatorSheet)) {
            if (s.getLastRowNum() + 1 > limits.maxRows()) {
                findings.add(Finding.error(Location.ofSheet(file, s.getSheetName()),
                        "工作表行数过多（" + (s.getLastRowNum() + 1) + " 行，上限 " + limits.maxRows() + " 行）",
                        "请删除多余的行；如确需更多，可用 -DmaxRows=行数 调高上限", null));
                return List.of();
            }
        }
        List<ProjectDraft> drafts = readProjects(file, projectSheet, findings);
        if (indicatorSheet != null) {
            readIndicators(file, indicatorSheet, drafts, findings);
        }
        return drafts.stream().map(ProjectDraft::build).toList();
    }

    private static Sheet sheet(Workbook wb, String name) {
        for (Sheet s : wb) {
            if (CleanText.folded(s.getSheetName()).equals(name)) {
                return s;
            }
        }
        return null;
    }

    private List<ProjectDraft> readProjects(String file, Sheet sheet, List<Finding> findings) {
        SheetTable table = new SheetTable(file, sheet, limits);
        if (!table.readHeader(StandardWorkbook.PROJECT_FIELDS, StandardWorkbook.PROJECT_REQUIRED, findings)) {
            return List.of();
        }
        List<ProjectDraft> drafts = new ArrayList<>();
        for (SheetTable.DataRow row : table.rows(findings)) {
            drafts.add(readProject(file, table, row, findings));
        }
        return drafts;
    }

    private ProjectDraft readProject(String file, SheetTable table, SheetTable.DataRow row, List<Finding> findings) {
        Map<Field, String> cells = new EnumMap<>(Field.class);
        row.cells().forEach((f, c) -> cells.put(f, c.ref()));
        Origin origin = new Origin(file, table.sheetName(), row.rowNumber(), cells);
        // 年度 and 主管部门 decide the booklet: a problem there is not the project's alone (project = null),
        // so it stops every booklet instead of one silently missing a project.
        FieldReader key = new FieldReader(row, origin, null, findings);
        Integer year = key.required(Field.YEAR) ? CellReading.year(row.get(Field.YEAR), key.problems(Field.YEAR)) : null;
        String department = key.text(Field.DEPARTMENT, true);
        String name = key.text(Field.NAME, true);
        FieldReader r = new FieldReader(row, origin, new ProjectKey(year, department, name), findings);
        String unit = r.text(Field.UNIT, true);
        String code = r.text(Field.CODE, false);
        String nature = r.text(Field.NATURE, true);
        String category = r.text(Field.CATEGORY, true);
        var start = r.required(Field.START) ? CellReading.date(row.get(Field.START), Field.START.label(), r.problems(Field.START)) : null;
        var end = r.required(Field.END) ? CellReading.date(row.get(Field.END), Field.END.label(), r.problems(Field.END)) : null;
        LifetimeFunds lifetime = new LifetimeFunds(r.money(table, Field.LIFETIME_TOTAL, false),
                r.money(table, Field.LIFETIME_FISCAL, false), r.money(table, Field.LIFETIME_OTHER, false));
        AnnualFunds annual = new AnnualFunds(r.money(table, Field.ANNUAL_TOTAL, true),
                r.money(table, Field.APPROPRIATION, true),
                zeroIfBlank(r.money(table, Field.CARRY_OVER, false), row.get(Field.CARRY_OVER)),
                zeroIfBlank(r.money(table, Field.ANNUAL_OTHER, false), row.get(Field.ANNUAL_OTHER)));
        String overallGoal = r.text(Field.OVERALL_GOAL, false);
        String annualGoal = r.text(Field.ANNUAL_GOAL, true);
        return new ProjectDraft(new Project(year, department, unit, code.isEmpty() ? null : code, name, nature,
                category, start, end, lifetime, annual, overallGoal.isEmpty() ? null : overallGoal, annualGoal,
                List.of(), origin));
    }

    /** 上年结转资金 and 年度其他资金 left blank count as 0.00; unreadable stays null (with its error). */
    private static BigDecimal zeroIfBlank(BigDecimal read, CellValue cell) {
        return read == null && cell.isBlank() ? BigDecimal.ZERO.setScale(2) : read;
    }

    private void readIndicators(String file, Sheet sheet, List<ProjectDraft> drafts, List<Finding> findings) {
        SheetTable table = new SheetTable(file, sheet, limits);
        if (!table.readHeader(StandardWorkbook.INDICATOR_FIELDS, StandardWorkbook.INDICATOR_REQUIRED, findings)) {
            return;
        }
        if (!table.has(Field.NAME) && !table.has(Field.CODE)) {
            findings.add(Finding.error(Location.ofSheet(file, table.sheetName()), "缺少必填列「项目名称」",
                    "请加上「项目名称」列，写明每条指标属于哪个项目", null));
            return;
        }
        ProjectIndex index = new ProjectIndex(drafts);
        ProjectDraft previous = null;
        String previousLevel1 = "";
        String previousLevel2 = "";
        for (SheetTable.DataRow row : table.rows(findings)) {
            Map<Field, String> cells = new EnumMap<>(Field.class);
            row.cells().forEach((f, c) -> cells.put(f, c.ref()));
            Origin origin = new Origin(file, table.sheetName(), row.rowNumber(), cells);
            ProjectDraft owner = index.find(row);
            if (owner == null) {
                String shown = !row.get(Field.NAME).text().isEmpty() ? row.get(Field.NAME).text() : row.get(Field.CODE).text();
                findings.add(Finding.error(origin.at(table.has(Field.NAME) ? Field.NAME : Field.CODE),
                        shown.isEmpty() ? "这条指标没有填写所属项目" : "指标所属的项目「" + shown + "」在工作表「项目」中不存在",
                        "请填写与「项目」工作表完全一致的项目名称", null));
                previous = null;
                continue;
            }
            FieldReader r = new FieldReader(row, origin, owner.project.key(), findings);
            // Like the printed form, a 一级 or 二级 typed once covers the rows below it of the same project.
            boolean sameProject = owner == previous;
            String level1 = CleanText.withoutSpaces(r.text(Field.LEVEL1, false));
            String level2 = CleanText.withoutSpaces(r.text(Field.LEVEL2, false));
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
            String name = r.text(Field.LEVEL3, true);
            IndicatorValue value = IndicatorValue.MISSING;
            CellValue v = row.get(Field.VALUE);
            if (v.formulaError() != null) {
                r.formulaError(Field.VALUE, v);
            } else {
                IndicatorValueParser.Result parsed = IndicatorValueParser.parse(v.text());
                if (parsed.ok()) {
                    value = parsed.value();
                } else {
                    findings.add(Finding.error(origin.at(Field.VALUE), parsed.problem(),
                            "定量指标请写成 比较符+数字+单位，如 ≥90.00(%)、=58(人)；定性指标请直接写文字，不要以 =、≥、≤、<、> 开头",
                            owner.project.key()));
                }
            }
            owner.indicators.add(new Indicator(level1, level2, name, value, origin));
            previous = owner;
            previousLevel1 = level1;
            previousLevel2 = level2;
        }
    }

    private static Finding fileError(String file, String message, String advice) {
        return Finding.error(Location.ofFile(file), message, advice, null);
    }

    /** A project being read, collecting its indicators. */
    private static final class ProjectDraft {
        final Project project;
        final List<Indicator> indicators = new ArrayList<>();

        ProjectDraft(Project project) {
            this.project = project;
        }

        Project build() {
            return project.withIndicators(indicators);
        }
    }

    /** Finds an indicator row's project: by 项目编码 where both carry it, else by name (and 年度, 主管部门 if given). */
    private static final class ProjectIndex {
        private final Map<String, List<ProjectDraft>> byName = new HashMap<>();
        private final Map<String, ProjectDraft> byCode = new LinkedHashMap<>();

        ProjectIndex(List<ProjectDraft> drafts) {
            for (ProjectDraft d : drafts) {
                byName.computeIfAbsent(CleanText.folded(d.project.name()), k -> new ArrayList<>()).add(d);
                if (d.project.code() != null) {
                    byCode.putIfAbsent(CleanText.folded(d.project.code()), d);
                }
            }
        }

        ProjectDraft find(SheetTable.DataRow row) {
            String code = CleanText.folded(row.get(Field.CODE).text());
            if (!code.isEmpty() && byCode.containsKey(code)) {
                return byCode.get(code);
            }
            List<ProjectDraft> named = byName.getOrDefault(CleanText.folded(row.get(Field.NAME).text()), List.of());
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

    /** Reads the fields of one row, turning each problem into a finding at its cell. */
    private static final class FieldReader {
        private final SheetTable.DataRow row;
        private final Origin origin;
        private final ProjectKey project;
        private final List<Finding> findings;

        FieldReader(SheetTable.DataRow row, Origin origin, ProjectKey project, List<Finding> findings) {
            this.row = row;
            this.origin = origin;
            this.project = project;
            this.findings = findings;
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
            findings.add(Finding.error(origin.at(f), "未填写「" + f.label() + "」", "这是必填项，请填写", project));
        }

        void formulaError(Field f, CellValue c) {
            problems(f).report(CellReading.formulaError(c, f.label()));
        }

        String text(Field f, boolean mandatory) {
            CellValue c = row.get(f);
            if (c.formulaError() != null) {
                formulaError(f, c);
                return "";
            }
            if (c.text().isEmpty() && mandatory) {
                missing(f);
            }
            return c.text();
        }

        BigDecimal money(SheetTable table, Field f, boolean mandatory) {
            CellValue c = row.get(f);
            if (c.isBlank()) {
                if (mandatory) {
                    missing(f);
                }
                return null;
            }
            return CellReading.money(c, table.multiplier(f), f.label(), problems(f));
        }
    }
}
