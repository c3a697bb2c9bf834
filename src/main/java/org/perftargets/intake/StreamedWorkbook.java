package org.perftargets.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perftargets.model.CleanText;

/**
 * An .xlsx read as a stream: each worksheet's XML is pulled row by row ({@link XmlScanner}) and each
 * cell read as POI's user model reads it ({@link CellValues}: cached formula results, percent
 * formats, dates, shared strings with their _xHHHH_ escapes), so that memory does not grow with the
 * sheet. POI's user model of a 20,000-project workbook (340,000 indicator rows) did not fit in a
 * 2 GB heap; this holds one row at a time, the shared strings and the number formats. The package is
 * read as a zip ({@link XlsxPackage}), not through POI's package model. Every worksheet is scanned
 * once when the workbook is opened ({@link SheetOutline}: its rows and merged regions, which come
 * after the rows). A layout that needs to look anywhere on a sheet (a form, small by nature) still
 * gets POI's user model, built on demand.
 */
final class StreamedWorkbook implements IntakeWorkbook, Closeable {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final java.util.BitSet NONE = new java.util.BitSet();
    private static final java.util.Comparator<SheetRow.Cell> BY_COLUMN = java.util.Comparator.comparingInt(SheetRow.Cell::col);
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    private final Path path;
    private final XlsxPackage pkg;
    private final long maxPartBytes;
    private final List<String> strings;
    private final List<NumberStyle> styles;
    private final boolean date1904;
    private final boolean recalculatesOnOpening;
    private final List<TableSheet> sheets = new ArrayList<>();
    private Workbook userModel;

