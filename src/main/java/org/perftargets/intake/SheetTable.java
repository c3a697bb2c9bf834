package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.model.Finding;
import org.perftargets.model.Field;
import org.perftargets.model.Location;

/**
 * A sheet read as a table: its header row (found by name among the first rows), and its data
 * rows as cells keyed by field. Blank rows are skipped; a cell inside a merged region reads as
 * the region's value; formulas give their cached values. The sheet is read once, row by row, in
 * order (a streamed .xlsx holds one row at a time).
 */
final class SheetTable {

    /** How far down a title or notes above the header row may push it. */
    private static final int HEADER_SEARCH_ROWS = 10;

    record Column(int index, HeaderName header) {
    }

    private final String file;
    private final TableSheet sheet;
    private final ReadLimits limits;
    private final Map<Field, Column> columns = new EnumMap<>(Field.class);
    /** Per read column, the merged regions over it below the header, by first row. */
    private final Map<Integer, TreeMap<Integer, CellRangeAddress>> merged = new HashMap<>();
    /** The first cells of those regions, kept as the rows stream past them. */
    private final Map<Long, SheetRow.Cell> firstCells = new HashMap<>();
    private final Iterator<SheetRow> stream;
    /** The rows read ahead to find the header: the first {@link #HEADER_SEARCH_ROWS}. */
    private final List<SheetRow> ahead = new ArrayList<>();
    private SheetRow pending;
    private int headerRow = -1;

    SheetTable(String file, TableSheet sheet, ReadLimits limits) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
        this.stream = sheet.rows();
    }

    String sheetName() {
        return sheet.name();
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
        while (stream.hasNext()) {
            SheetRow row = stream.next();
            if (row.index() >= HEADER_SEARCH_ROWS) {
                pending = row;
                break;
            }
            ahead.add(row);
        }
        SheetRow best = null;
        int bestCount = 0;
        for (SheetRow row : ahead) {
            int count = 0;
            for (SheetRow.Cell c : row.cells()) {
                if (c.string() != null && HeaderName.parse(c.string()).filter(h -> known.contains(h.field())).isPresent()) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        if (best == null) {
            findings.add(Finding.error(Location.ofSheet(file, sheetName()), "找不到表头行（第一行应是列名，如「" + Field.NAME.label() + "」）",
                    "请在第一行填写列名，可用模板（mvn -q -Dtemplate）中的表头", null));
            return false;
        }
        headerRow = best.index();
        Map<Field, String> firstSeen = new EnumMap<>(Field.class);
        boolean ok = true;
        for (SheetRow.Cell c : best.cells()) {
            if (c.string() == null) {
                continue;
            }
            var header = HeaderName.parse(c.string()).filter(h -> known.contains(h.field()));
            if (header.isEmpty()) {
                continue;
            }
            Field f = header.get().field();
            String ref = new CellReference(headerRow, c.col()).formatAsString();
            if (firstSeen.containsKey(f)) {
                findings.add(Finding.error(new Location(file, sheetName(), headerRow + 1, ref),
                        "表头「" + f.label() + "」出现了两次（另一次在 " + firstSeen.get(f) + "）",
                        "请删除或改名其中一列，只保留一列「" + f.label() + "」", null));
                ok = false;
            } else {
                firstSeen.put(f, ref);
                columns.put(f, new Column(c.col(), header.get()));
            }
        }
        for (Field f : required) {
            if (!columns.containsKey(f)) {
                findings.add(Finding.error(new Location(file, sheetName(), headerRow + 1, null),
                        "缺少必填列「" + f.label() + "」", "请在表头行加上「" + f.label() + "」列并填写", null));
                ok = false;
            }
        }
        indexMergedRegions();
        ahead.forEach(this::keepFirstCells);
        return ok;
    }

    /**
     * The data rows below the header, blank rows skipped, each handed on as it is read (none is
     * kept here); a cell's problems go to {@code problems} before its row.
     */
    void rows(Consumer<Finding> problems, Consumer<FoundRecord> rows) {
        Map<Field, BigDecimal> multipliers = multipliers();
        SheetCells reader = new SheetCells(file, sheetName(), limits, problems);
        int last = sheet.lastRowIndex();
        Iterator<SheetRow> aheadRows = ahead.iterator();
        SheetRow next = nextRow(aheadRows);
        Map<Integer, SheetRow.Cell> byColumn = new HashMap<>();
        for (int r = headerRow + 1; r <= last; r++) {
            while (next != null && next.index() < r) {
                next = nextRow(aheadRows);
            }
            byColumn.clear();
            if (next != null && next.index() == r) {
                for (SheetRow.Cell c : next.cells()) {
                    byColumn.put(c.col(), c);
                }
            }
            Map<Field, CellValue> cells = new EnumMap<>(Field.class);
            boolean blank = true;
            for (Map.Entry<Field, Column> e : columns.entrySet()) {
                CellValue v = read(byColumn, r, e.getValue().index(), reader);
                cells.put(e.getKey(), v);
                blank &= v.isBlank();
            }
            if (!blank) {
                rows.accept(new FoundRecord(sheetName(), r + 1, cells, multipliers));
            }
        }
    }

    /** The next row: the ones read ahead first, then the stream; each passes the merged regions' first cells. */
    private SheetRow nextRow(Iterator<SheetRow> aheadRows) {
        SheetRow row;
        if (aheadRows.hasNext()) {
            return aheadRows.next(); // their first cells are kept already
        } else if (pending != null) {
            row = pending;
            pending = null;
        } else if (stream.hasNext()) {
            row = stream.next();
        } else {
            return null;
        }
        keepFirstCells(row);
        return row;
    }

    private CellValue read(Map<Integer, SheetRow.Cell> row, int r, int col, SheetCells reader) {
        SheetRow.Cell cell = row.get(col);
        if (cell == null && !merged.isEmpty()) {
            TreeMap<Integer, CellRangeAddress> regions = merged.get(col);
            var region = regions == null ? null : regions.floorEntry(r);
            if (region != null && region.getValue().getLastRow() >= r
                    && (r != region.getValue().getFirstRow() || col != region.getValue().getFirstColumn())) {
                SheetRow.Cell first = firstCells.get(key(region.getValue().getFirstRow(), region.getValue().getFirstColumn()));
                return reader.read(first == null ? null : first.value(), r, col);
            }
        }
        return reader.readInPlace(cell == null ? null : cell.value(), r, col);
    }

    private void keepFirstCells(SheetRow row) {
        if (merged.isEmpty()) {
            return;
        }
        for (SheetRow.Cell c : row.cells()) {
            long k = key(row.index(), c.col());
            if (firstCells.containsKey(k)) {
                firstCells.put(k, c);
            }
        }
    }

    private void indexMergedRegions() {
        for (CellRangeAddress region : sheet.mergedRegions()) {
            if (region.getLastRow() <= headerRow) {
                continue;
            }
            boolean over = false;
            for (Column c : columns.values()) {
                if (c.index() >= region.getFirstColumn() && c.index() <= region.getLastColumn()) {
                    merged.computeIfAbsent(c.index(), k -> new TreeMap<>()).put(region.getFirstRow(), region);
                    over = true;
                }
            }
            if (over) {
                firstCells.put(key(region.getFirstRow(), region.getFirstColumn()), null);
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
