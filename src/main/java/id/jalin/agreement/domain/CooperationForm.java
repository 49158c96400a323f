package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

/** The forms of cooperation (Saleh) an agreement covers, plus sponsorship as in the sponsor-corner case. */
@Labels("agreement.form")
public enum CooperationForm {
    ACQUISITION, EXCHANGE_REDISTRIBUTION, PROCESSING, FACILITIES, INTERLIBRARY_LOAN, LIBRARIAN_COOPERATION,
    UNION_CATALOGUE, INFORMATION_SERVICES, SPONSORSHIP
}
