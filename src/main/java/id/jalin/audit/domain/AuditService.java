package id.jalin.audit.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.audit.AuditFilter;
import id.jalin.kernel.audit.AuditLog;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditSort;
import id.jalin.kernel.audit.AuditUser;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail for the coordinator: who changed what and when. Reading it is the coordinator's alone, since it
 * shows every desk's work; each operation checks that here, not only by hiding the screen.
 */
public final class AuditService {
    private static final String BROWSE = "browse audit";

    private final AuditLog log;
    private final Permissions permissions;

    public AuditService(AuditLog log, Permissions permissions) {
        this.log = log;
        this.permissions = permissions;
    }

    public Page<AuditLogEntry> page(AuditFilter filter, PageRequest<AuditSort> request) {
        permissions.requireCoordinator(BROWSE);
        return log.page(filter, request);
    }

    /** Every entry matching the filter and the label text, oldest first, for the export. */
    public void each(AuditFilter filter, String labelText, Consumer<AuditLogEntry> each) {
        permissions.requireCoordinator(BROWSE);
        log.each(filter, labelText, each);
    }

    public List<AuditUser> users() {
        permissions.requireCoordinator(BROWSE);
        return log.users();
    }

    public List<String> features() {
        permissions.requireCoordinator(BROWSE);
        return log.features();
    }

    /** For the navigation: whether to offer the screen at all. */
    public boolean mayBrowse() {
        return permissions.mayAdminister();
    }
}
