package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/** What a proposal line buys. */
@Labels("acquisition.format")
public enum ItemFormat {
    PRINT, EBOOK, JOURNAL_SUBSCRIPTION, DATABASE
}
