package org.perftargets.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One form's cells in memory: six columns, every cell ruled, rows sized so that wrapped text shows
 * whole. Written out as the rows and merged ranges of the worksheet XML (SpreadsheetML): strings
 * inline, money as numbers, dates as day numbers; the styles are the template's.
 */
final class FormGrid {

    /** Column widths in characters, A to F; the widths of the printed form's grid. */
    static final int[] WIDTHS = {12, 16, 16, 20, 12, 18};
    static final float LINE_POINTS = 14.5f;

    private final FormWorkbookTemplate st;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private final List<int[]> merges = new ArrayList<>();

    private static final class Row {
        float height = LINE_POINTS + 6;
        final short[] style = new short[WIDTHS.length];
        /** A String, BigDecimal or LocalDate; null for an empty cell. */
        final Object[] value = new Object[WIDTHS.length];
    }

    FormGrid(FormWorkbookTemplate styles) {
        this.st = styles;
    }

    private Row row(int r) {
        return rows.computeIfAbsent(r, k -> {
            Row row = new Row();
            Arrays.fill(row.style, st.text);
            return row;
        });
    }

    void label(int r, int c, String s) {
        Row row = row(r);
        row.value[c] = s;
        row.style[c] = st.label;
    }

    void text(int r, int c, String s) {
        Row row = row(r);
        row.style[c] = st.text;
        if (s != null && !s.isEmpty()) {
            row.value[c] = s;
        }
    }

    void money(int r, int c, BigDecimal b) {
        Row row = row(r);
        row.style[c] = st.money;
        row.value[c] = b;
    }

    void date(int r, int c, LocalDate d) {
        Row row = row(r);
        row.style[c] = st.date;
        row.value[c] = d;
    }

    void merged(int r1, int r2, int c1, int c2, String s, short style) {
        for (int r = r1; r <= r2; r++) {
            Row row = row(r);
            for (int c = c1; c <= c2; c++) {
                row.style[c] = style;
            }
        }
        if (s != null && !s.isEmpty()) {
            row(r1).value[c1] = s;
        }
        merge(r1, r2, c1, c2);
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

    /** Row height for the tallest of (text, width in characters) pairs. */
    void fit(int r, Object... textsAndWidths) {
        int lines = 1;
        for (int i = 0; i + 1 < textsAndWidths.length; i += 2) {
            String text = (String) textsAndWidths[i];
            int width = (Integer) textsAndWidths[i + 1];
            lines = Math.max(lines, lines(text, width));
        }
        Row row = row(r);
        row.height = Math.max(row.height, lines * LINE_POINTS + 6);
    }

    /** Lines a text wraps to in a column this many characters wide (a Chinese character is two). */
    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int total = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) < 0x2E80 ? 1 : 2;
            }
            int perLine = Math.max(1, widthChars - 1);
            total += Math.max(1, (units + perLine - 1) / perLine);
        }
        return total;
    }

    void appendDimension(StringBuilder xml) {
        int last = rows.isEmpty() ? 1 : rows.lastKey() + 1;
        xml.append("<dimension ref=\"A1:").append(column(WIDTHS.length - 1)).append(last).append("\"/>");
    }

    void appendRowsAndMerges(StringBuilder xml) {
        xml.append("<sheetData>");
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            int r = e.getKey() + 1;
            Row row = e.getValue();
            xml.append("<row r=\"").append(r).append("\" ht=\"").append(row.height).append("\" customHeight=\"1\">");
            for (int c = 0; c < WIDTHS.length; c++) {
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
