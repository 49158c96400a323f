package id.jalin.kernel.audit;

/**
 * Records a change that no repository makes, in a transaction of its own: a restore replaces every table at once
 * (the trail included), so its row can only be written after it. Repositories use {@link AuditTrail} instead, on the
 * change's own transaction.
 */
@FunctionalInterface
public interface AuditRecorder {
    void record(AuditEntry entry);
}
