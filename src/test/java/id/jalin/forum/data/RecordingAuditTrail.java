package id.jalin.forum.data;

import id.jalin.kernel.audit.AuditEntry;
import id.jalin.kernel.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;

/**
 * Keeps the entries a repository hands to the audit trail, for tests; the real trail (a table) is the audit
 * slice's. Also checks the contract that matters here: the entry comes with the transaction of the change.
 */
public final class RecordingAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    private final List<DSLContext> transactions = new CopyOnWriteArrayList<>();

    @Override
    public void record(DSLContext transaction, AuditEntry entry) {
        transactions.add(transaction);
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public List<DSLContext> transactions() {
        return List.copyOf(transactions);
    }
}
