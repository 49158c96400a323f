package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;

/** Where an offer stands: taking claims, allocated (every copy promised or the rule decided), or withdrawn. */
@Labels("redistribution.status")
public enum OfferStatus {
    OPEN, CLOSED, WITHDRAWN
}
