package id.jalin.agreement.domain;

/** The forms of cooperation (Saleh) an agreement covers, plus sponsorship as in the sponsor-corner case. */
public enum CooperationForm {
    ACQUISITION, EXCHANGE_REDISTRIBUTION, PROCESSING, FACILITIES, INTERLIBRARY_LOAN, LIBRARIAN_COOPERATION,
    UNION_CATALOGUE, INFORMATION_SERVICES, SPONSORSHIP
}
