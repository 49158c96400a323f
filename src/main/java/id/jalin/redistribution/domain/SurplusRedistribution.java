package id.jalin.redistribution.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Redistribution of surplus books (decision 0031): a member posts copies it no longer needs, others claim them, the
 * offer's rule allocates them, and each allocation is handed over (agreed, shipped, received); on receipt the union
 * catalogue moves the holding from giver to receiver through {@link HoldingTransfer}.
 *
 * <p>Who may do what (0016): a member's staff post, withdraw and allocate their own library's offers, claim for their
 * own library, mark shipped what their library gives and received what it receives; the forum's staff may do all of
 * it. Reading is open to every signed-in role.
 */
public final class SurplusRedistribution {
    private final RedistributionRepository repository;
    private final RedistributionMembers members;
    private final HoldingTransfer transfer;
    private final Clock clock;
    private final Permissions permissions;

    public SurplusRedistribution(RedistributionRepository repository, RedistributionMembers members,
                                 HoldingTransfer transfer, Clock clock, Permissions permissions) {
        this.repository = repository;
        this.members = members;
        this.transfer = transfer;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** The same service on another clock: demo data tell offers on the days they were made. */
    public SurplusRedistribution withClock(Clock other) {
        return new SurplusRedistribution(repository, members, transfer, other, permissions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The library whose desk the signed-in person keeps, if any. */
    public Optional<Long> ownLibrary() {
        return permissions.actor().library();
    }

    /** For screens: whether to offer changes on this library's side at all (the service checks again). */
    public boolean mayActFor(long libraryId) {
        return permissions.mayChangeLibrary(libraryId);
    }

    public List<RedistributionMember> members() {
        return members.all();
    }

    // --- offers ---

    /** Posts a new offer for its giver. */
    public SaveResult<SurplusOffer> post(SurplusOffer offer) {
        Actor actor = permissions.requireLibrary(offer.giverId(), "post a surplus offer");
        Validation validation = RedistributionRules.posting(offer, activeMembers(), today())
                .and(Validation.builder().errorIf(offer.id() != null, "offer", "redistribution.error.posted_once")
                        .build());
        return SaveResult.store(validation, () -> repository.post(List.of(offer), LocalDateTime.now(clock),
                actor.signature()).get(0));
    }

    /** Imports offers for one giver from a CSV or XLSX file (docs/surplus-offer-import.md). */
    public OfferImport offerImport(long giverId) {
        return new OfferImport(this, giverId);
    }

    /** Checks and posts an import's offers together, or refuses each that breaks a rule: nothing half. */
    List<Validation> postAll(long giverId, List<SurplusOffer> offers) {
        Actor actor = requireGiver(giverId);
        Set<Long> active = activeMembers();
        List<Validation> checks = new ArrayList<>();
        List<SurplusOffer> good = new ArrayList<>();
        for (SurplusOffer offer : offers) {
            SurplusOffer own = SurplusOffer.of(giverId, offer.title(), offer.author(), offer.isbn(), offer.year(),
                    offer.copies(), offer.condition(), offer.reason(), offer.rule(), offer.closingDate(), offer.note());
            Validation validation = RedistributionRules.posting(own, active, today());
            checks.add(validation);
            if (validation.isValid()) {
                good.add(own);
            }
        }
        if (!good.isEmpty()) {
            repository.post(good, LocalDateTime.now(clock), actor.signature());
        }
        return checks;
    }

    Actor requireGiver(long giverId) {
        return permissions.requireLibrary(giverId, "post surplus offers");
    }

    /** Withdraws an open offer read at {@code read.version()}; hand-overs already agreed stay agreed. */
    public SaveResult<SurplusOffer> withdraw(SurplusOffer read) {
        SurplusOffer stored = repository.offer(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.title());
        }
        permissions.requireLibrary(stored.giverId(), "withdraw a surplus offer");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.title());
        }
        return SaveResult.store(RedistributionRules.withdrawal(stored), () -> repository.withdraw(read));
    }

    public Optional<SurplusOffer> offer(long id) {
        return repository.offer(id);
    }

    // --- claims and allocation ---

    /**
     * Claims copies of an offer for the claimant's library. On a first-come offer the claim is allocated at once
     * (what it wants or what is left) and the offer closes when its last copy is promised; on a
     * smaller-libraries-first offer it waits for the closing date.
     */
    public SaveResult<Claim> claim(Claim claim) {
        Actor actor = permissions.requireLibrary(claim.claimantId(), "claim surplus copies");
        SurplusOffer offer = repository.offer(claim.offerId()).orElse(null);
        if (offer == null) {
            return new SaveResult.Gone<>("#" + claim.offerId());
        }
        List<Claim> earlier = repository.claims(offer.id());
        boolean claimedBefore = earlier.stream().anyMatch(c -> c.claimantId() == claim.claimantId());
        Validation validation = RedistributionRules.claim(claim, offer, activeMembers(), claimedBefore, today())
                .and(Validation.builder().errorIf(claim.id() != null, "claim", "redistribution.error.claimed_once")
                        .build());
        Integer allotted = null;
        OfferStatus after = OfferStatus.OPEN;
        if (offer.rule() == AllocationRule.FIRST_COME) {
            int promised = earlier.stream().mapToInt(Claim::allocatedCopies).sum();
            allotted = Allocation.firstComeShare(offer.copies(), promised, claim.copies());
            after = promised + allotted >= offer.copies() ? OfferStatus.CLOSED : OfferStatus.OPEN;
        }
        Claim made = claim.made(LocalDateTime.now(clock), actor.signature(), allotted);
        OfferStatus statusAfter = after;
        return SaveResult.store(validation, () -> repository.claim(made, offer.version(), statusAfter));
    }

