package id.jalin.loan.data;

import static id.jalin.kernel.db.generated.Tables.LOAN_EVENT;
import static id.jalin.kernel.db.generated.Tables.LOAN_LETTER_COUNTER;
import static id.jalin.kernel.db.generated.Tables.LOAN_NUMBER_COUNTER;
import static id.jalin.kernel.db.generated.Tables.LOAN_REQUEST;
import static id.jalin.kernel.db.generated.Tables.LOAN_ROTA;
import static id.jalin.kernel.db.generated.Tables.LOAN_RULES;

import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.LoanRequestRecord;
import id.jalin.kernel.db.generated.tables.records.LoanRulesRecord;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LendingRules;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanEvent;
import id.jalin.loan.domain.LoanFilter;
import id.jalin.loan.domain.LoanNumber;
import id.jalin.loan.domain.LoanRepository;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanSort;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.MemberLoanFigures;
import id.jalin.loan.domain.RotaAnswer;
import id.jalin.loan.domain.RotaEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Requests, their rota and history, and the lenders' rules. A request and its rota are written together in the
 * step's transaction with the history lines and the audit entry; the version column refuses a step taken on an
 * older reading.
 */
public final class JooqLoanRepository implements LoanRepository {
    private final DSLContext dsl;
    private final RecordAudit audit;

