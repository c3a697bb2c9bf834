package org.perftargets.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perftargets.model.IndicatorTaxonomy;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

/**
 * Writes a standard intake workbook: blank, as the template units fill in, or holding projects
 * (the shipped sample, the benchmark's synthetic workbooks). Dropdowns for 项目性质, 项目类别,
 * 一级指标 and 二级指标; money as {@code #,##0.00} and dates as {@code yyyy-mm-dd}; frozen header
 * rows; and a 填写说明 sheet explaining every column.
 */
public final class StandardWorkbookWriter {

    public static final List<String> NATURES = List.of("经常性专项业务费", "其他经常性项目", "其他一次性项目");
    public static final List<String> CATEGORIES = List.of("特定目标类", "其他运转类", "人员类", "公用经费类");

    /** Rows that carry dropdowns and formats in a blank template. */
    private static final int TEMPLATE_ROWS = 2000;

    private static final List<Field> PROJECT_COLUMNS = Field.PROJECT;
    /** 年度 and 主管部门 are optional there: with them an indicator finds its project when two share a name. */
    private static final List<Field> INDICATOR_COLUMNS = List.of(Field.YEAR, Field.DEPARTMENT, Field.NAME, Field.LEVEL1,
            Field.LEVEL2, Field.LEVEL3, Field.VALUE);

    private StandardWorkbookWriter() {
    }

    public static void write(List<Project> projects, OutputStream out) throws IOException {
        write(projects, false, out);
    }

    /**
     * The self-evaluation workbook (自评填报.xlsx) pre-filled from the declarations: their sheets and
     * columns as they are, then the year-end columns, empty (or as typed where the projects are
     * self-evaluations already), formatted, and explained in 填写说明 with the scoring rules.
     */
    public static void writeSelfEvaluation(List<Project> projects, OutputStream out) throws IOException {
        write(projects, true, out);
    }

    private static void write(List<Project> projects, boolean selfEvaluation, OutputStream out) throws IOException {
        List<Field> projectColumns = PROJECT_COLUMNS;
        List<Field> indicatorColumns = INDICATOR_COLUMNS;
        if (selfEvaluation) {
            projectColumns = new ArrayList<>(PROJECT_COLUMNS);
            projectColumns.addAll(Field.YEAR_END);
            indicatorColumns = new ArrayList<>(INDICATOR_COLUMNS);
            indicatorColumns.addAll(Field.ACTUALS);
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Styles styles = new Styles(wb);
            Sheet ps = wb.createSheet(StandardWorkbook.PROJECT_SHEET);
            Sheet is = wb.createSheet(StandardWorkbook.INDICATOR_SHEET);
            header(ps, projectColumns, styles);
            header(is, indicatorColumns, styles);
            if (selfEvaluation) {
                formatColumns(ps, projectColumns, PROJECT_COLUMNS.size(), styles);
                formatColumns(is, indicatorColumns, INDICATOR_COLUMNS.size(), styles);
            }
            int r = 1;
            for (Project p : projects) {
                Row row = ps.createRow(r++);
                for (int c = 0; c < projectColumns.size(); c++) {
                    projectCell(row, c, projectColumns.get(c), p, styles);
                }
            }
            r = 1;
            for (Project p : projects) {
                for (Indicator i : p.indicators()) {
                    Row row = is.createRow(r++);
                    if (p.year() != null) {
                        row.createCell(0).setCellValue(p.year());
                    }
                    text(row, 1, p.department(), styles.text);
                    text(row, 2, p.name(), styles.text);
                    text(row, 3, i.level1(), styles.text);
                    text(row, 4, i.level2(), styles.text);
                    text(row, 5, i.name(), styles.text);
                    text(row, 6, i.value().printed(), styles.text);
                    if (selfEvaluation && i.actual() != null) {
                        text(row, 7, i.actual().typed(), styles.text);
                        number(row, 8, i.actual().weight());
                        number(row, 9, i.actual().score());
                        text(row, 10, i.actual().deviation(), styles.wrapped);
                    }
                }
            }
            if (projects.isEmpty()) {
                formatBlankRows(ps, PROJECT_COLUMNS, styles);
                formatBlankRows(is, INDICATOR_COLUMNS, styles);
            }
            dropdowns(ps, is);
            notes(wb.createSheet(StandardWorkbook.NOTES_SHEET), styles, selfEvaluation);
            // A fixed creation time (the build's), so that the same workbook gives the same bytes any day.
            wb.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(java.util.Optional.of(new java.util.Date(1767225600000L)));
            wb.write(out);
            wb.dispose();
        }
    }

