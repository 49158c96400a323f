package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;

/** Why a member no longer needs the copies it offers. */
@Labels("redistribution.reason")
public enum SurplusReason {
    /** More copies than the library needs of a title it keeps. */
    DUPLICATE,
    /** Taken out of the collection (weeded), still fit to be read elsewhere. */
    WEEDED,
    /** A donation brought more than the library can use. */
    DONATION_SURPLUS
}
