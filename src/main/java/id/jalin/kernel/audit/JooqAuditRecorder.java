package id.jalin.kernel.audit;

import org.jooq.DSLContext;

/** An {@link AuditRecorder} writing through the trail in a transaction of its own on the database. */
public final class JooqAuditRecorder implements AuditRecorder {
    private final DSLContext dsl;
    private final AuditTrail trail;

    public JooqAuditRecorder(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.trail = trail;
    }

    @Override
    public void record(AuditEntry entry) {
        dsl.transaction(tx -> trail.record(tx.dsl(), entry));
    }
}
