package id.jalin.loan.iso;

import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanEvent;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanStep;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.RotaEntry;
import id.jalin.loan.domain.ServiceKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forum request as ISO 18626 messages and back (decision record 0027). Libraries are named by their code in the
 * forum's register under the agency id type {@value #AGENCY_TYPE}; the request's id for the requesting side is its
 * Jalin number, or, for a request that came from another system, that system's own id.
 */
public final class IsoLoanMessages {
    public static final String AGENCY_TYPE = "JALIN";

    private final Map<Long, LoanMember> members;

    /** @param members every member of the register, the ones that left included */
    public IsoLoanMessages(Collection<LoanMember> members) {
        this.members = new java.util.HashMap<>();
        members.forEach(member -> this.members.put(member.id(), member));
    }

    /** The request as the borrower sends it: the item, the service, the user, and the rota in order. */
    public IsoRequest request(LoanRequest request, LocalDateTime now) {
        List<IsoSupplierInfo> suppliers = new ArrayList<>();
        for (RotaEntry entry : request.rota()) {
            suppliers.add(new IsoSupplierInfo(entry.position(), agency(entry.lenderId()), null));
        }
        List<IsoBibliographicItemId> ids = request.item().isbn().isBlank() ? List.of()
                : List.of(new IsoBibliographicItemId(request.item().isbn(), "ISBN"));
        boolean copy = request.service() == ServiceKind.COPY;
        return new IsoRequest(header(request, now, false), new IsoBibliographicInfo(
                request.item().workId() == null ? null : String.valueOf(request.item().workId()),
                request.item().title(), request.item().author(), null, request.item().edition(),
                copy ? request.item().articleTitle() : null, null, copy ? request.item().pages() : null, ids),
                new IsoPublicationInfo(request.item().publisher(),
                        request.item().year() == null ? null : String.valueOf(request.item().year()), null),
                new IsoServiceInfo(copy ? IsoServiceType.COPY : IsoServiceType.LOAN, request.neededBy(),
                        copy ? request.copyrightNote() : null, request.note()),
                suppliers, new IsoPatronInfo(request.patron().userId(), request.patron().name(), null,
                request.patron().kind().name()));
    }

    /** The lender's side of the request now: its status, with the dates and reasons the state carries. */
    public IsoSupplyingAgencyMessage supplying(LoanRequest request, LocalDateTime now) {
        IsoStatus status = status(request);
        String unfilled = status == IsoStatus.UNFILLED ? request.currentRota().reason() : null;
        String retry = status == IsoStatus.RETRY_POSSIBLE ? request.condition() : null;
        IsoMessageInfo info = new IsoMessageInfo(IsoReasonForMessage.STATUS_CHANGE, null, null, unfilled, retry,
                request.fee().rupiah() > 0 ? new IsoCosts("IDR", BigDecimal.valueOf(request.fee().rupiah())) : null,
                null);
        IsoDeliveryInfo delivery = request.shippedOn() == null ? null
                : new IsoDeliveryInfo(request.shippedOn().atStartOfDay(), null);
        return new IsoSupplyingAgencyMessage(header(request, now, true), info, new IsoStatusInfo(status,
                request.expectedOn(), request.dueOn(), request.lastChange()), delivery);
    }

    /** The borrower's latest step on the request, as a requesting agency message; empty when it took none. */
    public Optional<IsoRequestingAgencyMessage> requesting(LoanRequest request, List<LoanEvent> history,
                                                           LocalDateTime now) {
        for (int i = history.size() - 1; i >= 0; i--) {
            LoanEvent event = history.get(i);
            Optional<IsoAction> action = action(event.action());
            if (action.isPresent()) {
                return Optional.of(new IsoRequestingAgencyMessage(header(request, now, true), action.get(),
                        event.note().isBlank() ? null : event.note()));
            }
        }
        return Optional.empty();
    }

