package id.jalin.redistribution.data;

import static id.jalin.kernel.db.generated.Tables.REDISTRIBUTION_CLAIM;
import static id.jalin.kernel.db.generated.Tables.REDISTRIBUTION_OFFER;

import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.RedistributionClaimRecord;
import id.jalin.kernel.db.generated.tables.records.RedistributionOfferRecord;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Allotment;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimRow;
import id.jalin.redistribution.domain.ClaimSort;
import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.OfferSort;
import id.jalin.redistribution.domain.OfferStatus;
import id.jalin.redistribution.domain.RedistributionRepository;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Offers and claims. A claim moves its offer's version on in the same transaction, so the last copies of a first-come
 * offer cannot be promised twice; the unique (offer, claimant) pair keeps a member to one claim per offer even when
 * two of its desks claim at once.
 */
public final class JooqRedistributionRepository implements RedistributionRepository {
    private final DSLContext dsl;
    private final RecordAudit audit;

    public JooqRedistributionRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "redistribution");
    }

    // --- offers ---

    @Override
    public List<SurplusOffer> post(List<SurplusOffer> offers, LocalDateTime at, String by) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<SurplusOffer> posted = new ArrayList<>();
            for (SurplusOffer offer : offers) {
                RedistributionOfferRecord row = tx.newRecord(REDISTRIBUTION_OFFER);
                row.setGiverId(offer.giverId());
                row.setTitle(offer.title());
                row.setAuthor(offer.author());
                row.setIsbn(offer.isbn());
                row.setPublishYear(offer.year());
                row.setCopies(offer.copies());
                row.setItemCondition(offer.condition().name());
                row.setReason(offer.reason().name());
                row.setAllocationRule(offer.rule().name());
                row.setClosingDate(offer.closingDate());
                row.setStatus(OfferStatus.OPEN.name());
                row.setNote(offer.note());
                row.setPostedAt(at);
                row.setPostedBy(by);
                row.setVersion(1L);
                row.store();
                audit.created(tx, row, row.getId(), offer.title());
                posted.add(offer.posted(row.getId(), at, by));
            }
            return posted;
        });
    }

    @Override
    public Optional<SurplusOffer> offer(long id) {
        return dsl.selectFrom(REDISTRIBUTION_OFFER).where(REDISTRIBUTION_OFFER.ID.eq(id))
                .fetchOptional(JooqRedistributionRepository::toOffer);
    }

    @Override
    public SurplusOffer withdraw(SurplusOffer read) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            RedistributionOfferRecord after = changeOffer(tx, read, OfferStatus.WITHDRAWN);
            waitingGetNothing(tx, read.id());
            return toOffer(after);
        });
    }

    /** Locks the offer, checks it is as read, and moves it to {@code status} with its audit line. */
    private RedistributionOfferRecord changeOffer(DSLContext tx, SurplusOffer read, OfferStatus status) {
        RedistributionOfferRecord before = lockedOffer(tx, read.id(), read.title());
        if (before.getVersion() != read.version()) {
            throw new StaleRecordException(read.title());
        }
        RedistributionOfferRecord after = before.copy();
        after.setId(before.getId());
        after.setStatus(status.name());
        after.setVersion(before.getVersion() + 1);
        tx.update(REDISTRIBUTION_OFFER).set(after).where(REDISTRIBUTION_OFFER.ID.eq(read.id())).execute();
        audit.updated(tx, before, after, read.id(), read.title(), REDISTRIBUTION_OFFER.STATUS.getName());
        return after;
    }

    private static RedistributionOfferRecord lockedOffer(DSLContext tx, long id, String label) {
        return tx.selectFrom(REDISTRIBUTION_OFFER).where(REDISTRIBUTION_OFFER.ID.eq(id)).forUpdate()
                .fetchOptional().orElseThrow(() -> new RecordGoneException(label));
    }

    private void waitingGetNothing(DSLContext tx, long offerId) {
        for (RedistributionClaimRecord before : tx.selectFrom(REDISTRIBUTION_CLAIM)
                .where(REDISTRIBUTION_CLAIM.OFFER_ID.eq(offerId),
                        REDISTRIBUTION_CLAIM.STATE.eq(ClaimState.WAITING.name()))
                .orderBy(REDISTRIBUTION_CLAIM.ID).forUpdate().fetch()) {
            RedistributionClaimRecord after = before.copy();
            after.setId(before.getId());
            after.setAllocated(0);
            after.setState(ClaimState.NOT_ALLOCATED.name());
            after.setVersion(before.getVersion() + 1);
            tx.update(REDISTRIBUTION_CLAIM).set(after).where(REDISTRIBUTION_CLAIM.ID.eq(before.getId())).execute();
            audit.updated(tx, before, after, before.getId(), "#" + before.getId(),
                    REDISTRIBUTION_CLAIM.STATE.getName());
        }
    }

    private static SurplusOffer toOffer(RedistributionOfferRecord row) {
        return new SurplusOffer(row.getId(), row.getGiverId(), row.getTitle(), row.getAuthor(), row.getIsbn(),
                row.getPublishYear(), row.getCopies(),
                ItemCondition.valueOf(row.getItemCondition()), SurplusReason.valueOf(row.getReason()),
                AllocationRule.valueOf(row.getAllocationRule()), row.getClosingDate(),
                OfferStatus.valueOf(row.getStatus()), row.getNote(), row.getPostedAt(), row.getPostedBy(),
                row.getVersion());
    }

    // --- claims ---

    @Override
    public Claim claim(Claim claim, long offerVersion, OfferStatus statusAfter) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            RedistributionOfferRecord offer = lockedOffer(tx, claim.offerId(), "#" + claim.offerId());
            if (offer.getVersion() != offerVersion || !OfferStatus.OPEN.name().equals(offer.getStatus())
                    || tx.fetchExists(REDISTRIBUTION_CLAIM, REDISTRIBUTION_CLAIM.OFFER_ID.eq(claim.offerId()),
                    REDISTRIBUTION_CLAIM.CLAIMANT_ID.eq(claim.claimantId()))) {
                throw new StaleRecordException(offer.getTitle());
            }
            RedistributionClaimRecord row = tx.newRecord(REDISTRIBUTION_CLAIM);
            row.setOfferId(claim.offerId());
            row.setClaimantId(claim.claimantId());
            row.setCopies(claim.copies());
            row.setNote(claim.note());
            row.setClaimedAt(claim.claimedAt());
            row.setClaimedBy(claim.claimedBy());
            row.setAllocated(claim.allocated());
            row.setState(claim.state().name());
            row.setShipment("");
            row.setVersion(1L);
            row.store();
            audit.created(tx, row, row.getId(), offer.getTitle());
            RedistributionOfferRecord after = offer.copy();
            after.setId(offer.getId());
            after.setStatus(statusAfter.name());
            after.setVersion(offer.getVersion() + 1);
            tx.update(REDISTRIBUTION_OFFER).set(after).where(REDISTRIBUTION_OFFER.ID.eq(offer.getId())).execute();
            audit.updated(tx, offer, after, offer.getId(), offer.getTitle(), REDISTRIBUTION_OFFER.STATUS.getName());
            return claim.stored(row.getId(), 1);
        });
    }

    @Override
    public Optional<Claim> claim(long id) {
        return dsl.selectFrom(REDISTRIBUTION_CLAIM).where(REDISTRIBUTION_CLAIM.ID.eq(id))
                .fetchOptional(JooqRedistributionRepository::toClaim);
    }

    @Override
    public List<Claim> claims(long offerId) {
        return dsl.selectFrom(REDISTRIBUTION_CLAIM).where(REDISTRIBUTION_CLAIM.OFFER_ID.eq(offerId))
                .orderBy(REDISTRIBUTION_CLAIM.CLAIMED_AT, REDISTRIBUTION_CLAIM.ID)
                .fetch(JooqRedistributionRepository::toClaim);
    }

    @Override
    public SurplusOffer allocate(SurplusOffer read, List<Allotment> allotments) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            RedistributionOfferRecord offer = changeOffer(tx, read, OfferStatus.CLOSED);
            Map<Long, Integer> given = allotments.stream()
                    .collect(Collectors.toMap(Allotment::claimId, Allotment::copies));
            List<RedistributionClaimRecord> waiting = tx.selectFrom(REDISTRIBUTION_CLAIM)
                    .where(REDISTRIBUTION_CLAIM.OFFER_ID.eq(read.id())).orderBy(REDISTRIBUTION_CLAIM.ID).forUpdate()
                    .fetch();
            // a claim the decision did not see was made after it was worked out: decide again
            if (!waiting.stream().map(RedistributionClaimRecord::getId).collect(Collectors.toSet())
                    .equals(given.keySet())) {
                throw new StaleRecordException(read.title());
            }
            for (RedistributionClaimRecord before : waiting) {
                int copies = given.get(before.getId());
                RedistributionClaimRecord after = before.copy();
                after.setId(before.getId());
                after.setAllocated(copies);
                after.setState((copies > 0 ? ClaimState.AGREED : ClaimState.NOT_ALLOCATED).name());
                after.setVersion(before.getVersion() + 1);
                tx.update(REDISTRIBUTION_CLAIM).set(after).where(REDISTRIBUTION_CLAIM.ID.eq(before.getId()))
                        .execute();
                audit.updated(tx, before, after, before.getId(), offer.getTitle(),
                        REDISTRIBUTION_CLAIM.STATE.getName());
            }
            return toOffer(offer);
        });
    }

    @Override
    public Claim ship(Claim read, LocalDate on, String shipment) {
        return changeClaim(read, claim -> claim.shipped(on, shipment), null);
    }

    @Override
    public Claim receive(Claim read, LocalDate on, Consumer<Claim> beforeCommit) {
        return changeClaim(read, claim -> claim.received(on), beforeCommit);
    }

    private Claim changeClaim(Claim read, Function<Claim, Claim> change, Consumer<Claim> beforeCommit) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            RedistributionClaimRecord before = tx.selectFrom(REDISTRIBUTION_CLAIM)
                    .where(REDISTRIBUTION_CLAIM.ID.eq(read.id())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new RecordGoneException("#" + read.id()));
            if (before.getVersion() != read.version()) {
                throw new StaleRecordException("#" + read.id());
            }
            Claim changed = change.apply(toClaim(before));
            RedistributionClaimRecord after = before.copy();
            after.setId(before.getId());
            after.setState(changed.state().name());
            after.setShippedOn(changed.shippedOn());
            after.setShipment(changed.shipment());
            after.setReceivedOn(changed.receivedOn());
            after.setVersion(before.getVersion() + 1);
            tx.update(REDISTRIBUTION_CLAIM).set(after).where(REDISTRIBUTION_CLAIM.ID.eq(read.id())).execute();
            String title = tx.select(REDISTRIBUTION_OFFER.TITLE).from(REDISTRIBUTION_OFFER)
                    .where(REDISTRIBUTION_OFFER.ID.eq(before.getOfferId())).fetchOne(REDISTRIBUTION_OFFER.TITLE);
            audit.updated(tx, before, after, read.id(), title, REDISTRIBUTION_CLAIM.STATE.getName());
            Claim stored = toClaim(after);
            if (beforeCommit != null) {
                beforeCommit.accept(stored);
            }
            return stored;
        });
    }

    private static Claim toClaim(RedistributionClaimRecord row) {
        return new Claim(row.getId(), row.getOfferId(), row.getClaimantId(), row.getCopies(), row.getNote(),
                row.getClaimedAt(), row.getClaimedBy(), row.getAllocated(), ClaimState.valueOf(row.getState()),
                row.getShippedOn(), row.getShipment(), row.getReceivedOn(), row.getVersion());
    }

    // --- lists ---

    private static final Field<Integer> CLAIM_COUNT = DSL.field(DSL.selectCount().from(REDISTRIBUTION_CLAIM)
            .where(REDISTRIBUTION_CLAIM.OFFER_ID.eq(REDISTRIBUTION_OFFER.ID))).as("claim_count");
    private static final Field<Integer> ALLOCATED = DSL.field(DSL.select(DSL.coalesce(
                    DSL.sum(REDISTRIBUTION_CLAIM.ALLOCATED), BigDecimal.ZERO).cast(Integer.class))
            .from(REDISTRIBUTION_CLAIM).where(REDISTRIBUTION_CLAIM.OFFER_ID.eq(REDISTRIBUTION_OFFER.ID)))
            .as("allocated_copies");

    @Override
    public Page<OfferRow> openOffers(LocalDate today, PageRequest<OfferSort> request) {
        return offers(REDISTRIBUTION_OFFER.STATUS.eq(OfferStatus.OPEN.name())
                .and(REDISTRIBUTION_OFFER.CLOSING_DATE.isNull().or(REDISTRIBUTION_OFFER.CLOSING_DATE.ge(today))),
                request);
    }

    @Override
    public List<SurplusOffer> openOffersClosingBy(LocalDate until, int limit) {
        return dsl.selectFrom(REDISTRIBUTION_OFFER).where(REDISTRIBUTION_OFFER.STATUS.eq(OfferStatus.OPEN.name())
                        .and(REDISTRIBUTION_OFFER.CLOSING_DATE.le(until)))
                .orderBy(REDISTRIBUTION_OFFER.CLOSING_DATE.asc(), REDISTRIBUTION_OFFER.ID.asc()).limit(limit)
                .fetch(JooqRedistributionRepository::toOffer);
    }

    @Override
    public Page<OfferRow> offersOf(long giverId, PageRequest<OfferSort> request) {
        return offers(REDISTRIBUTION_OFFER.GIVER_ID.eq(giverId), request);
    }

    @Override
    public Page<OfferRow> history(Optional<Long> memberId, PageRequest<OfferSort> request) {
        Condition involved = memberId.map(id -> REDISTRIBUTION_OFFER.GIVER_ID.eq(id)
                .or(DSL.exists(DSL.selectOne().from(REDISTRIBUTION_CLAIM).where(
                        REDISTRIBUTION_CLAIM.OFFER_ID.eq(REDISTRIBUTION_OFFER.ID),
                        REDISTRIBUTION_CLAIM.CLAIMANT_ID.eq(id))))).orElse(DSL.noCondition());
        return offers(REDISTRIBUTION_OFFER.STATUS.ne(OfferStatus.OPEN.name()).and(involved), request);
    }

    private Page<OfferRow> offers(Condition view, PageRequest<OfferSort> request) {
        Condition where = view.and(search(request.filter()));
        int total = dsl.fetchCount(REDISTRIBUTION_OFFER, where);
        List<OfferRow> rows = dsl.select(REDISTRIBUTION_OFFER.fields()).select(CLAIM_COUNT, ALLOCATED)
                .from(REDISTRIBUTION_OFFER).where(where).orderBy(offerOrder(request))
                .limit(request.size()).offset(request.offset())
                .fetch(row -> new OfferRow(toOffer(row.into(REDISTRIBUTION_OFFER)), row.get(CLAIM_COUNT),
                        row.get(ALLOCATED)));
        return new Page<>(rows, request.offset(), total);
    }

    @Override
    public Page<ClaimRow> claimsOf(long claimantId, PageRequest<ClaimSort> request) {
        Condition where = REDISTRIBUTION_CLAIM.CLAIMANT_ID.eq(claimantId).and(search(request.filter()));
        int total = dsl.fetchCount(DSL.selectOne().from(REDISTRIBUTION_CLAIM).join(REDISTRIBUTION_OFFER)
                .on(REDISTRIBUTION_OFFER.ID.eq(REDISTRIBUTION_CLAIM.OFFER_ID)).where(where));
        boolean up = request.direction() == SortDirection.ASCENDING;
        Field<?> field = switch (request.sort()) {
            case CLAIMED -> REDISTRIBUTION_CLAIM.CLAIMED_AT;
            case TITLE -> REDISTRIBUTION_OFFER.TITLE;
            case STATE -> REDISTRIBUTION_CLAIM.STATE;
        };
        List<ClaimRow> rows = dsl.select(REDISTRIBUTION_CLAIM.fields()).select(REDISTRIBUTION_OFFER.fields())
                .from(REDISTRIBUTION_CLAIM).join(REDISTRIBUTION_OFFER)
                .on(REDISTRIBUTION_OFFER.ID.eq(REDISTRIBUTION_CLAIM.OFFER_ID)).where(where)
                .orderBy(up ? field.asc() : field.desc(), up ? REDISTRIBUTION_CLAIM.ID.asc()
                        : REDISTRIBUTION_CLAIM.ID.desc())
                .limit(request.size()).offset(request.offset()).fetch(JooqRedistributionRepository::toClaimRow);
        return new Page<>(rows, request.offset(), total);
    }

    @Override
    public List<ClaimRow> handOversTo(long receiverId) {
        return dsl.select(REDISTRIBUTION_CLAIM.fields()).select(REDISTRIBUTION_OFFER.fields())
                .from(REDISTRIBUTION_CLAIM).join(REDISTRIBUTION_OFFER)
                .on(REDISTRIBUTION_OFFER.ID.eq(REDISTRIBUTION_CLAIM.OFFER_ID))
                .where(REDISTRIBUTION_CLAIM.CLAIMANT_ID.eq(receiverId),
                        REDISTRIBUTION_CLAIM.STATE.in(Arrays.stream(ClaimState.values())
                                .filter(ClaimState::toBeHandedOver).map(ClaimState::name).toList()))
                .orderBy(REDISTRIBUTION_OFFER.GIVER_ID, REDISTRIBUTION_OFFER.TITLE, REDISTRIBUTION_CLAIM.ID)
                .fetch(JooqRedistributionRepository::toClaimRow);
    }

    private static ClaimRow toClaimRow(Record row) {
        return new ClaimRow(toClaim(row.into(REDISTRIBUTION_CLAIM)), toOffer(row.into(REDISTRIBUTION_OFFER)));
    }

    /** Typed text found in the title, the author or the ISBN, in any case. */
    private static Condition search(String text) {
        if (text.isEmpty()) {
            return DSL.noCondition();
        }
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return DSL.lower(REDISTRIBUTION_OFFER.TITLE).like(like, '\\')
                .or(DSL.lower(REDISTRIBUTION_OFFER.AUTHOR).like(like, '\\'))
                .or(DSL.lower(REDISTRIBUTION_OFFER.ISBN).like(like, '\\'));
    }

    private static List<SortField<?>> offerOrder(PageRequest<OfferSort> request) {
        boolean up = request.direction() == SortDirection.ASCENDING;
        Field<?> field = switch (request.sort()) {
            case POSTED -> REDISTRIBUTION_OFFER.POSTED_AT;
            case TITLE -> REDISTRIBUTION_OFFER.TITLE;
            case CLOSING -> REDISTRIBUTION_OFFER.CLOSING_DATE;
            case COPIES -> REDISTRIBUTION_OFFER.COPIES;
        };
        return List.of(up ? field.asc().nullsLast() : field.desc().nullsLast(),
                up ? REDISTRIBUTION_OFFER.ID.asc() : REDISTRIBUTION_OFFER.ID.desc());
    }
}
