package id.jalin.audit.domain;

import id.jalin.kernel.i18n.Labels;
import java.util.Locale;
import java.util.Optional;

/**
 * The features whose changes appear in the trail, as the repositories name them, so the browser can show their
 * names in the user's language. A feature stored under a name not listed here is shown as stored.
 */
@Labels("audit.feature")
public enum AuditedFeature {
    MEMBER, AGREEMENT, CROSSSERVICE, FORUM,
    /** Users: created, changed, disabled (id.jalin.access). */
    ACCESS,
    /** The data as a whole: a restore (id.jalin.transfer). */
    TRANSFER;

    public static Optional<AuditedFeature> of(String stored) {
        for (AuditedFeature feature : values()) {
            if (feature.name().equals(stored.toUpperCase(Locale.ROOT))) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }
}