    /**
     * The ids of both sides: the requester's is its own number (ours for a request made here, the other system's for
     * one read from a message); the supplier's is ours only when the request came from the other system, since for
     * a request made here the supplier's own system numbers it (and a request itself carries none yet).
     */
    private IsoHeader header(LoanRequest request, LocalDateTime now, boolean afterRequest) {
        boolean cameFromOutside = !request.remoteId().isBlank();
        String requesterId = cameFromOutside ? request.remoteId() : request.number();
        String supplierId = afterRequest && cameFromOutside ? request.number() : null;
        return new IsoHeader(agency(request.lenderId()), agency(request.borrowerId()), "", now, requesterId,
                supplierId);
    }

    private IsoAgencyId agency(long memberId) {
        LoanMember member = members.get(memberId);
        return new IsoAgencyId(AGENCY_TYPE, member == null ? "#" + memberId : member.code());
    }

    static IsoStatus status(LoanRequest request) {
        return switch (request.state()) {
            case REQUESTED -> IsoStatus.REQUEST_RECEIVED;
            case WILL_SUPPLY -> IsoStatus.WILL_SUPPLY;
            case EXPECT_TO_SUPPLY -> IsoStatus.EXPECT_TO_SUPPLY;
            case RETRY_POSSIBLE -> IsoStatus.RETRY_POSSIBLE;
            case SHIPPED, RECEIVED, RENEWAL_ASKED, SHIPPED_BACK -> IsoStatus.LOANED;
            case RECALLED -> IsoStatus.RECALLED;
            case CHECKED_IN -> IsoStatus.LOAN_COMPLETED;
            case COPY_DELIVERED -> IsoStatus.COPY_COMPLETED;
            case UNFILLED -> IsoStatus.UNFILLED;
            case CANCELLED -> IsoStatus.CANCELLED;
            case CLOSED -> request.shippedOn() == null ? IsoStatus.CANCELLED : IsoStatus.COMPLETED_WITHOUT_RETURN;
        };
    }

    private static Optional<IsoAction> action(LoanAction action) {
        return switch (action) {
            case RECEIVE -> Optional.of(IsoAction.RECEIVED);
            case CANCEL -> Optional.of(IsoAction.CANCEL);
            case ASK_RENEWAL -> Optional.of(IsoAction.RENEW);
            case SHIP_BACK -> Optional.of(IsoAction.SHIPPED_RETURN);
            default -> Optional.empty();
        };
    }

    /** The member a message names, or the refusal naming the code nobody in the register has. */
    public LoanMember member(IsoAgencyId agency) throws IsoMessageRefusedException {
        return members.values().stream().filter(member -> member.code().equalsIgnoreCase(agency.value()))
                .findFirst().orElseThrow(() -> IsoMessageRefusedException.because("loan.iso.unknown_agency",
                        agency.value()));
    }

    /** A request read from another system, as a new forum request of its requesting member. */
    public NewLoanRequest newRequest(IsoRequest message) throws IsoMessageRefusedException {
        LoanMember borrower = member(message.header().requestingAgencyId());
        List<Long> lenders = new ArrayList<>();
        lenders.add(member(message.header().supplyingAgencyId()).id());
        List<IsoSupplierInfo> rota = new ArrayList<>(message.suppliers());
        rota.sort(java.util.Comparator.comparing(info -> info.sortOrder() == null ? Integer.MAX_VALUE
                : info.sortOrder()));
        for (IsoSupplierInfo supplier : rota) {
            if (supplier.supplierCode() != null) {
                long id = member(supplier.supplierCode()).id();
                if (!lenders.contains(id)) {
                    lenders.add(id);
                }
            }
        }
        IsoBibliographicInfo bib = message.bibliographicInfo();
        boolean copy = message.serviceInfo() != null && message.serviceInfo().serviceType() == IsoServiceType.COPY;
        String isbn = bib.itemIds().stream().filter(id -> "ISBN".equalsIgnoreCase(id.code()))
                .map(IsoBibliographicItemId::identifier).findFirst().orElse("");
        Integer year = null;
        if (message.publicationInfo() != null && message.publicationInfo().publicationDate() != null) {
            String digits = message.publicationInfo().publicationDate().replaceAll("[^0-9]", "");
            year = digits.length() >= 4 ? Integer.valueOf(digits.substring(0, 4)) : null;
        }
        RequestedItem item = new RequestedItem(null, text(bib.title()), text(bib.author()),
                message.publicationInfo() == null ? "" : text(message.publicationInfo().publisher()), year, isbn,
                text(bib.edition()), ItemKind.BOOK, copy ? text(bib.pagesRequested()) : "",
                copy ? text(bib.titleOfComponent()) : "");
        IsoPatronInfo patron = message.patronInfo();
        String name = patron == null ? "" : String.join(" ", java.util.stream.Stream.of(patron.givenName(),
                patron.surname()).filter(part -> part != null && !part.isBlank()).toList());
        return new NewLoanRequest(borrower.id(), new Patron(name, patron == null ? "" : text(patron.patronId()),
                patronKind(patron == null ? null : patron.patronType())), copy ? ServiceKind.COPY : ServiceKind.LOAN,
                item, copy ? text(message.serviceInfo().copyrightCompliance()) : "",
                message.serviceInfo() == null ? null : message.serviceInfo().needBeforeDate(),
                message.serviceInfo() == null ? "" : text(message.serviceInfo().note()), lenders,
                message.header().requestingAgencyRequestId());
    }

