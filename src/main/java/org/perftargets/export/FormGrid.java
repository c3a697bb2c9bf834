package org.perftargets.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DateUtil;
import org.perftargets.form.FormKind;

/**
 * One form's cells in memory: the form kind's columns, every cell ruled, rows sized so that
 * wrapped text shows whole. Written out as the rows and merged ranges of the worksheet XML
 * (SpreadsheetML): strings inline, money as numbers, dates as day numbers; the styles are the
 * template's.
 */
final class FormGrid {

    /** The sheet's width in characters; each column takes its share of the form's widths. */
    static final double WIDTH_CHARS = 94;
    static final float LINE_POINTS = 14.5f;

    private final FormWorkbookTemplate st;
    private final double[] widths;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private final List<int[]> merges = new ArrayList<>();
    /** Rows that start a printed page (manual page breaks before them). */
    private List<Integer> pageStarts = List.of();

    private final class Row {
        float height = LINE_POINTS + 6;
        final short[] style = new short[widths.length];
        /** A String, BigDecimal or LocalDate; null for an empty cell. */
        final Object[] value = new Object[widths.length];
    }

    FormGrid(FormWorkbookTemplate styles, FormKind kind) {
        this.st = styles;
        this.widths = columnChars(kind);
    }

    /** Each column's width in characters. */
    static double[] columnChars(FormKind kind) {
        return kind.widths().stream().mapToDouble(w -> w * WIDTH_CHARS / 100).toArray();
    }

    private Row row(int r) {
        return rows.computeIfAbsent(r, k -> {
            Row row = new Row();
            Arrays.fill(row.style, st.text);
            return row;
        });
    }

    /**
     * A cell spanning rows r1..r2 and columns c1..c2 (merged when more than one), ruled in its style
     * throughout; its content in the top-left. A one-row cell's text sets the row's height.
     */
    void cell(int r1, int c1, int r2, int c2, Object content, short style) {
        for (int r = r1; r <= r2; r++) {
            Row row = row(r);
            for (int c = c1; c <= c2; c++) {
                row.style[c] = style;
            }
        }
        Object v = FormWorkbookWriter.cellContent(content);
        row(r1).value[c1] = v;
        if (r1 == r2 && v instanceof String s) {
            double chars = chars(c1, c2);
            Row row = row(r1);
            // No taller than Excel allows; the writer cuts longer texts into rows (FormPages.pieces).
            row.height = Math.min(FormPages.MAX_ROW_POINTS, Math.max(row.height, lines(s, chars) * LINE_POINTS + 6));
        }
        merge(r1, r2, c1, c2);
    }

    /** Columns c1..c2 together, in characters. */
    double chars(int c1, int c2) {
        double chars = 0;
        for (int c = c1; c <= c2; c++) {
            chars += widths[c];
        }
        return chars;
    }

    /** Each row's height in points, rows 0 to the last one written. */
    float[] heights() {
        float[] h = new float[rows.isEmpty() ? 0 : rows.lastKey() + 1];
        java.util.Arrays.fill(h, LINE_POINTS + 6);
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            h[e.getKey()] = e.getValue().height;
        }
        return h;
    }

    float height(int r) {
        return row(r).height;
    }

    void pageStarts(List<Integer> starts) {
        this.pageStarts = List.copyOf(starts);
    }

    /** The manual page breaks, as the worksheet's rowBreaks (each brk's id: the rows above it). */
    void appendRowBreaks(StringBuilder xml) {
        if (pageStarts.isEmpty()) {
            return;
        }
        xml.append("<rowBreaks count=\"").append(pageStarts.size()).append("\" manualBreakCount=\"").append(pageStarts.size())
                .append("\">");
        for (int r : pageStarts) {
            xml.append("<brk id=\"").append(r).append("\" max=\"16383\" man=\"1\"/>");
        }
        xml.append("</rowBreaks>");
    }

    void merge(int r1, int r2, int c1, int c2) {
        if (r1 == r2 && c1 == c2) {
            return;
        }
        // Every cell of the grid already has a ruled style, so the merged region is ruled too.
        merges.add(new int[] {r1, r2, c1, c2});
    }

    void height(int r, float points) {
        row(r).height = points;
    }

    /** Lines a text wraps to in a column this many characters wide (a Chinese character is two). */
    static int lines(String text, double widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int total = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) < 0x2E80 ? 1 : 2;
            }
            int perLine = Math.max(1, (int) widthChars - 1);
            total += Math.max(1, (units + perLine - 1) / perLine);
        }
        return total;
    }

    void appendDimension(StringBuilder xml) {
        int last = rows.isEmpty() ? 1 : rows.lastKey() + 1;
        xml.append("<dimension ref=\"A1:").append(column(widths.length - 1)).append(last).append("\"/>");
    }

    /** Characters of XML gathered before they are written on. */
    private static final int CHUNK = 16 * 1024;

    /**
     * Writes the rows and the merged ranges, {@code xml} and what is appended to it handed to {@code out}
     * a chunk at a time: the worksheet of a form of 100,000 indicators, made as one string, took
     * 0.3 GB of the heap while it was encoded.
     */
    void writeRowsAndMerges(StringBuilder xml, Writer out) throws IOException {
        xml.append("<sheetData>");
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            if (xml.length() > CHUNK) {
                out.append(xml);
                xml.setLength(0);
            }
            int r = e.getKey() + 1;
            Row row = e.getValue();
            xml.append("<row r=\"").append(r).append("\" ht=\"").append(row.height).append("\" customHeight=\"1\">");
            for (int c = 0; c < widths.length; c++) {
                xml.append("<c r=\"").append(column(c)).append(r).append("\" s=\"").append(row.style[c]).append('"');
                Object v = row.value[c];
                if (v instanceof String s) {
                    xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    escape(s, xml);
                    xml.append("</t></is></c>");
                } else if (v instanceof BigDecimal b) {
                    xml.append("><v>").append(b.toPlainString()).append("</v></c>");
                } else if (v instanceof LocalDate d) {
                    xml.append("><v>").append((long) DateUtil.getExcelDate(d)).append("</v></c>");
                } else {
                    xml.append("/>");
                }
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!merges.isEmpty()) {
            xml.append("<mergeCells count=\"").append(merges.size()).append("\">");
            for (int[] m : merges) {
                if (xml.length() > CHUNK) {
                    out.append(xml);
                    xml.setLength(0);
                }
                xml.append("<mergeCell ref=\"").append(column(m[2])).append(m[0] + 1).append(':')
                        .append(column(m[3])).append(m[1] + 1).append("\"/>");
            }
            xml.append("</mergeCells>");
        }
    }

    private static char column(int c) {
        return (char) ('A' + c);
    }

    /** XML text; characters XML 1.0 cannot carry (control characters, lone surrogates) become '?'. */
    private static void escape(String s, StringBuilder xml) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '\t', '\n', '\r' -> xml.append(ch);
                default -> {
                    if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                        xml.append('?');
                    } else if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        xml.append(ch).append(s.charAt(++i));
                    } else if (Character.isSurrogate(ch)) {
                        xml.append('?');
                    } else {
                        xml.append(ch);
                    }
                }
            }
        }
    }
}
