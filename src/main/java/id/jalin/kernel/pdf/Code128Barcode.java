package id.jalin.kernel.pdf;

import com.google.zxing.oned.Code128Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The Code 128 symbol of a number (a card's, a loan request's) as modules (narrowest bar widths), without quiet zones. ZXing chooses the
 * code sets, so an all-digit number is packed two digits per symbol character.
 */
public final class Code128Barcode {
    /** Blank modules required on each side so a scanner can find where the symbol starts and ends. */
    public static final int QUIET_ZONE_MODULES = 10;

    private final String value;
    private final boolean[] modules;

    private Code128Barcode(String value, boolean[] modules) {
        this.value = value;
        this.modules = modules;
    }

    public static Code128Barcode of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A barcode needs a value");
        }
        try {
            return new Code128Barcode(value, new Code128Writer().encode(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot be written as Code 128: " + value, e);
        }
    }

    public String value() {
        return value;
    }

    /** Modules of the symbol itself. */
    public int symbolModules() {
        return modules.length;
    }

    /** Modules including both quiet zones: the width the barcode needs. */
    public int totalModules() {
        return modules.length + 2 * QUIET_ZONE_MODULES;
    }

    /** The dark bars as runs of modules, counted from the start of the left quiet zone. */
    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            bars.add(new Bar(QUIET_ZONE_MODULES + start, i - start));
        }
        return bars;
    }

    /** A dark bar {@code width} modules wide starting {@code start} modules from the left edge of the quiet zone. */
    public record Bar(int start, int width) {
    }
}
