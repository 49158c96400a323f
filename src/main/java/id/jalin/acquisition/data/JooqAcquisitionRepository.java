package id.jalin.acquisition.data;

import static id.jalin.kernel.db.generated.Tables.ACQ_LETTER_COUNTER;
import static id.jalin.kernel.db.generated.Tables.ACQ_LINE;
import static id.jalin.kernel.db.generated.Tables.ACQ_PARTICIPANT;
import static id.jalin.kernel.db.generated.Tables.ACQ_RECEIPT;
import static id.jalin.kernel.db.generated.Tables.ACQ_ROUND;

import id.jalin.acquisition.domain.AcquisitionRepository;
import id.jalin.acquisition.domain.EarlierOrder;
import id.jalin.acquisition.domain.LineFilter;
import id.jalin.acquisition.domain.LineSort;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.Receipt;
import id.jalin.acquisition.domain.RoundFilter;
import id.jalin.acquisition.domain.RoundSort;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.FieldChanges;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.AcqLineRecord;
import id.jalin.kernel.db.generated.tables.records.AcqReceiptRecord;
import id.jalin.kernel.db.generated.tables.records.AcqRoundRecord;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Rounds with their participants, proposal lines and receipts. Each write happens in one transaction with its audit
 * entry; the version column refuses a change made on an older reading.
 */
public final class JooqAcquisitionRepository implements AcquisitionRepository {
    private final DSLContext dsl;
    private final RecordAudit audit;

