package id.jalin.crossservice.print;

/**
 * How far a printer misplaces A4 card sheets, as a correction in millimetres, separately for the fronts and the
 * backs (duplex printers shift the second side differently from the first).
 *
 * <p>A positive X moves the print to the right; a positive Y moves it <em>down</em> the page, the way a ruler laid
 * from the top edge is read. Read off the calibration sheet: correction = nominal distance - measured distance.
 */
public record CardSheetSettings(double frontOffsetXmm, double frontOffsetYmm,
                                double backOffsetXmm, double backOffsetYmm) {
    /** No correction: every card at its nominal place. */
    public static final CardSheetSettings NONE = new CardSheetSettings(0, 0, 0, 0);
    /** Larger corrections mean the wrong paper size or scaling, which no offset can repair. */
    public static final double MAX_OFFSET_MM = 10;

    public CardSheetSettings {
        check(frontOffsetXmm);
        check(frontOffsetYmm);
        check(backOffsetXmm);
        check(backOffsetYmm);
    }

    private static void check(double offset) {
        if (!Double.isFinite(offset) || Math.abs(offset) > MAX_OFFSET_MM) {
            throw new IllegalArgumentException("A printer offset must be within " + MAX_OFFSET_MM + " mm: " + offset);
        }
    }
}
