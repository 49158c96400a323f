package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/** What the borrowing library asks for: the item itself on loan, or a copy of some of its pages (form 8). */
@Labels("loan.service")
public enum ServiceKind {
    LOAN, COPY
}
