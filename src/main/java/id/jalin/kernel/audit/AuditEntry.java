package id.jalin.kernel.audit;

import java.util.List;
import java.util.Objects;

/**
 * One change to one record: the feature and table it belongs to, its id and a label a person recognises
 * ("Perpustakaan ITB", "PKS 012/FPPTI/2026"), the action and the changed fields. Who and when are added by the
 * {@link AuditTrail} from the current actor and the clock.
 */
public record AuditEntry(String feature, String table, long recordId, String recordLabel, AuditAction action,
                         List<FieldChange> changes) {
    public AuditEntry {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(action, "action");
        recordLabel = recordLabel == null ? "" : recordLabel;
        changes = List.copyOf(changes);
    }
}
