package org.perftargets.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruled lines a PDF page draws, read back from its content stream: every stroked segment and
 * every thin filled shape, as a rectangle in PDF points (origin bottom left). Flying Saucer draws
 * a border as a filled or stroked shape; either way it comes out here as one rule.
 */
final class Rules extends PDFGraphicsStreamEngine {

    /** A rule: its extent, and whether it runs across (horizontal) or down. */
    record Rule(double x0, double y0, double x1, double y1) {
        boolean horizontal() {
            return x1 - x0 >= y1 - y0;
        }

        double weight() {
            return Math.min(x1 - x0, y1 - y0);
        }

        double middle() {
            return horizontal() ? (y0 + y1) / 2 : (x0 + x1) / 2;
        }

        @Override
        public String toString() {
            return String.format("[%.2f,%.2f–%.2f,%.2f w%.2f]", x0, y0, x1, y1, weight());
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<Point2D> points = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private Point2D current;

    private Rules(PDPage page) {
        super(page);
    }

    static List<Rule> of(PDPage page) throws IOException {
        Rules r = new Rules(page);
        r.processPage(page);
        return r.rules;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(List.of(p0, p1, p2, p3));
        points.clear();
    }

    @Override
    public void moveTo(float x, float y) {
        if (points.size() > 1) {
            subpaths.add(new ArrayList<>(points));
        }
        points.clear();
        current = new Point2D.Float(x, y);
        points.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
        points.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        lineTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        clear();
    }

    private void clear() {
        points.clear();
        subpaths.clear();
    }

    private List<List<Point2D>> paths() {
        if (points.size() > 1) {
            subpaths.add(new ArrayList<>(points));
        }
        points.clear();
        return subpaths;
    }

    @Override
    public void strokePath() {
        double w = getGraphicsState().getLineWidth()
                * Math.sqrt(Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX()
                        * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY()));
        for (List<Point2D> path : paths()) {
            for (int k = 1; k < path.size(); k++) {
                Point2D a = path.get(k - 1);
                Point2D b = path.get(k);
                double x0 = Math.min(a.getX(), b.getX());
                double x1 = Math.max(a.getX(), b.getX());
                double y0 = Math.min(a.getY(), b.getY());
                double y1 = Math.max(a.getY(), b.getY());
                if (x1 - x0 >= y1 - y0) {
                    add(new Rule(x0, y0 - w / 2, x1, y1 + w / 2));
                } else {
                    add(new Rule(x0 - w / 2, y0, x1 + w / 2, y1));
                }
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D> path : paths()) {
            Rectangle2D box = null;
            for (Point2D p : path) {
                if (box == null) {
                    box = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
                } else {
                    box.add(p);
                }
            }
            if (box != null && Math.min(box.getWidth(), box.getHeight()) < 3) {
                add(new Rule(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    /** The page's clip counts: a rule half outside it prints at half its weight. */
    @Override
    public void clip(int windingRule) {
        java.awt.geom.GeneralPath gp = new java.awt.geom.GeneralPath(windingRule);
        List<List<Point2D>> all = new ArrayList<>(subpaths);
        if (points.size() > 1) {
            all.add(points);
        }
        for (List<Point2D> path : all) {
            for (int k = 0; k < path.size(); k++) {
                if (k == 0) {
                    gp.moveTo(path.get(k).getX(), path.get(k).getY());
                } else {
                    gp.lineTo(path.get(k).getX(), path.get(k).getY());
                }
            }
            gp.closePath();
        }
        getGraphicsState().intersectClippingPath(gp);
    }

    private void add(Rule r) {
        Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
        double x0 = Math.max(r.x0(), clip.getMinX());
        double y0 = Math.max(r.y0(), clip.getMinY());
        double x1 = Math.min(r.x1(), clip.getMaxX());
        double y1 = Math.min(r.y1(), clip.getMaxY());
        if (x1 > x0 && y1 > y0) {
            rules.add(new Rule(x0, y0, x1, y1));
        }
    }
}
