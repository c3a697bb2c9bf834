package org.perftargets.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.form.FormCell;
import org.perftargets.form.FormKind;
import org.perftargets.form.IndicatorColumn;
import org.perftargets.form.PlacedCell;
import org.perftargets.model.CleanText;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * Sheets laid out like a printed form of a {@link FormKind} (as the tool writes them, or typed by
 * hand with small differences: extra blank rows or columns, labels with spaces, full-width
 * brackets or no colon). Each sheet is one project. Walking the form's description, each value is
 * looked for beside or below its label, not at a fixed cell; the indicators are the rows under
 * the indicator table's header.
 */
final class FormSheetLayout implements IntakeLayout {

    private final FormKind kind;
    private final Pattern yearPattern;
    /** A label with its unit in brackets, folded: 项目资金(元). */
    private static final Pattern UNIT = Pattern.compile("^(.+)\\(([^()]+)\\)$");
    /** Every label the form prints, folded: a cell holding one is never taken for a value. */
    private final Set<String> labels = new HashSet<>();

    FormSheetLayout(FormKind kind) {
        this.kind = kind;
        this.yearPattern = Pattern.compile("^\\(?(\\d{4})" + Pattern.quote(kind.yearSuffix()) + "\\)?$");
        for (PlacedCell p : kind.placed()) {
            if (p.cell().isLabel()) {
                labels.add(normalise(p.cell().text()));
            } else if (p.cell().isValue()) {
                labels.add(normalise(p.cell().field().label()));
            }
        }
        labels.add(normalise(kind.indicators().section()));
        kind.indicators().columns().forEach(c -> labels.add(normalise(c.header())));
    }

