package id.jalin.kernel.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a page is printed on, in points. */
public record PageSize(float width, float height) {
    public static final PageSize A4 = ofMm(210, 297);
    /** ISO/IEC 7810 ID-1, the size of a bank card (CR80); forum cards are printed on it. */
    public static final PageSize ID_1 = ofMm(85.60, 53.98);

    public PageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A page needs a positive size: " + width + " x " + height);
        }
    }

    public static PageSize ofMm(double widthMm, double heightMm) {
        return new PageSize(Units.mm(widthMm), Units.mm(heightMm));
    }

    public PageSize landscape() {
        return width >= height ? this : new PageSize(height, width);
    }

    public PDRectangle toRectangle() {
        return new PDRectangle(width, height);
    }
}
