package id.jalin.exchange.data;

import static id.jalin.kernel.db.generated.Tables.EXCHANGE_CLOSED_YEAR;
import static id.jalin.kernel.db.generated.Tables.EXCHANGE_ENTRY;
import static id.jalin.kernel.db.generated.Tables.EXCHANGE_PARTNERSHIP;

import id.jalin.exchange.domain.Balance;
import id.jalin.exchange.domain.ClosedPeriod;
import id.jalin.exchange.domain.Direction;
import id.jalin.exchange.domain.ExchangeRatio;
import id.jalin.exchange.domain.ExchangeRepository;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.exchange.domain.PublicationKind;
import id.jalin.exchange.domain.YearUnits;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.ExchangeEntryRecord;
import id.jalin.kernel.db.generated.tables.records.ExchangePartnershipRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.math.Fraction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Partnerships, their entries and closed years. Entries are only ever inserted: a correction is a reversing entry,
 * which the unique reverses_id keeps to one per entry even when two desks reverse at the same moment.
 */
public final class JooqExchangeRepository implements ExchangeRepository {
    private final DSLContext dsl;
    private final RecordAudit audit;

    public JooqExchangeRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "exchange");
    }

    @Override
    public Partnership insert(Partnership partnership) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ExchangePartnershipRecord row = tx.newRecord(EXCHANGE_PARTNERSHIP);
            fill(row, partnership);
            row.setVersion(1L);
            row.store();
            audit.created(tx, row, row.getId(), partnership.ratio().toString());
            return partnership.stored(row.getId(), 1);
        });
    }

    @Override
    public Partnership update(Partnership changed) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ExchangePartnershipRecord before = tx.selectFrom(EXCHANGE_PARTNERSHIP)
                    .where(EXCHANGE_PARTNERSHIP.ID.eq(changed.id())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new RecordGoneException(changed.ratio().toString()));
            if (before.getVersion() != changed.version()) {
                throw new StaleRecordException(changed.ratio().toString());
            }
            ExchangePartnershipRecord after = before.copy();
            after.setId(before.getId());
            fill(after, changed);
            after.setVersion(before.getVersion() + 1);
            tx.update(EXCHANGE_PARTNERSHIP).set(after).where(EXCHANGE_PARTNERSHIP.ID.eq(changed.id())).execute();
            audit.updated(tx, before, after, changed.id(), changed.ratio().toString(),
                    EXCHANGE_PARTNERSHIP.RATIO_FIRST.getName());
            return changed.stored(changed.id(), after.getVersion());
        });
    }

    private static void fill(ExchangePartnershipRecord row, Partnership partnership) {
        row.setFirstMemberId(partnership.firstMemberId());
        row.setSecondMemberId(partnership.secondMemberId());
        row.setRatioFirst(partnership.ratio().first());
        row.setRatioSecond(partnership.ratio().second());
        row.setUnit(partnership.unit().name());
        row.setPeriodKind(partnership.periodKind().name());
        row.setCarryOver(partnership.carryOver());
        row.setFirstYear(partnership.firstYear());
        row.setAgreementId(partnership.agreementId());
        row.setNotes(partnership.notes());
    }

    @Override
    public Optional<Partnership> partnership(long id) {
        return dsl.selectFrom(EXCHANGE_PARTNERSHIP).where(EXCHANGE_PARTNERSHIP.ID.eq(id))
                .fetchOptional(JooqExchangeRepository::toPartnership);
    }

    @Override
    public List<Partnership> partnerships(Optional<Long> memberId) {
        return dsl.selectFrom(EXCHANGE_PARTNERSHIP)
                .where(memberId.map(id -> EXCHANGE_PARTNERSHIP.FIRST_MEMBER_ID.eq(id)
                        .or(EXCHANGE_PARTNERSHIP.SECOND_MEMBER_ID.eq(id))).orElse(DSL.noCondition()))
                .orderBy(EXCHANGE_PARTNERSHIP.ID).fetch(JooqExchangeRepository::toPartnership);
    }

    private static Partnership toPartnership(ExchangePartnershipRecord row) {
        return new Partnership(row.getId(), row.getFirstMemberId(), row.getSecondMemberId(),
                new ExchangeRatio(row.getRatioFirst(), row.getRatioSecond()), ExchangeUnit.valueOf(row.getUnit()),
                PeriodKind.valueOf(row.getPeriodKind()), row.getCarryOver(), row.getFirstYear(), row.getAgreementId(),
                row.getNotes(), row.getVersion());
    }

    @Override
    public LedgerEntry add(LedgerEntry entry, LocalDateTime recordedAt, String recordedBy) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(EXCHANGE_PARTNERSHIP, EXCHANGE_PARTNERSHIP.ID.eq(entry.partnershipId())) == false) {
                throw new RecordGoneException(entry.title());
            }
            if (entry.reversesId() != null && tx.fetchExists(EXCHANGE_ENTRY,
                    EXCHANGE_ENTRY.REVERSES_ID.eq(entry.reversesId()))) {
                throw new StaleRecordException(entry.title());
            }
            ExchangeEntryRecord row = tx.newRecord(EXCHANGE_ENTRY);
            row.setPartnershipId(entry.partnershipId());
            row.setEntryDate(entry.date());
            row.setDirection(entry.direction().name());
            row.setTitle(entry.title());
            row.setKind(entry.kind().name());
            row.setVolumeIssue(entry.volumeIssue());
            row.setCopies(entry.copies());
            row.setUnits(entry.units());
            row.setShipment(entry.shipment());
            row.setNote(entry.note());
            row.setReversesId(entry.reversesId());
            row.setRecordedAt(recordedAt);
            row.setRecordedBy(recordedBy);
            row.store();
            audit.created(tx, row, row.getId(), entry.title());
            return entry.stored(row.getId());
        });
    }

    @Override
    public Optional<LedgerEntry> entry(long id) {
        return dsl.selectFrom(EXCHANGE_ENTRY).where(EXCHANGE_ENTRY.ID.eq(id))
                .fetchOptional(JooqExchangeRepository::toEntry);
    }

    @Override
    public boolean reversed(long entryId) {
        return dsl.fetchExists(EXCHANGE_ENTRY, EXCHANGE_ENTRY.REVERSES_ID.eq(entryId));
    }

    @Override
    public List<LedgerEntry> entries(long partnershipId) {
        return dsl.selectFrom(EXCHANGE_ENTRY).where(EXCHANGE_ENTRY.PARTNERSHIP_ID.eq(partnershipId))
                .orderBy(EXCHANGE_ENTRY.ENTRY_DATE, EXCHANGE_ENTRY.ID).fetch(JooqExchangeRepository::toEntry);
    }

    private static LedgerEntry toEntry(ExchangeEntryRecord row) {
        return new LedgerEntry(row.getId(), row.getPartnershipId(), row.getEntryDate(),
                Direction.valueOf(row.getDirection()), row.getTitle(), PublicationKind.valueOf(row.getKind()),
                row.getVolumeIssue(), row.getCopies(), row.getUnits(), row.getShipment(), row.getNote(),
                row.getReversesId());
    }

    /**
     * Units per partnership, year and direction, reversals taken off, added up by the database. The year an entry
     * counts in depends on the partnership's kind of year: an academic year starts in August, so a day before August
     * belongs to the year that started the August before.
     */
    @Override
    public Map<Long, List<YearUnits>> unitsByYear(List<Long> partnershipIds) {
        Field<Integer> calendarYear = DSL.extract(EXCHANGE_ENTRY.ENTRY_DATE, org.jooq.DatePart.YEAR);
        Field<Integer> month = DSL.extract(EXCHANGE_ENTRY.ENTRY_DATE, org.jooq.DatePart.MONTH);
        Field<Integer> startYear = DSL.when(EXCHANGE_PARTNERSHIP.PERIOD_KIND.eq(PeriodKind.ACADEMIC_YEAR.name())
                .and(month.lt(8)), calendarYear.minus(1)).otherwise(calendarYear).as("start_year");
        Field<Integer> signed = DSL.when(EXCHANGE_ENTRY.REVERSES_ID.isNull(), EXCHANGE_ENTRY.UNITS)
                .otherwise(EXCHANGE_ENTRY.UNITS.neg());
        Field<Long> first = DSL.coalesce(DSL.sum(DSL.when(EXCHANGE_ENTRY.DIRECTION.eq(Direction.FIRST_TO_SECOND.name()),
                signed).otherwise(0)).cast(SQLDataType.BIGINT), 0L).as("first_units");
        Field<Long> second = DSL.coalesce(DSL.sum(DSL.when(EXCHANGE_ENTRY.DIRECTION.eq(Direction.SECOND_TO_FIRST.name()),
                signed).otherwise(0)).cast(SQLDataType.BIGINT), 0L).as("second_units");
        Map<Long, List<YearUnits>> byPartnership = new HashMap<>();
        for (int from = 0; from < partnershipIds.size(); from += 500) {
            List<Long> part = partnershipIds.subList(from, Math.min(partnershipIds.size(), from + 500));
            dsl.select(EXCHANGE_ENTRY.PARTNERSHIP_ID, startYear, first, second).from(EXCHANGE_ENTRY)
                    .join(EXCHANGE_PARTNERSHIP).on(EXCHANGE_PARTNERSHIP.ID.eq(EXCHANGE_ENTRY.PARTNERSHIP_ID))
                    .where(EXCHANGE_ENTRY.PARTNERSHIP_ID.in(part))
                    .groupBy(EXCHANGE_ENTRY.PARTNERSHIP_ID, startYear)
                    .forEach(row -> byPartnership.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                            .add(new YearUnits(row.value1(), row.value2(), row.value3(), row.value4())));
        }
        return byPartnership;
    }

    @Override
    public List<ClosedPeriod> closedYears(long partnershipId) {
        return closedYearsOf(List.of(partnershipId)).getOrDefault(partnershipId, List.of());
    }

    @Override
    public Map<Long, List<ClosedPeriod>> closedYearsOf(List<Long> partnershipIds) {
        Map<Long, List<ClosedPeriod>> byPartnership = new HashMap<>();
        for (int from = 0; from < partnershipIds.size(); from += 500) {
            List<Long> part = partnershipIds.subList(from, Math.min(partnershipIds.size(), from + 500));
            dsl.selectFrom(EXCHANGE_CLOSED_YEAR).where(EXCHANGE_CLOSED_YEAR.PARTNERSHIP_ID.in(part))
                    .orderBy(EXCHANGE_CLOSED_YEAR.START_YEAR)
                    .forEach(row -> byPartnership.computeIfAbsent(row.getPartnershipId(), id -> new ArrayList<>())
                            .add(new ClosedPeriod(row.getPartnershipId(), row.getStartYear(),
                                    new Balance(Fraction.getFraction(Math.toIntExact(row.getClosingNumerator()),
                                            Math.toIntExact(row.getClosingDenominator()))),
                                    row.getClosedAt(), row.getClosedBy())));
        }
        return byPartnership;
    }

    @Override
    public void close(ClosedPeriod year) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(EXCHANGE_CLOSED_YEAR, EXCHANGE_CLOSED_YEAR.PARTNERSHIP_ID.eq(year.partnershipId()),
                    EXCHANGE_CLOSED_YEAR.START_YEAR.eq(year.startYear()))) {
                throw new StaleRecordException(String.valueOf(year.startYear()));
            }
            Fraction closing = year.closing().owedToFirst();
            tx.insertInto(EXCHANGE_CLOSED_YEAR).set(EXCHANGE_CLOSED_YEAR.PARTNERSHIP_ID, year.partnershipId())
                    .set(EXCHANGE_CLOSED_YEAR.START_YEAR, year.startYear())
                    .set(EXCHANGE_CLOSED_YEAR.CLOSING_NUMERATOR, (long) closing.getNumerator())
                    .set(EXCHANGE_CLOSED_YEAR.CLOSING_DENOMINATOR, (long) closing.getDenominator())
                    .set(EXCHANGE_CLOSED_YEAR.CLOSED_AT, year.closedAt())
                    .set(EXCHANGE_CLOSED_YEAR.CLOSED_BY, year.closedBy()).execute();
            audit.recorded(tx, "exchange_closed_year", year.partnershipId(), String.valueOf(year.startYear()),
                    AuditAction.STATE_CHANGE, List.of(new FieldChange("closed_year", "",
                            year.startYear() + " " + closing)));
        });
    }
}
