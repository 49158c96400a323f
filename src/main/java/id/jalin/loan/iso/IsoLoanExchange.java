package id.jalin.loan.iso;

import id.jalin.kernel.validation.SaveResult;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.LoanRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * Exchanging a request with a library's own system by ISO 18626 files: a message read is recorded on the request
 * it names (or, for a request, as a new one), through the same service and the same rules as a step taken in the
 * window; a request is written as the message its side would send.
 */
public final class IsoLoanExchange {
    /** Which message of a request to write. */
    public enum Kind {
        /** The request itself, as the borrower sends it. */
        REQUEST,
        /** The lender's status now. */
        SUPPLYING,
        /** The borrower's latest step (received, renew, shipped back, cancel). */
        REQUESTING
    }

    private final InterlibraryLoans loans;

    public IsoLoanExchange(InterlibraryLoans loans) {
        this.loans = loans;
    }

    /**
     * Reads a message and records it. A refused file or a message naming no known request or library throws with
     * its reason; a step the request cannot take now comes back as the service's refusal.
     */
    public SaveResult<LoanRequest> read(InputStream in) throws IOException, IsoMessageRefusedException {
        IsoMessage message = IsoMessages.read(in);
        IsoLoanMessages mapping = new IsoLoanMessages(loans.members());
        if (message instanceof IsoRequest request) {
            if (loans.findByRemoteId(request.header().requestingAgencyRequestId()).isPresent()) {
                throw IsoMessageRefusedException.because("loan.iso.known_request",
                        request.header().requestingAgencyRequestId());
            }
            return loans.requestFromMessage(mapping.newRequest(request));
        }
        IsoHeader header = message.header();
        if (message instanceof IsoSupplyingAgencyMessage supplying) {
            // the lender answers the requester: the request's id at the requester is ours
            LoanRequest request = loans.findByNumber(header.requestingAgencyRequestId()).orElseThrow(() ->
                    unknown(header.requestingAgencyRequestId()));
            return loans.takeFromMessage(request, mapping.step(supplying, request));
        }
        // the borrower writes to the supplier: our id for it when it knows one, else the id it gave the request
        String ours = header.supplyingAgencyRequestId();
        LoanRequest request = (ours == null || ours.isBlank()
                ? loans.findByRemoteId(header.requestingAgencyRequestId()) : loans.findByNumber(ours))
                .orElseThrow(() -> unknown(ours == null || ours.isBlank() ? header.requestingAgencyRequestId() : ours));
        return loans.takeFromMessage(request, mapping.step((IsoRequestingAgencyMessage) message, request));
    }

    private static IsoMessageRefusedException unknown(String id) {
        return IsoMessageRefusedException.because("loan.iso.unknown_request", id);
    }

    /**
     * Writes one message of the request.
     *
     * @throws IsoMessageRefusedException when the borrower has taken no step a requesting message could carry
     */
    public void write(LoanRequest request, Kind kind, OutputStream out) throws IOException, IsoMessageRefusedException {
        IsoLoanMessages mapping = new IsoLoanMessages(loans.members());
        LocalDateTime now = loans.now();
        IsoMessage message = switch (kind) {
            case REQUEST -> mapping.request(request, now);
            case SUPPLYING -> mapping.supplying(request, now);
            case REQUESTING -> mapping.requesting(request, loans.history(request.id()), now).orElseThrow(() ->
                    IsoMessageRefusedException.because("loan.iso.no_borrower_step", request.number()));
        };
        IsoMessages.write(message, out);
    }
}
