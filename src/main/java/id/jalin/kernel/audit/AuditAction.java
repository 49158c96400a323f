package id.jalin.kernel.audit;

import id.jalin.kernel.i18n.Labels;

/** What kind of change an audit row records. */
@Labels("audit.action")
public enum AuditAction {
    CREATE, UPDATE, DELETE, STATE_CHANGE
}
