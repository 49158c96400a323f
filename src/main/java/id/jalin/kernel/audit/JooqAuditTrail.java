package id.jalin.kernel.audit;

import static id.jalin.kernel.db.generated.Tables.AUDIT_CHANGE;
import static id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;

/**
 * Writes audit rows in the {@code audit_entry} and {@code audit_change} tables with the caller's transaction, so
 * the row commits or rolls back with the change it describes. Who is the current actor, stored by id and by name
 * as text; when is the clock's local time to the second, like the other times Jalin stores.
 */
public final class JooqAuditTrail implements AuditTrail {
    private final CurrentActor current;
    private final Clock clock;

    public JooqAuditTrail(CurrentActor current, Clock clock) {
        this.current = current;
        this.clock = clock;
    }

    @Override
    public AuditTrail actingAs(Actor actor) {
        return new JooqAuditTrail(CurrentActor.of(actor), clock);
    }

    @Override
    public void record(DSLContext transaction, AuditEntry entry) {
        Actor actor = current.actor();
        Long entryId = transaction.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS))
                // id 0 is the interim workstation user, who has no row in the users table
                .set(AUDIT_ENTRY.USER_ID, actor.userId() == 0 ? null : actor.userId())
                .set(AUDIT_ENTRY.USER_LOGIN, cut(actor.loginName(), 100))
                .set(AUDIT_ENTRY.USER_NAME, cut(actor.displayName(), 200))
                .set(AUDIT_ENTRY.FEATURE, entry.feature())
                .set(AUDIT_ENTRY.TABLE_NAME, entry.table())
                .set(AUDIT_ENTRY.RECORD_ID, entry.recordId())
                .set(AUDIT_ENTRY.RECORD_LABEL, cut(entry.recordLabel(), 300))
                .set(AUDIT_ENTRY.ACTION, entry.action().name())
                .returningResult(AUDIT_ENTRY.ID).fetchOne(AUDIT_ENTRY.ID);
        if (entry.changes().isEmpty()) {
            return;
        }
        // one statement for all the fields of the change
        var insert = transaction.insertInto(AUDIT_CHANGE, AUDIT_CHANGE.ENTRY_ID, AUDIT_CHANGE.FIELD_NAME,
                AUDIT_CHANGE.OLD_VALUE, AUDIT_CHANGE.NEW_VALUE);
        for (FieldChange change : entry.changes()) {
            insert = insert.values(entryId, cut(change.field(), 60), cut(change.oldValue(), FieldChanges.MAX_TEXT),
                    cut(change.newValue(), FieldChanges.MAX_TEXT));
        }
        insert.execute();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }
}