    public JooqAcquisitionRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "acquisition");
    }

    // --- rounds ---

    @Override
    public PurchaseRound insert(PurchaseRound round) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            AcqRoundRecord row = tx.newRecord(ACQ_ROUND);
            AcquisitionRows.fill(row, round);
            row.setVersion(1L);
            row.store();
            writeParticipants(tx, row.getId(), round.participants());
            audit.created(tx, row, row.getId(), round.label());
            return round.stored(row.getId(), 1);
        });
    }

    @Override
    public PurchaseRound update(PurchaseRound round, String reason) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            AcqRoundRecord before = tx.selectFrom(ACQ_ROUND).where(ACQ_ROUND.ID.eq(round.id())).forUpdate()
                    .fetchOptional().orElseThrow(() -> new RecordGoneException(round.label()));
            if (before.getVersion() != round.version()) {
                throw new StaleRecordException(round.label());
            }
            Map<Long, Long> participantsBefore = participants(tx, List.of(round.id())).getOrDefault(round.id(),
                    Map.of());
            AcqRoundRecord after = before.copy();
            after.setId(before.getId());
            AcquisitionRows.fill(after, round);
            after.setVersion(before.getVersion() + 1);
            tx.update(ACQ_ROUND).set(after).where(ACQ_ROUND.ID.eq(round.id())).execute();
            List<FieldChange> changes = new ArrayList<>(FieldChanges.between(RecordAudit.values(before),
                    RecordAudit.values(after)));
            if (!participantsBefore.equals(round.participants())) {
                tx.deleteFrom(ACQ_PARTICIPANT).where(ACQ_PARTICIPANT.ROUND_ID.eq(round.id())).execute();
                writeParticipants(tx, round.id(), round.participants());
                changes.add(new FieldChange("participants", shares(participantsBefore),
                        shares(round.participants())));
            }
            if (!reason.isEmpty()) {
                changes.add(new FieldChange("reason", null, reason));
            }
            if (!changes.isEmpty()) {
                boolean moved = !before.getStatus().equals(after.getStatus());
                audit.recorded(tx, ACQ_ROUND.getName(), round.id(), round.label(),
                        moved ? AuditAction.STATE_CHANGE : AuditAction.UPDATE, changes);
            }
            return round.stored(round.id(), after.getVersion());
        });
    }

    private static String shares(Map<Long, Long> participants) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(participants).forEach((member, share) -> text.append(text.length() == 0 ? "" : ", ")
                .append('#').append(member).append('=').append(share));
        return text.toString();
    }

    private static void writeParticipants(DSLContext tx, long roundId, Map<Long, Long> participants) {
        if (participants.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(ACQ_PARTICIPANT, ACQ_PARTICIPANT.ROUND_ID, ACQ_PARTICIPANT.MEMBER_ID,
                ACQ_PARTICIPANT.SHARE_VALUE);
        for (Map.Entry<Long, Long> entry : participants.entrySet()) {
            insert = insert.values(roundId, entry.getKey(), entry.getValue());
        }
        insert.execute();
    }

    @Override
    public Optional<PurchaseRound> round(long id) {
        return dsl.selectFrom(ACQ_ROUND).where(ACQ_ROUND.ID.eq(id)).fetchOptional()
                .map(row -> withParticipants(List.of(row)).get(0));
    }

    /** The page's rounds, then the participants of all of them in one query. */
    @Override
    public Page<PurchaseRound> rounds(RoundFilter filter, PageRequest<RoundSort> request) {
        Condition where = roundCondition(filter);
        int total = dsl.fetchCount(ACQ_ROUND, where);
        List<AcqRoundRecord> rows = dsl.selectFrom(ACQ_ROUND).where(where).orderBy(roundOrder(request))
                .limit(request.size()).offset(request.offset()).fetch();
        return new Page<>(withParticipants(rows), request.offset(), total);
    }

    private static Condition roundCondition(RoundFilter filter) {
        Condition where = DSL.trueCondition();
        if (!filter.statuses().isEmpty()) {
            where = where.and(ACQ_ROUND.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.memberId() != null) {
            where = where.and(ACQ_ROUND.COORDINATOR_ID.eq(filter.memberId()).or(DSL.exists(DSL.selectOne()
                    .from(ACQ_PARTICIPANT).where(ACQ_PARTICIPANT.ROUND_ID.eq(ACQ_ROUND.ID),
                            ACQ_PARTICIPANT.MEMBER_ID.eq(filter.memberId())))));
        }
        if (!filter.text().isEmpty()) {
            where = where.and(DSL.lower(ACQ_ROUND.NAME).like(AcquisitionRows.like(filter.text()), '\\'));
        }
        return where;
    }

    private static List<SortField<?>> roundOrder(PageRequest<RoundSort> request) {
        boolean up = request.direction() == SortDirection.ASCENDING;
        var field = switch (request.sort()) {
            case NAME -> DSL.lower(ACQ_ROUND.NAME);
            case DEADLINE -> ACQ_ROUND.DEADLINE;
            case STATUS -> ACQ_ROUND.STATUS;
            case BUDGET -> ACQ_ROUND.BUDGET;
        };
        SortField<?> first = up ? field.asc() : field.desc();
        return List.of(first, up ? ACQ_ROUND.ID.asc() : ACQ_ROUND.ID.desc());
    }

    private List<PurchaseRound> withParticipants(List<AcqRoundRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, Long>> participants = participants(dsl, rows.stream().map(AcqRoundRecord::getId)
                .toList());
        return rows.stream().map(row -> AcquisitionRows.round(row, participants.getOrDefault(row.getId(), Map.of())))
                .toList();
    }

    private static Map<Long, Map<Long, Long>> participants(DSLContext context, Collection<Long> roundIds) {
        Map<Long, Map<Long, Long>> participants = new HashMap<>();
        context.selectFrom(ACQ_PARTICIPANT).where(ACQ_PARTICIPANT.ROUND_ID.in(roundIds))
                .forEach(row -> participants.computeIfAbsent(row.getRoundId(), id -> new TreeMap<>())
                        .put(row.getMemberId(), row.getShareValue()));
        return participants;
    }

    // --- lines ---

    @Override
    public List<ProposalLine> insertLines(List<ProposalLine> lines) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<ProposalLine> stored = new ArrayList<>();
            for (ProposalLine line : lines) {
                AcqLineRecord row = tx.newRecord(ACQ_LINE);
                AcquisitionRows.fill(row, line);
                row.setVersion(1L);
                row.store();
                audit.created(tx, row, row.getId(), line.label());
                stored.add(line.stored(row.getId(), 1));
            }
            return stored;
        });
    }

    @Override
    public ProposalLine updateLine(ProposalLine line) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            AcqLineRecord after = updated(tx, line);
            return line.stored(line.id(), after.getVersion());
        });
    }

    /** Writes the line over its stored row read at the same version, with the audit entry. */
    private AcqLineRecord updated(DSLContext tx, ProposalLine line) {
        AcqLineRecord before = lockedLine(tx, line);
        AcqLineRecord after = before.copy();
        after.setId(before.getId());
        AcquisitionRows.fill(after, line);
        after.setVersion(before.getVersion() + 1);
        tx.update(ACQ_LINE).set(after).where(ACQ_LINE.ID.eq(line.id())).execute();
        audit.updated(tx, before, after, line.id(), line.label(), ACQ_LINE.DECISION.getName(),
                ACQ_LINE.RECEIVED_COPIES.getName());
        return after;
    }

    private static AcqLineRecord lockedLine(DSLContext tx, ProposalLine line) {
        AcqLineRecord before = tx.selectFrom(ACQ_LINE).where(ACQ_LINE.ID.eq(line.id())).forUpdate().fetchOptional()
                .orElseThrow(() -> new RecordGoneException(line.label()));
        if (before.getVersion() != line.version()) {
            throw new StaleRecordException(line.label());
        }
        return before;
    }

    @Override
    public void deleteLine(ProposalLine line) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            AcqLineRecord before = lockedLine(tx, line);
            tx.deleteFrom(ACQ_LINE).where(ACQ_LINE.ID.eq(line.id())).execute();
            audit.deleted(tx, before, line.id(), line.label());
        });
    }

    @Override
    public Optional<ProposalLine> line(long id) {
        return dsl.selectFrom(ACQ_LINE).where(ACQ_LINE.ID.eq(id)).fetchOptional().map(AcquisitionRows::line);
    }

    @Override
    public List<ProposalLine> lines(long roundId) {
        return dsl.selectFrom(ACQ_LINE).where(ACQ_LINE.ROUND_ID.eq(roundId)).orderBy(ACQ_LINE.ID)
                .fetch(AcquisitionRows::line);
    }

    @Override
    public Page<ProposalLine> lines(LineFilter filter, PageRequest<LineSort> request) {
        Condition where = ACQ_LINE.ROUND_ID.eq(filter.roundId());
        if (filter.memberId() != null) {
            where = where.and(ACQ_LINE.MEMBER_ID.eq(filter.memberId()));
        }
        if (!filter.decisions().isEmpty()) {
            where = where.and(ACQ_LINE.DECISION.in(filter.decisions().stream().map(Enum::name).toList()));
        }
        if (filter.format() != null) {
            where = where.and(ACQ_LINE.ITEM_FORMAT.eq(filter.format().name()));
        }
        if (!filter.text().isEmpty()) {
            String like = AcquisitionRows.like(filter.text());
            where = where.and(DSL.lower(ACQ_LINE.TITLE).like(like, '\\').or(DSL.lower(ACQ_LINE.AUTHOR).like(like, '\\'))
                    .or(DSL.lower(ACQ_LINE.ISBN).like(like, '\\')).or(DSL.lower(ACQ_LINE.VENDOR).like(like, '\\')));
        }
        int total = dsl.fetchCount(ACQ_LINE, where);
        List<ProposalLine> rows = dsl.selectFrom(ACQ_LINE).where(where).orderBy(lineOrder(request))
                .limit(request.size()).offset(request.offset()).fetch(AcquisitionRows::line);
        return new Page<>(rows, request.offset(), total);
    }

    private static List<SortField<?>> lineOrder(PageRequest<LineSort> request) {
        boolean up = request.direction() == SortDirection.ASCENDING;
        var field = switch (request.sort()) {
            case ENTERED -> ACQ_LINE.ID;
            case TITLE -> DSL.lower(ACQ_LINE.TITLE);
            case MEMBER -> ACQ_LINE.MEMBER_ID;
            case PRIORITY -> ACQ_LINE.PRIORITY;
            case PRICE -> ACQ_LINE.UNIT_PRICE;
            case DECISION -> ACQ_LINE.DECISION;
            case VENDOR -> DSL.lower(ACQ_LINE.VENDOR);
        };
        SortField<?> first = up ? field.asc() : field.desc();
        return List.of(first, up ? ACQ_LINE.ID.asc() : ACQ_LINE.ID.desc());
    }

    @Override
    public List<EarlierOrder> earlierOrders(long exceptRoundId, Collection<String> isbns,
                                            Collection<String> titleKeys) {
        if (isbns.isEmpty() && titleKeys.isEmpty()) {
            return List.of();
        }
        Condition matching = DSL.falseCondition();
        if (!isbns.isEmpty()) {
            matching = matching.or(ACQ_LINE.ISBN_KEY.in(isbns));
        }
        if (!titleKeys.isEmpty()) {
            matching = matching.or(ACQ_LINE.TITLE_KEY.in(titleKeys));
        }
        List<String> ordered = java.util.Arrays.stream(RoundStatus.values()).filter(RoundStatus::ordered)
                .map(Enum::name).toList();
        List<String> accepted = java.util.Arrays.stream(id.jalin.acquisition.domain.Decision.values())
                .filter(id.jalin.acquisition.domain.Decision::accepted).map(Enum::name).toList();
        return dsl.select(ACQ_LINE.fields()).select(ACQ_ROUND.NAME).from(ACQ_LINE).join(ACQ_ROUND)
                .on(ACQ_ROUND.ID.eq(ACQ_LINE.ROUND_ID))
                .where(matching, ACQ_LINE.ROUND_ID.ne(exceptRoundId), ACQ_ROUND.STATUS.in(ordered),
                        ACQ_LINE.DECISION.in(accepted))
                .orderBy(ACQ_LINE.ID)
                .fetch(row -> new EarlierOrder(AcquisitionRows.line(row.into(ACQ_LINE)), row.get(ACQ_ROUND.NAME)));
    }

    // --- receipts ---

    @Override
    public Receipt receive(ProposalLine line, Receipt receipt) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            AcqLineRecord before = lockedLine(tx, line);
            ProposalLine raised = line.withReceived(before.getReceivedCopies() + receipt.copies());
            updated(tx, raised);
            AcqReceiptRecord row = tx.newRecord(ACQ_RECEIPT);
            row.setLineId(line.id());
            row.setCopies(receipt.copies());
            row.setReceivedOn(receipt.receivedOn());
            row.setInvoiceNumber(AcquisitionRows.cut(receipt.invoiceNumber(), 100));
            row.setRecordedBy(AcquisitionRows.cut(receipt.recordedBy(), 200));
            row.setRecordedAt(receipt.recordedAt());
            row.store();
            audit.created(tx, row, row.getId(), line.label());
            return AcquisitionRows.receipt(row);
        });
    }

    @Override
    public String orderLetter(long roundId, java.time.LocalDate date,
                              java.util.function.IntFunction<String> numbering) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            String given = tx.select(ACQ_ROUND.ORDER_LETTER).from(ACQ_ROUND).where(ACQ_ROUND.ID.eq(roundId))
                    .forUpdate().fetchOne(ACQ_ROUND.ORDER_LETTER);
            if (given != null) {
                return given;
            }
            int year = date.getYear();
            Integer last = tx.select(ACQ_LETTER_COUNTER.LAST_NUMBER).from(ACQ_LETTER_COUNTER)
                    .where(ACQ_LETTER_COUNTER.LETTER_YEAR.eq(year)).forUpdate()
                    .fetchOne(ACQ_LETTER_COUNTER.LAST_NUMBER);
            int next = last == null ? 1 : last + 1;
            if (last == null) {
                tx.insertInto(ACQ_LETTER_COUNTER, ACQ_LETTER_COUNTER.LETTER_YEAR, ACQ_LETTER_COUNTER.LAST_NUMBER)
                        .values(year, next).execute();
            } else {
                tx.update(ACQ_LETTER_COUNTER).set(ACQ_LETTER_COUNTER.LAST_NUMBER, next)
                        .where(ACQ_LETTER_COUNTER.LETTER_YEAR.eq(year)).execute();
            }
            String number = numbering.apply(next);
            tx.update(ACQ_ROUND).set(ACQ_ROUND.ORDER_LETTER, number).where(ACQ_ROUND.ID.eq(roundId)).execute();
            audit.recorded(tx, "acq_round", roundId, number, AuditAction.UPDATE,
                    List.of(new FieldChange("order_letter", "", number)));
            return number;
        });
    }

    @Override
    public List<Receipt> receipts(long lineId) {
        return dsl.selectFrom(ACQ_RECEIPT).where(ACQ_RECEIPT.LINE_ID.eq(lineId)).orderBy(ACQ_RECEIPT.ID)
                .fetch(AcquisitionRows::receipt);
    }
}
