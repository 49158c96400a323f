package id.jalin.crossservice.domain;

import id.jalin.kernel.task.Progress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;
import java.util.Optional;

/** Where cross-service data is stored. The jOOQ implementation lives in {@code crossservice.data}. */
public interface CrossServiceRepository extends DeskLookup {
    // Card holders

    List<CardHolder> holdersOf(long homeLibraryId);

    Optional<CardHolder> findHolderByNumber(long homeLibraryId, String number);

    boolean holderNumberTaken(long homeLibraryId, String number, Long excludingId);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved the holder since it was read */
    CardHolder saveHolder(CardHolder holder);

    /** Saves every holder in one transaction: all of them or, on failure or Cancel, none. */
    List<CardHolder> saveHolders(List<CardHolder> holders, Progress progress);

    void deleteHolder(long holderId, int version);

    Optional<Photo> photo(long holderId);

    /** Stores photos by holder id in one transaction. */
    void savePhotos(Map<Long, Photo> photos, Progress progress);

    // Cards

    List<Card> cardsOf(long holderId);

    Optional<Card> findCard(long cardId);

    /** The highest running number used for that library sequence in that two-digit year, 0 if none. */
    int highestRunningNumber(int year, long librarySequence);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved the card since it was read */
    Card saveCard(Card card);

    /** Ends the lost card and stores its replacement in one transaction; returns the replacement. */
    Card replaceCard(Card endedLostCard, Card replacement);

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

    /** Arrival counts per host library, month and verdict. */
    List<ArrivalCount> arrivalsByHost(LocalDateTime from, LocalDateTime to);

    /** Arrival counts per holder's home library, month and verdict; scans that found no card are left out. */
    List<ArrivalCount> arrivalsByHome(LocalDateTime from, LocalDateTime to);
}
