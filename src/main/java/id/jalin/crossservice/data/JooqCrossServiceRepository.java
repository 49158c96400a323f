package id.jalin.crossservice.data;

import static id.jalin.kernel.db.generated.Tables.CARD;
import static id.jalin.kernel.db.generated.Tables.CARD_HOLDER;
import static id.jalin.kernel.db.generated.Tables.HOST_RULE;
import static id.jalin.kernel.db.generated.Tables.LETTER_COUNTER;
import static id.jalin.kernel.db.generated.Tables.VISIT_ANNOUNCEMENT;
import static id.jalin.kernel.db.generated.Tables.VISIT_ARRIVAL;

import id.jalin.crossservice.domain.Arrival;
import id.jalin.crossservice.domain.ArrivalCount;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardEnding;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.crossservice.domain.CardsEnding;
import id.jalin.crossservice.domain.CrossServiceRepository;
import id.jalin.crossservice.domain.EndingCards;
import id.jalin.crossservice.domain.FeeIncome;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.HolderPhoto;
import id.jalin.crossservice.domain.HolderSort;
import id.jalin.crossservice.domain.HostRule;
import id.jalin.crossservice.domain.Photo;
import id.jalin.crossservice.domain.UnannouncedPolicy;
import id.jalin.crossservice.domain.Verdict;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.domain.VisitLogEntry;
import id.jalin.crossservice.domain.VisitLogFilter;
import id.jalin.crossservice.domain.VisitLogSort;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.FieldChanges;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.CardHolderRecord;
import id.jalin.kernel.db.generated.tables.records.CardRecord;
import id.jalin.kernel.db.generated.tables.records.HostRuleRecord;
import id.jalin.kernel.db.generated.tables.records.VisitAnnouncementRecord;
import id.jalin.kernel.db.generated.tables.records.VisitArrivalRecord;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.task.Progress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jooq.Condition;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Record1;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Stores card holders, cards, host rules, announcements and the arrival log; one transaction per change, holding
 * the change's audit rows (a holder by name and number, a card by its holder and card number).
 */
public final class JooqCrossServiceRepository implements CrossServiceRepository {
    /** Ids per IN list, well under what H2 and PostgreSQL accept in one statement. */
    private static final int IN_LIST = 500;
    /** Up to this many cards matching a typed name are sent as a list of ids. */
    private static final int MATCHED_CARDS = 1000;
    /** Everything of a holder but the photo, which is large and read only where it is shown or printed. */
    private static final List<SelectField<?>> HOLDER_FIELDS = List.of(CARD_HOLDER.ID, CARD_HOLDER.VERSION,
            CARD_HOLDER.LIBRARY_ID, CARD_HOLDER.HOLDER_NUMBER, CARD_HOLDER.NAME, CARD_HOLDER.PROGRAMME,
            CARD_HOLDER.KIND, CARD_HOLDER.EMAIL, CARD_HOLDER.PHONE);

    private final DSLContext dsl;
    private final AuditTrail trail;
    private final RecordAudit audit;

