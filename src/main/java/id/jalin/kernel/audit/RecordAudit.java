package id.jalin.kernel.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableRecord;

/**
 * A repository's side of the audit trail: turns the stored rows before and after a write into an
 * {@link AuditEntry} and records it on the same transaction. Rows are compared column by column, so a new column
 * is audited the day it is added; the id and the optimistic-locking version are not news to anyone and are left
 * out.
 */
public final class RecordAudit {
    private static final Set<String> UNINTERESTING = Set.of("id", "version");

    private final AuditTrail trail;
    private final String feature;

    public RecordAudit(AuditTrail trail, String feature) {
        this.trail = trail;
        this.feature = feature;
    }

    public void created(DSLContext tx, TableRecord<?> after, long recordId, String label) {
        record(tx, after, recordId, label, AuditAction.CREATE, FieldChanges.created(values(after)));
    }

    /**
     * Records the changed fields, or nothing when no field changed (a save of an untouched form). When one of
     * {@code stateFields} is among them (a card's ending, a member's status) the action is a state change.
     */
    public void updated(DSLContext tx, TableRecord<?> before, TableRecord<?> after, long recordId, String label,
                        String... stateFields) {
        List<FieldChange> changes = FieldChanges.between(values(before), values(after));
        if (changes.isEmpty()) {
            return;
        }
        Set<String> states = Set.of(stateFields);
        boolean stateChange = changes.stream().anyMatch(c -> states.contains(c.field()));
        record(tx, after, recordId, label, stateChange ? AuditAction.STATE_CHANGE : AuditAction.UPDATE, changes);
    }

    public void deleted(DSLContext tx, TableRecord<?> before, long recordId, String label) {
        record(tx, before, recordId, label, AuditAction.DELETE, FieldChanges.deleted(values(before)));
    }

    /** For rows read with a part of their columns: the caller says which table. */
    public void recorded(DSLContext tx, String table, long recordId, String label, AuditAction action,
                         List<FieldChange> changes) {
        trail.record(tx, new AuditEntry(feature, table, recordId, label, action, changes));
    }

    private void record(DSLContext tx, TableRecord<?> row, long recordId, String label, AuditAction action,
                        List<FieldChange> changes) {
        trail.record(tx, new AuditEntry(feature, row.getTable().getName(), recordId, label, action, changes));
    }

    /** The row's columns by name, without the id and version. */
    public static Map<String, Object> values(Record row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> field : row.fields()) {
            if (!UNINTERESTING.contains(field.getName())) {
                values.put(field.getName(), row.get(field));
            }
        }
        return values;
    }
}
