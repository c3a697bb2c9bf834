package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell's style says about its number: the number format's index and pattern, as POI's
 * {@code getDataFormat} and {@code getDataFormatString} give them. All the reading needs of a
 * style: whether a number is a date, and how a percentage is shown.
 */
record NumberStyle(int index, String format, boolean isDate) {

    NumberStyle(int index, String format) {
        // Judged once per style: every numeric cell of a streamed sheet asks.
        this(index, format, format != null && DateUtil.isADateFormat(index, format));
    }

    static NumberStyle of(CellStyle style) {
        return style == null ? null : new NumberStyle(style.getDataFormat(), style.getDataFormatString());
    }

    /**
     * The cell formats of a styles part ({@code cellXfs}), by their index: a custom number format
     * where one is defined for the format's id (also over a built-in id), else the built-in one.
     */
    static List<NumberStyle> read(InputStream in) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        XmlScanner x = new XmlScanner(in);
        boolean inCellXfs = false;
        boolean inNumFmts = false;
        for (int e; (e = x.next()) != XmlScanner.EOF; ) {
            if (e == XmlScanner.END) {
                if (x.is("cellXfs")) {
                    inCellXfs = false;
                } else if (x.is("numFmts")) {
                    inNumFmts = false;
                }
                continue;
            }
            if (x.is("numFmts")) {
                inNumFmts = true; // not the numFmt of a differential format (dxf), which POI does not read either
            } else if (inNumFmts && x.is("numFmt")) {
                Integer id = number(x.attribute("numFmtId"));
                String code = x.attribute("formatCode");
                if (id != null && code != null) {
                    custom.put(id, code);
                }
            } else if (x.is("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && x.is("xf")) {
                Integer id = number(x.attribute("numFmtId"));
                xfs.add(id == null ? 0 : id);
            }
        }
        List<NumberStyle> styles = new ArrayList<>(xfs.size());
        for (int id : xfs) {
            int index = id & 0xFFFF; // POI keeps the id as a short
            String format = custom.get(index);
            styles.add(new NumberStyle((short) id, format != null ? format : BuiltinFormats.getBuiltinFormat(index)));
        }
        return styles;
    }

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
