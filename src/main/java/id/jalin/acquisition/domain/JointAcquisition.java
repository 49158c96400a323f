package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joint acquisition (decision record 0029): purchase rounds among members, their proposals checked against every
 * member's holdings, each other and earlier orders, the cost shared to the Rupiah, and what arrives placed at the
 * member that asked for it.
 *
 * <p>Who may do what (0016): a member's staff enter and change only their own library's proposals; the round is
 * managed (opened, changed, closed, reopened, ordered, received, cancelled, and its lines decided) by the
 * coordinating library's staff or the forum's staff. Reading is open to every signed-in role.
 */
public final class JointAcquisition {
    /** The kind of letter in the order list's number: PGD, pengadaan. */
    public static final String ORDER_LETTER_SERIES = "PGD";
    private final AcquisitionRepository repository;
    private final AcquisitionMembers members;
    private final HeldTitles catalogue;
    private final CopyPlacement placement;
    private final Clock clock;
    private final Permissions permissions;

    public JointAcquisition(AcquisitionRepository repository, AcquisitionMembers members, HeldTitles catalogue,
                            CopyPlacement placement, Clock clock, Permissions permissions) {
        this.repository = repository;
        this.members = members;
        this.catalogue = catalogue;
        this.placement = placement;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** The same service on another clock: the demo data tell a past round on the days it happened. */
    public JointAcquisition withClock(Clock other) {
        return new JointAcquisition(repository, members, catalogue, placement, other, permissions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The library whose desk the signed-in person keeps, if they belong to one. */
    public Optional<Long> ownLibrary() {
        return permissions.actor().library();
    }

    /** Members in code order, those that left included. */
    public List<AcquisitionMember> members() {
        return members.all();
    }

    /** Whether to offer managing the round (the service checks again). */
    public boolean mayManage(PurchaseRound round) {
        return permissions.mayChangeLibrary(round.coordinatorId());
    }

    /** Whether to offer entering proposals for {@code memberId} in the round now. */
    public boolean mayPropose(PurchaseRound round, long memberId) {
        return permissions.mayChangeLibrary(memberId) && round.takesPart(memberId)
                && round.takesProposalsOn(today());
    }

    // --- rounds ---

    /** Stores a new round, open for proposals. */
    public SaveResult<PurchaseRound> openRound(PurchaseRound draft) {
        permissions.requireLibrary(draft.coordinatorId(), "open a purchase round");
        PurchaseRound round = new PurchaseRound(null, draft.name(), draft.coordinatorId(), draft.budget(),
                draft.deadline(), RoundStatus.OPEN, draft.splitRule(), draft.participants(), draft.memberCap(),
                draft.notes(), 0);
        return SaveResult.store(AcquisitionRules.round(round, register(), today()), () -> repository.insert(round));
    }

    /**
     * Stores changes to a round read at {@code changed.version()}: its name, budget, deadline, split, participants,
     * cap and notes, until the order goes out. Its status changes only by {@link #move}. A member with lines in the
     * round stays a participant.
     */
    public SaveResult<PurchaseRound> saveRound(PurchaseRound changed) {
        if (changed.id() == null) {
            return openRound(changed);
        }
        PurchaseRound stored = repository.round(changed.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(changed.label());
        }
        permissions.requireLibrary(stored.coordinatorId(), "change a purchase round");
        permissions.requireLibrary(changed.coordinatorId(), "hand a purchase round to another member");
        if (stored.version() != changed.version()) {
            return new SaveResult.Stale<>(changed.label());
        }
        PurchaseRound round = changed.withStatus(stored.status());
        Validation.Builder more = Validation.builder();
        more.errorIf(!stored.status().decisionsOpen(), "round", "acquisition.error.roundFrozen",
                stored.name());
        Set<Long> proposing = repository.lines(stored.id()).stream().map(ProposalLine::memberId)
                .collect(Collectors.toSet());
        proposing.removeAll(round.participants().keySet());
        for (Long member : proposing) {
            more.error("participants", "acquisition.error.participantHasLines", nameOf(member));
        }
        Validation validation = AcquisitionRules.round(round, register(), today()).and(more.build());
        return SaveResult.store(validation, () -> repository.update(round, ""));
    }

    /**
     * Moves a round read at {@code read.version()} on: close (freezes the proposals), reopen (with a reason, kept in
     * the audit trail), ordered (every line decided, at least one accepted), received (everything accepted
     * arrived), completed, cancelled (with a reason).
     */
    public SaveResult<PurchaseRound> move(PurchaseRound read, RoundStatus to, String reason) {
        PurchaseRound stored = repository.round(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        permissions.requireLibrary(stored.coordinatorId(), "move a purchase round on");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        String why = reason == null ? "" : reason.strip();
        Validation.Builder errors = Validation.builder();
        if (!stored.status().mayMoveTo(to)) {
            errors.error("status", "acquisition.error.move", stored.status().name(), to.name());
        } else {
            boolean reasonNeeded = to == RoundStatus.CANCELLED || stored.status() == RoundStatus.CLOSED
                    && to == RoundStatus.OPEN;
            errors.errorIf(reasonNeeded && why.isEmpty(), "reason", "acquisition.error.reason");
            errors.errorIf(why.length() > 1000, "reason", "acquisition.error.reasonLength", 1000);
            List<ProposalLine> lines = repository.lines(stored.id());
            if (to == RoundStatus.ORDERED) {
                errors.errorIf(lines.stream().anyMatch(line -> line.decision() == Decision.PENDING), "status",
                        "acquisition.error.undecided");
                errors.errorIf(lines.stream().noneMatch(line -> line.decision().accepted()), "status",
                        "acquisition.error.nothingAccepted");
            }
            if (to == RoundStatus.RECEIVED) {
                errors.errorIf(lines.stream().anyMatch(line -> line.decision().accepted()
                        && line.copiesToReceive() > 0), "status", "acquisition.error.notAllReceived");
            }
        }
        PurchaseRound moved = stored.withStatus(to);
        return SaveResult.store(errors.build(), () -> repository.update(moved, why));
    }

    public Optional<PurchaseRound> round(long id) {
        return repository.round(id);
    }

    public Page<PurchaseRound> rounds(RoundFilter filter, PageRequest<RoundSort> request) {
        return repository.rounds(filter, request);
    }

    /**
     * The rounds the start screen points to today ({@link RoundReminder}): the open ones, read in the database, the
     * earliest deadline first, at most {@code limit}; for a member's desk only those it coordinates or takes part in.
     */
    public List<RoundReminder> reminders(int limit) {
        RoundFilter open = new RoundFilter(java.util.Set.of(RoundStatus.OPEN), ownLibrary().orElse(null), "");
        return RoundReminder.of(repository.rounds(open, new PageRequest<>(0, limit, RoundSort.DEADLINE,
                id.jalin.kernel.paging.SortDirection.ASCENDING, "")).rows(), today());
    }

    // --- proposals ---

    /** Stores a member's new proposal line, undecided. */
    public SaveResult<ProposalLine> propose(ProposalLine line) {
        permissions.requireLibrary(line.memberId(), "propose a title for a purchase round");
        PurchaseRound round = repository.round(line.roundId()).orElse(null);
        if (round == null) {
            return new SaveResult.Gone<>(line.label());
        }
        ProposalLine fresh = new ProposalLine(null, line.roundId(), line.memberId(), line.title(), line.format(),
                line.sharedForAll(), line.vendor(), line.unitPrice(), line.copies(), line.priority(),
                line.justification(), Decision.PENDING, "", 0, 0);
        return SaveResult.store(AcquisitionRules.proposal(fresh, round, today()),
                () -> repository.insertLines(List.of(fresh)).get(0));
    }

    /** Stores the member's changes to its own line read at {@code changed.version()}, while the round is open. */
    public SaveResult<ProposalLine> changeProposal(ProposalLine changed) {
        ProposalLine stored = repository.line(changed.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(changed.label());
        }
        permissions.requireLibrary(stored.memberId(), "change a purchase proposal");
        if (stored.version() != changed.version()) {
            return new SaveResult.Stale<>(changed.label());
        }
        PurchaseRound round = repository.round(stored.roundId()).orElseThrow();
        // what the coordinator decided and what arrived are not the member's to change
        ProposalLine line = new ProposalLine(stored.id(), stored.roundId(), stored.memberId(), changed.title(),
                changed.format(), changed.sharedForAll(), changed.vendor(), changed.unitPrice(), changed.copies(),
                changed.priority(), changed.justification(), stored.decision(), stored.decisionReason(),
                stored.receivedCopies(), stored.version());
        return SaveResult.store(AcquisitionRules.proposal(line, round, today()), () -> repository.updateLine(line));
    }

    /** Takes the member's own line read at {@code read.version()} out of the round, while the round is open. */
    public SaveResult<ProposalLine> withdraw(ProposalLine read) {
        ProposalLine stored = repository.line(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        permissions.requireLibrary(stored.memberId(), "withdraw a purchase proposal");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        PurchaseRound round = repository.round(stored.roundId()).orElseThrow();
        Validation validation = Validation.builder().errorIf(round.status() != RoundStatus.OPEN, "round",
                "acquisition.error.roundNotOpen", round.name()).build();
        return SaveResult.store(validation, () -> {
            repository.deleteLine(stored);
            return stored;
        });
    }

    /**
     * The coordinator's decision on a line read at {@code read.version()}, until the order goes out. A flagged line
     * is accepted only as {@link Decision#ACCEPTED_DESPITE_FLAG}, with the reason; dropping needs a reason too.
     */
    public SaveResult<ProposalLine> decide(ProposalLine read, Decision to, String reason) {
        ProposalLine stored = repository.line(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        PurchaseRound round = repository.round(stored.roundId()).orElseThrow();
        permissions.requireLibrary(round.coordinatorId(), "decide on a purchase proposal");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        String why = reason == null ? "" : reason.strip();
        Validation.Builder errors = Validation.builder();
        errors.errorIf(!round.status().decisionsOpen(), "decision", "acquisition.error.roundFrozen", round.name());
        errors.errorIf((to == Decision.DROPPED || to == Decision.ACCEPTED_DESPITE_FLAG) && why.isEmpty(), "reason",
                "acquisition.error.reason");
        errors.errorIf(why.length() > 1000, "reason", "acquisition.error.reasonLength", 1000);
        if (to == Decision.ACCEPTED) {
            long flags = flags(round.id()).stream().filter(flag -> flag.lineId() == stored.id()).count();
            errors.errorIf(flags > 0, "decision", "acquisition.error.flagged", flags);
        }
        ProposalLine decided = stored.decided(to, why);
        return SaveResult.store(errors.build(), () -> repository.updateLine(decided));
    }

    /**
     * Records copies of an accepted line read at {@code read.version()} arriving (all of them or a part) and places
     * them at the member that asked for them, in its holdings in the union catalogue. More than are still to come
     * is refused.
     */
    public SaveResult<ProposalLine> receive(ProposalLine read, int copies, LocalDate receivedOn, String invoice) {
        ProposalLine stored = repository.line(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        PurchaseRound round = repository.round(stored.roundId()).orElseThrow();
        permissions.requireLibrary(round.coordinatorId(), "record copies received");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        String invoiceNumber = invoice == null ? "" : invoice.strip();
        Validation.Builder errors = Validation.builder();
        errors.errorIf(round.status() != RoundStatus.ORDERED, "round", "acquisition.error.notOrdered", round.name());
        errors.errorIf(!stored.decision().accepted(), "copies", "acquisition.error.notAccepted");
        errors.errorIf(copies < 1, "copies", "acquisition.error.receiveCopies");
        errors.errorIf(copies > stored.copiesToReceive(), "copies", "acquisition.error.receiveTooMany",
                stored.copiesToReceive(), stored.copies());
        if (receivedOn == null) {
            errors.error("receivedOn", "acquisition.error.receivedOn");
        } else {
            errors.errorIf(receivedOn.isAfter(today()), "receivedOn", "acquisition.error.receivedFuture");
        }
        errors.errorIf(invoiceNumber.length() > 100, "invoice", "acquisition.error.invoiceLength", 100);
        Validation validation = errors.build();
        if (!validation.isValid()) {
            return SaveResult.invalid(validation);
        }
        Receipt receipt = new Receipt(null, stored.id(), copies, receivedOn, invoiceNumber,
                permissions.actor().signature(), LocalDateTime.now(clock));
        SaveResult<Receipt> recorded = SaveResult.store(Validation.ok(), () -> repository.receive(stored, receipt));
        if (!(recorded instanceof SaveResult.Saved<Receipt> saved)) {
            return recorded.refusal();
        }
        placement.place(new PlacedCopies(saved.value().id(), round.id(), stored.id(), stored.memberId(),
                stored.title(), stored.format(), copies, receivedOn, invoiceNumber));
        return new SaveResult.Saved<>(repository.line(stored.id()).orElseThrow());
    }

    public Optional<ProposalLine> line(long id) {
        return repository.line(id);
    }

    /** Every line of the round, in the order entered. */
    public List<ProposalLine> lines(long roundId) {
        return repository.lines(roundId);
    }

    public Page<ProposalLine> lines(LineFilter filter, PageRequest<LineSort> request) {
        return repository.lines(filter, request);
    }

    public List<Receipt> receipts(long lineId) {
        return repository.receipts(lineId);
    }

    // --- checks, order and cost ---

    /**
     * Every duplicate flag on the round's lines: held by a member (the union catalogue, by ISBN in any form or the
     * exact title key), asked for by another line of the round, ordered by an earlier round.
     */
    public List<DuplicateFlag> flags(long roundId) {
        List<ProposalLine> lines = repository.lines(roundId);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<HeldMatch> held = catalogue.held(lines.stream().map(line -> line.title().probe()).toList());
        Set<String> isbns = new LinkedHashSet<>();
        Set<String> titleKeys = new LinkedHashSet<>();
        for (ProposalLine line : lines) {
            MatchKeys keys = line.title().keys();
            String isbn = TitleMatch.isbnOf(keys);
            if (!isbn.isEmpty()) {
                isbns.add(isbn);
            }
            if (!keys.exactKey().isEmpty()) {
                titleKeys.add(keys.exactKey());
            }
        }
        return DuplicateCheck.of(lines, held, repository.earlierOrders(roundId, isbns, titleKeys));
    }

    /** The round's accepted lines as the order goes out: one line per title and vendor, copies per member. */
    public List<OrderLine> orderLines(long roundId) {
        return OrderLines.of(repository.lines(roundId));
    }

    /** What the accepted lines cost, each member's share, and the warnings against the budget and the caps. */
    public String orderLetter(PurchaseRound round, String forumCode) {
        permissions.requireLibrary(round.coordinatorId(), "number a round's order letter");
        LocalDate today = today();
        return repository.orderLetter(round.id(), today, sequence -> id.jalin.forum.domain.LetterNumbering.format(
                sequence, ORDER_LETTER_SERIES, forumCode, today));
    }

    public RoundCost cost(long roundId) {
        PurchaseRound round = repository.round(roundId).orElseThrow();
        return RoundCost.of(round, repository.lines(roundId));
    }

    // --- import ---

    /** The import of a member's proposals from a CSV or XLSX file into the round (layout: docs/proposal-import.md). */
    public ProposalImport proposalImport(long roundId, long memberId) {
        return new ProposalImport(this, roundId, memberId);
    }

    /** Checks and stores an import's lines together, or refuses each line that breaks a rule: nothing half. */
    List<Validation> proposeAll(long roundId, long memberId, List<ProposalLine> lines) {
        permissions.requireLibrary(memberId, "import purchase proposals");
        PurchaseRound round = repository.round(roundId).orElseThrow();
        List<Validation> checks = new ArrayList<>();
        List<ProposalLine> good = new ArrayList<>();
        for (ProposalLine line : lines) {
            ProposalLine fresh = new ProposalLine(null, roundId, memberId, line.title(), line.format(),
                    line.sharedForAll(), line.vendor(), line.unitPrice(), line.copies(), line.priority(),
                    line.justification(), Decision.PENDING, "", 0, 0);
            Validation validation = AcquisitionRules.proposal(fresh, round, today());
            checks.add(validation);
            if (validation.isValid()) {
                good.add(fresh);
            }
        }
        if (!good.isEmpty()) {
            repository.insertLines(good);
        }
        return checks;
    }

    void requireProposer(long memberId) {
        permissions.requireLibrary(memberId, "import purchase proposals");
    }

    private Map<Long, AcquisitionMember> register() {
        return members.all().stream().collect(Collectors.toMap(AcquisitionMember::id, Function.identity()));
    }

    private String nameOf(long memberId) {
        AcquisitionMember member = register().get(memberId);
        return member == null ? "#" + memberId : member.name();
    }
}
