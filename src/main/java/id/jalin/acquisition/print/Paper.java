package id.jalin.acquisition.print;

import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;

/** The page and the type every acquisition paper shares, so the order list, statements and summary look alike. */
final class Paper {
    /** A4 portrait, 165 mm of text width, a footer band for "Halaman x dari y". */
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    static final TextStyle TITLE = TextStyle.bold(13);
    static final TextStyle SECTION = TextStyle.bold(10.5f);
    static final TextStyle BODY = TextStyle.regular(9.5f);
    static final TextStyle STRONG = TextStyle.bold(9.5f);
    static final TextStyle FOOTER = TextStyle.regular(8);
    static final TextStyle TABLE_HEADING = TextStyle.bold(7.5f).withLeading(9f);
    /** Table text is set a little tighter than body text: a row is read across, not down. */
    static final TextStyle CELL = TextStyle.regular(8).withLeading(9.8f);
    static final TextStyle CELL_STRONG = TextStyle.bold(8).withLeading(9.8f);
    static final TextStyle CELL_NOTE = TextStyle.oblique(7.5f).withLeading(9.2f);
    /** An ISBN under its title, smaller than the title it belongs to. */
    static final TextStyle CELL_SMALL = TextStyle.regular(7).withLeading(9f);
    /** "Journal subscription" fits its 18 mm column word by word at this size. */
    static final TextStyle CELL_FORMAT = TextStyle.regular(7.5f).withLeading(9.8f);
    static final TextStyle TOTAL = TextStyle.bold(8.5f).withLeading(10.5f);

    private Paper() {
    }
}
