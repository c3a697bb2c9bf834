package org.perftargets.intake;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.perftargets.model.CleanText;

/**
 * An .xlsx read as a stream: each worksheet's XML is pulled row by row (StAX) and each cell read
 * as POI's user model reads it ({@link CellValues}: cached formula results, percent formats,
 * dates, shared strings with their _xHHHH_ escapes), so that memory does not grow with the sheet.
 * POI's user model of a 20,000-project workbook (340,000 indicator rows) did not fit in a 2 GB
 * heap; this holds one row at a time, the shared strings and the styles. A layout that needs to
 * look anywhere on a sheet (a form, small by nature) still gets the user model, built on demand.
 */
final class StreamedWorkbook implements IntakeWorkbook, Closeable {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final Path path;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final boolean recalculatesOnOpening;
    private final List<TableSheet> sheets = new ArrayList<>();
    private Workbook userModel;

    private StreamedWorkbook(Path path, OPCPackage pkg) throws Exception {
        this.path = path;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = sharedStrings(pkg);
        this.styles = reader.getStylesTable();
        CTWorkbook wb;
        try (InputStream in = reader.getWorkbookData()) {
            wb = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
        }
        this.date1904 = wb.isSetWorkbookPr() && wb.getWorkbookPr().isSetDate1904() && wb.getWorkbookPr().getDate1904();
        this.recalculatesOnOpening = wb.isSetCalcPr() && wb.getCalcPr().isSetFullCalcOnLoad()
                && wb.getCalcPr().getFullCalcOnLoad();
        if (wb.getSheets() != null) {
            for (CTSheet s : wb.getSheets().getSheetArray()) {
                sheets.add(new Sheet(s.getName(), s.isSetState() && s.getState() != STSheetState.VISIBLE, s.getId()));
            }
        }
    }

