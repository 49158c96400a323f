package id.jalin.kernel.pdf;

/**
 * A number (a card's, a loan request's) is too long for its barcode to be printed in the room given with bars a
 * scanner can still resolve. Shrinking the bars further would print a card or slip that fails at the desk that
 * scans it, so printing stops instead.
 */
public final class BarcodeDoesNotFitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String number;

    public BarcodeDoesNotFitException(String number, double availableMm, double neededMm) {
        super(String.format(java.util.Locale.ROOT,
                "The barcode of %s needs %.1f mm (bars of at least %.2f mm and quiet zones) but only %.1f mm is there",
                number, neededMm, BarcodePainter.MIN_MODULE_MM, availableMm));
        this.number = number;
    }

    public String number() {
        return number;
    }
}
