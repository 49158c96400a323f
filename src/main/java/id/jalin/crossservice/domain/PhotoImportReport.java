package id.jalin.crossservice.domain;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/**
 * What a photo folder gave: files stored against a holder, files named after nobody of that library, and files
 * set aside with the reason (not a JPEG or PNG, empty, too large).
 */
public record PhotoImportReport(List<String> matched, List<String> unmatched, List<SetAside> setAside) {
    public PhotoImportReport {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
        setAside = List.copyOf(setAside);
    }

    public record SetAside(String fileName, List<FieldError> reasons) {
        public SetAside {
            reasons = List.copyOf(reasons);
        }
    }
}
