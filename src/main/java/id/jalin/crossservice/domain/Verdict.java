package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * What the arrival desk tells the librarian about a scanned card. Labels are {@code visit.verdict.<NAME>}.
 * Only the first two let the visitor in; the rest say why not, most specific reason first.
 */
@Labels({"visit.verdict", "visit.verdictShort"})
public enum Verdict {
    /** A valid card, and the visit was announced for today. */
    WELCOME,
    /** A valid card without an announcement, at a host that lets such visitors in and notes it. */
    VALID_NOT_ANNOUNCED_ALLOWED,
    /** A valid card without an announcement, at a host that insists on announcements. */
    VALID_NOT_ANNOUNCED_REFUSED,
    EXPIRED,
    REVOKED,
    /** Reported lost and replaced: whoever shows it is not using the holder's current card. */
    REPLACED,
    /** A valid card, but the holder's home library is suspended from the forum: its members are not served. */
    HOME_LIBRARY_SUSPENDED,
    /** A valid card, but the holder's home library has left the forum (or is no longer in the register). */
    HOME_LIBRARY_LEFT,
    /** Shaped like no card number, or a well-formed number the forum never issued. */
    UNKNOWN_NUMBER,
    /** Eleven digits whose check digit is wrong: mistyped or misread, found before any lookup. */
    BAD_CHECK_DIGIT;

    /** Whether the visitor may come in; used by the reports to count actual visits. */
    public boolean admits() {
        return this == WELCOME || this == VALID_NOT_ANNOUNCED_ALLOWED;
    }
}
