package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

/** Where a card stands on a given day; never stored, always derived from its dates and its ending. */
@Labels("card.status")
public enum CardStatus {
    ACTIVE, EXPIRED, REVOKED, REPLACED;

    public boolean isValid() {
        return this == ACTIVE;
    }
}
