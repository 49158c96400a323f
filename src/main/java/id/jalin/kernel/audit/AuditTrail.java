package id.jalin.kernel.audit;

import org.jooq.DSLContext;

/**
 * Records changes in the audit trail. Repositories call it with the {@link DSLContext} of the transaction that
 * makes the change, so that a rolled-back change leaves no audit row and a committed one always has one.
 */
public interface AuditTrail {
    void record(DSLContext transaction, AuditEntry entry);

    /**
     * The same trail recording {@code actor} as who made the change, for the one change made before anyone can be
     * signed in: the first coordinator creating their own login. Trails that keep no names return themselves.
     */
    default AuditTrail actingAs(id.jalin.kernel.access.Actor actor) {
        return this;
    }
}