    public JooqCrossServiceRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.trail = trail;
        this.audit = new RecordAudit(trail, "crossservice");
    }

    // ---- Card holders

    @Override
    public List<CardHolder> holdersOf(long homeLibraryId) {
        return dsl.select(HOLDER_FIELDS).from(CARD_HOLDER).where(CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId))
                .orderBy(CARD_HOLDER.NAME, CARD_HOLDER.HOLDER_NUMBER).fetch(JooqCrossServiceRepository::toHolder);
    }

    @Override
    public Page<CardHolder> holderPage(long homeLibraryId, PageRequest<HolderSort> request) {
        return holderPage(CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId), request);
    }

    @Override
    public Page<CardHolder> holderPage(long homeLibraryId, CardsEnding ending, PageRequest<HolderSort> request) {
        var card = CARD.as("ending_card");
        return holderPage(CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId).andExists(DSL.selectOne().from(card)
                .where(card.HOLDER_ID.eq(CARD_HOLDER.ID)).and(endsWithin(card, ending))), request);
    }

    @Override
    public List<EndingCards> cardsEnding(CardsEnding ending, Long libraryId) {
        var card = CARD.as("ending_card");
        Field<Integer> holders = DSL.countDistinct(card.HOLDER_ID).as("holders");
        return dsl.select(CARD_HOLDER.LIBRARY_ID, card.VALID_UNTIL, holders).from(card).join(CARD_HOLDER)
                .on(CARD_HOLDER.ID.eq(card.HOLDER_ID)).where(endsWithin(card, ending))
                .and(libraryId == null ? DSL.noCondition() : CARD_HOLDER.LIBRARY_ID.eq(libraryId))
                .groupBy(CARD_HOLDER.LIBRARY_ID, card.VALID_UNTIL).orderBy(card.VALID_UNTIL, CARD_HOLDER.LIBRARY_ID)
                .fetch(row -> new EndingCards(row.value1(), row.value2(), row.value3()));
    }

    /** The card is neither revoked nor lost, ends in the span, and its holder has no unended card that ends later. */
    private static Condition endsWithin(id.jalin.kernel.db.generated.tables.Card card, CardsEnding ending) {
        var later = CARD.as("later_card");
        return card.ENDED_KIND.isNull().and(card.VALID_UNTIL.between(ending.from(), ending.to()))
                .andNotExists(DSL.selectOne().from(later).where(later.HOLDER_ID.eq(card.HOLDER_ID))
                        .and(later.ENDED_KIND.isNull()).and(later.VALID_UNTIL.gt(card.VALID_UNTIL)));
    }

    private Page<CardHolder> holderPage(Condition holders, PageRequest<HolderSort> request) {
        Condition where = holders.and(holderSearch(request.filter()));
        if (request.isFiltered()) {
            // a search reads every name once: count the matches in the same pass instead of a second scan
            Field<Integer> total = DSL.count().over().as("total");
            List<SelectField<?>> fields = new ArrayList<>(HOLDER_FIELDS);
            fields.add(total);
            var found = dsl.select(fields).from(CARD_HOLDER).where(where).orderBy(holderOrder(request))
                    .limit(request.size()).offset(request.offset()).fetch();
            int count = found.isEmpty() ? dsl.fetchCount(CARD_HOLDER, where) : found.get(0).get(total);
            return new Page<>(found.map(JooqCrossServiceRepository::toHolder), request.offset(), count);
        }
        // unfiltered, the (library, name) index gives the first page without sorting the library's holders
        int total = dsl.fetchCount(CARD_HOLDER, where);
        List<CardHolder> rows = dsl.select(HOLDER_FIELDS).from(CARD_HOLDER).where(where)
                .orderBy(holderOrder(request)).limit(request.size()).offset(request.offset())
                .fetch(JooqCrossServiceRepository::toHolder);
        return new Page<>(rows, request.offset(), total);
    }

    /** A part of the name, or of the holder number or a card number typed with or without spaces and dots. */
    private static Condition holderSearch(String text) {
        if (text.isEmpty()) {
            return DSL.noCondition();
        }
        String digits = text.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        Condition found = containsIgnoringCase(CARD_HOLDER.NAME, text);
        if (!digits.isEmpty()) {
            found = found.or(CARD_HOLDER.HOLDER_NUMBER.like(pattern(digits), '!'));
        }
        if (digits.matches("\\d+")) {
            // card numbers are digits only; an uncorrelated IN is read once, not once per holder
            found = found.or(CARD_HOLDER.ID.in(DSL.select(CARD.HOLDER_ID).from(CARD)
                    .where(CARD.CARD_NUMBER.like(pattern(digits), '!'))));
        }
        return found;
    }

    /**
     * {@code lower(column) LIKE ?} with the pattern made here, lower-cased and with {@code % _ !} escaped, so
     * the database compiles one constant pattern rather than building it again for every row.
     */
    private static Condition containsIgnoringCase(Field<String> column, String text) {
        return DSL.lower(column).like(pattern(text.toLowerCase(Locale.ROOT)), '!');
    }

    private static String pattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static List<SortField<?>> holderOrder(PageRequest<HolderSort> request) {
        Field<String> column = switch (request.sort()) {
            case NUMBER -> CARD_HOLDER.HOLDER_NUMBER;
            case NAME -> CARD_HOLDER.NAME;
            case PROGRAMME -> CARD_HOLDER.PROGRAMME;
            case KIND -> CARD_HOLDER.KIND;
        };
        boolean up = request.direction().isAscending();
        // the id last, so rows with equal names keep their place from one page to the next
        List<SortField<?>> order = new ArrayList<>();
        order.add(up ? column.asc() : column.desc());
        if (request.sort() != HolderSort.NAME) {
            order.add(up ? CARD_HOLDER.NAME.asc() : CARD_HOLDER.NAME.desc());
        }
        order.add(up ? CARD_HOLDER.ID.asc() : CARD_HOLDER.ID.desc());
        return order;
    }

    @Override
    public Map<Long, CardHolder> holdersByIds(Collection<Long> holderIds) {
        Map<Long, CardHolder> found = new HashMap<>();
        for (List<Long> chunk : chunks(holderIds)) {
            dsl.select(HOLDER_FIELDS).from(CARD_HOLDER).where(CARD_HOLDER.ID.in(chunk))
                    .fetch(JooqCrossServiceRepository::toHolder).forEach(h -> found.put(h.id(), h));
        }
        return found;
    }

    @Override
    public List<Long> holderIdsWithActiveCard(long homeLibraryId, LocalDate day) {
        // the same rule as Card.statusOn: not ended by that day and still valid on it
        return dsl.select(CARD_HOLDER.ID).from(CARD_HOLDER)
                .where(CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId))
                .andExists(DSL.selectOne().from(CARD).where(CARD.HOLDER_ID.eq(CARD_HOLDER.ID)
                        .and(CARD.VALID_UNTIL.ge(day))
                        .and(CARD.ENDED_ON.isNull().or(CARD.ENDED_ON.gt(day)))))
                .orderBy(CARD_HOLDER.NAME, CARD_HOLDER.ID).fetch(CARD_HOLDER.ID);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }

    @Override
    public Optional<CardHolder> findHolder(long holderId) {
        return dsl.select(HOLDER_FIELDS).from(CARD_HOLDER).where(CARD_HOLDER.ID.eq(holderId)).fetchOptional()
                .map(JooqCrossServiceRepository::toHolder);
    }

    @Override
    public Optional<CardHolder> findHolderByNumber(long homeLibraryId, String number) {
        return dsl.selectFrom(CARD_HOLDER)
                .where(CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId).and(CARD_HOLDER.HOLDER_NUMBER.eq(number)))
                .fetchOptional().map(JooqCrossServiceRepository::toHolder);
    }

    @Override
    public List<CardHolder> holdersWithCardValidOn(long homeLibraryId, LocalDate day) {
        // The same rule as Card.statusOn: valid up to and including valid_until, ended from ended_on on.
        var validCard = DSL.selectOne().from(CARD).where(CARD.HOLDER_ID.eq(CARD_HOLDER.ID)
                .and(CARD.VALID_UNTIL.ge(day)).and(CARD.ENDED_ON.isNull().or(CARD.ENDED_ON.gt(day))));
        return dsl.select(HOLDER_FIELDS).from(CARD_HOLDER).where(CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId)).and(DSL.exists(validCard))
                .orderBy(CARD_HOLDER.NAME, CARD_HOLDER.HOLDER_NUMBER).fetch(JooqCrossServiceRepository::toHolder);
    }

    @Override
    public boolean holderNumberTaken(long homeLibraryId, String number, Long excludingId) {
        var condition = CARD_HOLDER.LIBRARY_ID.eq(homeLibraryId).and(CARD_HOLDER.HOLDER_NUMBER.eq(number));
        if (excludingId != null) {
            condition = condition.and(CARD_HOLDER.ID.ne(excludingId));
        }
        return dsl.fetchExists(CARD_HOLDER, condition);
    }

    @Override
    public CardHolder saveHolder(CardHolder holder) {
        return dsl.transactionResult(configuration -> saveHolderIn(configuration.dsl(), holder));
    }

    @Override
    public List<CardHolder> saveHolders(List<CardHolder> holders, Progress progress) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<CardHolder> saved = new ArrayList<>(holders.size());
            for (CardHolder holder : holders) {
                progress.checkCancelled();
                saved.add(saveHolderIn(tx, holder));
                progress.update(saved.size(), holders.size());
            }
            return saved;
        });
    }

    private CardHolder saveHolderIn(DSLContext tx, CardHolder holder) {
        if (holder.isNew()) {
            CardHolderRecord record = tx.newRecord(CARD_HOLDER);
            fillHolder(record, holder);
            record.setVersion(0);
            record.store();
            audit.created(tx, record, record.getId(), holderLabel(record.getName(), record.getHolderNumber()));
            return toHolder(record);
        }
        CardHolderRecord before = tx.fetchOne(CARD_HOLDER, CARD_HOLDER.ID.eq(holder.id()));
        int updated = tx.update(CARD_HOLDER)
                .set(CARD_HOLDER.LIBRARY_ID, holder.homeLibraryId())
                .set(CARD_HOLDER.HOLDER_NUMBER, holder.number())
                .set(CARD_HOLDER.NAME, holder.name())
                .set(CARD_HOLDER.PROGRAMME, holder.programme())
                .set(CARD_HOLDER.KIND, holder.kind().name())
                .set(CARD_HOLDER.EMAIL, holder.email())
                .set(CARD_HOLDER.PHONE, holder.phone())
                .set(CARD_HOLDER.VERSION, holder.version() + 1)
                .where(CARD_HOLDER.ID.eq(holder.id()).and(CARD_HOLDER.VERSION.eq(holder.version())))
                .execute();
        if (updated == 0) {
            throw tx.fetchExists(CARD_HOLDER, CARD_HOLDER.ID.eq(holder.id()))
                    ? new StaleRecordException(holder.number())
                    : new RecordGoneException(holder.number());
        }
        CardHolderRecord after = tx.fetchSingle(CARD_HOLDER, CARD_HOLDER.ID.eq(holder.id()));
        audit.updated(tx, before, after, holder.id(), holderLabel(after.getName(), after.getHolderNumber()));
        return toHolder(after);
    }

    /** "Budi Santoso (NIM 1301)": the holder's name and their number at the home library. */
    private static String holderLabel(String name, String number) {
        return name + " (" + number + ")";
    }

    /** "Budi Santoso \u2014 2601200001": the card's holder and number. */
    private static String cardLabel(DSLContext tx, long holderId, String cardNumber) {
        String name = tx.select(CARD_HOLDER.NAME).from(CARD_HOLDER).where(CARD_HOLDER.ID.eq(holderId))
                .fetchOne(CARD_HOLDER.NAME);
        return (name == null ? "#" + holderId : name) + " \u2014 " + cardNumber;
    }

    private static String announcementLabel(DSLContext tx, VisitAnnouncementRecord r) {
        String name = tx.select(CARD_HOLDER.NAME).from(CARD_HOLDER).where(CARD_HOLDER.ID.eq(r.getHolderId()))
                .fetchOne(CARD_HOLDER.NAME);
        return (name == null ? "#" + r.getHolderId() : name) + " " + r.getVisitFrom() + "/" + r.getVisitTo();
    }

    private static void fillHolder(CardHolderRecord record, CardHolder holder) {
        record.setLibraryId(holder.homeLibraryId());
        record.setHolderNumber(holder.number());
        record.setName(holder.name());
        record.setProgramme(holder.programme());
        record.setKind(holder.kind().name());
        record.setEmail(holder.email());
        record.setPhone(holder.phone());
    }

    private static CardHolder toHolder(CardHolderRecord r) {
        return new CardHolder(r.getId(), r.getVersion(), r.getLibraryId(), r.getHolderNumber(), r.getName(),
                r.getProgramme(), HolderKind.valueOf(r.getKind()), r.getEmail(), r.getPhone());
    }

    private static CardHolder toHolder(Record r) {
        return new CardHolder(r.get(CARD_HOLDER.ID), r.get(CARD_HOLDER.VERSION), r.get(CARD_HOLDER.LIBRARY_ID),
                r.get(CARD_HOLDER.HOLDER_NUMBER), r.get(CARD_HOLDER.NAME), r.get(CARD_HOLDER.PROGRAMME),
                HolderKind.valueOf(r.get(CARD_HOLDER.KIND)), r.get(CARD_HOLDER.EMAIL), r.get(CARD_HOLDER.PHONE));
    }

    @Override
    public void deleteHolder(long holderId, int version) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            CardHolderRecord before = tx.fetchOne(CARD_HOLDER, CARD_HOLDER.ID.eq(holderId));
            // the holder's announcements go with them (ON DELETE CASCADE); the trail keeps what they were
            var announcements = tx.selectFrom(VISIT_ANNOUNCEMENT).where(VISIT_ANNOUNCEMENT.HOLDER_ID.eq(holderId))
                    .fetch();
            List<String> announcementLabels = announcements.map(a -> announcementLabel(tx, a));
            int deleted = tx.deleteFrom(CARD_HOLDER)
                    .where(CARD_HOLDER.ID.eq(holderId).and(CARD_HOLDER.VERSION.eq(version))).execute();
            if (deleted == 0 && tx.fetchExists(CARD_HOLDER, CARD_HOLDER.ID.eq(holderId))) {
                throw new StaleRecordException(String.valueOf(holderId));
            }
            if (deleted == 1) {
                audit.deleted(tx, before, holderId, holderLabel(before.getName(), before.getHolderNumber()));
                for (int i = 0; i < announcements.size(); i++) {
                    audit.deleted(tx, announcements.get(i), announcements.get(i).getId(), announcementLabels.get(i));
                }
            }
        });
    }

    @Override
    public Optional<Photo> photo(long holderId) {
        return dsl.select(CARD_HOLDER.PHOTO_TYPE, CARD_HOLDER.PHOTO).from(CARD_HOLDER)
                .where(CARD_HOLDER.ID.eq(holderId).and(CARD_HOLDER.PHOTO.isNotNull())).fetchOptional()
                .map(r -> new Photo(r.value1(), r.value2()));
    }

    @Override
    public Map<Long, Photo> photos(Collection<Long> holderIds) {
        Map<Long, Photo> found = new HashMap<>();
        for (List<Long> chunk : chunks(holderIds)) {
            dsl.select(CARD_HOLDER.ID, CARD_HOLDER.PHOTO_TYPE, CARD_HOLDER.PHOTO).from(CARD_HOLDER)
                    .where(CARD_HOLDER.ID.in(chunk).and(CARD_HOLDER.PHOTO.isNotNull()))
                    .forEach(r -> found.put(r.value1(), new Photo(r.value2(), r.value3())));
        }
        return found;
    }

    @Override
    public void savePhotos(Iterable<HolderPhoto> photos, int count, Progress progress) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            int done = 0;
            for (HolderPhoto photo : photos) {
                progress.checkCancelled();
                auditPhoto(tx, photo.holderId(), photo.photo());
                tx.update(CARD_HOLDER)
                        .set(CARD_HOLDER.PHOTO, photo.photo().content())
                        .set(CARD_HOLDER.PHOTO_TYPE, photo.photo().mediaType())
                        .where(CARD_HOLDER.ID.eq(photo.holderId())).execute();
                progress.update(++done, count);
            }
        });
    }

    @Override
    public void savePhotos(Map<Long, Photo> photos, Progress progress) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            int done = 0;
            for (Map.Entry<Long, Photo> entry : photos.entrySet()) {
                progress.checkCancelled();
                auditPhoto(tx, entry.getKey(), entry.getValue());
                // A photo does not bump the version: it never conflicts with an edit of the holder's details.
                tx.update(CARD_HOLDER)
                        .set(CARD_HOLDER.PHOTO, entry.getValue().content())
                        .set(CARD_HOLDER.PHOTO_TYPE, entry.getValue().mediaType())
                        .where(CARD_HOLDER.ID.eq(entry.getKey())).execute();
                progress.update(++done, photos.size());
            }
        });
    }

    /** A new photo, recorded by its size and type: the old photo's bytes are not read for the trail. */
    private void auditPhoto(DSLContext tx, long holderId, Photo photo) {
        var before = tx.select(CARD_HOLDER.NAME, CARD_HOLDER.HOLDER_NUMBER, CARD_HOLDER.PHOTO_TYPE,
                        DSL.field("octet_length({0})", Integer.class, CARD_HOLDER.PHOTO))
                .from(CARD_HOLDER).where(CARD_HOLDER.ID.eq(holderId)).fetchOne();
        if (before == null) {
            return;
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(CARD_HOLDER.PHOTO.getName(),
                before.value4() == null ? null : "(" + before.value4() + " bytes)",
                FieldChanges.text(photo.content())));
        if (!java.util.Objects.equals(before.value3(), photo.mediaType())) {
            changes.add(new FieldChange(CARD_HOLDER.PHOTO_TYPE.getName(), before.value3(), photo.mediaType()));
        }
        audit.recorded(tx, CARD_HOLDER.getName(), holderId, holderLabel(before.value1(), before.value2()),
                AuditAction.UPDATE, changes);
    }

    // ---- Cards

    @Override
    public List<Card> cardsOf(long holderId) {
        return dsl.selectFrom(CARD).where(CARD.HOLDER_ID.eq(holderId)).orderBy(CARD.ISSUED_ON.desc(), CARD.ID.desc())
                .fetch(JooqCrossServiceRepository::toCard);
    }

    @Override
    public Map<Long, List<Card>> cardsOfHolders(Collection<Long> holderIds) {
        Map<Long, List<Card>> found = new HashMap<>();
        for (List<Long> chunk : chunks(holderIds)) {
            dsl.selectFrom(CARD).where(CARD.HOLDER_ID.in(chunk)).orderBy(CARD.ISSUED_ON.desc(), CARD.ID.desc())
                    .fetch(JooqCrossServiceRepository::toCard)
                    .forEach(c -> found.computeIfAbsent(c.holderId(), id -> new ArrayList<>()).add(c));
        }
        return found;
    }

    @Override
    public Optional<Card> findCard(long cardId) {
        return dsl.selectFrom(CARD).where(CARD.ID.eq(cardId)).fetchOptional().map(JooqCrossServiceRepository::toCard);
    }

    @Override
    public Optional<Card> findCardByNumber(CardNumber number) {
        return dsl.selectFrom(CARD).where(CARD.CARD_NUMBER.eq(number.digits())).fetchOptional()
                .map(JooqCrossServiceRepository::toCard);
    }

    @Override
    public Card saveCard(Card card) {
        return dsl.transactionResult(configuration -> saveCardIn(configuration.dsl(), card));
    }

    @Override
    public Card issueCard(long homeLibraryId, int numberYear, Function<CardNumber, Card> numbered) {
        return CardNumbering.retryingClashes(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            return saveCardIn(tx, numbered.apply(CardNumbering.next(tx, homeLibraryId, numberYear, audit)));
        }));
    }

    @Override
    public Card replaceCard(Card endedLostCard, long homeLibraryId, int numberYear,
                            Function<CardNumber, Card> numbered) {
        return CardNumbering.retryingClashes(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            saveCardIn(tx, endedLostCard);
            return saveCardIn(tx, numbered.apply(CardNumbering.next(tx, homeLibraryId, numberYear, audit)));
        }));
    }

    // ---- Card prefixes (see CardNumbering)

    @Override
    public List<CardPrefix> cardPrefixes() {
        return CardNumbering.all(dsl);
    }

    @Override
    public OptionalInt nextFreePrefix() {
        return CardNumbering.nextFree(dsl);
    }

    @Override
    public boolean prefixCarriedByCards(int prefix) {
        return CardNumbering.carried(dsl, prefix);
    }

    @Override
    public CardPrefix setCardPrefix(long libraryId, Integer expectedVersion, int prefix) {
        return CardNumbering.set(dsl, libraryId, expectedVersion, prefix, audit);
    }

    private Card saveCardIn(DSLContext tx, Card card) {
        CardRecord values = tx.newRecord(CARD);
        fillCard(values, card);
        if (card.isNew()) {
            values.setVersion(0);
            values.store();
            audit.created(tx, tx.fetchSingle(CARD, CARD.ID.eq(values.getId())), values.getId(),
                    cardLabel(tx, values.getHolderId(), values.getCardNumber()));
            return toCard(values);
        }
        values.changed(CARD.ID, false);
        CardRecord before = tx.fetchOne(CARD, CARD.ID.eq(card.id()));
        int updated = tx.update(CARD).set(values).set(CARD.VERSION, card.version() + 1)
                .where(CARD.ID.eq(card.id()).and(CARD.VERSION.eq(card.version()))).execute();
        if (updated == 0) {
            throw tx.fetchExists(CARD, CARD.ID.eq(card.id()))
                    ? new StaleRecordException(card.number().digits())
                    : new RecordGoneException(card.number().digits());
        }
        CardRecord after = tx.fetchSingle(CARD, CARD.ID.eq(card.id()));
        // an ending (lost, revoked, returned) moves the card to another state
        audit.updated(tx, before, after, card.id(), cardLabel(tx, after.getHolderId(), after.getCardNumber()),
                CARD.ENDED_KIND.getName());
        return toCard(after);
    }

    private static void fillCard(CardRecord record, Card card) {
        String digits = card.number().digits();
        record.setCardNumber(digits);
        record.setHolderId(card.holderId());
        record.setNumberYear(Integer.parseInt(digits.substring(0, 2)));
        record.setLibrarySequence(Integer.parseInt(digits.substring(2, 5)));
        record.setRunningNumber(Integer.parseInt(digits.substring(5, 10)));
        record.setIssuedOn(card.issuedOn());
        record.setValidUntil(card.validUntil());
        record.setFeeRupiah(card.fee().rupiah());
        record.setReceiptNumber(card.receiptNumber());
        CardEnding ending = card.ending();
        record.setEndedKind(ending == null ? null : ending.kind().name());
        record.setEndedOn(ending == null ? null : ending.on());
        record.setEndedReason(ending == null ? null : ending.reason());
        record.setReplacesCardId(card.replacesId());
    }

    private static Card toCard(CardRecord r) {
        CardEnding ending = r.getEndedKind() == null ? null
                : new CardEnding(CardEnding.Kind.valueOf(r.getEndedKind()), r.getEndedOn(), r.getEndedReason());
        return new Card(r.getId(), r.getVersion(), r.getHolderId(), new CardNumber(r.getCardNumber()),
                r.getIssuedOn(), r.getValidUntil(), Money.of(r.getFeeRupiah()), r.getReceiptNumber(), ending,
                r.getReplacesCardId());
    }

    @Override
    public List<FeeIncome> feeIncome(LocalDate from, LocalDate to) {
        Field<Integer> year = DSL.year(CARD.ISSUED_ON);
        Field<Integer> month = DSL.month(CARD.ISSUED_ON);
        Field<BigDecimal> total = DSL.sum(CARD.FEE_RUPIAH);
        return dsl.select(CARD_HOLDER.LIBRARY_ID, year, month, DSL.count(), total)
                .from(CARD).join(CARD_HOLDER).on(CARD_HOLDER.ID.eq(CARD.HOLDER_ID))
                .where(CARD.ISSUED_ON.between(from, to))
                .groupBy(CARD_HOLDER.LIBRARY_ID, year, month)
                .orderBy(CARD_HOLDER.LIBRARY_ID, year, month)
                .fetch(r -> new FeeIncome(r.value1(), YearMonth.of(r.value2(), r.value3()), r.value4(),
                        Money.of(r.value5() == null ? 0 : r.value5().longValueExact())));
    }

    // ---- Hosts and visits

    @Override
    public HostRule hostRule(long hostLibraryId) {
        return dsl.selectFrom(HOST_RULE).where(HOST_RULE.LIBRARY_ID.eq(hostLibraryId)).fetchOptional()
                .map(r -> new HostRule(r.getLibraryId(), r.getVersion(), UnannouncedPolicy.valueOf(r.getUnannounced())))
                .orElseGet(() -> HostRule.defaultFor(hostLibraryId));
    }

    @Override
    public HostRule saveHostRule(HostRule rule) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            HostRuleRecord before = tx.fetchOne(HOST_RULE, HOST_RULE.LIBRARY_ID.eq(rule.libraryId()));
            if (rule.isDefault()) {
                tx.insertInto(HOST_RULE)
                        .set(HOST_RULE.LIBRARY_ID, rule.libraryId())
                        .set(HOST_RULE.UNANNOUNCED, rule.unannounced().name())
                        .set(HOST_RULE.VERSION, 0)
                        .execute();
            } else {
                int updated = tx.update(HOST_RULE)
                        .set(HOST_RULE.UNANNOUNCED, rule.unannounced().name())
                        .set(HOST_RULE.VERSION, rule.version() + 1)
                        .where(HOST_RULE.LIBRARY_ID.eq(rule.libraryId()).and(HOST_RULE.VERSION.eq(rule.version())))
                        .execute();
                if (updated == 0) {
                    throw new StaleRecordException(String.valueOf(rule.libraryId()));
                }
            }
            HostRuleRecord after = tx.fetchSingle(HOST_RULE, HOST_RULE.LIBRARY_ID.eq(rule.libraryId()));
            // the rule is the host library's own row: its id is the library's
            String label = "host_rule " + rule.libraryId();
            if (before == null) {
                audit.created(tx, after, rule.libraryId(), label);
            } else {
                audit.updated(tx, before, after, rule.libraryId(), label);
            }
            return new JooqCrossServiceRepository(tx, trail).hostRule(rule.libraryId());
        });
    }

    @Override
    public List<VisitAnnouncement> announcementsCovering(long holderId, long hostLibraryId, LocalDate day) {
        return dsl.selectFrom(VISIT_ANNOUNCEMENT)
                .where(VISIT_ANNOUNCEMENT.HOLDER_ID.eq(holderId)
                        .and(VISIT_ANNOUNCEMENT.HOST_LIBRARY_ID.eq(hostLibraryId))
                        .and(VISIT_ANNOUNCEMENT.VISIT_FROM.le(day))
                        .and(VISIT_ANNOUNCEMENT.VISIT_TO.ge(day)))
                .orderBy(VISIT_ANNOUNCEMENT.VISIT_FROM, VISIT_ANNOUNCEMENT.ID)
                .fetch(JooqCrossServiceRepository::toAnnouncement);
    }

    @Override
    public VisitAnnouncement saveAnnouncement(VisitAnnouncement a) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (a.id() == null) {
                VisitAnnouncementRecord record = tx.newRecord(VISIT_ANNOUNCEMENT);
                record.setHolderId(a.holderId());
                record.setHostLibraryId(a.hostLibraryId());
                record.setVisitFrom(a.from());
                record.setVisitTo(a.to());
                record.setPurpose(a.purpose());
                record.setAnnouncedBy(a.announcedBy());
                record.setCreatedAt(a.createdAt());
                record.setVersion(0);
                record.store();
                audit.created(tx, record, record.getId(), announcementLabel(tx, record));
                return toAnnouncement(record);
            }
            VisitAnnouncementRecord before = tx.fetchOne(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(a.id()));
            int updated = tx.update(VISIT_ANNOUNCEMENT)
                    .set(VISIT_ANNOUNCEMENT.HOST_LIBRARY_ID, a.hostLibraryId())
                    .set(VISIT_ANNOUNCEMENT.VISIT_FROM, a.from())
                    .set(VISIT_ANNOUNCEMENT.VISIT_TO, a.to())
                    .set(VISIT_ANNOUNCEMENT.PURPOSE, a.purpose())
                    .set(VISIT_ANNOUNCEMENT.ANNOUNCED_BY, a.announcedBy())
                    .set(VISIT_ANNOUNCEMENT.VERSION, a.version() + 1)
                    .where(VISIT_ANNOUNCEMENT.ID.eq(a.id()).and(VISIT_ANNOUNCEMENT.VERSION.eq(a.version())))
                    .execute();
            if (updated == 0) {
                throw tx.fetchExists(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(a.id()))
                        ? new StaleRecordException(String.valueOf(a.id()))
                        : new RecordGoneException(String.valueOf(a.id()));
            }
            VisitAnnouncementRecord after = tx.fetchSingle(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(a.id()));
            audit.updated(tx, before, after, a.id(), announcementLabel(tx, after));
            return toAnnouncement(after);
        });
    }

    @Override
    public void deleteAnnouncement(long announcementId, int version) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            VisitAnnouncementRecord before = tx.fetchOne(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(announcementId));
            int deleted = tx.deleteFrom(VISIT_ANNOUNCEMENT)
                    .where(VISIT_ANNOUNCEMENT.ID.eq(announcementId).and(VISIT_ANNOUNCEMENT.VERSION.eq(version)))
                    .execute();
            if (deleted == 0 && tx.fetchExists(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(announcementId))) {
                throw new StaleRecordException(String.valueOf(announcementId));
            }
            if (deleted == 1) {
                audit.deleted(tx, before, announcementId, announcementLabel(tx, before));
            }
        });
    }

    @Override
    public List<VisitAnnouncement> announcementsAt(long hostLibraryId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(VISIT_ANNOUNCEMENT)
                .where(VISIT_ANNOUNCEMENT.HOST_LIBRARY_ID.eq(hostLibraryId)
                        .and(VISIT_ANNOUNCEMENT.VISIT_FROM.le(to))
                        .and(VISIT_ANNOUNCEMENT.VISIT_TO.ge(from)))
                .orderBy(VISIT_ANNOUNCEMENT.VISIT_FROM, VISIT_ANNOUNCEMENT.ID)
                .fetch(JooqCrossServiceRepository::toAnnouncement);
    }

    @Override
    public List<VisitAnnouncement> announcementsEndingBetween(LocalDate from, LocalDate to) {
        return dsl.selectFrom(VISIT_ANNOUNCEMENT)
                .where(VISIT_ANNOUNCEMENT.VISIT_TO.between(from, to))
                .orderBy(VISIT_ANNOUNCEMENT.VISIT_FROM, VISIT_ANNOUNCEMENT.ID)
                .fetch(JooqCrossServiceRepository::toAnnouncement);
    }

    private static VisitAnnouncement toAnnouncement(VisitAnnouncementRecord r) {
        return new VisitAnnouncement(r.getId(), r.getVersion(), r.getHolderId(), r.getHostLibraryId(),
                r.getVisitFrom(), r.getVisitTo(), r.getPurpose(), r.getAnnouncedBy(), r.getCreatedAt());
    }

    @Override
    public Arrival saveArrival(Arrival arrival) {
        return dsl.transactionResult(configuration -> saveArrivalIn(configuration.dsl(), arrival));
    }

    private Arrival saveArrivalIn(DSLContext tx, Arrival arrival) {
        Long id = tx.insertInto(VISIT_ARRIVAL)
                .set(VISIT_ARRIVAL.ARRIVED_AT, arrival.arrivedAt())
                .set(VISIT_ARRIVAL.HOST_LIBRARY_ID, arrival.hostLibraryId())
                // The column holds 100 characters; a stuck key on the scanner must not stop the desk.
                .set(VISIT_ARRIVAL.SCANNED_TEXT, truncate(arrival.scannedText(), 100))
                .set(VISIT_ARRIVAL.CARD_ID, arrival.cardId())
                .set(VISIT_ARRIVAL.VERDICT, arrival.verdict().name())
                .returningResult(VISIT_ARRIVAL.ID).fetchOne(VISIT_ARRIVAL.ID);
        VisitArrivalRecord stored = tx.fetchSingle(VISIT_ARRIVAL, VISIT_ARRIVAL.ID.eq(id));
        // a scan of a known card is labelled by its holder and card; an unknown scan by what was scanned
        Long holderId = stored.getCardId() == null ? null : tx.select(CARD.HOLDER_ID).from(CARD)
                .where(CARD.ID.eq(stored.getCardId())).fetchOne(CARD.HOLDER_ID);
        audit.created(tx, stored, id, holderId == null ? stored.getScannedText()
                : cardLabel(tx, holderId, stored.getScannedText()));
        return new Arrival(id, arrival.arrivedAt(), arrival.hostLibraryId(), arrival.scannedText(), arrival.cardId(),
                arrival.holderId(), arrival.verdict());
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public List<Arrival> arrivalsBetween(LocalDateTime from, LocalDateTime to) {
        return dsl.select(VISIT_ARRIVAL.ID, VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.HOST_LIBRARY_ID,
                        VISIT_ARRIVAL.SCANNED_TEXT, VISIT_ARRIVAL.CARD_ID, CARD.HOLDER_ID, VISIT_ARRIVAL.VERDICT)
                .from(VISIT_ARRIVAL).leftJoin(CARD).on(CARD.ID.eq(VISIT_ARRIVAL.CARD_ID))
                .where(VISIT_ARRIVAL.ARRIVED_AT.ge(from).and(VISIT_ARRIVAL.ARRIVED_AT.lt(to)))
                .orderBy(VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.ID)
                .fetch(r -> new Arrival(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Verdict.valueOf(r.value7())));
    }

    @Override
    public List<Arrival> arrivalsOfHolders(Collection<Long> holderIds, LocalDateTime from, LocalDateTime to) {
        List<Arrival> found = new ArrayList<>();
        for (List<Long> chunk : chunks(holderIds)) {
            found.addAll(dsl.select(VISIT_ARRIVAL.ID, VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.HOST_LIBRARY_ID,
                            VISIT_ARRIVAL.SCANNED_TEXT, VISIT_ARRIVAL.CARD_ID, CARD.HOLDER_ID, VISIT_ARRIVAL.VERDICT)
                    .from(VISIT_ARRIVAL).join(CARD).on(CARD.ID.eq(VISIT_ARRIVAL.CARD_ID))
                    .where(CARD.HOLDER_ID.in(chunk)
                            .and(VISIT_ARRIVAL.ARRIVED_AT.ge(from)).and(VISIT_ARRIVAL.ARRIVED_AT.lt(to)))
                    .orderBy(VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.ID)
                    .fetch(r -> new Arrival(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                            Verdict.valueOf(r.value7()))));
        }
        return found;
    }

    @Override
    public Page<VisitLogEntry> visitLog(VisitLogFilter filter, PageRequest<VisitLogSort> request,
                                        List<Long> hostsInOrder) {
        String text = request.filter();
        if (request.sort() == VisitLogSort.HOLDER) {
            Condition where = visitLogCondition(filter, text);
            int total = dsl.fetchCount(VISIT_ARRIVAL, where);
            List<VisitLogEntry> rows = visitLogSelect().where(where)
                    .orderBy(logOrder(VISIT_ARRIVAL, request, hostsInOrder, CARD_HOLDER.NAME))
                    .limit(request.size()).offset(request.offset())
                    .fetch(JooqCrossServiceRepository::toLogEntry);
            return new Page<>(rows, request.offset(), total);
        }
        // pick the page's ids from the log alone, then read those 50 rows with their names
        Optional<List<Long>> fewCards = text.isEmpty() ? Optional.empty() : fewCardsMatching(text);
        Table<?> source = VISIT_ARRIVAL;
        Condition where;
        if (fewCards.isPresent()) {
            // Two index reads (the matched cards' scans; the unmatched scans' text) instead of reading the
            // period's every scan to test one condition or the other.
            source = matchedScans(periodOf(filter), fewCards.get(), text);
            where = DSL.noCondition();
        } else {
            where = visitLogCondition(filter, text, fewCards);
        }
        Field<Long> id = source.field(VISIT_ARRIVAL.ID);
        // with the count in the same pass: a typed search reads the period's scans once, not twice
        Field<Integer> counted = DSL.count().over().as("total");
        var found = dsl.select(id, counted).from(source).where(where)
                .orderBy(logOrder(source, request, hostsInOrder, null))
                .limit(request.size()).offset(request.offset()).fetch();
        List<Long> ids = found.getValues(id);
        int total = found.isEmpty() ? dsl.fetchCount(dsl.selectFrom(source).where(where))
                : found.get(0).get(counted);
        Map<Long, VisitLogEntry> byId = new HashMap<>();
        visitLogSelect().where(VISIT_ARRIVAL.ID.in(ids)).fetch(JooqCrossServiceRepository::toLogEntry)
                .forEach(e -> byId.put(e.arrival().id(), e));
        return new Page<>(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(),
                request.offset(), total);
    }

    /** The order of a log page over {@code source} (the log, or the matched scans read from it). */
    private static List<SortField<?>> logOrder(Table<?> source, PageRequest<VisitLogSort> request,
                                               List<Long> hostsInOrder, Field<String> holderName) {
        boolean up = request.direction().isAscending();
        List<SortField<?>> order = new ArrayList<>();
        if (request.sort() == VisitLogSort.HOST) {
            // Hosts in the register's order, which the member feature owns: its tables are not joined here.
            Field<Long> host = source.field(VISIT_ARRIVAL.HOST_LIBRARY_ID);
            order.add(up ? host.sortAsc(hostsInOrder) : host.sortDesc(hostsInOrder));
        } else {
            Field<?> column = switch (request.sort()) {
                case TIME, HOST -> source.field(VISIT_ARRIVAL.ARRIVED_AT);
                case SCANNED -> source.field(VISIT_ARRIVAL.SCANNED_TEXT);
                case VERDICT -> source.field(VISIT_ARRIVAL.VERDICT);
                case HOLDER -> holderName;
            };
            order.add(up ? column.asc() : column.desc());
        }
        // the id last, so a page does not show again what the one before showed
        Field<Long> id = source.field(VISIT_ARRIVAL.ID);
        order.add(up ? id.asc() : id.desc());
        return order;
    }

    /** The scans of the period whose card is one of {@code cardIds}, or that found no card and hold the text. */
    private Table<?> matchedScans(Condition period, List<Long> cardIds, String text) {
        List<SelectField<?>> keys = List.of(VISIT_ARRIVAL.ID, VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.HOST_LIBRARY_ID,
                VISIT_ARRIVAL.SCANNED_TEXT, VISIT_ARRIVAL.VERDICT);
        Condition ofCards = cardIds.isEmpty() ? DSL.falseCondition() : VISIT_ARRIVAL.CARD_ID.in(cardIds);
        return dsl.select(keys).from(VISIT_ARRIVAL).where(period.and(ofCards))
                .unionAll(dsl.select(keys).from(VISIT_ARRIVAL).where(period.and(VISIT_ARRIVAL.CARD_ID.isNull())
                        .and(containsIgnoringCase(VISIT_ARRIVAL.SCANNED_TEXT, text))))
                .asTable("matched_scan");
    }

    @Override
    public void eachVisit(VisitLogFilter filter, String search, Consumer<VisitLogEntry> each) {
        // fetchSize makes PostgreSQL hand rows over in batches (with a transaction) instead of all at once
        dsl.transaction(configuration -> {
            try (var rows = DSL.using(configuration).select(visitLogFields())
                    .from(VISIT_ARRIVAL).leftJoin(CARD).on(CARD.ID.eq(VISIT_ARRIVAL.CARD_ID))
                    .leftJoin(CARD_HOLDER).on(CARD_HOLDER.ID.eq(CARD.HOLDER_ID))
                    .where(visitLogCondition(filter, search == null ? "" : search.strip()))
                    .orderBy(VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.ID).fetchSize(1000).fetchLazy()) {
                for (Record r : rows) {
                    each.accept(toLogEntry(r));
                }
            }
        });
    }

    private static List<SelectField<?>> visitLogFields() {
        return List.of(VISIT_ARRIVAL.ID, VISIT_ARRIVAL.ARRIVED_AT, VISIT_ARRIVAL.HOST_LIBRARY_ID,
                VISIT_ARRIVAL.SCANNED_TEXT, VISIT_ARRIVAL.CARD_ID, CARD.HOLDER_ID, VISIT_ARRIVAL.VERDICT,
                CARD_HOLDER.NAME, CARD_HOLDER.HOLDER_NUMBER);
    }

    private org.jooq.SelectJoinStep<Record> visitLogSelect() {
        return dsl.select(visitLogFields()).from(VISIT_ARRIVAL).leftJoin(CARD).on(CARD.ID.eq(VISIT_ARRIVAL.CARD_ID))
                .leftJoin(CARD_HOLDER).on(CARD_HOLDER.ID.eq(CARD.HOLDER_ID));
    }

    /**
     * What a typed text finds in the log: scans of cards whose number, or whose holder's name or number, holds it,
     * and scans that found no card whose own text holds it (a scan that found a card shows that card's words).
     */
    private Condition visitLogCondition(VisitLogFilter filter, String text) {
        return visitLogCondition(filter, text, text.isEmpty() ? Optional.empty() : fewCardsMatching(text));
    }

    /** The same, with the cards the text finds already read ({@code fewCards} empty when there are too many). */
    private Condition visitLogCondition(VisitLogFilter filter, String text, Optional<List<Long>> fewCards) {
        Condition where = periodOf(filter);
        if (!text.isEmpty()) {
            Condition ofCards = fewCards
                    .map(ids -> ids.isEmpty() ? DSL.falseCondition() : VISIT_ARRIVAL.CARD_ID.in(ids))
                    // a text that matches most cards ("a"): let the database join instead of sending thousands
                    .orElseGet(() -> VISIT_ARRIVAL.CARD_ID.in(cardsMatching(text)));
            where = where.and(ofCards.or(VISIT_ARRIVAL.CARD_ID.isNull()
                    .and(containsIgnoringCase(VISIT_ARRIVAL.SCANNED_TEXT, text))));
        }
        return where;
    }

    private static Condition periodOf(VisitLogFilter filter) {
        // BETWEEN rather than >= and <: H2 then reads a card's scans by the (card, time) index instead of the
        // period's every scan. The last microsecond of the day is the finest time both databases store.
        Condition period = VISIT_ARRIVAL.ARRIVED_AT.between(filter.from().atStartOfDay(),
                filter.to().plusDays(1).atStartOfDay().minusNanos(1_000));
        return filter.hostLibraryId() == null ? period
                : period.and(VISIT_ARRIVAL.HOST_LIBRARY_ID.eq(filter.hostLibraryId()));
    }

    /**
     * Cards by their holder's name or number, and cards by their own number: two reads, each along its own table,
     * rather than one join whose OR would make the database pair every card with its holder first.
     */
    private org.jooq.Select<Record1<Long>> cardsMatching(String text) {
        return DSL.select(CARD.ID).from(CARD_HOLDER).join(CARD).on(CARD.HOLDER_ID.eq(CARD_HOLDER.ID))
                .where(containsIgnoringCase(CARD_HOLDER.NAME, text)
                        .or(containsIgnoringCase(CARD_HOLDER.HOLDER_NUMBER, text)))
                .union(DSL.select(CARD.ID).from(CARD).where(containsIgnoringCase(CARD.CARD_NUMBER, text)));
    }

    /** The cards a typed text finds, read first so they are not looked up once per scan; empty when too many. */
    private Optional<List<Long>> fewCardsMatching(String text) {
        List<Long> cardIds = dsl.selectFrom(cardsMatching(text).asTable("matched_card")).limit(MATCHED_CARDS + 1)
                .fetch(0, Long.class);
        return cardIds.size() <= MATCHED_CARDS ? Optional.of(cardIds) : Optional.empty();
    }

    private static VisitLogEntry toLogEntry(Record r) {
        return new VisitLogEntry(new Arrival(r.get(VISIT_ARRIVAL.ID), r.get(VISIT_ARRIVAL.ARRIVED_AT),
                r.get(VISIT_ARRIVAL.HOST_LIBRARY_ID), r.get(VISIT_ARRIVAL.SCANNED_TEXT), r.get(VISIT_ARRIVAL.CARD_ID),
                r.get(CARD.HOLDER_ID), Verdict.valueOf(r.get(VISIT_ARRIVAL.VERDICT))),
                r.get(CARD_HOLDER.NAME), r.get(CARD_HOLDER.HOLDER_NUMBER));
    }

    @Override
    public List<ArrivalCount> arrivalsByHost(LocalDateTime from, LocalDateTime to) {
        return countArrivals(VISIT_ARRIVAL.HOST_LIBRARY_ID, from, to);
    }

    @Override
    public List<ArrivalCount> arrivalsByHome(LocalDateTime from, LocalDateTime to) {
        return countArrivals(CARD_HOLDER.LIBRARY_ID, from, to);
    }

    private List<ArrivalCount> countArrivals(Field<Long> library, LocalDateTime from, LocalDateTime to) {
        Field<Integer> year = DSL.year(VISIT_ARRIVAL.ARRIVED_AT);
        Field<Integer> month = DSL.month(VISIT_ARRIVAL.ARRIVED_AT);
        // Inner joins: grouping by home library leaves out scans that found no card, as the port promises.
        var joined = library == VISIT_ARRIVAL.HOST_LIBRARY_ID
                ? dsl.select(library, year, month, VISIT_ARRIVAL.VERDICT, DSL.count()).from(VISIT_ARRIVAL)
                : dsl.select(library, year, month, VISIT_ARRIVAL.VERDICT, DSL.count()).from(VISIT_ARRIVAL)
                        .join(CARD).on(CARD.ID.eq(VISIT_ARRIVAL.CARD_ID))
                        .join(CARD_HOLDER).on(CARD_HOLDER.ID.eq(CARD.HOLDER_ID));
        return joined.where(VISIT_ARRIVAL.ARRIVED_AT.ge(from).and(VISIT_ARRIVAL.ARRIVED_AT.lt(to)))
                .groupBy(library, year, month, VISIT_ARRIVAL.VERDICT)
                .orderBy(library, year, month, VISIT_ARRIVAL.VERDICT)
                .fetch(r -> new ArrivalCount(r.value1(), YearMonth.of(r.value2(), r.value3()),
                        Verdict.valueOf(r.value4()), r.value5()));
    }

    // Introduction letter numbers

    private static final int NUMBERING_ATTEMPTS = 3;

    @Override
    public String letterNumber(long announcementId, String series, int year, IntFunction<String> text) {
        for (int attempt = 1; ; attempt++) {
            try {
                return dsl.transactionResult(configuration -> numberInTransaction(configuration.dsl(), announcementId,
                        series, year, text, audit));
            } catch (IntegrityConstraintViolationException e) {
                // another desk opened the year's counter at the same moment; its row exists now, so count on it
                if (attempt == NUMBERING_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static String numberInTransaction(DSLContext tx, long announcementId, String series, int year,
                                               IntFunction<String> text, RecordAudit audit) {
        // locking the announcement first makes a second desk printing the same letter wait, then reuse the number
        Record1<String> announcement = tx.select(VISIT_ANNOUNCEMENT.LETTER_NUMBER).from(VISIT_ANNOUNCEMENT)
                .where(VISIT_ANNOUNCEMENT.ID.eq(announcementId)).forUpdate().fetchOne();
        if (announcement == null) {
            throw new RecordGoneException(String.valueOf(announcementId));
        }
        if (announcement.value1() != null && !announcement.value1().isBlank()) {
            return announcement.value1();
        }
        Condition counter = LETTER_COUNTER.SERIES.eq(series).and(LETTER_COUNTER.COUNTER_YEAR.eq(year));
        int updated = tx.update(LETTER_COUNTER).set(LETTER_COUNTER.LAST_NUMBER, LETTER_COUNTER.LAST_NUMBER.plus(1))
                .where(counter).execute();
        if (updated == 0) {
            tx.insertInto(LETTER_COUNTER, LETTER_COUNTER.SERIES, LETTER_COUNTER.COUNTER_YEAR, LETTER_COUNTER.LAST_NUMBER)
                    .values(series, year, 1).execute();
        }
        int sequence = tx.select(LETTER_COUNTER.LAST_NUMBER).from(LETTER_COUNTER).where(counter).fetchSingle().value1();
        String number = text.apply(sequence);
        VisitAnnouncementRecord before = tx.fetchSingle(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(announcementId));
        tx.update(VISIT_ANNOUNCEMENT).set(VISIT_ANNOUNCEMENT.LETTER_NUMBER, number)
                .where(VISIT_ANNOUNCEMENT.ID.eq(announcementId)).execute();
        VisitAnnouncementRecord after = tx.fetchSingle(VISIT_ANNOUNCEMENT, VISIT_ANNOUNCEMENT.ID.eq(announcementId));
        audit.updated(tx, before, after, announcementId, announcementLabel(tx, after));
        return number;
    }
}
