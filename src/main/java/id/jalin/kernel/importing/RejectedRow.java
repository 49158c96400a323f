package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/**
 * A row that was not imported: its number as a spreadsheet shows it (the header is row 1), why, and the
 * cells as the file had them, so the user can fix the row and import it again.
 */
public record RejectedRow(int rowNumber, List<FieldError> reasons, List<String> rawValues) {
    public RejectedRow {
        reasons = List.copyOf(reasons);
        rawValues = List.copyOf(rawValues);
    }
}