    /**
     * Decides a smaller-libraries-first offer once its closing date has passed: the claims are served smallest
     * collection first (ties as {@link Allocation} states), and the offer closes.
     */
    public SaveResult<SurplusOffer> allocate(SurplusOffer read) {
        SurplusOffer stored = repository.offer(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.title());
        }
        permissions.requireLibrary(stored.giverId(), "allocate a surplus offer");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.title());
        }
        Validation validation = RedistributionRules.allocation(stored, today());
        return SaveResult.store(validation, () -> repository.allocate(read, Allocation.allocate(stored.rule(),
                stored.giverId(), stored.copies(), repository.claims(stored.id()), register())));
    }

    public Optional<Claim> findClaim(long id) {
        return repository.claim(id);
    }

    public List<Claim> claims(long offerId) {
        return repository.claims(offerId);
    }

    // --- hand-over ---

    /** The giver's side: an agreed hand-over read at {@code read.version()} went out. */
    public SaveResult<Claim> ship(Claim read, LocalDate shippedOn, String shipment) {
        Claim stored = repository.claim(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>("#" + read.id());
        }
        SurplusOffer offer = repository.offer(stored.offerId()).orElseThrow();
        permissions.requireLibrary(offer.giverId(), "mark surplus copies shipped");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(offer.title());
        }
        return SaveResult.store(RedistributionRules.shipping(stored, shippedOn, shipment, today()),
                () -> repository.ship(read, shippedOn, shipment == null ? "" : shipment.strip()));
    }

    /**
     * The receiver's side: a shipped hand-over read at {@code read.version()} arrived. The holding moves in the
     * union catalogue before the receipt is committed; if that fails, the hand-over stays shipped.
     */
    public SaveResult<Claim> receive(Claim read, LocalDate receivedOn) {
        Claim stored = repository.claim(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>("#" + read.id());
        }
        permissions.requireLibrary(stored.claimantId(), "mark surplus copies received");
        SurplusOffer offer = repository.offer(stored.offerId()).orElseThrow();
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(offer.title());
        }
        return SaveResult.store(RedistributionRules.receiving(stored, receivedOn, today()),
                () -> repository.receive(read, receivedOn, received -> transfer.transfer(new TransferredHolding(
                        received.id(), offer.giverId(), received.claimantId(), offer.title(), offer.author(),
                        offer.isbn(), offer.year(), received.allocatedCopies(), receivedOn))));
    }

    // --- lists ---

    /** Offers taking claims today. */
    public Page<OfferRow> openOffers(PageRequest<OfferSort> request) {
        return repository.openOffers(today(), request);
    }

    /**
     * The offers the start screen points to today ({@link RedistributionReminder}), read in the database as those
     * still open closing within {@value RedistributionReminder#WITHIN_DAYS} days or earlier, at most {@code limit}.
     */
    public List<RedistributionReminder> reminders(int limit) {
        LocalDate today = today();
        return RedistributionReminder.of(repository.openOffersClosingBy(
                today.plusDays(RedistributionReminder.WITHIN_DAYS), limit), today, ownLibrary());
    }

    /** Every offer a member posted. */
    public Page<OfferRow> offersOf(long giverId, PageRequest<OfferSort> request) {
        return repository.offersOf(giverId, request);
    }

    /** A member's claims, or those of the signed-in person's library. */
    public Page<ClaimRow> claimsOf(long claimantId, PageRequest<ClaimSort> request) {
        return repository.claimsOf(claimantId, request);
    }

    /** Offers closed or withdrawn that a member gave or claimed; every one of them when {@code memberId} is empty. */
    public Page<OfferRow> history(Optional<Long> memberId, PageRequest<OfferSort> request) {
        return repository.history(memberId, request);
    }

    /** What a member is still to receive, for its hand-over list. */
    public List<ClaimRow> handOversTo(long receiverId) {
        return repository.handOversTo(receiverId);
    }

    private Map<Long, RedistributionMember> register() {
        return members.all().stream().collect(Collectors.toMap(RedistributionMember::id, Function.identity()));
    }

    private Set<Long> activeMembers() {
        return members.all().stream().filter(RedistributionMember::active).map(RedistributionMember::id)
                .collect(Collectors.toSet());
    }
}
