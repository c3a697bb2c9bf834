package org.perftargets.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a printed form page shows, read back from the PDF: its ruled lines ({@link Rules}) and its
 * lines of text, each a run of glyphs on one baseline with no gap wider than a cell's padding (so
 * one line of one cell). Checks the faults a reader sees: a table left open, rules of different
 * weights, double rules, a character alone on its cell's last line.
 */
record PrintedPage(int number, List<Rules.Rule> rules, List<TextLine> lines) {

    /** One line of one cell's text: its glyphs, baseline and extent (PDFBox's top-left coordinates). */
    record TextLine(String text, double baseline, double x0, double x1) {
    }

    static PrintedPage read(PDDocument doc, int number) throws IOException {
        List<Rules.Rule> rules = Rules.of(doc.getPage(number - 1));
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        s.setStartPage(number);
        s.setEndPage(number);
        s.getText(doc);
        glyphs.sort((a, b) -> Math.round(a.getYDirAdj()) != Math.round(b.getYDirAdj())
                ? Integer.compare(Math.round(a.getYDirAdj()), Math.round(b.getYDirAdj()))
                : Float.compare(a.getXDirAdj(), b.getXDirAdj()));
        List<TextLine> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double base = Double.NaN;
        double x0 = 0;
        double x1 = 0;
        for (TextPosition g : glyphs) {
            if (g.getUnicode().isBlank()) {
                continue;
            }
            double gap = g.getXDirAdj() - x1;
            boolean same = Math.abs(g.getYDirAdj() - base) < 0.5 && gap > -1 && gap < 3;
            if (!same) {
                if (text.length() > 0) {
                    lines.add(new TextLine(text.toString(), base, x0, x1));
                }
                text.setLength(0);
                base = g.getYDirAdj();
                x0 = g.getXDirAdj();
            }
            text.append(g.getUnicode());
            x1 = g.getXDirAdj() + g.getWidthDirAdj();
        }
        if (text.length() > 0) {
            lines.add(new TextLine(text.toString(), base, x0, x1));
        }
        return new PrintedPage(number, rules, lines);
    }

    /**
     * Lines holding one character alone, under a line of the same cell (the line just above it,
     * 13 to 15.5 pt higher at 10.5 pt × 1.35, spanning it).
     */
    List<TextLine> lonelyCharacters() {
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.text().codePointCount(0, l.text().length()) != 1) {
                continue;
            }
            for (TextLine above : lines) {
                double d = l.baseline() - above.baseline();
                if (d > 13 && d < 15.5 && above.x0() <= l.x0() + 1 && above.x1() >= l.x1() - 1) {
                    out.add(l);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether every rule has the weight of the first (within 0.05 pt); the faults found, else empty. */
    List<String> unevenRules() {
        List<String> out = new ArrayList<>();
        double w = rules.get(0).weight();
        for (Rules.Rule r : rules) {
            if (Math.abs(r.weight() - w) > 0.05) {
                out.add("page " + number + ": rule " + r + " against weight " + w);
            }
        }
        return out;
    }

    /** Parallel rules closer than 2.5 pt that are not one line: a double rule. */
    List<String> doubleRules() {
        List<String> out = new ArrayList<>();
        for (Rules.Rule a : rules) {
            for (Rules.Rule b : rules) {
                if (a.horizontal() != b.horizontal()) {
                    continue;
                }
                double gap = Math.abs(a.middle() - b.middle());
                boolean overlap = a.horizontal() ? Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) > 1
                        : Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0()) > 1;
                if (overlap && gap > 0.2 && gap < 2.5) {
                    out.add("page " + number + ": " + a + " beside " + b);
                }
            }
        }
        return out;
    }

    /**
     * Whether the page's table is closed: a rule along the whole bottom of the table, and no
     * vertical rule running below it. The faults found, else empty.
     */
    List<String> openTable() {
        List<String> out = new ArrayList<>();
        double bottom = rules.stream().filter(Rules.Rule::horizontal).mapToDouble(Rules.Rule::y0).min().orElseThrow();
        double left = rules.stream().filter(r -> !r.horizontal()).mapToDouble(Rules.Rule::x0).min().orElseThrow();
        double right = rules.stream().filter(r -> !r.horizontal()).mapToDouble(Rules.Rule::x1).max().orElseThrow();
        for (Rules.Rule r : rules) {
            if (!r.horizontal() && r.y0() < bottom - 0.05) {
                out.add("page " + number + ": " + r + " runs below the bottom rule at " + bottom);
            }
        }
        // The bottom rule covers the table's width.
        List<Rules.Rule> atBottom = rules.stream().filter(r -> r.horizontal() && Math.abs(r.y0() - bottom) < 0.05)
                .sorted((a, b) -> Double.compare(a.x0(), b.x0())).toList();
        double reach = left;
        for (Rules.Rule r : atBottom) {
            if (r.x0() > reach + 0.05) {
                break;
            }
            reach = Math.max(reach, r.x1());
        }
        if (reach < right - 0.05) {
            out.add("page " + number + ": the bottom rule at " + bottom + " stops at x " + reach + " of " + right);
        }
        return out;
    }

    /** The horizontal rules (their middles, top first in PDF terms: highest first) crossing x. */
    List<Double> rulesAcross(double x) {
        TreeSet<Double> ys = new TreeSet<>();
        for (Rules.Rule r : rules) {
            if (r.horizontal() && r.x0() < x && r.x1() > x) {
                ys.add(Math.round(r.middle() * 10) / 10.0);
            }
        }
        return new ArrayList<>(ys.descendingSet());
    }
}
