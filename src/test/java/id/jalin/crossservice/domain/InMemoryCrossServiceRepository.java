package id.jalin.crossservice.domain;

import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.MemberStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A repository in a few maps, for domain tests that need no database. */
public final class InMemoryCrossServiceRepository implements CrossServiceRepository {
    private final Map<Long, CardHolder> holders = new LinkedHashMap<>();
    private final Map<Long, Photo> photos = new HashMap<>();
    private final Map<Long, Card> cards = new LinkedHashMap<>();
    private final Map<Long, HostRule> rules = new HashMap<>();
    private final Map<Long, VisitAnnouncement> announcements = new LinkedHashMap<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final Map<Long, CardPrefix> prefixes = new LinkedHashMap<>();
    private final Map<Long, MemberStatus> statuses = new HashMap<>();
    private long nextId = 1;

    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    @Override
    public List<CardHolder> holdersOf(long homeLibraryId) {
        return holders.values().stream().filter(h -> h.homeLibraryId() == homeLibraryId).toList();
    }

    @Override
    public Optional<CardHolder> findHolder(long holderId) {
        return Optional.ofNullable(holders.get(holderId));
    }

    @Override
    public Optional<CardHolder> findHolderByNumber(long homeLibraryId, String number) {
        return holdersOf(homeLibraryId).stream().filter(h -> h.number().equals(number)).findFirst();
    }

    @Override
    public boolean holderNumberTaken(long homeLibraryId, String number, Long excludingId) {
        return findHolderByNumber(homeLibraryId, number).filter(h -> !h.id().equals(excludingId)).isPresent();
    }

    @Override
    public CardHolder saveHolder(CardHolder holder) {
        if (holder.isNew()) {
            CardHolder saved = holder.withId(nextId++, 0);
            holders.put(saved.id(), saved);
            return saved;
        }
        if (holders.get(holder.id()).version() != holder.version()) {
            throw new StaleRecordException(holder.number());
        }
        CardHolder saved = holder.withId(holder.id(), holder.version() + 1);
        holders.put(saved.id(), saved);
        return saved;
    }

    @Override
    public List<CardHolder> saveHolders(List<CardHolder> list, Progress progress) {
        Map<Long, CardHolder> before = new LinkedHashMap<>(holders);
        try {
            List<CardHolder> saved = new ArrayList<>();
            for (CardHolder holder : list) {
                progress.checkCancelled();
                saved.add(saveHolder(holder));
                progress.update(saved.size(), list.size());
            }
            return saved;
        } catch (RuntimeException rollback) {
            holders.clear();
            holders.putAll(before);
            throw rollback;
        }
    }

    @Override
    public void deleteHolder(long holderId, int version) {
        holders.remove(holderId);
    }

    @Override
    public Optional<Photo> photo(long holderId) {
        return Optional.ofNullable(photos.get(holderId));
    }

    @Override
    public void savePhotos(Map<Long, Photo> map, Progress progress) {
        photos.putAll(map);
    }

    @Override
    public List<Card> cardsOf(long holderId) {
        return cards.values().stream().filter(c -> c.holderId() == holderId).toList();
    }

    @Override
    public Optional<Card> findCard(long cardId) {
        return Optional.ofNullable(cards.get(cardId));
    }

