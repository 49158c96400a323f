package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/** Something a file describes, not yet stored, and the row it came from (where a later refusal is reported). */
public record Planned<T>(T value, int rowNumber, List<String> rawValues) {
    public Planned {
        rawValues = List.copyOf(rawValues);
    }

    /** The row refused after all, for example when the merged record breaks a rule. */
    public RejectedRow rejected(List<FieldError> reasons) {
        return new RejectedRow(rowNumber, reasons, rawValues);
    }
}
