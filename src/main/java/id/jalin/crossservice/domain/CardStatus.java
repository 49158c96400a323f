package id.jalin.crossservice.domain;

/** Where a card stands on a given day; never stored, always derived from its dates and its ending. */
public enum CardStatus {
    ACTIVE, EXPIRED, REVOKED, REPLACED;

    public boolean isValid() {
        return this == ACTIVE;
    }
}
