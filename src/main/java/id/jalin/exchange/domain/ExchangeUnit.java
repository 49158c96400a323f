package id.jalin.exchange.domain;

import id.jalin.kernel.i18n.Labels;

/** What counts as one unit of a partnership's exchange. */
@Labels("exchange.unit")
public enum ExchangeUnit {
    /** One title, however many copies or issues of it went. */
    TITLE,
    /** One issue of a journal or series. */
    ISSUE,
    /** One copy. */
    COPY
}
