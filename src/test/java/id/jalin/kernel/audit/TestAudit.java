package id.jalin.kernel.audit;

import id.jalin.kernel.access.TestActors;
import java.time.Clock;

/** The audit trail tests write through: as the coordinator of {@link TestActors}, on the system clock. */
public final class TestAudit {
    public static final AuditTrail TRAIL = new JooqAuditTrail(TestActors.AS_COORDINATOR, Clock.systemDefaultZone());

    private TestAudit() {
    }
}
