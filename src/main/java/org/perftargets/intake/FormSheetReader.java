package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.model.Finding;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Location;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;
import org.perftargets.model.ProjectKey;

/**
 * Reads one sheet laid out like the official form (as {@code FormWorkbookWriter} writes it, or
 * typed by hand with small differences: extra blank rows or columns, labels with spaces or
 * full-width brackets). Values are found beside or below their labels, not at fixed cells.
 */
final class FormSheetReader {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度");

    /** A label found on the sheet: where it is, and how far right its cell reaches when merged. */
    private record Label(int row, int col, int lastCol, int lastRow) {
    }

    private final String file;
    private final Sheet sheet;
    private final Map<String, List<Label>> labels = new HashMap<>();
    private final Map<Long, CellRangeAddress> regionAt = new HashMap<>();
    private final List<Finding> findings;

    FormSheetReader(String file, Sheet sheet, List<Finding> findings) {
        this.file = file;
        this.sheet = sheet;
        this.findings = findings;
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            regionAt.put(key(r.getFirstRow(), r.getFirstColumn()), r);
        }
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    String label = normalise(c.getStringCellValue());
                    CellRangeAddress region = regionAt.get(key(c.getRowIndex(), c.getColumnIndex()));
                    labels.computeIfAbsent(label, k -> new ArrayList<>()).add(new Label(c.getRowIndex(), c.getColumnIndex(),
                            region == null ? c.getColumnIndex() : region.getLastColumn(),
                            region == null ? c.getRowIndex() : region.getLastRow()));
                }
            }
        }
    }

    /** Whether a sheet looks like an official form: it has the form's key labels. */
    static boolean looksLikeForm(Sheet sheet) {
        boolean name = false;
        boolean level1 = false;
        int rows = 0;
        for (Row row : sheet) {
            if (++rows > 500) {
                break;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    String s = normalise(c.getStringCellValue());
                    name |= s.equals("项目名称");
                    level1 |= s.equals("一级指标");
                }
            }
        }
        return name && level1;
    }

    /** Labels compared without spaces, full-width forms and the colon after 其中. */
    private static String normalise(String s) {
        return CleanText.folded(s).replace(":", "").replace("：", "");
    }

    Project read() {
        Map<Field, String> cells = new EnumMap<>(Field.class);
        Integer year = year();
        String name = textRightOf("项目名称", Field.NAME, cells);
        String department = textRightOf("主管部门", Field.DEPARTMENT, cells);
        ProjectKey key = new ProjectKey(year, department, name);
        List<Finding> own = new ArrayList<>();
        String unit = textRightOf("实施单位", Field.UNIT, cells);
        String nature = textRightOf("项目性质", Field.NATURE, cells);
        String category = textRightOf("项目类别", Field.CATEGORY, cells);
        CellValue startCell = rightOf(first("计划开始日期"), Field.START, cells);
        CellValue endCell = rightOf(first("计划完成日期"), Field.END, cells);
        List<Label> others = all("其他资金");
        Label lifetimeOther = others.size() >= 2 ? others.get(0) : null;
        Label annualOther = others.isEmpty() ? null : others.get(others.size() - 1);
        CellValue lifetimeTotal = rightOf(first("项目资金总额"), Field.LIFETIME_TOTAL, cells);
        CellValue lifetimeFiscal = rightOf(first("其中财政资金"), Field.LIFETIME_FISCAL, cells);
        CellValue lifetimeOtherCell = rightOf(lifetimeOther, Field.LIFETIME_OTHER, cells);
        CellValue annualTotal = rightOf(first("年度资金申请总额"), Field.ANNUAL_TOTAL, cells);
        Label appropriation = first("其中当年财政拨款");
        CellValue appropriationCell = rightOf(appropriation != null ? appropriation : first("当年财政拨款"), Field.APPROPRIATION, cells);
        CellValue carryOver = rightOf(first("上年结转资金"), Field.CARRY_OVER, cells);
        CellValue annualOtherCell = rightOf(annualOther, Field.ANNUAL_OTHER, cells);
        CellValue overallGoal = below(first("项目总目标"), Field.OVERALL_GOAL, cells);
        CellValue annualGoal = below(first("年度总体目标"), Field.ANNUAL_GOAL, cells);

        Origin origin = new Origin(file, sheet.getSheetName(), 1, cells);
        for (Map.Entry<Field, String> required : Map.of(Field.NAME, name, Field.DEPARTMENT, department, Field.UNIT, unit,
                Field.NATURE, nature, Field.CATEGORY, category, Field.ANNUAL_GOAL, annualGoal.text()).entrySet()) {
            if (required.getValue().isEmpty()) {
                own.add(Finding.error(origin.at(required.getKey()), "未填写「" + required.getKey().label() + "」",
                        "请在申报表中「" + required.getKey().label() + "」处填写", key));
            }
        }
        var start = startCell.isBlank() ? null : CellReading.date(startCell, "计划开始日期", at(origin, Field.START, own, key));
        var end = endCell.isBlank() ? null : CellReading.date(endCell, "计划完成日期", at(origin, Field.END, own, key));
        if (startCell.isBlank() || endCell.isBlank()) {
            own.add(Finding.error(origin.at(startCell.isBlank() ? Field.START : Field.END), "未填写计划开始或完成日期",
                    "请填写日期，如 2023-01-01", key));
        }
        LifetimeFunds lifetime = new LifetimeFunds(money(lifetimeTotal, Field.LIFETIME_TOTAL, origin, own, key),
                money(lifetimeFiscal, Field.LIFETIME_FISCAL, origin, own, key),
                money(lifetimeOtherCell, Field.LIFETIME_OTHER, origin, own, key));
        BigDecimal total = money(annualTotal, Field.ANNUAL_TOTAL, origin, own, key);
        BigDecimal appr = money(appropriationCell, Field.APPROPRIATION, origin, own, key);
        if (annualTotal.isBlank() || appropriationCell.isBlank()) {
            own.add(Finding.error(origin.at(annualTotal.isBlank() ? Field.ANNUAL_TOTAL : Field.APPROPRIATION),
                    "未填写年度资金申请总额或当年财政拨款", "这是必填项，请填写", key));
        }
        BigDecimal carry = orZero(money(carryOver, Field.CARRY_OVER, origin, own, key), carryOver);
        BigDecimal other = orZero(money(annualOtherCell, Field.ANNUAL_OTHER, origin, own, key), annualOtherCell);
        if (year == null) {
            own.add(Finding.error(Location.ofSheet(file, sheet.getSheetName()), "找不到申报年度（标题下应有「（2023年度）」）",
                    "请在标题下一行填写年度，如（2023年度）", null));
        }
        List<Indicator> indicators = indicators(key, own);
        findings.addAll(own);
        return new Project(year, department, unit, null, name, nature, category, start, end, lifetime,
                new AnnualFunds(total, appr, carry, other), overallGoal.text().isEmpty() ? null : overallGoal.text(),
                annualGoal.text(), indicators, origin);
    }

    private CellReading.Problems at(Origin origin, Field f, List<Finding> own, ProjectKey key) {
        return p -> own.add(Finding.error(origin.at(f), p.message(), p.advice(), key));
    }

    private BigDecimal money(CellValue c, Field f, Origin origin, List<Finding> own, ProjectKey key) {
        if (c.isBlank()) {
            return null;
        }
        return CellReading.money(c, BigDecimal.ONE, f.label(), at(origin, f, own, key));
    }

    private static BigDecimal orZero(BigDecimal read, CellValue c) {
        return read == null && c.isBlank() ? BigDecimal.ZERO.setScale(2) : read;
    }

    private Integer year() {
        for (Row row : sheet) {
            if (row.getRowNum() > 10) {
                break;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    Matcher m = YEAR.matcher(CleanText.folded(c.getStringCellValue()));
                    if (m.find()) {
                        return Integer.valueOf(m.group(1));
                    }
                }
            }
        }
        return null;
    }

    private Label first(String label) {
        List<Label> l = labels.get(label);
        return l == null ? null : l.get(0);
    }

    private List<Label> all(String label) {
        return labels.getOrDefault(label, List.of());
    }

    private String textRightOf(String label, Field f, Map<Field, String> cells) {
        return rightOf(first(label), f, cells).text();
    }

    /** The first non-blank cell right of a label in its row (an extra blank column is tolerated). */
    private CellValue rightOf(Label label, Field f, Map<Field, String> cells) {
        if (label == null) {
            return CellValue.blank(null);
        }
        Row row = sheet.getRow(label.row());
        for (int c = label.lastCol() + 1; c <= label.lastCol() + 3; c++) {
            if (isLabelCell(label.row(), c)) {
                break;
            }
            CellValue v = value(row, label.row(), c);
            if (!v.isBlank()) {
                cells.put(f, v.ref());
                return v;
            }
        }
        cells.put(f, new CellReference(label.row(), label.lastCol() + 1).formatAsString());
        return CellValue.blank(null);
    }

    /** The first non-blank cell under a label (the goals), skipping blank rows. */
    private CellValue below(Label label, Field f, Map<Field, String> cells) {
        if (label == null) {
            return CellValue.blank(null);
        }
        for (int r = label.lastRow() + 1; r <= label.lastRow() + 3; r++) {
            if (isLabelCell(r, label.col())) {
                break;
            }
            CellValue v = value(sheet.getRow(r), r, label.col());
            if (!v.isBlank()) {
                cells.put(f, v.ref());
                return v;
            }
        }
        cells.put(f, new CellReference(label.lastRow() + 1, label.col()).formatAsString());
        return CellValue.blank(null);
    }

    private boolean isLabelCell(int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c != null && c.getCellType() == CellType.STRING && KNOWN_LABELS.contains(normalise(c.getStringCellValue()));
    }

    private static final java.util.Set<String> KNOWN_LABELS = java.util.Set.of("项目名称", "项目性质", "项目类别", "主管部门",
            "实施单位", "计划开始日期", "计划完成日期", "项目资金总额", "其中财政资金", "其他资金", "年度资金申请总额", "其中当年财政拨款",
            "上年结转资金", "项目总目标", "年度总体目标", "绩效指标", "一级指标", "二级指标", "三级指标", "当年财政拨款");

    private CellValue value(Row row, int r, int c) {
        String ref = new CellReference(r, c).formatAsString();
        if (row == null || row.getCell(c) == null) {
            return CellValue.blank(ref);
        }
        return CellValues.of(row.getCell(c), ref);
    }

    private List<Indicator> indicators(ProjectKey key, List<Finding> own) {
        Label l1 = first("一级指标");
        Label l2 = first("二级指标");
        Label l3 = first("三级指标");
        Label v = labels.keySet().stream().filter(k -> k.contains("指标值")).map(this::first).findFirst().orElse(null);
        List<Indicator> list = new ArrayList<>();
        if (l1 == null || l2 == null || l3 == null || v == null) {
            own.add(Finding.error(Location.ofSheet(file, sheet.getSheetName()), "找不到绩效指标表头（一级指标、二级指标、三级指标、指标值）",
                    "请保留申报表中绩效指标部分的表头行", key));
            return list;
        }
        String level1 = "";
        String level2 = "";
        for (int r = l1.lastRow() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            CellValue a = value(row, r, l1.col());
            CellValue b = value(row, r, l2.col());
            CellValue name = value(row, r, l3.col());
            CellValue val = value(row, r, v.col());
            if (name.isBlank() && val.isBlank() && a.isBlank() && b.isBlank()) {
                continue;
            }
            if (!a.isBlank()) {
                level1 = CleanText.withoutSpaces(a.text());
                level2 = "";
            }
            if (!b.isBlank()) {
                level2 = CleanText.withoutSpaces(b.text());
            }
            Map<Field, String> cells = Map.of(Field.LEVEL1, a.ref(), Field.LEVEL2, b.ref(), Field.LEVEL3, name.ref(),
                    Field.VALUE, val.ref());
            Origin origin = new Origin(file, sheet.getSheetName(), r + 1, cells);
            if (name.isBlank()) {
                own.add(Finding.error(origin.at(Field.LEVEL3), "未填写「三级指标」", "请填写指标名称", key));
            }
            IndicatorValueParser.Result parsed = IndicatorValueParser.parse(val.text());
            IndicatorValue value = IndicatorValue.MISSING;
            if (parsed.ok()) {
                value = parsed.value();
            } else {
                own.add(Finding.error(origin.at(Field.VALUE), parsed.problem(),
                        "定量指标请写成 比较符+数字+单位，如 ≥90.00(%)；定性指标请直接写文字", key));
            }
            if (level1.isEmpty() || level2.isEmpty()) {
                own.add(Finding.error(origin.at(level1.isEmpty() ? Field.LEVEL1 : Field.LEVEL2), "这条指标缺少一级或二级指标",
                        "请填写该指标所属的一级、二级指标", key));
            }
            list.add(new Indicator(level1, level2, name.text(), value, origin));
        }
        return list;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
