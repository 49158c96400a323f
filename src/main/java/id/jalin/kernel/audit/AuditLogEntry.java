package id.jalin.kernel.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** One row of the audit trail as the browser shows it: who, when, which record, what changed. */
public record AuditLogEntry(long id, LocalDateTime occurredAt, Long userId, String userLogin, String userName,
                            String feature, String table, long recordId, String recordLabel, AuditAction action,
                            List<FieldChange> changes) {
    public AuditLogEntry {
        changes = List.copyOf(changes);
    }

    /** "name, city" — the changed fields' names, for one line in a table. */
    public String changedFields() {
        return changes.stream().map(FieldChange::field).collect(Collectors.joining(", "));
    }
}
