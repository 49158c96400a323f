package id.jalin.kernel.audit;

import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import java.util.List;
import org.jooq.DSLContext;

/** What the audit trail holds about one record, oldest first, for the repositories' tests. */
public final class AuditRows {
    private AuditRows() {
    }

    public static List<AuditLogEntry> of(DSLContext dsl, String table, long recordId) {
        return new JooqAuditLog(dsl).page(AuditFilter.ALL.ofRecord(table, recordId),
                new PageRequest<>(0, 500, AuditSort.TIME, SortDirection.ASCENDING, "")).rows();
    }

    public static List<AuditLogEntry> all(DSLContext dsl) {
        return new JooqAuditLog(dsl).page(AuditFilter.ALL,
                new PageRequest<>(0, 500, AuditSort.TIME, SortDirection.ASCENDING, "")).rows();
    }

    /** The new value of {@code field} in the entry, or fails. */
    public static FieldChange change(AuditLogEntry entry, String field) {
        return entry.changes().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not among " + entry.changedFields()));
    }
}
