package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.model.Finding;
import org.perftargets.model.Field;
import org.perftargets.model.Location;

/**
 * A sheet read as a table: its header row (found by name among the first rows), and its data
 * rows as cells keyed by field. Blank rows are skipped; a cell inside a merged region reads as
 * the region's value; formulas give their cached values.
 */
final class SheetTable {

    /** How far down a title or notes above the header row may push it. */
    private static final int HEADER_SEARCH_ROWS = 10;

    record Column(int index, HeaderName header) {
    }

    private final String file;
    private final Sheet sheet;
    private final ReadLimits limits;
    private final Map<Field, Column> columns = new EnumMap<>(Field.class);
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private int headerRow = -1;

    SheetTable(String file, Sheet sheet, ReadLimits limits) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    boolean has(Field f) {
        return columns.containsKey(f);
    }

    /** The unit of each amount column whose header names one other than 元. */
    private Map<Field, BigDecimal> multipliers() {
        Map<Field, BigDecimal> m = new EnumMap<>(Field.class);
        columns.forEach((f, c) -> {
            if (c.header().multiplier().compareTo(BigDecimal.ONE) != 0) {
                m.put(f, c.header().multiplier());
            }
        });
        return m;
    }

    /**
     * Finds the header row and checks it: every required header present, none twice. Returns
     * false (with findings) when the sheet can't be read as a table.
     */
    boolean readHeader(Set<Field> known, Set<Field> required, List<Finding> findings) {
        int best = -1;
        int bestCount = 0;
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int count = 0;
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING
                        && HeaderName.parse(c.getStringCellValue()).filter(h -> known.contains(h.field())).isPresent()) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        if (best < 0) {
            findings.add(Finding.error(Location.ofSheet(file, sheetName()), "找不到表头行（第一行应是列名，如「" + Field.NAME.label() + "」）",
                    "请在第一行填写列名，可用模板（mvn -q -Dtemplate）中的表头", null));
            return false;
        }
        headerRow = best;
        Map<Field, String> firstSeen = new EnumMap<>(Field.class);
        boolean ok = true;
        for (Cell c : sheet.getRow(best)) {
            if (c.getCellType() != CellType.STRING) {
                continue;
            }
            var header = HeaderName.parse(c.getStringCellValue()).filter(h -> known.contains(h.field()));
            if (header.isEmpty()) {
                continue;
            }
            Field f = header.get().field();
            String ref = new CellReference(best, c.getColumnIndex()).formatAsString();
            if (firstSeen.containsKey(f)) {
                findings.add(Finding.error(new Location(file, sheetName(), best + 1, ref),
                        "表头「" + f.label() + "」出现了两次（另一次在 " + firstSeen.get(f) + "）",
                        "请删除或改名其中一列，只保留一列「" + f.label() + "」", null));
                ok = false;
            } else {
                firstSeen.put(f, ref);
                columns.put(f, new Column(c.getColumnIndex(), header.get()));
            }
        }
        for (Field f : required) {
            if (!columns.containsKey(f)) {
                findings.add(Finding.error(new Location(file, sheetName(), best + 1, null),
                        "缺少必填列「" + f.label() + "」", "请在表头行加上「" + f.label() + "」列并填写", null));
                ok = false;
            }
        }
        indexMergedRegions();
        return ok;
    }

    /** The data rows below the header, blank rows skipped, within the row limit. */
    List<FoundRecord> rows(List<Finding> findings) {
        List<FoundRecord> rows = new ArrayList<>();
        Map<Field, BigDecimal> multipliers = multipliers();
        SheetCells reader = new SheetCells(file, sheet, limits, findings::add);
        int last = sheet.getLastRowNum();
        for (int r = headerRow + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            Map<Field, CellValue> cells = new EnumMap<>(Field.class);
            boolean blank = true;
            for (Map.Entry<Field, Column> e : columns.entrySet()) {
                CellValue v = read(row, r, e.getValue().index(), reader);
                cells.put(e.getKey(), v);
                blank &= v.isBlank();
            }
            if (!blank) {
                rows.add(new FoundRecord(sheetName(), r + 1, cells, multipliers));
            }
        }
        return rows;
    }

    private CellValue read(Row row, int r, int col, SheetCells reader) {
        Cell cell = row == null ? null : row.getCell(col);
        if ((cell == null || cell.getCellType() == CellType.BLANK) && !merged.isEmpty()) {
            CellRangeAddress region = merged.get(key(r, col));
            if (region != null) {
                Row top = sheet.getRow(region.getFirstRow());
                cell = top == null ? null : top.getCell(region.getFirstColumn());
            }
        }
        return reader.read(cell, r, col);
    }

    private void indexMergedRegions() {
        int budget = 200_000; // a sheet-wide merge must not cost memory in proportion to its area
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (Column c : columns.values()) {
                if (c.index() < region.getFirstColumn() || c.index() > region.getLastColumn()) {
                    continue;
                }
                for (int r = Math.max(region.getFirstRow(), headerRow + 1); r <= region.getLastRow() && budget > 0; r++) {
                    if (r != region.getFirstRow() || c.index() != region.getFirstColumn()) {
                        merged.put(key(r, c.index()), region);
                        budget--;
                    }
                }
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
