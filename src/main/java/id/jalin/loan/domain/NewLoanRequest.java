package id.jalin.loan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a borrowing library fills in to ask: for whom, what, which service, and which lenders in which order.
 *
 * @param lenders the rota as the borrower ordered it (Jalin proposes one; see {@link RotaProposal})
 * @param remoteId the requesting system's own id, for a request read from an ISO 18626 message
 */
public record NewLoanRequest(long borrowerId, Patron patron, ServiceKind service, RequestedItem item,
                             String copyrightNote, LocalDate neededBy, String note, List<Long> lenders,
                             String remoteId) {
    /** A request made in Jalin (no other system's id). */
    public NewLoanRequest(long borrowerId, Patron patron, ServiceKind service, RequestedItem item,
                          String copyrightNote, LocalDate neededBy, String note, List<Long> lenders) {
        this(borrowerId, patron, service, item, copyrightNote, neededBy, note, lenders, "");
    }

    public NewLoanRequest {
        remoteId = remoteId == null ? "" : remoteId.strip();
        lenders = List.copyOf(lenders);
        copyrightNote = copyrightNote == null ? "" : copyrightNote.strip();
        note = note == null ? "" : note.strip();
    }
}