    public static void writeBlank(OutputStream out) throws IOException {
        write(List.of(), out);
    }

    private static void header(Sheet s, List<Field> columns, Styles styles) {
        Row h = s.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Field f = columns.get(c);
            Cell cell = h.createCell(c);
            cell.setCellValue(f.label());
            cell.setCellStyle(styles.header);
            s.setColumnWidth(c, width(f) * 256);
        }
        s.createFreezePane(0, 1);
    }

    private static int width(Field f) {
        return switch (f) {
            case YEAR -> 8;
            case NAME, LEVEL3 -> 40;
            case OVERALL_GOAL, ANNUAL_GOAL -> 60;
            case START, END -> 14;
            case LEVEL1, LEVEL2 -> 20;
            case VALUE -> 22;
            case DEPARTMENT, UNIT, NATURE -> 20;
            default -> 18;
        };
    }

    private static void projectCell(Row row, int c, Field f, Project p, Styles styles) {
        switch (f) {
            case YEAR -> {
                if (p.year() != null) {
                    row.createCell(c).setCellValue(p.year());
                }
            }
            case DEPARTMENT -> text(row, c, p.department(), styles.text);
            case UNIT -> text(row, c, p.unit(), styles.text);
            case CODE -> text(row, c, p.code(), styles.text);
            case NAME -> text(row, c, p.name(), styles.text);
            case NATURE -> text(row, c, p.nature(), styles.text);
            case CATEGORY -> text(row, c, p.category(), styles.text);
            case START -> date(row, c, p.start(), styles);
            case END -> date(row, c, p.end(), styles);
            case LIFETIME_TOTAL -> money(row, c, p.lifetime().total(), styles);
            case LIFETIME_FISCAL -> money(row, c, p.lifetime().fiscal(), styles);
            case LIFETIME_OTHER -> money(row, c, p.lifetime().other(), styles);
            case ANNUAL_TOTAL -> money(row, c, p.annual().total(), styles);
            case APPROPRIATION -> money(row, c, p.annual().appropriation(), styles);
            case CARRY_OVER -> money(row, c, p.annual().carryOver(), styles);
            case ANNUAL_OTHER -> money(row, c, p.annual().other(), styles);
            case OVERALL_GOAL -> text(row, c, p.overallGoal(), styles.wrapped);
            case ANNUAL_GOAL -> text(row, c, p.annualGoal(), styles.wrapped);
            case INITIAL_BUDGET, FULL_BUDGET, SPENT, APPROPRIATION_BUDGET, APPROPRIATION_SPENT, CARRY_OVER_BUDGET,
                    CARRY_OVER_SPENT, OTHER_BUDGET, OTHER_SPENT -> money(row, c, (BigDecimal) p.get(f), styles);
            case ACHIEVED -> text(row, c, (String) p.get(f), styles.wrapped);
            default -> throw new IllegalArgumentException(f.name());
        }
    }

    private static void number(Row row, int c, BigDecimal b) {
        if (b != null) {
            row.createCell(c).setCellValue(b.doubleValue());
        }
    }

    /** The year-end columns formatted before anyone types in them: amounts as money, texts as 文本. */
    private static void formatColumns(Sheet s, List<Field> columns, int from, Styles styles) {
        for (int c = from; c < columns.size(); c++) {
            CellStyle style = switch (columns.get(c)) {
                case ACHIEVED, DEVIATION -> styles.wrapped;
                case ACTUAL -> styles.text;
                case WEIGHT, SCORE -> null;
                default -> styles.money;
            };
            if (style != null) {
                s.setDefaultColumnStyle(c, style);
            }
        }
    }

    private static void text(Row row, int c, String s, CellStyle style) {
        if (s != null && !s.isEmpty()) {
            Cell cell = row.createCell(c);
            cell.setCellValue(s);
            cell.setCellStyle(style);
        }
    }

    private static void money(Row row, int c, BigDecimal b, Styles styles) {
        if (b != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(b.doubleValue()); // Excel holds doubles; two decimals survive the round trip
            cell.setCellStyle(styles.money);
        }
    }

    private static void date(Row row, int c, java.time.LocalDate d, Styles styles) {
        if (d != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        }
    }

    /**
     * In a blank template, empty columns already formatted: amounts and dates look right at once,
     * and text columns are 文本, so that =58.00(人) typed in Excel or WPS stays text, not a formula.
     */
    private static void formatBlankRows(Sheet s, List<Field> columns, Styles styles) {
        for (int c = 0; c < columns.size(); c++) {
            CellStyle style = switch (columns.get(c)) {
                case START, END -> styles.date;
                case LIFETIME_TOTAL, LIFETIME_FISCAL, LIFETIME_OTHER, ANNUAL_TOTAL, APPROPRIATION, CARRY_OVER,
                        ANNUAL_OTHER -> styles.money;
                case YEAR -> null;
                case OVERALL_GOAL, ANNUAL_GOAL -> styles.wrapped;
                default -> styles.text;
            };
            if (style != null) {
                s.setDefaultColumnStyle(c, style);
            }
        }
    }

    private static void dropdowns(Sheet projects, Sheet indicators) {
        // The year-end columns come after the declaration's, so these indexes hold in both workbooks.
        list(projects, PROJECT_COLUMNS.indexOf(Field.NATURE), NATURES, false);
        list(projects, PROJECT_COLUMNS.indexOf(Field.CATEGORY), CATEGORIES, false);
        list(indicators, INDICATOR_COLUMNS.indexOf(Field.LEVEL1), IndicatorTaxonomy.level1Names(), true);
        list(indicators, INDICATOR_COLUMNS.indexOf(Field.LEVEL2), IndicatorTaxonomy.allLevel2Names(), true);
    }

    /** A dropdown; strict lists refuse other entries, the others only suggest (natures vary by region). */
    private static void list(Sheet s, int col, List<String> values, boolean strict) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, TEMPLATE_ROWS, col, col));
        v.setShowErrorBox(true);
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.createErrorBox("请从下拉列表中选择", "请选择：" + String.join("、", values));
        s.addValidationData(v);
    }

    private static void notes(Sheet s, Styles styles, boolean selfEvaluation) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"工作表", "列", "是否必填", "说明", "示例"});
        String p = StandardWorkbook.PROJECT_SHEET;
        String i = StandardWorkbook.INDICATOR_SHEET;
        note(rows, p, Field.YEAR, "预算年度，四位数字", "2023");
        note(rows, p, Field.DEPARTMENT, "汇总表按 年度 + 主管部门 分册", "上海市公安局");
        note(rows, p, Field.UNIT, "", "上海市公安局");
        note(rows, p, Field.CODE, "填写时须唯一；「绩效指标」表也可用它对应项目", "GA2023-001");
        note(rows, p, Field.NAME, "同一年度、同一主管部门内不能重复", "留置专区保障经费");
        note(rows, p, Field.NATURE, "从下拉列表选择", "经常性专项业务费");
        note(rows, p, Field.CATEGORY, "从下拉列表选择", "特定目标类");
        note(rows, p, Field.START, "日期，也可写 2023/1/1 或 2023年1月1日", "2023-01-01");
        note(rows, p, Field.END, "不能早于计划开始日期", "2023-12-31");
        note(rows, p, Field.LIFETIME_TOTAL, "项目全周期资金，单位元；填写时须等于 项目财政资金 + 项目其他资金", "");
        note(rows, p, Field.LIFETIME_FISCAL, "全周期中的财政资金，单位元", "");
        note(rows, p, Field.LIFETIME_OTHER, "全周期中的其他资金，单位元", "");
        note(rows, p, Field.ANNUAL_TOTAL,
                "本年度，单位元，最多两位小数；须等于 当年财政拨款 + 上年结转资金 + 年度其他资金。列名写成「年度资金申请总额（万元）」则按万元填写",
                "12,229,200.00");
        note(rows, p, Field.APPROPRIATION, "单位元", "12,229,200.00");
        note(rows, p, Field.CARRY_OVER, "单位元，不填按 0 计", "0.00");
        note(rows, p, Field.ANNUAL_OTHER, "单位元，不填按 0 计", "0.00");
        note(rows, p, Field.OVERALL_GOAL, "项目全周期的总目标", "");
        note(rows, p, Field.ANNUAL_GOAL, "本年度的总体目标", "计划在2023年配置服务留置人员10名……");
        note(rows, i, Field.YEAR, "选填；同名项目分属不同年度时用它区分", "2023");
        note(rows, i, Field.DEPARTMENT, "选填；同名项目分属不同主管部门时用它区分", "上海市公安局");
        note(rows, i, Field.NAME, "与「项目」表中的项目名称完全一致；每行一条指标，按申报表上的顺序", "留置专区保障经费");
        note(rows, i, Field.LEVEL1, "产出指标、效益指标、满意度指标（或成本指标）；与上一行相同时可留空", "产出指标");
        note(rows, i, Field.LEVEL2, "须属于所填的一级指标，如 数量指标、社会效益指标；与上一行相同时可留空", "数量指标");
        note(rows, i, Field.LEVEL3, "指标名称", "留置专区特保人员配置人数");
        note(rows, i, Field.VALUE,
                "定量：比较符 + 数字 + 单位，如 ≥90.00(%)、=58(人)，也可写 >=90%；定性：直接写文字，如 及时、达标。"
                        + "本列已设为「文本」格式，以 = 开头也不会变成公式；若在其他工作簿中填写，请先把单元格格式设为「文本」",
                "=58.00(人)");
        if (selfEvaluation) {
            selfEvaluationNotes(rows);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < 5; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(rows.get(r)[c]);
                cell.setCellStyle(r == 0 ? styles.header : styles.wrapped);
            }
        }
        int[] widths = {12, 20, 16, 70, 36};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        s.createFreezePane(0, 1);
    }

    /** The year-end columns of 自评填报.xlsx, and the scoring rules (docs/self-evaluation.md). */
    private static void selfEvaluationNotes(List<String[]> rows) {
        String p = StandardWorkbook.PROJECT_SHEET;
        String i = StandardWorkbook.INDICATOR_SHEET;
        rows.add(new String[] {p, Field.INITIAL_BUDGET.label(), "选填", "单位元；不填按申报的年度资金申请总额计", ""});
        rows.add(new String[] {p, Field.FULL_BUDGET.label(), "必填", "单位元；调整后的全年预算", "12,229,200.00"});
        rows.add(new String[] {p, Field.SPENT.label(), "必填", "单位元；不能大于全年预算数", "11,800,000.00"});
        rows.add(new String[] {p, Field.ACHIEVED.label(), "必填（不填会提示）", "年度总体目标的实际完成情况；执行率低于 90% 时请说明原因", ""});
        for (Field f : List.of(Field.APPROPRIATION_BUDGET, Field.APPROPRIATION_SPENT, Field.CARRY_OVER_BUDGET,
                Field.CARRY_OVER_SPENT, Field.OTHER_BUDGET, Field.OTHER_SPENT)) {
            rows.add(new String[] {p, f.label(), "选填", "单位元；自评表「其中」各行", ""});
        }
        rows.add(new String[] {i, Field.ACTUAL.label(), "必填",
                "定量指标填实际达到的数值，可带单位或 %，如 96%；定性指标填实际情况，或填 达成、部分达成、未达成", "96%"});
        rows.add(new String[] {i, Field.WEIGHT.label(), "选填",
                "本项目各指标分值合计须为 90；全部不填时按默认分值：产出指标（含成本指标）50、效益指标 30、满意度指标 10，"
                        + "在同一一级指标内平均分配（保留两位小数，余数归最后一条）；缺少某一级指标时其分值按比例分给其他一级指标", ""});
        rows.add(new String[] {i, Field.SCORE.label(), "选填",
                "定量指标按规则计算（≥、>：达到得满分，否则按 实际/目标 比例；≤、<：不超过得满分，达到目标 2 倍得 0 分，其间按比例；"
                        + "=：目标为 0 时须为 0，否则同 ≥），填写的得分与计算不同会提示；定性指标为 部分达成、未达成 时必填："
                        + "达成 80%–100%、部分达成 60%–80%、未达成 0–60% 的分值", ""});
        rows.add(new String[] {i, Field.DEVIATION.label(), "选填（未得满分时会提示）", "未达到目标的原因和改进措施", ""});
        rows.add(new String[] {"评分", "预算执行率", "", "执行率 = 全年执行数 / 全年预算数（保留两位小数）；得分 = 10 × min(执行率, 100%)；"
                + "总分 = 预算执行得分 + 各指标得分；等级：优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60", ""});
    }

    /** One line of 填写说明: the column, whether the intake requires it, what to write and an example. */
    private static void note(List<String[]> rows, String sheet, Field f, String what, String example) {
        String required = f == Field.VALUE ? "选填（不填会提示）"
                : sheet.equals(StandardWorkbook.INDICATOR_SHEET) && (f == Field.YEAR || f == Field.DEPARTMENT) ? "选填"
                : Assembler.PROJECT_REQUIRED.contains(f) && sheet.equals(StandardWorkbook.PROJECT_SHEET)
                        || Assembler.INDICATOR_REQUIRED.contains(f) || f == Field.NAME ? "必填" : "选填";
        rows.add(new String[] {sheet, f.label(), required, what, example});
    }

    /** The few cell styles, made once per workbook (Excel limits their number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle money;
        final CellStyle date;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            // 文本 (@): what is typed is kept as typed, =58.00(人) included.
            short asText = wb.createDataFormat().getFormat("@");
            text = wb.createCellStyle();
            text.setDataFormat(asText);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setDataFormat(asText);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