    private static PatronKind patronKind(String type) {
        if (type == null) {
            return PatronKind.STUDENT;
        }
        for (PatronKind kind : PatronKind.values()) {
            if (kind.name().equalsIgnoreCase(type.strip())) {
                return kind;
            }
        }
        return type.toLowerCase(java.util.Locale.ROOT).contains("fac") ? PatronKind.LECTURER : PatronKind.STUDENT;
    }

    /** The step a lender's message records on the request; refused when its status records nothing new. */
    public LoanStep step(IsoSupplyingAgencyMessage message, LoanRequest request) throws IsoMessageRefusedException {
        IsoMessageInfo info = message.messageInfo();
        IsoStatusInfo status = message.statusInfo();
        String note = text(info.note());
        if (info.reasonForMessage() == IsoReasonForMessage.RENEW_RESPONSE) {
            return info.answerYesNo() == IsoYesNo.NO ? LoanStep.of(LoanAction.REFUSE_RENEWAL, note)
                    : new LoanStep(LoanAction.GRANT_RENEWAL, note, status.dueDate());
        }
        return switch (status.status()) {
            case WILL_SUPPLY -> LoanStep.of(LoanAction.WILL_SUPPLY, note);
            case EXPECT_TO_SUPPLY -> new LoanStep(LoanAction.EXPECT_TO_SUPPLY, note, status.expectedDeliveryDate());
            case UNFILLED -> LoanStep.of(LoanAction.UNFILLED, firstOf(info.reasonUnfilled(), note));
            case RETRY_POSSIBLE -> LoanStep.of(LoanAction.RETRY_POSSIBLE, firstOf(info.reasonRetry(), note));
            case LOANED -> new LoanStep(LoanAction.SHIP, note, status.dueDate());
            case RECALLED -> new LoanStep(LoanAction.RECALL, note, status.dueDate());
            case COPY_COMPLETED -> LoanStep.of(LoanAction.DELIVER_COPY, note);
            case LOAN_COMPLETED -> LoanStep.of(LoanAction.CHECK_IN, note);
            default -> throw IsoMessageRefusedException.because("loan.iso.nothing_to_record",
                    status.status().xmlValue(), request.number());
        };
    }

    /** The step a borrower's message records; refused for actions that record nothing (a status request). */
    public LoanStep step(IsoRequestingAgencyMessage message, LoanRequest request) throws IsoMessageRefusedException {
        String note = text(message.note());
        return switch (message.action()) {
            case RECEIVED -> LoanStep.of(LoanAction.RECEIVE, note);
            case CANCEL -> LoanStep.of(LoanAction.CANCEL, note);
            case RENEW -> LoanStep.of(LoanAction.ASK_RENEWAL, note);
            case SHIPPED_RETURN -> LoanStep.of(LoanAction.SHIP_BACK, note);
            default -> throw IsoMessageRefusedException.because("loan.iso.nothing_to_record",
                    message.action().xmlValue(), request.number());
        };
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
