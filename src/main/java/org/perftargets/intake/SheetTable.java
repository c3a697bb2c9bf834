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
    private static final java.util.BitSet NONE_DROPPED = new java.util.BitSet();

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
    private final RowStream stream;
    /** The rows read to find the header: the first {@link #HEADER_SEARCH_ROWS}. */
    private final List<SheetRow> headerSearch = new ArrayList<>();
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
            headerSearch.add(row);
        }
        SheetRow best = null;
        int bestCount = 0;
        for (SheetRow row : headerSearch) {
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
        boolean damagedHeader = false;
        for (SheetRow.Cell c : best.cells()) {
            if (c.value().isDamaged()) {
                // Its column would vanish without a word (an optional one such as 项目编码) or be called missing.
                findings.add(Finding.error(new Location(file, sheetName(), headerRow + 1, c.value().ref()),
                        "表头单元格已损坏（文件中存的值不是有效的文字），无法知道这一列是什么，工作表没有读取",
                        "请在 Excel 中重新填写这个表头单元格（可照模板 mvn -q -Dtemplate 中的列名），另存为 .xlsx 后再放入输入文件夹", null));
                ok = false;
                damagedHeader = true;
                continue;
            }
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
            if (!columns.containsKey(f) && !damagedHeader) { // the damaged cell may be that column's header
                findings.add(Finding.error(new Location(file, sheetName(), headerRow + 1, null),
                        "缺少必填列「" + f.label() + "」", "请在表头行加上「" + f.label() + "」列并填写", null));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The data rows below the header, blank rows skipped, each handed on as it is read (none is
     * kept here); a cell's problems go to {@code problems} before its row.
     */
    void rows(Consumer<Finding> problems, Consumer<FoundRecord> rows) {
        rows(problems, rows, RowChoice.ALL);
    }

    /**
     * The data rows as {@link #rows(Consumer, Consumer)} gives them, those {@code choice} does not
     * want passed to it with their key cells only (their other cells' problems unsaid). A row whose
     * key cells are all blank is read whole: only its other cells tell whether it is blank.
     */
    void rows(Consumer<Finding> problems, Consumer<FoundRecord> rows, RowChoice choice) {
        rows(problems, rows, choice, null);
    }

    /**
     * As {@link #rows(Consumer, Consumer, RowChoice)}, from the rows {@code ahead} read where each of
     * its guesses is what {@code choice} says, else from the sheet read again.
     */
    void rows(Consumer<Finding> problems, Consumer<FoundRecord> rows, RowChoice choice, ReadAhead ahead) {
        Map<Field, Column> keys = keysOf(choice);
        Reading reading = new Reading(problems, rows, choice, keys);
        if (keys.isEmpty()) {
            reading.of(headAndRest(stream), NONE_DROPPED);
            return;
        }
        choice.table(java.util.Collections.unmodifiableSet(columns.keySet()));
        int[] keyColumns = keyColumns(keys);
        SheetCells silent = new SheetCells(file, sheetName(), limits, f -> { });
        if (ahead != null) {
            if (ahead.standsFor(choice)) {
                reading.of(ahead.pass.rows.iterator(), ahead.pass.dropped);
            } else {
                readAgain(reading, ahead.first, keys, choice, keyColumns, silent);
            }
            return;
        }
        if (sheet.outlined()) {
            stream.readWholeOnly(keyColumns, new Decision(keys, choice, silent), choice.keysOfRowsPassedOver());
            reading.of(headAndRest(stream), NONE_DROPPED);
            return;
        }
        // The merged regions come after the rows: decide in this one reading as if there were none, and
        // check at its end that no region could have changed what was decided; else read again, knowing them.
        List<SheetRow> first = firstRows();
        Decision guess = new Decision(keys, choice, silent);
        stream.readWholeOnly(keyColumns, guess, choice.keysOfRowsPassedOver());
        OnePass pass = new OnePass(guess, keyColumns, () -> false);
        if (pass.stands()) {
            reading.of(pass.rows.iterator(), pass.dropped);
            return;
        }
        readAgain(reading, first, keys, choice, keyColumns, silent);
    }

    /**
     * The data rows read ahead, before {@code choice} can be asked (on another thread, while the
     * table it depends on is read): each row read whole or passed over as {@code guess} says, every
     * guess handed to {@code guesses} (ended when this returns or throws). Null where the sheet is
     * not read in one pass (it is outlined already) or the choice has no key in it. {@code cancelled}
     * stops it.
     */
    ReadAhead readAhead(RowChoice choice, java.util.function.Predicate<FoundRecord> guess, Guesses guesses,
            java.util.function.BooleanSupplier cancelled) {
        try {
            Map<Field, Column> keys = keysOf(choice);
            if (keys.isEmpty() || sheet.outlined()) {
                return null;
            }
            List<SheetRow> first = firstRows();
            int[] keyColumns = keyColumns(keys);
            Decision decision = new Decision(keys, new Guessed(choice, guess, guesses),
                    new SheetCells(file, sheetName(), limits, f -> { }));
            stream.readWholeOnly(keyColumns, decision, choice.keysOfRowsPassedOver());
            return new ReadAhead(new OnePass(decision, keyColumns, cancelled), guesses, first);
        } finally {
            guesses.end();
        }
    }

    /** Rows read ahead: the one pass, the guesses it was read by, and the rows read to find the header. */
    final class ReadAhead {
        private final OnePass pass;
        private final Guesses guesses;
        private final List<SheetRow> first;

        private ReadAhead(OnePass pass, Guesses guesses, List<SheetRow> first) {
            this.pass = pass;
            this.guesses = guesses;
            this.first = first;
        }

        /** Whether the rows are those a reading by {@code choice} gives: every guess its answer, no merged region in the way. */
        boolean standsFor(RowChoice choice) {
            return guesses.allStand(choice) && pass.stands();
        }
    }

    /** A choice's keys, with a guess for its answers, each handed on. */
    private static final class Guessed implements RowChoice {
        private final RowChoice choice;
        private final java.util.function.Predicate<FoundRecord> guess;
        private final Guesses guesses;

        Guessed(RowChoice choice, java.util.function.Predicate<FoundRecord> guess, Guesses guesses) {
            this.choice = choice;
            this.guess = guess;
            this.guesses = guesses;
        }

        @Override
        public Set<Field> keys() {
            return choice.keys();
        }

        @Override
        public boolean wants(FoundRecord keys) {
            boolean answer = guess.test(keys);
            guesses.add(keys, answer);
            return answer;
        }

        @Override
        public void passedOver(FoundRecord keys) {
            throw new IllegalStateException("a reading ahead hands on no row");
        }

        @Override
        public boolean keysOfRowsPassedOver() {
            return choice.keysOfRowsPassedOver();
        }
    }

    /** The columns of the choice's keys that this table has. */
    private Map<Field, Column> keysOf(RowChoice choice) {
        Map<Field, Column> keys = new EnumMap<>(Field.class);
        choice.keys().forEach(f -> {
            if (columns.containsKey(f)) {
                keys.put(f, columns.get(f));
            }
        });
        return keys;
    }

    private static int[] keyColumns(Map<Field, Column> keys) {
        return keys.values().stream().mapToInt(Column::index).toArray();
    }

    /** The rows read to find the header (before the one pass takes them). */
    private List<SheetRow> firstRows() {
        List<SheetRow> first = new ArrayList<>(headerSearch);
        if (pending != null) {
            first.add(pending);
        }
        return first;
    }

    /** The sheet read again, knowing its merged regions: the rows read to find the header, then the rest. */
    private void readAgain(Reading reading, List<SheetRow> first, Map<Field, Column> keys, RowChoice choice,
            int[] keyColumns, SheetCells silent) {
        int lastOfFirst = first.isEmpty() ? headerRow : Math.max(headerRow, first.get(first.size() - 1).index());
        RowStream again = sheet.rows();
        again.readWholeOnly(keyColumns, new Decision(keys, choice, silent), choice.keysOfRowsPassedOver());
        Iterator<SheetRow> rest = new Iterator<>() {
            private SheetRow next = advance();

            private SheetRow advance() {
                while (again.hasNext()) {
                    SheetRow r = again.next();
                    if (r.index() > lastOfFirst) {
                        return r;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SheetRow next() {
                SheetRow r = next;
                next = advance();
                return r;
            }
        };
        reading.of(concat(first.iterator(), rest), NONE_DROPPED);
    }

    /** The rows read to find the header, then the rest of the stream. */
    private Iterator<SheetRow> headAndRest(Iterator<SheetRow> rest) {
        List<SheetRow> first = new ArrayList<>(headerSearch);
        if (pending != null) {
            first.add(pending);
            pending = null;
        }
        return concat(first.iterator(), rest);
    }

    private static Iterator<SheetRow> concat(Iterator<SheetRow> a, Iterator<SheetRow> b) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return a.hasNext() || b.hasNext();
            }

            @Override
            public SheetRow next() {
                return a.hasNext() ? a.next() : b.next();
            }
        };
    }

    /**
     * The one reading of a sheet not outlined yet: every row as the guess decides, kept (the rows read
     * whole, and those passed over with their key cells where the choice needs them, else one mark for
     * a run of them) until the merged regions, found at the end, show whether the guess stands.
     */
    private final class OnePass {
        /** Rows read whole beyond this are not kept: the sheet is read again instead (a bound on memory). */
        static final int MOST_KEPT = 50_000;

        final List<SheetRow> rows = new ArrayList<>();
        /** The rows of a run passed over beyond its first, not kept: passed over all the same (a merged region may reach them). */
        final java.util.BitSet dropped = new java.util.BitSet();
        private final java.util.BitSet whole = new java.util.BitSet();
        private final int[] keyColumns;
        private boolean gaveUp;

        OnePass(Decision guess, int[] keyColumns, java.util.function.BooleanSupplier cancelled) {
            this.keyColumns = keyColumns;
            Iterator<SheetRow> all = headAndRest(stream);
            int kept = 0;
            boolean marked = false;
            while (all.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("the reading this one went with has stopped");
                }
                SheetRow r = all.next();
                if (gaveUp) {
                    continue; // read on for the outline only
                }
                if (r.passedOver()) {
                    if (!r.cells().isEmpty() || !marked) {
                        rows.add(r);
                    } else {
                        dropped.set(r.index());
                    }
                    marked = r.cells().isEmpty();
                } else {
                    rows.add(r);
                    whole.set(r.index());
                    marked = false;
                    if (++kept > MOST_KEPT) {
                        gaveUp = true;
                        rows.clear();
                        guess.refuseAll();
                    }
                }
            }
        }

        /**
         * Whether every merged region leaves the guess as it was: one over a key column lies in rows
         * all read whole (their keys are read again, knowing it); any other starts in a row read whole
         * (its value is at hand) or lies in rows all passed over.
         */
        boolean stands() {
            if (gaveUp) {
                return false;
            }
            for (CellRangeAddress region : sheet.mergedRegions()) {
                if (region.getLastRow() <= headerRow) {
                    continue;
                }
                boolean overKeys = false;
                for (int c : keyColumns) {
                    overKeys |= c >= region.getFirstColumn() && c <= region.getLastColumn();
                }
                int firstPassedOver = whole.nextClearBit(region.getFirstRow());
                int firstWhole = whole.nextSetBit(region.getFirstRow());
                if (overKeys ? firstPassedOver <= region.getLastRow()
                        : !whole.get(region.getFirstRow()) && firstWhole >= 0 && firstWhole <= region.getLastRow()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Turns rows into records for one call of {@link #rows}: the merged regions known, each row once. */
    private final class Reading {
        private final Consumer<Finding> problems;
        private final Consumer<FoundRecord> accept;
        private final RowChoice choice;
        private final Map<Field, Column> keys;

        Reading(Consumer<Finding> problems, Consumer<FoundRecord> accept, RowChoice choice, Map<Field, Column> keys) {
            this.problems = problems;
            this.accept = accept;
            this.choice = choice;
            this.keys = keys;
        }

        /** The rows of {@code source}, and those {@code dropped} from it as passed over without their cells. */
        void of(Iterator<SheetRow> source, java.util.BitSet dropped) {
            indexMergedRegions();
            Map<Field, BigDecimal> multipliers = multipliers();
            SheetCells reader = new SheetCells(file, sheetName(), limits, problems);
            boolean choosing = !keys.isEmpty();
            boolean keysPassedOver = choice.keysOfRowsPassedOver();
            int last = sheet.lastRowIndex();
            SheetRow next = nextRow(source);
            Map<Integer, SheetRow.Cell> byColumn = new HashMap<>();
            for (int r = headerRow + 1; r <= last; r++) {
                while (next != null && next.index() < r) {
                    next = nextRow(source);
                }
                SheetRow row = next != null && next.index() == r ? next : null;
                if (row == null) {
                    if (!merged(r)) {
                        continue; // blank (not in the sheet), or of a run passed over that its first row stands for
                    }
                    if (dropped.get(r)) {
                        row = new SheetRow(r, List.of(), true); // passed over: a merged region is no row of its own
                    }
                }
                boolean here = row != null;
                if (here && row.passedOver() && !keysPassedOver) {
                    choice.passedOver(null);
                    continue;
                }
                byColumn.clear();
                if (here) {
                    for (SheetRow.Cell c : row.cells()) {
                        byColumn.put(c.col(), c);
                    }
                }
                if (here && row.passedOver()) {
                    choice.passedOver(new FoundRecord(sheetName(), r + 1, read(keys, byColumn, r, reader), multipliers));
                    continue;
                }
                Map<Field, CellValue> cells = read(columns, byColumn, r, reader);
                boolean blank = true;
                for (CellValue v : cells.values()) {
                    blank &= v.isBlank();
                }
                if (blank) {
                    continue;
                }
                FoundRecord record = new FoundRecord(sheetName(), r + 1, cells, multipliers);
                if (!choosing || choice.wants(record)) {
                    accept.accept(record);
                } else if (keysPassedOver) {
                    Map<Field, CellValue> keyCells = new EnumMap<>(Field.class);
                    keys.keySet().forEach(f -> keyCells.put(f, cells.get(f)));
                    choice.passedOver(new FoundRecord(sheetName(), r + 1, keyCells, multipliers));
                } else {
                    choice.passedOver(null);
                }
            }
        }

        /** The next row of the source; each passes the merged regions' first cells. */
        private SheetRow nextRow(Iterator<SheetRow> source) {
            if (!source.hasNext()) {
                return null;
            }
            SheetRow row = source.next();
            keepFirstCells(row);
            return row;
        }
    }

    /** The cells of these columns in row r (of {@code row}'s cells by column), merged cells as their region's value. */
    private Map<Field, CellValue> read(Map<Field, Column> which, Map<Integer, SheetRow.Cell> row, int r, SheetCells reader) {
        Map<Field, CellValue> cells = new EnumMap<>(Field.class);
        for (Map.Entry<Field, Column> e : which.entrySet()) {
            cells.put(e.getKey(), read(row, r, e.getValue().index(), reader));
        }
        return cells;
    }

    /**
     * Whether a streamed row is read whole, from its key cells: what the choice says of them, asked
     * once for a run of rows with the same key texts (a project's indicator rows name it alike).
     */
    private final class Decision implements java.util.function.Predicate<SheetRow> {
        private final Map<Field, Column> keys;
        private final RowChoice choice;
        private final SheetCells silent;
        private final Map<Integer, SheetRow.Cell> byColumn = new HashMap<>();
        private List<String> lastTexts;
        private boolean lastAnswer;
        private boolean refusing;

        Decision(Map<Field, Column> keys, RowChoice choice, SheetCells silent) {
            this.keys = keys;
            this.choice = choice;
            this.silent = silent;
        }

        /** From now on no row is wanted: a reading that gave up reads on only to the end. */
        void refuseAll() {
            refusing = true;
        }

        @Override
        public boolean test(SheetRow row) {
            if (refusing) {
                return false;
            }
            byColumn.clear();
            for (SheetRow.Cell c : row.cells()) {
                byColumn.put(c.col(), c);
            }
            Map<Field, CellValue> cells = read(keys, byColumn, row.index(), silent);
            List<String> texts = new ArrayList<>(cells.size());
            boolean blank = true;
            for (CellValue v : cells.values()) {
                texts.add(v.text());
                blank &= v.isBlank();
            }
            if (blank) {
                return true;
            }
            if (!texts.equals(lastTexts)) {
                lastTexts = texts;
                lastAnswer = choice.wants(new FoundRecord(sheetName(), row.index() + 1, cells));
            }
            return lastAnswer;
        }
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

    /** Whether a merged region over a read column reaches row r. */
    private boolean merged(int r) {
        for (TreeMap<Integer, CellRangeAddress> regions : merged.values()) {
            var region = regions.floorEntry(r);
            if (region != null && region.getValue().getLastRow() >= r) {
                return true;
            }
        }
        return false;
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
