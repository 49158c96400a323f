package id.jalin.redistribution.print;

import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;

/** The page and the type of the hand-over list. */
final class Paper {
    /** A4 portrait, 165 mm of text width, a footer band for "Halaman x dari y". */
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    static final TextStyle TITLE = TextStyle.bold(13);
    static final TextStyle SECTION = TextStyle.bold(10.5f);
    static final TextStyle BODY = TextStyle.regular(9.5f);
    static final TextStyle STRONG = TextStyle.bold(9.5f);
    static final TextStyle FOOTER = TextStyle.regular(8);
    static final TextStyle TABLE_HEADING = TextStyle.bold(7.5f).withLeading(9f);
    static final TextStyle CELL = TextStyle.regular(8).withLeading(9.8f);
    static final TextStyle CELL_SMALL = TextStyle.regular(7).withLeading(9f);
    static final TextStyle TOTAL = TextStyle.bold(8.5f).withLeading(10.5f);

    private Paper() {
    }
}