    private StreamedWorkbook(Path path, XlsxPackage pkg, long maxPartBytes) throws IOException {
        this.path = path;
        this.pkg = pkg;
        this.maxPartBytes = maxPartBytes;
        String workbook = pkg.workbookPart();
        Map<String, XlsxPackage.Relationship> rels = pkg.relationships(workbook);
        String stylesPart = null;
        String stringsPart = null;
        for (XlsxPackage.Relationship r : rels.values()) {
            if (r.isOfType("styles")) {
                stylesPart = r.target();
            } else if (r.isOfType("sharedStrings")) {
                stringsPart = r.target();
            }
        }
        if (stringsPart == null) {
            stringsPart = partOfContentType(SHARED_STRINGS_TYPE);
        }
        this.strings = stringsPart == null || !pkg.has(stringsPart) ? List.of() : sharedStrings(pkg.part(stringsPart));
        if (stylesPart != null && pkg.has(stylesPart)) {
            try (InputStream in = pkg.part(stylesPart)) {
                this.styles = NumberStyle.read(in);
            }
        } else {
            this.styles = null;
        }
        boolean d1904 = false;
        boolean recalculates = false;
        try (InputStream in = pkg.part(workbook)) {
            XmlScanner x = new XmlScanner(in);
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e != XmlScanner.START) {
                    continue;
                }
                if (x.is("workbookPr")) {
                    d1904 = isTrue(x.attribute("date1904"));
                } else if (x.is("calcPr")) {
                    recalculates = isTrue(x.attribute("fullCalcOnLoad"));
                } else if (x.is("sheet")) {
                    String name = x.attribute("name");
                    String state = x.attribute("state");
                    XlsxPackage.Relationship r = rels.get(x.attribute("id"));
                    if (name == null || r == null) {
                        throw new IOException("damaged workbook: a sheet without its name or part");
                    }
                    sheets.add(new Sheet(name, state != null && !state.equals("visible"), r.target()));
                }
            }
        }
        this.date1904 = d1904;
        this.recalculatesOnOpening = recalculates;
    }

    /** Opens an .xlsx (a zip) and scans its worksheets; a damaged, oversized or Strict OOXML file is an IOException. */
    static StreamedWorkbook open(Path path, long maxPartBytes) throws IOException {
        StreamedWorkbook wb = openUnscanned(path, maxPartBytes);
        try {
            wb.scanAll();
            return wb;
        } catch (IOException | RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    /**
     * Opens an .xlsx whose worksheets are scanned when first needed, or outlined by a reading of
     * all their rows ({@link TableSheet#outlined()}): for a reading of some projects only, which
     * reads each large sheet once. Its row limits are checked after it ({@link #scanAll()}).
     */
    static StreamedWorkbook openUnscanned(Path path, long maxPartBytes) throws IOException {
        XlsxPackage pkg = XlsxPackage.open(path, maxPartBytes);
        try {
            return new StreamedWorkbook(path, pkg, maxPartBytes);
        } catch (IOException | RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    /** Scans every worksheet not outlined yet. */
    void scanAll() throws IOException {
        for (TableSheet s : sheets) {
            ((Sheet) s).outlineNow();
        }
    }

    /** xsd:boolean, as XML beans read it. */
    private static boolean isTrue(String v) {
        return v != null && (v.trim().equals("1") || v.trim().equals("true"));
    }

    /** The part of a content type in [Content_Types].xml, for a workbook whose relationships do not name it. */
    private String partOfContentType(String type) throws IOException {
        if (!pkg.has("[Content_Types].xml")) {
            return null;
        }
        try (InputStream in = pkg.part("[Content_Types].xml")) {
            XmlScanner x = new XmlScanner(in);
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e == XmlScanner.START && x.is("Override") && type.equals(x.attribute("ContentType"))) {
                    String name = x.attribute("PartName");
                    return name == null ? null : name.startsWith("/") ? name.substring(1) : name;
                }
            }
        }
        return null;
    }

    /** The largest row count of a worksheet, for the limit on rows. */
    long mostRows() {
        long most = 0;
        for (TableSheet s : sheets) {
            most = Math.max(most, ((Sheet) s).outline().rows());
        }
        return most;
    }

    @Override
    public List<TableSheet> sheets() {
        return sheets;
    }

    @Override
    public Workbook userModel() throws IOException {
        if (userModel == null) {
            WorkbookGuards.apply(maxPartBytes);
            userModel = org.apache.poi.ss.usermodel.WorkbookFactory.create(path.toFile(), null, true);
        }
        return userModel;
    }

    @Override
    public void close() throws IOException {
        if (userModel != null) {
            userModel.close();
        }
        pkg.close();
    }

    /** The shared strings, each as POI's rich text gives it: its runs' text without phonetic runs, escapes decoded. */
    private static List<String> sharedStrings(InputStream part) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = part) {
            XmlScanner x = new XmlScanner(in);
            StringBuilder b = new StringBuilder();
            int phonetic = 0;
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e == XmlScanner.START) {
                    if (x.is("si")) {
                        b.setLength(0);
                    } else if (x.is("rPh")) {
                        phonetic++;
                    } else if (x.is("t")) {
                        String t = x.elementText();
                        if (phonetic == 0) {
                            b.append(t);
                        }
                    }
                } else if (x.is("rPh")) {
                    phonetic--;
                } else if (x.is("si")) {
                    out.add(unescape(b.toString()));
                }
            }
        }
        return out;
    }

    /** Excel's escapes of characters XML cannot carry (_x000B_), decoded as POI's rich text does. */
    static String unescape(String s) {
        if (s == null || !s.contains("_x")) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        int at = 0;
        while (m.find()) {
            b.append(s, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? s : b.append(s, at, s.length()).toString();
    }

    /** A worksheet of the stream. */
    private final class Sheet implements TableSheet {
        private final String name;
        private final boolean hidden;
        private final String part;
        private SheetOutline outline;
        private java.util.BitSet mergeStarts;

        Sheet(String name, boolean hidden, String part) {
            this.name = name;
            this.hidden = hidden;
            this.part = part;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean hidden() {
            return hidden;
        }

        @Override
        public int lastRowIndex() {
            return outline().lastRow();
        }

        @Override
        public List<CellRangeAddress> mergedRegions() {
            return outline().merged();
        }

        @Override
        public boolean outlined() {
            return outline != null;
        }

        /** The rows and merged regions, which come after the rows: a scan of the part, unless a reading of its rows found them. */
        SheetOutline outline() {
            try {
                outlineNow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return outline;
        }

        void outlineNow() throws IOException {
            if (outline == null) {
                try (InputStream in = pkg.part(part)) {
                    outline = SheetOutline.scan(in, name);
                }
            }
        }

        /** What a reading of all the rows found: the same as a scan would. */
        void learn(SheetOutline found) {
            if (outline == null) {
                outline = found;
            }
        }

        @Override
        public RowStream rows() {
            try {
                return new Rows(pkg.part(part), this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The rows in which a merged region starts: they hold its value. None known before the sheet is outlined. */
        java.util.BitSet rowsStartingMerges() {
            if (outline == null) {
                return NONE;
            }
            if (mergeStarts == null) {
                mergeStarts = new java.util.BitSet();
                for (CellRangeAddress r : outline.merged()) {
                    mergeStarts.set(r.getFirstRow());
                }
            }
            return mergeStarts;
        }
    }

    /** The rows of one worksheet part, pulled as they are asked for. */
    private final class Rows implements RowStream {
        private final InputStream in;
        private final XmlScanner x;
        private final Sheet sheet;
        private final Map<String, SharedFormula> sharedFormulas = new HashMap<>();
        private SheetRow next;
        private int rowIndex = -1;
        private boolean done;
        /** Set by {@link #readWholeOnly}: the last key column, and who decides whether a row is read whole. */
        private int lastKeyColumn = -1;
        private java.util.function.Predicate<SheetRow> wanted;
        private KeyCells keys;
        private boolean keysPassedOver;
        /** What an outline holds, found on the way: the rows, and the merged regions after them. */
        private long rowCount;
        private final List<CellRangeAddress> merged = new ArrayList<>();

        Rows(InputStream in, Sheet sheet) {
            this.in = in;
            this.x = new XmlScanner(in);
            this.sheet = sheet;
        }

        @Override
        public void readWholeOnly(int[] keyColumns, java.util.function.Predicate<SheetRow> w, boolean keysOfRowsPassedOver) {
            lastKeyColumn = java.util.Arrays.stream(keyColumns).max().orElse(-1);
            wanted = w;
            keysPassedOver = keysOfRowsPassedOver;
            keys = new KeyCells(keyColumns, sheet.outlined() && sheet.mergedRegions().isEmpty());
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow r = next;
            next = null;
            return r;
        }

        private SheetRow advance() {
            try {
                for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                    if (e == XmlScanner.START) {
                        if (x.is("row")) {
                            rowCount++;
                            return row();
                        }
                        if (x.is("mergeCell")) {
                            SheetOutline.addRegion(x.attribute("ref"), merged);
                        }
                    }
                }
                sheet.learn(new SheetOutline(rowCount, rowIndex, merged));
                finish();
                return null;
            } catch (XmlScanner.Malformed e) {
                finish();
                throw damaged(new DamagedSheet(sheet.name(), rowIndex + 1, e));
            } catch (IOException e) {
                finish();
                throw damaged(e);
            } catch (RuntimeException e) {
                finish();
                throw e;
            }
        }

        private void finish() {
            done = true;
            try {
                in.close();
            } catch (IOException e) {
                // nothing more to read from it
            }
        }

        private SheetRow row() throws IOException {
            int r = x.attributeInt("r", -1);
            if (r == 0) {
                throw XmlScanner.damaged("row number 0");
            }
            int index = r < 0 ? rowIndex + 1 : r - 1;
            if (index <= rowIndex) {
                throw new RowsOutOfOrder(sheet.name(), index + 1, rowIndex + 1);
            }
            rowIndex = index;
            int rowDepth = x.depth();
            // Chosen rows: the key cells first; a row no one wants is passed over from its first cell after them.
            boolean deciding = wanted != null && !sheet.rowsStartingMerges().get(rowIndex);
            if (deciding) {
                keys.startRow();
            }
            List<SheetRow.Cell> cells = new ArrayList<>();
            int col = -1;
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e == XmlScanner.END && x.is("row")) {
                    break;
                }
                if (e == XmlScanner.START && x.is("c")) {
                    int at = x.attributeColumn("r");
                    col = at < 0 ? col + 1 : at;
                    if (deciding && col > lastKeyColumn) {
                        deciding = false;
                        if (!decide(cells)) {
                            x.skipRest(rowDepth);
                            return new SheetRow(rowIndex, cells, true);
                        }
                    }
                    if (deciding && keys.isKey(col)) {
                        keys.record(col, x); // read below, unless the row before had the same bytes
                        continue;
                    }
                    SheetRow.Cell c = cell(x, col);
                    if (c != null) {
                        cells.add(c);
                    }
                }
            }
            if (deciding && !decide(cells)) {
                return new SheetRow(rowIndex, cells, true);
            }
            return new SheetRow(rowIndex, cells);
        }

        /**
         * Whether the row whose key cells were recorded is wanted; its key cells are added to
         * {@code cells}. Asked of {@link #wanted} unless the row before had the same key cells.
         */
        private boolean decide(List<SheetRow.Cell> cells) throws IOException {
            if (keys.sameAsBefore()) {
                if (keys.answer() || keysPassedOver) {
                    keys.readAgainAt(rowIndex, cells);
                    cells.sort(BY_COLUMN);
                } else {
                    keys.keep();
                }
                return keys.answer();
            }
            keys.read(this, cells);
            cells.sort(BY_COLUMN);
            return keys.answer(wanted.test(new SheetRow(rowIndex, cells)));
        }

        /** One {@code <c>}: read to its end; null when it is blank (no value, no formula). */
        private SheetRow.Cell cell(XmlScanner x, int col) throws IOException {
            String t = x.attributeOf("t", "s", "inlineStr", "str", "n", "b", "e");
            int s = x.attributeInt("s", -1);
            String v = null;
            String inline = null;
            String formula = null;
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e == XmlScanner.END && x.is("c")) {
                    break;
                }
                if (e != XmlScanner.START) {
                    continue;
                }
                if (x.is("v")) {
                    v = x.elementText();
                } else if (x.is("f")) {
                    String ft = x.attribute("t");
                    String si = x.attribute("si");
                    String text = x.elementText();
                    if (!"dataTable".equals(ft)) { // a data table's cell is not a formula cell to POI either
                        formula = "shared".equals(ft) && si != null ? shared(si, text, col) : text;
                    }
                } else if (x.is("is")) {
                    inline = inlineText(x);
                }
            }
            String ref = A1Address.of(rowIndex, col);
            NumberStyle style = style(s);
            if (formula != null) {
                if (!cached(t, v, inline)) {
                    return new SheetRow.Cell(col, new CellValue(ref, "", null, null, null, formula, false), null);
                }
                CellValue c = value(ref, t, v, inline, style);
                return new SheetRow.Cell(col, new CellValue(ref, c.text(), c.number(), c.date(), c.formulaError(), formula,
                        true), null);
            }
            if ((t == null || t.equals("n")) && v == null) {
                return null; // BLANK
            }
            boolean text = t != null && (t.equals("s") || t.equals("inlineStr") || t.equals("str"));
            if (text) {
                String raw = rawString(t, v, inline);
                return raw == null ? new SheetRow.Cell(col, CellValue.damaged(ref), null)
                        : new SheetRow.Cell(col, new CellValue(ref, CleanText.trim(raw), null, null, null), raw);
            }
            return new SheetRow.Cell(col, value(ref, t, v, inline, style), null);
        }

        /** The text of an inline string: its runs, without phonetic runs, as POI reads them. */
        private String inlineText(XmlScanner x) throws IOException {
            String first = null;
            StringBuilder b = null;
            int phonetic = 0;
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e == XmlScanner.END) {
                    if (x.is("is")) {
                        break;
                    }
                    if (x.is("rPh")) {
                        phonetic--;
                    }
                } else if (x.is("rPh")) {
                    phonetic++;
                } else if (x.is("t") && phonetic == 0) {
                    String t = x.elementText();
                    if (first == null) {
                        first = t; // most inline strings are one run: no copy
                    } else {
                        if (b == null) {
                            b = new StringBuilder(first);
                        }
                        b.append(t);
                    }
                }
            }
            return b != null ? b.toString() : first != null ? first : "";
        }

        /** A shared formula's text at this cell: the master's, with its relative references moved. */
        private String shared(String si, String text, int col) {
            if (!text.isEmpty()) {
                sharedFormulas.put(si, new SharedFormula(text, rowIndex, col));
                return text;
            }
            SharedFormula master = sharedFormulas.get(si);
            return master == null ? "?" : master.at(rowIndex, col);
        }

        /** Whether a formula cell carries a result, as {@link CellValues} decides for the user model. */
        private boolean cached(String t, String v, String inline) {
            if ("inlineStr".equals(t)) {
                return inline != null;
            }
            if (v == null) {
                return false;
            }
            boolean text = "str".equals(t);
            if (!text && v.isBlank()) {
                return false;
            }
            return !(recalculatesOnOpening && (v.isBlank() || !text && isZero(v)));
        }

        private CellValue value(String ref, String t, String v, String inline, NumberStyle style) {
            String type = t == null ? "n" : t;
            switch (type) {
                case "b":
                    return "1".equals(v) ? new CellValue(ref, "TRUE", null, null, null)
                            : "0".equals(v) ? new CellValue(ref, "FALSE", null, null, null) : CellValue.damaged(ref);
                case "d": {
                    // An ISO 8601 date, as some programs store one (Excel itself stores a number).
                    LocalDate date = isoDate(v);
                    return date == null ? CellValue.damaged(ref) : CellValues.numeric(ref, DateUtil.getExcelDate(date, date1904), style, date);
                }
                case "e":
                    return new CellValue(ref, "", null, null, CellValues.errorText(v));
                case "s":
                case "inlineStr":
                case "str": {
                    String raw = rawString(type, v, inline);
                    return raw == null ? CellValue.damaged(ref) : new CellValue(ref, CleanText.trim(raw), null, null, null);
                }
                default: {
                    double d;
                    try {
                        d = v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        return CellValue.damaged(ref); // a number cell holding "abc": said at the cell, the rest read
                    }
                    if (!Double.isFinite(d) || !plainNumber(v)) {
                        return CellValue.damaged(ref); // NaN, Infinity, 0x1p3, 1.5d: Java reads them, no spreadsheet writes them
                    }
                    boolean isDate = style != null && DateUtil.isValidExcelDate(d) && style.isDate();
                    return CellValues.numeric(ref, d, style, isDate ? DateUtil.getLocalDateTime(d, date1904).toLocalDate() : null);
                }
            }
        }

        /** Whether a number is written as a spreadsheet writes one: digits, sign, point and exponent only. */
        private static boolean plainNumber(String v) {
            if (v == null) {
                return true;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'E' || c == 'e' || c == ' ')) {
                    return false;
                }
            }
            return true;
        }

        /** {@code 2023-01-01} or {@code 2023-01-01T00:00:00}; null for anything else. */
        private static LocalDate isoDate(String v) {
            if (v == null) {
                return null;
            }
            String t = v.trim();
            try {
                return t.length() > 10 ? java.time.LocalDateTime.parse(t).toLocalDate() : LocalDate.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        /** The cell's text; null where it names no shared string (a damaged cell). */
        private String rawString(String t, String v, String inline) {
            switch (t) {
                case "s":
                    if (v == null || v.isEmpty()) {
                        return "";
                    }
                    try {
                        int index = Integer.parseInt(v.trim());
                        return index < 0 || index >= strings.size() ? null : strings.get(index);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                case "inlineStr":
                    return unescape(inline != null ? inline : v != null ? v : "");
                default:
                    return unescape(v == null ? "" : v);
            }
        }

        /** The cell's style ({@code s}, -1 when absent: the first); none beyond the styles defined, as POI's getStyleAt. */
        private NumberStyle style(int s) {
            if (styles == null) {
                return null;
            }
            int index = s < 0 ? 0 : s;
            return index < styles.size() ? styles.get(index) : null;
        }
    }

    /**
     * The key cells of the rows a chosen reading decides on, kept as their bytes: a row whose key
     * cells are byte for byte those of the row before (their addresses aside) gets the same answer
     * and the same cells, moved to its row, without being read again (a project's indicator rows
     * name it alike: 340,000 rows, 20,000 answers). Only where every key cell is there and holds no
     * formula (a shared formula reads differently in each row), or the sheet merges no cells (an
     * absent cell is blank wherever it is).
     */
    private final class KeyCells {
        private final int[] columns;
        private final boolean noMerges;
        private final byte[][] bytes;
        private final int[] length;
        private final int[] addressFrom;
        private final int[] addressTo;
        private final byte[][] before;
        private final int[] lengthBefore;
        private final int[] addressFromBefore;
        private final int[] addressToBefore;
        private final boolean[] same;
        private final boolean[] formulaBefore;
        private final SheetRow.Cell[] parsedBefore;
        private List<SheetRow.Cell> cellsBefore;
        private final int[] span = new int[2];
        private boolean answerBefore;
        private boolean hasBefore;

        KeyCells(int[] columns, boolean noMerges) {
            this.columns = columns.clone();
            this.noMerges = noMerges;
            int n = columns.length;
            bytes = new byte[n][64];
            before = new byte[n][64];
            length = new int[n];
            addressFrom = new int[n];
            addressTo = new int[n];
            lengthBefore = new int[n];
            addressFromBefore = new int[n];
            addressToBefore = new int[n];
            same = new boolean[n];
            formulaBefore = new boolean[n];
            parsedBefore = new SheetRow.Cell[n];
        }

        boolean isKey(int col) {
            return slot(col) >= 0;
        }

        private int slot(int col) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] == col) {
                    return i;
                }
            }
            return -1;
        }

        void startRow() {
            java.util.Arrays.fill(length, -1);
            java.util.Arrays.fill(same, false);
        }

        /**
         * At a key cell's start tag: its bytes, through its end tag, compared where they lie with the
         * same cell of the row before and kept (copied) only when they differ.
         */
        void record(int col, XmlScanner x) throws IOException {
            int k = slot(col);
            boolean addressed = x.attributeSpan("r", span);
            int depth = x.depth();
            x.record();
            x.skipRest(depth);
            int n = x.endRecord();
            byte[] from = x.recorded();
            int at = x.recordedFrom();
            int head = addressed ? span[0] : 0;
            int tail = addressed ? span[1] : 0;
            same[k] = hasBefore && lengthBefore[k] >= 0 && !formulaBefore[k] && head == addressFromBefore[k]
                    && n - tail == lengthBefore[k] - addressToBefore[k]
                    && java.util.Arrays.equals(from, at, at + head, before[k], 0, head)
                    && java.util.Arrays.equals(from, at + tail, at + n, before[k], addressToBefore[k], lengthBefore[k]);
            if (!same[k]) {
                if (bytes[k].length < n) {
                    bytes[k] = new byte[Math.max(n, bytes[k].length * 2)];
                }
                System.arraycopy(from, at, bytes[k], 0, n);
            }
            length[k] = n;
            addressFrom[k] = head;
            addressTo[k] = tail;
        }

        /** Whether every key cell is as in the row before (a formula never counts as the same: it reads by its place). */
        boolean sameAsBefore() {
            if (!hasBefore) {
                return false;
            }
            for (int k = 0; k < columns.length; k++) {
                if (length[k] < 0 || lengthBefore[k] < 0) {
                    if (!(noMerges && length[k] < 0 && lengthBefore[k] < 0)) {
                        return false;
                    }
                } else if (!same[k]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasFormula(byte[] b, int length) {
            for (int i = 0; i + 1 < length; i++) {
                if (b[i + 1] == 'f' && (b[i] == '<' || b[i] == ':')) {
                    return true;
                }
            }
            return false;
        }

        /** Reads the recorded key cells into {@code cells}, and keeps them for the next row. */
        void read(Rows rows, List<SheetRow.Cell> cells) throws IOException {
            List<SheetRow.Cell> read = new ArrayList<>();
            for (int k = 0; k < columns.length; k++) {
                if (length[k] < 0) {
                    parsedBefore[k] = null;
                    continue;
                }
                SheetRow.Cell c;
                if (same[k] && parsedBefore[k] != null) {
                    // The same bytes as in the row before (a 年度, a 主管部门): that cell, at this row.
                    SheetRow.Cell was = parsedBefore[k];
                    c = new SheetRow.Cell(was.col(), was.value().withRef(A1Address.of(rows.rowIndex, was.col())), was.string());
                } else {
                    // A cell as in the row before was not copied: its bytes are those kept from that row.
                    XmlScanner x = same[k] ? sub.over(before[k], 0, lengthBefore[k]) : sub.over(bytes[k], 0, length[k]);
                    x.next();
                    c = rows.cell(x, columns[k]);
                }
                parsedBefore[k] = c;
                if (c != null) {
                    read.add(c);
                }
            }
            cells.addAll(read);
            cellsBefore = read;
            keep();
        }

        private final XmlScanner sub = new XmlScanner(new byte[0], 0, 0);

        /** The cells of the row before, at this row. */
        void readAgainAt(int row, List<SheetRow.Cell> cells) {
            for (SheetRow.Cell c : cellsBefore) {
                cells.add(new SheetRow.Cell(c.col(), c.value().withRef(A1Address.of(row, c.col())), c.string()));
            }
            keep();
        }

        /** This row's key cells become the ones the next row is compared with (those the same stay as they are). */
        void keep() {
            for (int k = 0; k < columns.length; k++) {
                if (length[k] >= 0 && same[k]) {
                    continue; // the bytes before are these bytes
                }
                byte[] t = before[k];
                before[k] = bytes[k];
                bytes[k] = t;
                lengthBefore[k] = length[k];
                addressFromBefore[k] = addressFrom[k];
                addressToBefore[k] = addressTo[k];
                formulaBefore[k] = length[k] >= 0 && hasFormula(before[k], length[k]);
            }
            hasBefore = true;
        }

        boolean answer() {
            return answerBefore;
        }

        boolean answer(boolean a) {
            answerBefore = a;
            return a;
        }
    }

    private static boolean isZero(String v) {
        try {
            return Double.parseDouble(v) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Damaged XML in a worksheet: reported as a damaged workbook, like POI's own failures. */
    private static UncheckedIOException damaged(Exception e) {
        return new UncheckedIOException(new IOException("damaged worksheet: " + e.getMessage(), e));
    }

    /** A shared formula's master: its text and cell, to move its relative references to another cell. */
    private record SharedFormula(String text, int row, int col) {
        private static final Pattern REF = Pattern.compile("(\"[^\"]*\")|(?<![A-Za-z_\\d.])(\\$?)([A-Z]{1,3})(\\$?)(\\d+)(?![\\d(A-Za-z_])");

        String at(int r, int c) {
            Matcher m = REF.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                if (m.group(1) != null) {
                    m.appendReplacement(b, Matcher.quoteReplacement(m.group(1)));
                    continue;
                }
                int refCol = CellReference.convertColStringToIndex(m.group(3));
                int refRow = Integer.parseInt(m.group(5)) - 1;
                String colText = m.group(2).isEmpty() ? CellReference.convertNumToColString(refCol + c - col) : m.group(3);
                String rowText = m.group(4).isEmpty() ? String.valueOf(refRow + r - row + 1) : m.group(5);
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(2) + colText + m.group(4) + rowText));
            }
            m.appendTail(b);
            return b.toString();
        }
    }
}
