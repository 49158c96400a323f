package id.jalin.crossservice.domain;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.task.Progress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Where cross-service data is stored. The jOOQ implementation lives in {@code crossservice.data}. */
public interface CrossServiceRepository extends DeskLookup, CardPrefixRepository {
    // Card holders

    /** Every holder of a library, by name, without photos; for matching imports, not for a screen's list. */
    List<CardHolder> holdersOf(long homeLibraryId);

    /**
     * One page of a library's holders, sorted and searched in the database; the search finds a part of the name,
     * of the holder number or of any of the holder's card numbers. Photos are not read.
     */
    Page<CardHolder> holderPage(long homeLibraryId, PageRequest<HolderSort> request);

    /** A page of a library's holders whose card ends in the span ({@link CardsEnding}), sorted and searched. */
    Page<CardHolder> holderPage(long homeLibraryId, CardsEnding ending, PageRequest<HolderSort> request);

    /**
     * Per library and day, how many holders' cards end in the span ({@link CardsEnding}), the earliest first; only
     * {@code libraryId}'s when it is given.
     */
    List<EndingCards> cardsEnding(CardsEnding ending, Long libraryId);

    /** These holders (those that still exist) in one query, without photos. */
    Map<Long, CardHolder> holdersByIds(Collection<Long> holderIds);

    /** Ids of a library's holders with a card active on {@code day}, by name: who "print all" prints. */
    List<Long> holderIdsWithActiveCard(long homeLibraryId, LocalDate day);

    Optional<CardHolder> findHolderByNumber(long homeLibraryId, String number);

    boolean holderNumberTaken(long homeLibraryId, String number, Long excludingId);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved the holder since it was read */
    CardHolder saveHolder(CardHolder holder);

    /** Saves every holder in one transaction: all of them or, on failure or Cancel, none. */
    List<CardHolder> saveHolders(List<CardHolder> holders, Progress progress);

    void deleteHolder(long holderId, int version);

    Optional<Photo> photo(long holderId);

    /** The photos of these holders in one query; holders without a photo are left out. */
    Map<Long, Photo> photos(Collection<Long> holderIds);

    /** Stores photos by holder id in one transaction. */
    void savePhotos(Map<Long, Photo> photos, Progress progress);

    /**
     * Stores photos in one transaction, reading each from {@code photos} only when it is written, so a folder of
     * thousands of 2 MB photos never sits in memory at once.
     */
    void savePhotos(Iterable<HolderPhoto> photos, int count, Progress progress);

    // Cards

    List<Card> cardsOf(long holderId);

    /** The cards of these holders, newest first per holder, in one query; holders without cards are left out. */
    Map<Long, List<Card>> cardsOfHolders(Collection<Long> holderIds);

    Optional<Card> findCard(long cardId);

    /**
     * Numbers a new card and stores it, both in one transaction: the home library's card prefix (the next free
     * one is assigned on its first card), then the next running number of that prefix and two-digit year from
     * its counter row, which the transaction holds until it ends, so a second desk waits and takes the number
     * after. {@code numbered} builds the card for the number; it runs inside the transaction and runs again
     * when a clash (two first cards at once) made the store retry.
     */
    Card issueCard(long homeLibraryId, int numberYear, Function<CardNumber, Card> numbered);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved the card since it was read */
    Card saveCard(Card card);

    /**
     * Ends the lost card and numbers and stores its replacement as {@link #issueCard} does, in one transaction;
     * returns the replacement.
     */
    Card replaceCard(Card endedLostCard, long homeLibraryId, int numberYear, Function<CardNumber, Card> numbered);

    /** The holders of a home library who hold a card valid on {@code day}, by name, without their photos. */
    List<CardHolder> holdersWithCardValidOn(long homeLibraryId, LocalDate day);

    /** Fees of cards issued in {@code from..to}, per holder's home library and month of issue. */
    List<FeeIncome> feeIncome(LocalDate from, LocalDate to);

    // Hosts and visits

    /** @throws id.jalin.kernel.concurrency.StaleRecordException if someone else changed the rule since it was read */
    HostRule saveHostRule(HostRule rule);

    VisitAnnouncement saveAnnouncement(VisitAnnouncement announcement);

    void deleteAnnouncement(long announcementId, int version);

    /** Announcements at a host whose range overlaps {@code from..to}, earliest first. */
    List<VisitAnnouncement> announcementsAt(long hostLibraryId, LocalDate from, LocalDate to);

    /** Announcements (at every host) whose range ends within {@code from..to}. */
    List<VisitAnnouncement> announcementsEndingBetween(LocalDate from, LocalDate to);

    /**
     * The introduction letter number of an announcement: the one it was given at its first print, or else the next
     * of {@code series}' running count for {@code year}, formatted by {@code text} and stored with the announcement
     * in the same transaction, so two desks printing at once never get the same number and a reprint repeats it.
     *
     * @throws id.jalin.kernel.concurrency.RecordGoneException if the announcement was withdrawn meanwhile
     */
    String letterNumber(long announcementId, String series, int year, IntFunction<String> text);

    Arrival saveArrival(Arrival arrival);

    /** Arrivals from {@code from} (inclusive) to {@code to} (exclusive), with the holder read through the card. */
    List<Arrival> arrivalsBetween(LocalDateTime from, LocalDateTime to);

    /** Arrivals by any card of these holders from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Arrival> arrivalsOfHolders(Collection<Long> holderIds, LocalDateTime from, LocalDateTime to);

    /** One page of the visit log with holder names, sorted and searched (scanned text, name) in the database. */
    /** One page of the log; sorted by host, the hosts follow {@code hostsInOrder} (the register's order). */
    Page<VisitLogEntry> visitLog(VisitLogFilter filter, PageRequest<VisitLogSort> request, List<Long> hostsInOrder);

    /** The whole filtered visit log in time order, handed over row by row as it is read (for exports). */
    void eachVisit(VisitLogFilter filter, String search, Consumer<VisitLogEntry> each);

    /** Arrival counts per host library, month and verdict. */
    List<ArrivalCount> arrivalsByHost(LocalDateTime from, LocalDateTime to);

    /** Arrival counts per holder's home library, month and verdict; scans that found no card are left out. */
    List<ArrivalCount> arrivalsByHome(LocalDateTime from, LocalDateTime to);
}
