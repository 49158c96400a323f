package id.jalin.redistribution.domain;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where offers and claims are kept. Every change is one transaction with its audit line; a change made on a record
 * read at an older version is refused as stale ({@code StaleRecordException}), one on a record deleted meanwhile as
 * gone.
 */
public interface RedistributionRepository {
    /** Stores new offers together: all or none. */
    List<SurplusOffer> post(List<SurplusOffer> offers, LocalDateTime at, String by);

    Optional<SurplusOffer> offer(long id);

    /** Withdraws an offer read at {@code read.version()}; claims still waiting get nothing. */
    SurplusOffer withdraw(SurplusOffer read);

    /**
     * Adds a claim on an offer read at {@code offerVersion}: the offer's version moves on with it, so two desks
     * claiming the last copies at once cannot both get them. {@code statusAfter} is the offer's status once the
     * claim is in (closed when it took the last copy).
     */
    Claim claim(Claim claim, long offerVersion, OfferStatus statusAfter);

    Optional<Claim> claim(long id);

    /** The offer's claims, oldest first. */
    List<Claim> claims(long offerId);

    /** Stores the rule's decision on an offer read at {@code read.version()} and closes it. */
    SurplusOffer allocate(SurplusOffer read, List<Allotment> allotments);

    /** A claim read at {@code read.version()} now shipped. */
    Claim ship(Claim read, LocalDate on, String shipment);

    /**
     * A claim read at {@code read.version()} now received; {@code beforeCommit} runs in the same transaction once the
     * row is changed, and a failure there leaves the claim as it was.
     */
    Claim receive(Claim read, LocalDate on, Consumer<Claim> beforeCommit);

    /** Offers taking claims on {@code today}, with their counts, searched by title, author or ISBN. */
    Page<OfferRow> openOffers(LocalDate today, PageRequest<OfferSort> request);

    /** Offers still open whose closing date is {@code until} or earlier (passed ones included), the soonest first. */
    List<SurplusOffer> openOffersClosingBy(LocalDate until, int limit);

    /** Every offer one member posted, whatever its status. */
    Page<OfferRow> offersOf(long giverId, PageRequest<OfferSort> request);

    /** Offers no longer open (closed or withdrawn) one member gave or claimed, or all of them. */
    Page<OfferRow> history(Optional<Long> memberId, PageRequest<OfferSort> request);

    /** One member's claims with their offers, searched by title, author or ISBN. */
    Page<ClaimRow> claimsOf(long claimantId, PageRequest<ClaimSort> request);

    /** What one member is to receive (agreed or shipped, not yet received), by giver, then title. */
    List<ClaimRow> handOversTo(long receiverId);
}
