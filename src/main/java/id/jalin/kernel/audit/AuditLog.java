package id.jalin.kernel.audit;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.util.List;
import java.util.function.Consumer;

/** Reads the audit trail for the coordinator's browser and its export. */
public interface AuditLog {
    /** One page of entries matching the filter and the label text in the request, each with its changes. */
    Page<AuditLogEntry> page(AuditFilter filter, PageRequest<AuditSort> request);

    /** Every matching entry, oldest first, handed over one at a time (for an export of any size). */
    void each(AuditFilter filter, String labelText, Consumer<AuditLogEntry> each);

    /** Everyone who appears in the trail, by name. */
    List<AuditUser> users();

    /** The features that appear in the trail. */
    List<String> features();
}