    @Override
    public Optional<Card> findCardByNumber(CardNumber number) {
        return cards.values().stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** As storage does it: the library's prefix (the next free one on its first card), then the running number. */
    private CardNumber nextNumber(long homeLibraryId, int year) {
        CardPrefix prefix = prefixes.get(homeLibraryId);
        if (prefix == null) {
            prefix = new CardPrefix(homeLibraryId, nextFreePrefix().orElseThrow(), 0, false);
            prefixes.put(homeLibraryId, prefix);
        }
        int wanted = prefix.prefix();
        int highest = cards.values().stream().map(c -> c.number().digits())
                .filter(d -> Integer.parseInt(d.substring(0, 2)) == year && Integer.parseInt(d.substring(2, 5)) == wanted)
                .mapToInt(d -> Integer.parseInt(d.substring(5, 10))).max().orElse(0);
        return CardNumber.generate(year, wanted, highest + 1);
    }

    @Override
    public Card issueCard(long homeLibraryId, int numberYear, Function<CardNumber, Card> numbered) {
        return saveCard(numbered.apply(nextNumber(homeLibraryId, numberYear)));
    }

    @Override
    public Card replaceCard(Card endedLostCard, long homeLibraryId, int numberYear,
                            Function<CardNumber, Card> numbered) {
        saveCard(endedLostCard);
        return issueCard(homeLibraryId, numberYear, numbered);
    }

    @Override
    public List<CardHolder> holdersWithCardValidOn(long homeLibraryId, LocalDate day) {
        return holdersOf(homeLibraryId).stream()
                .filter(h -> cardsOf(h.id()).stream().anyMatch(c -> c.statusOn(day).isValid())).toList();
    }

    @Override
    public List<CardPrefix> cardPrefixes() {
        return prefixes.values().stream().map(p -> new CardPrefix(p.libraryId(), p.prefix(), p.version(),
                prefixCarriedByCards(p.prefix()))).sorted(Comparator.comparingInt(CardPrefix::prefix)).toList();
    }

    @Override
    public OptionalInt nextFreePrefix() {
        return IntStream.rangeClosed(CardPrefix.LOWEST, CardPrefix.HIGHEST)
                .filter(p -> prefixes.values().stream().noneMatch(q -> q.prefix() == p) && !prefixCarriedByCards(p))
                .findFirst();
    }

    @Override
    public boolean prefixCarriedByCards(int prefix) {
        return cards.values().stream().anyMatch(c -> Integer.parseInt(c.number().digits().substring(2, 5)) == prefix);
    }

    @Override
    public CardPrefix setCardPrefix(long libraryId, Integer expectedVersion, int prefix) {
        CardPrefix stored = prefixes.get(libraryId);
        if (stored == null ? expectedVersion != null : !Integer.valueOf(stored.version()).equals(expectedVersion)) {
            throw new StaleRecordException(CardPrefix.format(prefix));
        }
        CardPrefix saved = new CardPrefix(libraryId, prefix, stored == null ? 0 : stored.version() + 1, false);
        prefixes.put(libraryId, saved);
        return saved;
    }

    /** Sets where a library stands in the forum, as the member register would; unset libraries are active. */
    public void setLibraryStatus(long libraryId, MemberStatus status) {
        statuses.put(libraryId, status);
    }

    /** The statuses set above, as the desk asks the member register. */
    public Optional<MemberStatus> libraryStatus(long libraryId) {
        return Optional.of(statuses.getOrDefault(libraryId, MemberStatus.ACTIVE));
    }

    @Override
    public Card saveCard(Card card) {
        if (card.isNew()) {
            Card saved = card.withId(nextId++, 0);
            cards.put(saved.id(), saved);
            return saved;
        }
        if (cards.get(card.id()).version() != card.version()) {
            throw new StaleRecordException(card.number().digits());
        }
        Card saved = card.withId(card.id(), card.version() + 1);
        cards.put(saved.id(), saved);
        return saved;
    }

    @Override
    public List<FeeIncome> feeIncome(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("covered by the storage tests");
    }

    @Override
    public HostRule hostRule(long hostLibraryId) {
        return rules.getOrDefault(hostLibraryId, HostRule.defaultFor(hostLibraryId));
    }

    @Override
    public HostRule saveHostRule(HostRule rule) {
        HostRule saved = new HostRule(rule.libraryId(), rule.version() + 1, rule.unannounced());
        rules.put(rule.libraryId(), saved);
        return saved;
    }

    @Override
    public List<VisitAnnouncement> announcementsCovering(long holderId, long hostLibraryId, LocalDate day) {
        return announcements.values().stream()
                .filter(a -> a.holderId() == holderId && a.hostLibraryId() == hostLibraryId && a.covers(day)).toList();
    }

    @Override
    public VisitAnnouncement saveAnnouncement(VisitAnnouncement a) {
        VisitAnnouncement saved = new VisitAnnouncement(a.id() == null ? nextId++ : a.id(), a.version(), a.holderId(),
                a.hostLibraryId(), a.from(), a.to(), a.purpose(), a.announcedBy(), a.createdAt());
        announcements.put(saved.id(), saved);
        return saved;
    }

    private final Map<Long, String> letterNumbers = new HashMap<>();
    private final Map<String, Integer> letterCounters = new HashMap<>();

    @Override
    public synchronized String letterNumber(long announcementId, String series, int year,
                                            java.util.function.IntFunction<String> text) {
        if (!announcements.containsKey(announcementId)) {
            throw new id.jalin.kernel.concurrency.RecordGoneException(String.valueOf(announcementId));
        }
        return letterNumbers.computeIfAbsent(announcementId,
                id -> text.apply(letterCounters.merge(series + "/" + year, 1, Integer::sum)));
    }

    @Override
    public void deleteAnnouncement(long announcementId, int version) {
        announcements.remove(announcementId);
    }

    @Override
    public List<VisitAnnouncement> announcementsAt(long hostLibraryId, LocalDate from, LocalDate to) {
        return announcements.values().stream()
                .filter(a -> a.hostLibraryId() == hostLibraryId && !a.from().isAfter(to) && !a.to().isBefore(from))
                .toList();
    }

    @Override
    public List<VisitAnnouncement> announcementsEndingBetween(LocalDate from, LocalDate to) {
        return announcements.values().stream().filter(a -> !a.to().isBefore(from) && !a.to().isAfter(to)).toList();
    }

    @Override
    public Arrival saveArrival(Arrival arrival) {
        Arrival saved = new Arrival(nextId++, arrival.arrivedAt(), arrival.hostLibraryId(), arrival.scannedText(),
                arrival.cardId(), arrival.holderId(), arrival.verdict());
        arrivals.add(saved);
        return saved;
    }

    @Override
    public List<Arrival> arrivalsBetween(LocalDateTime from, LocalDateTime to) {
        return arrivals.stream().filter(a -> !a.arrivedAt().isBefore(from) && a.arrivedAt().isBefore(to))
                .sorted(Comparator.comparing(Arrival::arrivedAt)).toList();
    }

    @Override
    public List<ArrivalCount> arrivalsByHost(LocalDateTime from, LocalDateTime to) {
        return arrivalsBetween(from, to).stream()
                .collect(Collectors.groupingBy(a -> List.of(a.hostLibraryId(), YearMonth.from(a.arrivedAt()), a.verdict()),
                        LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> new ArrivalCount((Long) e.getKey().get(0),
                        (YearMonth) e.getKey().get(1), (Verdict) e.getKey().get(2), e.getValue())).toList();
    }

    @Override
    public List<ArrivalCount> arrivalsByHome(LocalDateTime from, LocalDateTime to) {
        throw new UnsupportedOperationException("covered by the storage tests");
    }

    // Paged and batched reads: enough for domain tests; their SQL is covered by the storage tests.

    @Override
    public Page<CardHolder> holderPage(long homeLibraryId, PageRequest<HolderSort> request) {
        String text = request.filter().toLowerCase(java.util.Locale.ROOT);
        List<CardHolder> all = holdersOf(homeLibraryId).stream()
                .filter(h -> text.isEmpty() || h.name().toLowerCase(java.util.Locale.ROOT).contains(text)
                        || h.number().toLowerCase(java.util.Locale.ROOT).contains(text))
                .sorted(Comparator.comparing(CardHolder::name)).toList();
        List<CardHolder> rows = all.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(rows, request.offset(), all.size());
    }

    @Override
    public Page<CardHolder> holderPage(long homeLibraryId, CardsEnding ending, PageRequest<HolderSort> request) {
        Page<CardHolder> all = holderPage(homeLibraryId, new PageRequest<>(0, Integer.MAX_VALUE, request.sort(),
                request.direction(), request.filter()));
        List<CardHolder> endingSoon = all.rows().stream().filter(h -> endingCard(h.id(), ending) != null).toList();
        return new Page<>(endingSoon.stream().skip(request.offset()).limit(request.size()).toList(), request.offset(),
                endingSoon.size());
    }

    @Override
    public List<EndingCards> cardsEnding(CardsEnding ending, Long libraryId) {
        Map<List<Object>, Integer> counts = new java.util.TreeMap<>(Comparator.comparing((List<Object> key) ->
                (LocalDate) key.get(1)).thenComparing(key -> (Long) key.get(0)));
        for (CardHolder holder : holders.values()) {
            Card card = endingCard(holder.id(), ending);
            if (card != null && (libraryId == null || holder.homeLibraryId() == libraryId)) {
                counts.merge(List.of(holder.homeLibraryId(), card.validUntil()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(entry -> new EndingCards((Long) entry.getKey().get(0),
                (LocalDate) entry.getKey().get(1), entry.getValue())).toList();
    }

    /** The holder's newest unended card when it ends in the span, else null. */
    private Card endingCard(long holderId, CardsEnding ending) {
        return cardsOf(holderId).stream().filter(card -> card.ending() == null)
                .max(Comparator.comparing(Card::validUntil)).filter(card -> ending.contains(card.validUntil()))
                .orElse(null);
    }

    @Override
    public Map<Long, CardHolder> holdersByIds(Collection<Long> holderIds) {
        Map<Long, CardHolder> found = new HashMap<>();
        holderIds.forEach(id -> findHolder(id).ifPresent(h -> found.put(id, h)));
        return found;
    }

    @Override
    public List<Long> holderIdsWithActiveCard(long homeLibraryId, LocalDate day) {
        return holdersOf(homeLibraryId).stream()
                .filter(h -> cardsOf(h.id()).stream().anyMatch(c -> c.statusOn(day).isValid()))
                .sorted(Comparator.comparing(CardHolder::name)).map(CardHolder::id).toList();
    }

    @Override
    public Map<Long, Photo> photos(Collection<Long> holderIds) {
        Map<Long, Photo> found = new HashMap<>();
        holderIds.forEach(id -> photo(id).ifPresent(p -> found.put(id, p)));
        return found;
    }

    @Override
    public void savePhotos(Iterable<HolderPhoto> list, int count, Progress progress) {
        Map<Long, Photo> before = new HashMap<>(photos);
        try {
            for (HolderPhoto photo : list) {
                progress.checkCancelled();
                photos.put(photo.holderId(), photo.photo());
            }
        } catch (RuntimeException rollback) {
            photos.clear();
            photos.putAll(before);
            throw rollback;
        }
    }

    @Override
    public Map<Long, List<Card>> cardsOfHolders(Collection<Long> holderIds) {
        Map<Long, List<Card>> found = new HashMap<>();
        holderIds.forEach(id -> {
            List<Card> list = cardsOf(id);
            if (!list.isEmpty()) {
                found.put(id, list);
            }
        });
        return found;
    }

    @Override
    public List<Arrival> arrivalsOfHolders(Collection<Long> holderIds, LocalDateTime from, LocalDateTime to) {
        return arrivalsBetween(from, to).stream().filter(a -> a.holderId() != null && holderIds.contains(a.holderId()))
                .toList();
    }

    @Override
    public Page<VisitLogEntry> visitLog(VisitLogFilter filter, PageRequest<VisitLogSort> request,
                                        List<Long> hostsInOrder) {
        List<VisitLogEntry> all = new ArrayList<>();
        eachVisit(filter, request.filter(), all::add);
        return new Page<>(all.stream().skip(request.offset()).limit(request.size()).toList(), request.offset(),
                all.size());
    }

    @Override
    public void eachVisit(VisitLogFilter filter, String search, Consumer<VisitLogEntry> each) {
        arrivalsBetween(filter.from().atStartOfDay(), filter.to().plusDays(1).atStartOfDay()).stream()
                .filter(a -> filter.hostLibraryId() == null || a.hostLibraryId() == filter.hostLibraryId())
                .map(a -> {
                    CardHolder h = a.holderId() == null ? null : holders.get(a.holderId());
                    return new VisitLogEntry(a, h == null ? "" : h.name(), h == null ? "" : h.number());
                })
                .filter(e -> search == null || search.isBlank()
                        || (e.arrival().scannedText() + " " + e.holderName()).toLowerCase(java.util.Locale.ROOT)
                        .contains(search.strip().toLowerCase(java.util.Locale.ROOT)))
                .forEach(each);
    }
}
