package id.jalin.kernel.audit;

import java.time.LocalDate;

/**
 * What the coordinator narrows the trail to; a null part does not narrow. The period is of whole days, both
 * ends included. The text typed in the search field (a part of the record's label) travels in the page request.
 */
public record AuditFilter(String userLogin, LocalDate from, LocalDate to, String feature, String table,
                          Long recordId) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        userLogin = blankToNull(userLogin);
        feature = blankToNull(feature);
        table = blankToNull(table);
    }

    public AuditFilter byUser(String login) {
        return new AuditFilter(login, from, to, feature, table, recordId);
    }

    public AuditFilter inPeriod(LocalDate newFrom, LocalDate newTo) {
        return new AuditFilter(userLogin, newFrom, newTo, feature, table, recordId);
    }

    public AuditFilter inFeature(String newFeature) {
        return new AuditFilter(userLogin, from, to, newFeature, table, recordId);
    }

    /** One record's history. */
    public AuditFilter ofRecord(String newTable, Long newRecordId) {
        return new AuditFilter(userLogin, from, to, feature, newTable, newRecordId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
