package id.jalin.loan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a borrowing library fills in to ask: for whom, what, which service, and which lenders in which order.
 *
 * @param lenders the rota as the borrower ordered it (Jalin proposes one; see {@link RotaProposal})
 */
public record NewLoanRequest(long borrowerId, Patron patron, ServiceKind service, RequestedItem item,
                             String copyrightNote, LocalDate neededBy, String note, List<Long> lenders) {
    public NewLoanRequest {
        lenders = List.copyOf(lenders);
        copyrightNote = copyrightNote == null ? "" : copyrightNote.strip();
        note = note == null ? "" : note.strip();
    }
}
