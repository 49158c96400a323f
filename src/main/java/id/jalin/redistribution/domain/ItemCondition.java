package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;

/** The state the offered copies are in, so that a claimant knows what arrives. */
@Labels("redistribution.condition")
public enum ItemCondition {
    AS_NEW, GOOD, FAIR, WORN
}
