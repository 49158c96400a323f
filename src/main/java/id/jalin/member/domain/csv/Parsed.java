package id.jalin.member.domain.csv;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/** A value read from a row, or the reasons it could not be used; the value is meaningless when there are any. */
record Parsed<T>(T value, List<FieldError> reasons) {
    Parsed {
        reasons = List.copyOf(reasons);
    }

    boolean isValid() {
        return reasons.isEmpty();
    }
}
