package id.jalin.crossservice.print;

import java.awt.Color;

/** The forum's card colours, shared by the front, the back and the calibration sheet. */
final class CardColors {
    /** Dark enough that white text on it stays readable from a worn ribbon on a card printer. */
    static final Color BAND = new Color(0x1f, 0x4e, 0x79);
    static final Color ON_BAND = Color.WHITE;
    static final Color LABEL = new Color(0x59, 0x59, 0x59);
    static final Color PLACEHOLDER = new Color(0xd6, 0xe4, 0xf0);
    static final Color FRAME = new Color(0xbf, 0xbf, 0xbf);

    private CardColors() {
    }
}
