package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet part's last row and merged regions, found by scanning its bytes for {@code <row>}
 * and {@code <mergeCell>} tags (with any namespace prefix). The merged regions come after all the
 * rows in the file; a streamed reading needs them before, to give a merged cell its region's value.
 */
record SheetOutline(int lastRow, List<CellRangeAddress> merged) {

    private static final Pattern ROW = Pattern.compile("(?:^|\\s)r\\s*=\\s*[\"']\\s*(\\d+)");
    private static final Pattern REF = Pattern.compile("(?:^|\\s)ref\\s*=\\s*[\"']([^\"']*)[\"']");

    static SheetOutline scan(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int last = -1;
        List<CellRangeAddress> merged = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        StringBuilder attributes = new StringBuilder();
        int state = 0; // 0 outside a tag, 1 in a tag's name, 2 in the attributes of a wanted tag, 3 in another tag
        boolean row = false;
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                char c = (char) (buf[i] & 0xFF);
                switch (state) {
                    case 0 -> {
                        if (c == '<') {
                            state = 1;
                            name.setLength(0);
                        }
                    }
                    case 1 -> {
                        if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                            String local = name.substring(name.indexOf(":") + 1);
                            row = local.equals("row");
                            if (row || local.equals("mergeCell")) {
                                attributes.setLength(0);
                                if (c == '>' || c == '/') {
                                    last = row ? last + 1 : last;
                                    state = c == '>' ? 0 : 3;
                                } else {
                                    state = 2;
                                }
                            } else {
                                state = c == '>' ? 0 : 3;
                            }
                        } else if (name.length() < 40) {
                            name.append(c);
                        } else {
                            state = 3;
                        }
                    }
                    case 2 -> {
                        if (c == '>') {
                            String a = attributes.toString();
                            if (row) {
                                Matcher m = ROW.matcher(a);
                                last = m.find() ? Integer.parseInt(m.group(1)) - 1 : last + 1;
                            } else {
                                Matcher m = REF.matcher(a);
                                if (m.find() && m.group(1).contains(":")) {
                                    try {
                                        merged.add(CellRangeAddress.valueOf(m.group(1)));
                                    } catch (RuntimeException e) {
                                        // not a range: POI's user model would not merge it either
                                    }
                                }
                            }
                            state = 0;
                        } else if (attributes.length() < 4096) {
                            attributes.append(c);
                        }
                    }
                    default -> {
                        if (c == '>') {
                            state = 0;
                        }
                    }
                }
            }
        }
        return new SheetOutline(last, merged);
    }
}
