package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/** Who at the borrowing library the request is made for. */
@Labels("loan.patron")
public enum PatronKind {
    STUDENT, LECTURER, STAFF
}