    public JooqLoanRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "loan");
    }

    @Override
    public LoanRequest insert(LoanRequest request, List<LoanEvent> events) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            String number = nextNumber(tx, request.requestedAt().getYear());
            LoanRequestRecord row = tx.newRecord(LOAN_REQUEST);
            LoanRows.fill(row, request);
            row.setRequestNumber(number);
            row.setVersion(1L);
            row.store();
            long id = row.getId();
            writeRota(tx, id, request.rota());
            writeEvents(tx, id, events);
            audit.created(tx, row, id, number);
            return request.stored(id, number, 1);
        });
    }

    @Override
    public LoanRequest update(LoanRequest request, List<LoanEvent> events) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            LoanRequestRecord before = tx.selectFrom(LOAN_REQUEST).where(LOAN_REQUEST.ID.eq(request.id())).forUpdate()
                    .fetchOptional().orElseThrow(() -> new RecordGoneException(request.label()));
            if (before.getVersion() != request.version()) {
                throw new StaleRecordException(request.label());
            }
            LoanRequestRecord after = before.copy();
            after.setId(before.getId());
            LoanRows.fill(after, request);
            after.setRequestNumber(before.getRequestNumber());
            after.setVersion(before.getVersion() + 1);
            tx.update(LOAN_REQUEST).set(after).where(LOAN_REQUEST.ID.eq(request.id())).execute();
            tx.deleteFrom(LOAN_ROTA).where(LOAN_ROTA.REQUEST_ID.eq(request.id())).execute();
            writeRota(tx, request.id(), request.rota());
            writeEvents(tx, request.id(), events);
            audit.updated(tx, before, after, request.id(), before.getRequestNumber(), LOAN_REQUEST.STATE.getName());
            return request.stored(request.id(), before.getRequestNumber(), after.getVersion());
        });
    }

    /** The next number of the year, under the counter row's lock (the first of a year inserts it). */
    private static String nextNumber(DSLContext tx, int year) {
        Integer last = tx.select(LOAN_NUMBER_COUNTER.LAST_NUMBER).from(LOAN_NUMBER_COUNTER)
                .where(LOAN_NUMBER_COUNTER.NUMBER_YEAR.eq(year)).forUpdate().fetchOne(LOAN_NUMBER_COUNTER.LAST_NUMBER);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            tx.insertInto(LOAN_NUMBER_COUNTER, LOAN_NUMBER_COUNTER.NUMBER_YEAR, LOAN_NUMBER_COUNTER.LAST_NUMBER)
                    .values(year, next).execute();
        } else {
            tx.update(LOAN_NUMBER_COUNTER).set(LOAN_NUMBER_COUNTER.LAST_NUMBER, next)
                    .where(LOAN_NUMBER_COUNTER.NUMBER_YEAR.eq(year)).execute();
        }
        return new LoanNumber(year, next).text();
    }

    private static void writeRota(DSLContext tx, long requestId, List<RotaEntry> rota) {
        var insert = tx.insertInto(LOAN_ROTA, LOAN_ROTA.REQUEST_ID, LOAN_ROTA.ROTA_POSITION, LOAN_ROTA.LENDER_ID,
                LOAN_ROTA.ANSWER, LOAN_ROTA.REASON, LOAN_ROTA.ANSWERED_AT);
        for (RotaEntry entry : rota) {
            insert = insert.values(requestId, entry.position(), entry.lenderId(), entry.answer().name(),
                    LoanRows.cut(entry.reason(), 1000), entry.answeredAt());
        }
        insert.execute();
    }

    private static void writeEvents(DSLContext tx, long requestId, List<LoanEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(LOAN_EVENT, LOAN_EVENT.REQUEST_ID, LOAN_EVENT.HAPPENED_AT, LOAN_EVENT.TAKEN_BY,
                LOAN_EVENT.ACTION, LOAN_EVENT.LENDER_ID, LOAN_EVENT.STATE_AFTER, LOAN_EVENT.NOTE,
                        LOAN_EVENT.EVENT_DATE);
        for (LoanEvent event : events) {
            insert = insert.values(requestId, event.at(), LoanRows.cut(event.by(), 200), event.action().name(),
                    event.lenderId(), event.stateAfter().name(), LoanRows.cut(event.note(), 1000), event.date());
        }
        insert.execute();
    }

    @Override
    public Optional<LoanRequest> find(long id) {
        return dsl.selectFrom(LOAN_REQUEST).where(LOAN_REQUEST.ID.eq(id)).fetchOptional()
                .map(row -> withRotas(List.of(row)).get(0));
    }

    @Override
    public Optional<LoanRequest> findByNumber(String number) {
        return dsl.selectFrom(LOAN_REQUEST).where(LOAN_REQUEST.REQUEST_NUMBER.eq(number)).fetchOptional()
                .map(row -> withRotas(List.of(row)).get(0));
    }

    @Override
    public Optional<LoanRequest> findByRemoteId(String remoteId) {
        return dsl.selectFrom(LOAN_REQUEST).where(LOAN_REQUEST.REMOTE_ID.eq(remoteId), LOAN_REQUEST.REMOTE_ID.ne(""))
                .orderBy(LOAN_REQUEST.ID.desc()).limit(1).fetchOptional()
                .map(row -> withRotas(List.of(row)).get(0));
    }

    @Override
    public List<LoanEvent> history(long requestId) {
        return dsl.selectFrom(LOAN_EVENT).where(LOAN_EVENT.REQUEST_ID.eq(requestId)).orderBy(LOAN_EVENT.ID)
                .fetch(row -> new LoanEvent(row.getHappenedAt(), row.getTakenBy(), LoanAction.valueOf(row.getAction()),
                        row.getLenderId(), LoanState.valueOf(row.getStateAfter()), row.getNote(), row.getEventDate()));
    }

    /** The page's requests, then the rota of all of them in one query. */
    @Override
    public Page<LoanRequest> page(LoanFilter filter, PageRequest<LoanSort> request) {
        Condition where = LoanConditions.of(filter);
        int total = dsl.fetchCount(LOAN_REQUEST, where);
        List<LoanRequestRecord> rows = dsl.selectFrom(LOAN_REQUEST).where(where).orderBy(order(request))
                .limit(request.size()).offset(request.offset()).fetch();
        return new Page<>(withRotas(rows), request.offset(), total);
    }

    private static List<SortField<?>> order(PageRequest<LoanSort> request) {
        boolean up = request.direction() == SortDirection.ASCENDING;
        var field = switch (request.sort()) {
            case NUMBER -> LOAN_REQUEST.REQUEST_NUMBER;
            case REQUESTED -> LOAN_REQUEST.REQUESTED_AT;
            case STATE -> LOAN_REQUEST.STATE;
            case DUE -> LOAN_REQUEST.DUE_ON;
            case TITLE -> LOAN_REQUEST.TITLE;
        };
        SortField<?> first = up ? field.asc().nullsLast() : field.desc().nullsLast();
        return List.of(first, up ? LOAN_REQUEST.ID.asc() : LOAN_REQUEST.ID.desc());
    }

    @Override
    public List<LoanRequest> overdue(LocalDate today) {
        return withRotas(dsl.selectFrom(LOAN_REQUEST).where(LOAN_REQUEST.STATE.in(names(LoanState.outOnLoanStates())),
                        LOAN_REQUEST.DUE_ON.lt(today))
                .orderBy(LOAN_REQUEST.BORROWER_ID, LOAN_REQUEST.DUE_ON, LOAN_REQUEST.ID).fetch());
    }

    @Override
    public Map<Long, Integer> openRequests(Collection<Long> lenderIds) {
        if (lenderIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(LOAN_REQUEST.LENDER_ID, DSL.count()).from(LOAN_REQUEST)
                .where(LOAN_REQUEST.LENDER_ID.in(lenderIds),
                LOAN_REQUEST.STATE.notIn(names(LoanState.finishedStates())))
                .groupBy(LOAN_REQUEST.LENDER_ID).fetchMap(LOAN_REQUEST.LENDER_ID, DSL.count());
    }

    @Override
    public Map<Long, LendingRules> rules(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(LOAN_RULES).where(LOAN_RULES.MEMBER_ID.in(memberIds)).fetch().stream()
                .collect(Collectors.toMap(LoanRulesRecord::getMemberId, JooqLoanRepository::toRules));
    }

    @Override
    public LendingRules saveRules(LendingRules rules) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            LoanRulesRecord before = tx.selectFrom(LOAN_RULES).where(LOAN_RULES.MEMBER_ID.eq(rules.memberId()))
                    .forUpdate().fetchOne();
            long stored = before == null ? 0 : before.getVersion();
            if (stored != rules.version()) {
                throw new StaleRecordException(String.valueOf(rules.memberId()));
            }
            LoanRulesRecord after = tx.newRecord(LOAN_RULES);
            after.setMemberId(rules.memberId());
            after.setLoanDays(rules.loanDays());
            after.setRenewals(rules.renewals());
            after.setNotLent(rules.notLent().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
            after.setFee(rules.fee().rupiah());
            after.setVersion(stored + 1);
            String label = "#" + rules.memberId();
            if (before == null) {
                after.insert();
                audit.created(tx, after, rules.memberId(), label);
            } else {
                tx.update(LOAN_RULES).set(after).where(LOAN_RULES.MEMBER_ID.eq(rules.memberId())).execute();
                audit.updated(tx, before, after, rules.memberId(), label);
            }
            return toRules(after);
        });
    }

    private static LendingRules toRules(LoanRulesRecord row) {
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        Arrays.stream(row.getNotLent().split(" ")).filter(word -> !word.isBlank()).map(ItemKind::valueOf)
                .forEach(kinds::add);
        return new LendingRules(row.getMemberId(), row.getLoanDays(), row.getRenewals(), kinds,
                Money.of(row.getFee()), row.getVersion());
    }

    @Override
    public int nextLetterNumber(int year) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Integer last = tx.select(LOAN_LETTER_COUNTER.LAST_NUMBER).from(LOAN_LETTER_COUNTER)
                    .where(LOAN_LETTER_COUNTER.LETTER_YEAR.eq(year)).forUpdate()
                    .fetchOne(LOAN_LETTER_COUNTER.LAST_NUMBER);
            int next = last == null ? 1 : last + 1;
            if (last == null) {
                tx.insertInto(LOAN_LETTER_COUNTER, LOAN_LETTER_COUNTER.LETTER_YEAR, LOAN_LETTER_COUNTER.LAST_NUMBER)
                        .values(year, next).execute();
            } else {
                tx.update(LOAN_LETTER_COUNTER).set(LOAN_LETTER_COUNTER.LAST_NUMBER, next)
                        .where(LOAN_LETTER_COUNTER.LETTER_YEAR.eq(year)).execute();
            }
            return next;
        });
    }

    @Override
    public List<MemberLoanFigures> figures(LocalDate from, LocalDate to, LocalDate today) {
        return new LoanFigures(dsl).of(from, to, today);
    }

    private List<LoanRequest> withRotas(List<LoanRequestRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RotaEntry>> rotas = new HashMap<>();
        dsl.selectFrom(LOAN_ROTA).where(LOAN_ROTA.REQUEST_ID.in(rows.stream().map(LoanRequestRecord::getId).toList()))
                .orderBy(LOAN_ROTA.REQUEST_ID, LOAN_ROTA.ROTA_POSITION)
                .forEach(row -> rotas.computeIfAbsent(row.getRequestId(), id -> new ArrayList<>())
                        .add(new RotaEntry(row.getRotaPosition(), row.getLenderId(),
                        RotaAnswer.valueOf(row.getAnswer()),
                                row.getReason(), row.getAnsweredAt())));
        return rows.stream().map(row -> LoanRows.request(row, rotas.getOrDefault(row.getId(), List.of()))).toList();
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    static Long minutes(java.time.LocalDateTime from, java.time.LocalDateTime to) {
        return from == null || to == null ? null : Duration.between(from, to).toMinutes();
    }
}
