package id.jalin.kernel.csv;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/**
 * The file as a whole cannot be imported (not UTF-8, no header, a required column missing, broken quoting).
 * Checked, so that every caller decides how to show the reasons instead of letting them surface as a crash.
 */
public final class CsvRefusedException extends Exception {
    private final transient List<FieldError> reasons;

    public CsvRefusedException(List<FieldError> reasons) {
        super("CSV file refused: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public static CsvRefusedException because(String messageKey, Object... args) {
        return new CsvRefusedException(List.of(FieldError.of("file", messageKey, args)));
    }

    public List<FieldError> reasons() {
        return reasons;
    }
}