    @Override
    public boolean fits(IntakeWorkbook intake) throws IOException {
        Workbook workbook = intake.userModel(); // forms are small: read where their labels are, anywhere on a sheet
        for (Sheet s : workbook) {
            if (looksLikeForm(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String whereToFill(Field field) {
        if (field == Field.YEAR) {
            return "请在标题下一行填写年度，如" + kind.yearLine(2023);
        }
        return "请在" + kind.shortName() + "中「" + field.label() + "」处填写";
    }

    /** Whether a sheet has the form's key labels: its first label (项目名称) and its first indicator header. */
    private boolean looksLikeForm(Sheet sheet) {
        String first = normalise(kind.placed().get(0).cell().text());
        String indicators = normalise(kind.indicators().columns().get(0).header());
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
                    name |= s.equals(first);
                    level1 |= s.equals(indicators);
                }
            }
        }
        return name && level1;
    }

    @Override
    public void find(String file, IntakeWorkbook intake, ReadLimits limits, FoundCells found) throws IOException {
        Workbook workbook = intake.userModel();
        for (Sheet s : workbook) {
            if (!looksLikeForm(s)) {
                SheetNotes.notRead(file, s, "它不是" + kind.shortName() + "格式（找不到「"
                        + kind.placed().get(0).cell().text() + "」和「" + kind.indicators().columns().get(0).header() + "」）",
                        found);
                continue;
            }
            if (s.getLastRowNum() + 1 > limits.maxRows()) {
                found.problem(Finding.error(Location.ofSheet(file, s.getSheetName()),
                        "工作表行数过多（" + (s.getLastRowNum() + 1) + " 行，上限 " + limits.maxRows() + " 行）",
                        "请删除多余的行；如确需更多，可用 -DmaxRows=行数 调高上限", null));
                continue;
            }
            SheetNotes.note(file, workbook, s, found);
            new OneSheet(file, s, limits).find(found);
        }
    }

    /**
     * Lines printed under a form's indicator table, not indicators: a row whose first text is one
     * of these, alone or followed by a colon or a bracket (填报人：张三, 填报单位（盖章）), ends the table.
     * An indicator named 注册用户数 does not.
     */
    static final List<String> FOOTER_WORDS = List.of("填报单位", "填报人", "填表人", "联系人", "联系电话", "填报日期",
            "填表日期", "审核意见", "审核人", "单位负责人", "财务负责人", "项目负责人", "负责人", "经办人", "制表人", "备注",
            "说明", "注");

    /** Labels compared without spaces, full-width forms and the colon after 其中. */
    private static String normalise(String s) {
        return CleanText.folded(s).replace(":", "").replace("：", "");
    }

    /** A label found on the sheet: where it is, and how far right and down its cell reaches when merged. */
    private record Label(int row, int col, int lastCol, int lastRow) {
    }

    /** One sheet being read. */
    private final class OneSheet {
        private final String file;
        private final Sheet sheet;
        private final ReadLimits limits;
        private final Map<String, List<Label>> found = new HashMap<>();
        private SheetCells cells;

        OneSheet(String file, Sheet sheet, ReadLimits limits) {
            this.file = file;
            this.sheet = sheet;
            this.limits = limits;
            Map<Long, CellRangeAddress> regionAt = new HashMap<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                regionAt.put(((long) r.getFirstRow() << 20) | r.getFirstColumn(), r);
            }
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        CellRangeAddress region = regionAt.get(((long) c.getRowIndex() << 20) | c.getColumnIndex());
                        found.computeIfAbsent(normalise(c.getStringCellValue()), k -> new ArrayList<>())
                                .add(new Label(c.getRowIndex(), c.getColumnIndex(),
                                        region == null ? c.getColumnIndex() : region.getLastColumn(),
                                        region == null ? c.getRowIndex() : region.getLastRow()));
                    }
                }
            }
        }

        void find(FoundCells out) {
            cells = new SheetCells(file, sheet, limits, out::problem);
            Map<Field, CellValue> values = new EnumMap<>(Field.class);
            year().ifPresent(y -> values.put(Field.YEAR, y));
            Map<String, Integer> occurrence = new HashMap<>();
            for (PlacedCell value : kind.valueCells()) {
                Optional<PlacedCell> label = kind.labelOf(value);
                if (label.isEmpty()) {
                    continue;
                }
                String text = normalise(label.get().cell().text());
                int n = occurrence.merge(text, 1, Integer::sum) - 1;
                Label at = pick(text, n);
                if (at == null) {
                    List<Label> own = found.get(normalise(value.cell().field().label()));
                    at = own == null ? null : own.get(0);
                }
                boolean beside = label.get().row() == value.row();
                values.put(value.cell().field(), at == null ? CellValue.blank(null) : beside ? rightOf(at) : below(at));
            }
            Map<Field, BigDecimal> multipliers = new EnumMap<>(Field.class);
            String badUnit = moneyUnits(multipliers);
            out.project(new FoundRecord(sheet.getSheetName(), 1, values, multipliers));
            if (badUnit != null) {
                out.problemOfLastProject(Location.ofSheet(file, sheet.getSheetName()),
                        "金额的单位「" + badUnit + "」无法换算", "金额请以元或万元填写，并在「项目资金（元）」处写明单位");
            }
            indicators(out);
        }

        /**
         * The n-th occurrence of a label the form prints more than once (其他资金): the n-th on the
         * sheet; when the sheet has fewer, they are the form's last ones (this year's money).
         */
        private Label pick(String label, int n) {
            List<Label> onSheet = found.getOrDefault(label, List.of());
            long onForm = kind.placed().stream().filter(p -> p.cell().isLabel() && normalise(p.cell().text()).equals(label))
                    .count();
            int index = onSheet.size() >= onForm ? n : n - (int) (onForm - onSheet.size());
            return index >= 0 && index < onSheet.size() ? onSheet.get(index) : null;
        }

        /** The year from the line under the title, （2023年度）, as a cell holding just the year. */
        private Optional<CellValue> year() {
            String title = CleanText.folded(kind.title());
            Label first = firstLabel();
            for (Row row : sheet) {
                if (row.getRowNum() > 10 || first != null && row.getRowNum() >= first.row()) {
                    break;
                }
                for (Cell c : row) {
                    if (c.getCellType() != CellType.STRING) {
                        continue;
                    }
                    // The year line （2023年度） alone in its cell, or at the end of the title: a 项目名称 such as
                    // 2022年度老旧小区改造 never gives the year.
                    String text = CleanText.folded(c.getStringCellValue());
                    if (text.startsWith(title)) {
                        text = text.substring(title.length());
                    }
                    Matcher m = yearPattern.matcher(text);
                    if (m.matches()) {
                        String ref = new CellReference(c.getRowIndex(), c.getColumnIndex()).formatAsString();
                        return Optional.of(new CellValue(ref, m.group(1), null, null, null));
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The unit of the money part: the form says 项目资金（元）; a sheet typed 项目资金（万元） has its
         * amounts in 万元, as a （万元） column header says in the standard workbook. Returns a unit
         * that cannot be converted, or null.
         */
        private String moneyUnits(Map<Field, BigDecimal> multipliers) {
            for (PlacedCell section : kind.placed()) {
                Matcher declared = UNIT.matcher(normalise(section.cell().text()));
                if (!section.cell().isLabel() || !declared.matches()) {
                    continue;
                }
                for (String label : found.keySet()) {
                    Matcher typed = UNIT.matcher(label);
                    if (!typed.matches() || !typed.group(1).equals(declared.group(1)) || typed.group(2).equals(declared.group(2))) {
                        continue;
                    }
                    if (!typed.group(2).equals("万元")) {
                        return typed.group(2);
                    }
                    for (PlacedCell p : kind.placed()) {
                        if (p.cell().role() == FormCell.Role.MONEY && p.row() >= section.row() && p.row() <= section.lastRow()) {
                            multipliers.put(p.cell().field(), BigDecimal.valueOf(10_000));
                        }
                    }
                }
            }
            return null;
        }

        /** Where the form's first label (项目名称) is on the sheet. */
        private Label firstLabel() {
            List<Label> l = found.get(normalise(kind.placed().get(0).cell().text()));
            return l == null ? null : l.get(0);
        }

        /** The first non-blank cell right of a label in its row (an extra blank column is tolerated). */
        private CellValue rightOf(Label label) {
            for (int c = label.lastCol() + 1; c <= label.lastCol() + 3; c++) {
                if (isLabelCell(label.row(), c)) {
                    break;
                }
                CellValue v = cells.value(label.row(), c);
                if (!v.isBlank()) {
                    return v;
                }
            }
            return CellValue.blank(new CellReference(label.row(), label.lastCol() + 1).formatAsString());
        }

        /**
         * The first non-blank cell under a label (the goals), skipping blank rows, with the text of
         * the rows right under it up to a blank cell or a label: the form workbook writes a goal too
         * long for one row over several (FormWorkbookWriter), in pieces that put together are the text.
         */
        private CellValue below(Label label) {
            for (int r = label.lastRow() + 1; r <= label.lastRow() + 3; r++) {
                if (isLabelCell(r, label.col())) {
                    break;
                }
                CellValue v = cells.value(r, label.col());
                if (!v.isBlank()) {
                    return withContinuation(v, r, label.col());
                }
            }
            return CellValue.blank(new CellReference(label.lastRow() + 1, label.col()).formatAsString());
        }

        private CellValue withContinuation(CellValue v, int r, int col) {
            if (v.number() != null || v.date() != null || v.formula() != null) {
                return v;
            }
            StringBuilder text = null;
            for (int next = r + 1; next <= sheet.getLastRowNum() && !isLabelCell(next, col); next++) {
                Row row = sheet.getRow(next);
                Cell c = row == null ? null : row.getCell(col);
                if (c == null || c.getCellType() != CellType.STRING || c.getStringCellValue().isBlank()) {
                    break;
                }
                if (text == null) {
                    text = new StringBuilder(sheet.getRow(r).getCell(col).getStringCellValue());
                }
                text.append(c.getStringCellValue());
            }
            return text == null ? v : cells.joined(v, text.toString());
        }

        private boolean isLabelCell(int row, int col) {
            Row r = sheet.getRow(row);
            Cell c = r == null ? null : r.getCell(col);
            return c != null && c.getCellType() == CellType.STRING && labels.contains(normalise(c.getStringCellValue()));
        }

        /** A column's header: as the form prints it, else any header naming its field (年度指标值, 指标值). */
        private Optional<Label> header(IndicatorColumn column) {
            List<Label> l = found.get(normalise(column.header()));
            if (l != null) {
                return Optional.of(l.get(0));
            }
            return found.entrySet().stream()
                    .filter(e -> HeaderName.parse(e.getKey()).filter(h -> h.field() == column.field()).isPresent())
                    .map(e -> e.getValue().get(0))
                    .min(Comparator.comparingInt(Label::row).thenComparingInt(Label::col));
        }

        /** The rows under the indicator header, each column read under its header. */
        private void indicators(FoundCells out) {
            Map<Field, Label> headers = new LinkedHashMap<>();
            for (IndicatorColumn column : kind.indicators().columns()) {
                header(column).ifPresent(l -> headers.put(column.field(), l));
            }
            if (headers.size() < kind.indicators().columns().size()) {
                out.problemOfLastProject(Location.ofSheet(file, sheet.getSheetName()),
                        "找不到绩效指标表头（" + String.join("、",
                                kind.indicators().columns().stream().map(IndicatorColumn::header).toList()) + "）",
                        "请保留" + kind.shortName() + "中绩效指标部分的表头行");
                return;
            }
            int first = headers.values().iterator().next().lastRow() + 1;
            // Without its 绩效指标 label there is no section column to watch.
            int sectionColumn = found.getOrDefault(normalise(kind.indicators().section()), List.of(new Label(-1, -1, -1, -1)))
                    .get(0).col();
            List<Integer> dataColumns = new ArrayList<>();
            for (Field f : List.of(Field.LEVEL3, Field.VALUE)) {
                if (headers.containsKey(f)) {
                    dataColumns.add(headers.get(f).col());
                }
            }
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                Optional<String> end = endOfTable(r, sectionColumn, dataColumns);
                if (end.isPresent()) {
                    afterTheTable(r, headers, end.get(), out);
                    return;
                }
                Map<Field, CellValue> row = new EnumMap<>(Field.class);
                boolean blank = true;
                for (Map.Entry<Field, Label> h : headers.entrySet()) {
                    CellValue v = cells.value(r, h.getValue().col());
                    row.put(h.getKey(), v);
                    blank &= v.isBlank();
                }
                if (!blank) {
                    out.indicatorOfLastProject(new FoundRecord(sheet.getSheetName(), r + 1, row));
                }
            }
        }

        /**
         * Whether row r ends the indicator table: its first text is a line printed under the form
         * (填报人：…, 联系电话, 审核意见) or stands in the section column (绩效指标), and under 三级指标 and
         * 指标值 there is nothing but such lines. A row with an indicator's name or value is an
         * indicator, whatever its first word (联系人（户）数).
         */
        private Optional<String> endOfTable(int r, int sectionColumn, List<Integer> dataColumns) {
            Row row = sheet.getRow(r);
            if (row == null) {
                return Optional.empty();
            }
            for (int c : dataColumns) {
                CellValue v = cells.value(r, c);
                if (!v.isBlank() && !isFooterText(CleanText.folded(v.text()))) {
                    return Optional.empty();
                }
            }
            for (Cell c : row) {
                if (c.getCellType() != CellType.STRING || CleanText.trim(c.getStringCellValue()).isEmpty()) {
                    continue;
                }
                String text = CleanText.folded(c.getStringCellValue());
                if (c.getColumnIndex() == sectionColumn || isFooterText(text)) {
                    return Optional.of(CleanText.trim(c.getStringCellValue()));
                }
                return Optional.empty();
            }
            return Optional.empty();
        }

        private boolean isFooterText(String folded) {
            return FOOTER_WORDS.stream().anyMatch(w -> folded.equals(w) || folded.startsWith(w + ":")
                    || folded.startsWith(w + "("));
        }

        /** Rows below the table's end that look like indicators are not read, and the user is told. */
        private void afterTheTable(int end, Map<Field, Label> headers, String endText, FoundCells out) {
            Label name = headers.get(Field.LEVEL3);
            for (int r = end + 1; name != null && r <= sheet.getLastRowNum(); r++) {
                CellValue v = cells.value(r, name.col());
                if (!v.isBlank() && !isFooterText(CleanText.folded(v.text()))) {
                    out.problem(Finding.warning(new Location(file, sheet.getSheetName(), r + 1, v.ref()),
                            "这一行在指标表结束处（第 " + (end + 1) + " 行「" + endText + "」）之后，没有作为指标读取",
                            "如果它是一条指标，请把它移到「" + endText + "」那一行之前", null));
                }
            }
        }
    }
}