    /** Opens an .xlsx (a zip); POI's exceptions for a damaged or Strict OOXML file pass through. */
    static StreamedWorkbook open(Path path) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new StreamedWorkbook(path, pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<TableSheet> sheets() {
        return sheets;
    }

    @Override
    public Workbook userModel() throws IOException {
        if (userModel == null) {
            userModel = org.apache.poi.ss.usermodel.WorkbookFactory.create(path.toFile(), null, true);
        }
        return userModel;
    }

    @Override
    public void close() throws IOException {
        if (userModel != null) {
            userModel.close();
        }
        pkg.revert();
    }

    private String sharedString(int index) {
        if (index < 0 || index >= strings.size()) {
            throw damaged(new IndexOutOfBoundsException("shared string " + index + " of " + strings.size()));
        }
        return strings.get(index);
    }

    /**
     * The shared strings, each as POI's rich text gives it: its runs' text without phonetic runs,
     * escapes decoded. Read with StAX, which reports damaged XML by an exception only.
     */
    private static List<String> sharedStrings(OPCPackage pkg) throws Exception {
        List<String> out = new ArrayList<>();
        var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return out;
        }
        try (InputStream in = new BufferedInputStream(parts.get(0).getInputStream(), 1 << 16)) {
            XMLStreamReader x = xml(in);
            StringBuilder b = new StringBuilder();
            int phonetic = 0;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "si" -> b.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = x.getElementText();
                            if (phonetic == 0) {
                                b.append(t);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (x.getLocalName().equals("si")) {
                        out.add(unescape(b.toString()));
                    }
                }
            }
            x.close();
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
        private final String relation;
        private int lastRow = -2;
        private List<CellRangeAddress> merged;

        Sheet(String name, boolean hidden, String relation) {
            this.name = name;
            this.hidden = hidden;
            this.relation = relation;
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
            outline();
            return lastRow;
        }

        @Override
        public List<CellRangeAddress> mergedRegions() {
            outline();
            return merged;
        }

        private InputStream open() {
            try {
                return new BufferedInputStream(reader.getSheet(relation), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OpenXML4JException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
        }

        /** The last row and the merged regions, which come after the rows: a fast scan of the part's bytes first. */
        private void outline() {
            if (merged != null) {
                return;
            }
            try (InputStream in = open()) {
                SheetOutline o = SheetOutline.scan(in);
                lastRow = o.lastRow();
                merged = o.merged();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Iterator<SheetRow> rows() {
            return new Rows(open());
        }
    }

    /** The rows of one worksheet part, pulled as they are asked for. */
    private final class Rows implements Iterator<SheetRow> {
        private final InputStream in;
        private final XMLStreamReader x;
        private final Map<String, SharedFormula> sharedFormulas = new HashMap<>();
        private SheetRow next;
        private int rowIndex = -1;
        private boolean done;

        Rows(InputStream in) {
            this.in = in;
            try {
                this.x = xml(in);
            } catch (XMLStreamException e) {
                throw damaged(e);
            }
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
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                        return row();
                    }
                }
                finish();
                return null;
            } catch (XMLStreamException e) {
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
                x.close();
                in.close();
            } catch (XMLStreamException | IOException e) {
                // nothing more to read from it
            }
        }

        private SheetRow row() throws XMLStreamException {
            String r = x.getAttributeValue(null, "r");
            rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r.trim()) - 1;
            List<SheetRow.Cell> cells = new ArrayList<>();
            int col = -1;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    break;
                }
                if (e == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                    String ref = x.getAttributeValue(null, "r");
                    col = ref == null ? col + 1 : new CellReference(ref).getCol();
                    SheetRow.Cell c = cell(col);
                    if (c != null) {
                        cells.add(c);
                    }
                }
            }
            return new SheetRow(rowIndex, cells);
        }

        /** One {@code <c>}: read to its end; null when it is blank (no value, no formula). */
        private SheetRow.Cell cell(int col) throws XMLStreamException {
            String t = x.getAttributeValue(null, "t");
            String s = x.getAttributeValue(null, "s");
            String v = null;
            String inline = null;
            String formula = null;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                    break;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "v" -> v = x.getElementText();
                    case "f" -> {
                        String ft = x.getAttributeValue(null, "t");
                        String si = x.getAttributeValue(null, "si");
                        String text = x.getElementText();
                        if ("dataTable".equals(ft)) {
                            break; // not a formula cell to POI either
                        }
                        formula = "shared".equals(ft) && si != null ? shared(si, text, col) : text;
                    }
                    case "is" -> inline = inlineText();
                    default -> {
                    }
                }
            }
            String ref = new CellReference(rowIndex, col).formatAsString();
            CellStyle style = style(s);
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
            CellValue c = value(ref, t, v, inline, style);
            boolean text = t != null && (t.equals("s") || t.equals("inlineStr") || t.equals("str"));
            return new SheetRow.Cell(col, c, text ? rawString(t, v, inline) : null);
        }

        /** The text of an inline string: its runs, without phonetic runs, as POI reads them. */
        private String inlineText() throws XMLStreamException {
            StringBuilder b = new StringBuilder();
            int phonetic = 0;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("is")) {
                        break;
                    }
                    if (x.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                } else if (e == XMLStreamConstants.START_ELEMENT) {
                    if (x.getLocalName().equals("rPh")) {
                        phonetic++;
                    } else if (x.getLocalName().equals("t") && phonetic == 0) {
                        b.append(x.getElementText());
                    }
                }
            }
            return b.toString();
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

        private CellValue value(String ref, String t, String v, String inline, CellStyle style) {
            String type = t == null ? "n" : t;
            switch (type) {
                case "b":
                    return new CellValue(ref, "1".equals(v) ? "TRUE" : "FALSE", null, null, null);
                case "e":
                    return new CellValue(ref, "", null, null, CellValues.errorText(v));
                case "s":
                case "inlineStr":
                case "str":
                    return new CellValue(ref, CleanText.trim(rawString(type, v, inline)), null, null, null);
                default: {
                    double d;
                    try {
                        d = v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw damaged(e);
                    }
                    boolean isDate = style != null && DateUtil.isValidExcelDate(d)
                            && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
                    return CellValues.numeric(ref, d, style, isDate ? DateUtil.getLocalDateTime(d, date1904).toLocalDate() : null);
                }
            }
        }

        private String rawString(String t, String v, String inline) {
            switch (t) {
                case "s":
                    if (v == null || v.isEmpty()) {
                        return "";
                    }
                    try {
                        return sharedString(Integer.parseInt(v.trim()));
                    } catch (NumberFormatException e) {
                        throw damaged(e);
                    }
                case "inlineStr":
                    return unescape(inline != null ? inline : v != null ? v : "");
                default:
                    return unescape(v == null ? "" : v);
            }
        }

        private CellStyle style(String s) {
            if (styles == null) {
                return null;
            }
            if (s != null) {
                return styles.getStyleAt(Integer.parseInt(s.trim()));
            }
            return styles.getNumCellStyles() > 0 ? styles.getStyleAt(0) : null;
        }
    }

    private static boolean isZero(String v) {
        try {
            return Double.parseDouble(v) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A pull parser over a part. Decoded as UTF-8 (what Excel, WPS and POI write; a BOM is skipped) by
     * a decoder that throws on a bad byte: the JDK's parser, left to decode, also prints
     * "[Fatal Error]" to the console.
     */
    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        try {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
        return XMLHelper.newXMLInputFactory().createXMLStreamReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()));
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
