package id.jalin.catalogue.domain;

import id.jalin.kernel.i18n.Labels;

/** Something wrong with a record that does not stop it being kept: shown beside it and in the import's report. */
@Labels("catalogue.flag")
public enum RecordFlag {
    /** An ISBN whose check digit is wrong: kept as written, never matched on. */
    BAD_ISBN_CHECK_DIGIT,
    /** An ISSN whose check character is wrong. */
    BAD_ISSN_CHECK,
    /** A publication year that is not a plausible year (kept out of the year filter). */
    UNREADABLE_YEAR
}
