package id.jalin.kernel.audit;

/** Someone who appears in the trail, for the browser's "who" filter: login and the name last stored with it. */
public record AuditUser(String login, String name) {
}
