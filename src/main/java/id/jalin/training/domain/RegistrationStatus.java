package id.jalin.training.domain;

import id.jalin.kernel.i18n.Labels;

/** Where a registration stands: holding a place, waiting for one (in order), or cancelled. */
@Labels("training.registration.status")
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED;

    public boolean active() {
        return this != CANCELLED;
    }
}
