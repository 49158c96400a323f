package id.jalin.crossservice.print;

/**
 * The card number is too long for its barcode to be printed with bars a scanner can still resolve. Shrinking the
 * bars further would print a card that fails at the host library's desk, so printing stops instead.
 */
public final class BarcodeDoesNotFitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String number;

    public BarcodeDoesNotFitException(String number, double availableMm, double neededMm) {
        super(String.format(java.util.Locale.ROOT,
                "The barcode of card number %s needs %.1f mm (bars of at least %.2f mm and quiet zones) "
                        + "but the card has %.1f mm", number, neededMm, BarcodePainter.MIN_MODULE_MM, availableMm));
        this.number = number;
    }

    public String number() {
        return number;
    }
}
