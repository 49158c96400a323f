package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Box;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.util.Matrix;

/** Reads back the images and filled rectangles (bands, placeholders, barcode bars) painted on one page. */
final class PaintedShapes extends PDFGraphicsStreamEngine {
    private final List<Box> images = new ArrayList<>();
    private final List<Box> fills = new ArrayList<>();
    private final List<Box> pending = new ArrayList<>();
    private final List<Box> strokes = new ArrayList<>();
    private final List<Box> pendingLines = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    private PaintedShapes(PDPage page) {
        super(page);
    }

    static PaintedShapes of(PDPage page) throws IOException {
        PaintedShapes shapes = new PaintedShapes(page);
        shapes.processPage(page);
        return shapes;
    }

    List<Box> images() {
        return images;
    }

    List<Box> fills() {
        return fills;
    }

    /** The straight line segments stroked (crop marks, frames' sides), each as the box it spans. */
    List<Box> strokes() {
        return strokes;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        images.add(new Box(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x = (float) Math.min(p0.getX(), p2.getX());
        float y = (float) Math.min(p0.getY(), p2.getY());
        pending.add(new Box(x, y, (float) Math.abs(p2.getX() - p0.getX()), (float) Math.abs(p2.getY() - p0.getY())));
    }

    @Override
    public void fillPath(int windingRule) {
        fills.addAll(pending);
        pending.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void strokePath() {
        pending.clear();
        strokes.addAll(pendingLines);
        pendingLines.clear();
    }

    @Override
    public void endPath() {
        pending.clear();
        pendingLines.clear();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        // the engine hands over points already in page space
        Point2D from = current;
        Point2D to = new Point2D.Float(x, y);
        pendingLines.add(new Box((float) Math.min(from.getX(), to.getX()), (float) Math.min(from.getY(), to.getY()),
                (float) Math.abs(to.getX() - from.getX()), (float) Math.abs(to.getY() - from.getY())));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
