package id.jalin.acquisition.print;

import id.jalin.kernel.i18n.Labels;

/** What kind of item an order line buys, as the printed papers name it. */
@Labels("acquisition.print.format")
public enum ItemFormat {
    PRINT, EBOOK, JOURNAL_SUBSCRIPTION, DATABASE
}
