package id.jalin.kernel.audit;

/** The columns the audit browser sorts on in the database; each ends on the entry's id for a stable order. */
public enum AuditSort {
    TIME, USER, ACTION, FEATURE, RECORD
}
