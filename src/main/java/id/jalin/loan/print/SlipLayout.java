package id.jalin.loan.print;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.pdf.Units;

/** The paper a request slip is printed on. */
public enum SlipLayout {
    /**
     * The top half of an A4 sheet, above a dashed line to cut along: any office printer prints it, and the half
     * sheet fits inside a book or on top of a parcel.
     */
    HALF_A4(PageSize.A4, Box.ofMm(15, 148.5 + 9, 180, 297 - 12 - (148.5 + 9)), Units.mm(148.5), true),
    /** A 100 x 150 mm label, the size of a shipping label printer's roll; 5 mm of each edge stays blank. */
    LABEL(PageSize.ofMm(100, 150), Box.ofMm(5, 5, 90, 140), -1, false);

    private final PageSize page;
    private final Box slip;
    private final float cutLine;
    private final boolean wide;

    SlipLayout(PageSize page, Box slip, float cutLine, boolean wide) {
        this.page = page;
        this.slip = slip;
        this.cutLine = cutLine;
        this.wide = wide;
    }

    PageSize page() {
        return page;
    }

    /** Where everything of the slip is printed; nothing goes outside it. */
    Box slip() {
        return slip;
    }

    boolean hasCutLine() {
        return cutLine >= 0;
    }

    /** The height of the dashed cut line on the page, in points. */
    float cutLine() {
        return cutLine;
    }

    /** Whether the slip is wide enough for two columns (the half sheet) or stacks everything (the label). */
    boolean wide() {
        return wide;
    }
}
