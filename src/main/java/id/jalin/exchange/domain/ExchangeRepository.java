package id.jalin.exchange.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where partnerships, their ledger entries and their closed years are kept. */
public interface ExchangeRepository {
    Partnership insert(Partnership partnership);

    /** Stores a change read at {@code changed.version()}; another desk's newer change makes it stale. */
    Partnership update(Partnership changed);

    Optional<Partnership> partnership(long id);

    /** Every partnership, or those one member is part of. */
    List<Partnership> partnerships(Optional<Long> memberId);

    /** Adds an entry (a shipment or a reversal) in one transaction with its audit line. */
    LedgerEntry add(LedgerEntry entry, LocalDateTime recordedAt, String recordedBy);

    Optional<LedgerEntry> entry(long id);

    /** Whether an entry has been reversed already. */
    boolean reversed(long entryId);

    /** The partnership's entries, oldest first (by date, then as recorded). */
    List<LedgerEntry> entries(long partnershipId);

    /** Every partnership's units per year, added up in the database: one query for the overview. */
    Map<Long, List<YearUnits>> unitsByYear(List<Long> partnershipIds);

    List<ClosedPeriod> closedYears(long partnershipId);

    Map<Long, List<ClosedPeriod>> closedYearsOf(List<Long> partnershipIds);

    void close(ClosedPeriod year);
}
