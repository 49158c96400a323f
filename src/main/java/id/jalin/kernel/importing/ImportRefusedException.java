package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/**
 * The file as a whole cannot be imported (empty, no header, a required column missing, broken quoting, not a
 * workbook). Checked, so that every caller decides how to show the reasons instead of letting them surface as a
 * crash. A single bad row never refuses the file: it is set aside as a {@link RejectedRow}.
 */
public final class ImportRefusedException extends Exception {
    private final transient List<FieldError> reasons;

    public ImportRefusedException(List<FieldError> reasons) {
        super("Import file refused: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public static ImportRefusedException because(String messageKey, Object... args) {
        return new ImportRefusedException(List.of(FieldError.of("file", messageKey, args)));
    }

    public List<FieldError> reasons() {
        return reasons;
    }
}
