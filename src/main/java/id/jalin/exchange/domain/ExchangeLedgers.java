package id.jalin.exchange.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exchange ledgers (decision 0030): partnerships between two members at an agreed ratio, the shipments each way
 * entered as they go, corrected only by reversing entries, and the balance per year in words both sides can sign.
 *
 * <p>Who may do what (0016): the forum's staff set up partnerships and close years; a member's staff record and
 * reverse the shipments of the partnerships their library is part of, and see only those. Reading the whole
 * overview is the forum's.
 */
public final class ExchangeLedgers {
    private final ExchangeRepository repository;
    private final ExchangeMembers members;
    private final Clock clock;
    private final Permissions permissions;

    public ExchangeLedgers(ExchangeRepository repository, ExchangeMembers members, Clock clock,
                           Permissions permissions) {
        this.repository = repository;
        this.members = members;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** The same service on another clock: the demo data record a year of shipments on the days they went. */
    public ExchangeLedgers withClock(Clock other) {
        return new ExchangeLedgers(repository, members, other, permissions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ExchangeMember> members() {
        return members.all();
    }

    /** The library whose desk the signed-in person keeps, if any: the ledgers are told from its side. */
    public Optional<Long> ownLibrary() {
        return permissions.actor().library();
    }

    public boolean mayManage() {
        return permissions.mayChangeForumRecords();
    }

    public boolean mayRecord(Partnership partnership) {
        return permissions.mayChangeLibrary(partnership.firstMemberId())
                || permissions.mayChangeLibrary(partnership.secondMemberId());
    }

    // --- partnerships ---

    public SaveResult<Partnership> savePartnership(Partnership partnership) {
        permissions.requireForumStaff("set up an exchange partnership");
        List<Long> active = members.all().stream().filter(ExchangeMember::active).map(ExchangeMember::id).toList();
        Validation validation = ExchangeRules.partnership(partnership, active, today());
        if (partnership.id() != null && validation.isValid()) {
            List<LedgerEntry> entries = repository.entries(partnership.id());
            Optional<Partnership> stored = repository.partnership(partnership.id());
            boolean termsChanged = stored.map(before -> !before.ratio().equals(partnership.ratio())
                    || before.unit() != partnership.unit() || before.periodKind() != partnership.periodKind()
                    || before.firstMemberId() != partnership.firstMemberId()
                    || before.secondMemberId() != partnership.secondMemberId()).orElse(false);
            // The terms decide what every entry already made counts for: once there are entries they stay.
            validation = validation.and(Validation.builder().errorIf(termsChanged && !entries.isEmpty(), "ratio",
                    "exchange.error.terms_fixed").build());
        }
        return SaveResult.store(validation, () -> partnership.id() == null ? repository.insert(partnership)
                : repository.update(partnership));
    }

    /** The partnerships the reader may see: all for the forum's staff, their own library's for a member's staff. */
    public List<Partnership> partnerships() {
        return repository.partnerships(visibleLibrary());
    }

    public Optional<Partnership> partnership(long id) {
        return repository.partnership(id).filter(this::visible);
    }

    private Optional<Long> visibleLibrary() {
        return permissions.mayChangeForumRecords() ? Optional.empty() : permissions.actor().library()
                .or(() -> Optional.of(-1L));
    }

    private boolean visible(Partnership partnership) {
        return visibleLibrary().map(partnership::between).orElse(true);
    }

    // --- entries ---

    /** Records a shipment one way or the other. */
    public SaveResult<LedgerEntry> record(LedgerEntry entry) {
        Partnership partnership = repository.partnership(entry.partnershipId()).orElse(null);
        if (partnership == null) {
            return new SaveResult.Gone<>(entry.title());
        }
        Actor actor = requireRecorder(partnership, "record an exchange shipment");
        Validation validation = ExchangeRules.entry(entry, partnership, repository.closedYears(partnership.id()),
                today()).and(Validation.builder().errorIf(entry.reversesId() != null, "title",
                "exchange.error.reversal_by_reverse").build());
        return SaveResult.store(validation, () -> repository.add(entry, LocalDateTime.now(clock), actor.signature()));
    }

    /** Undoes an entry by a reversing entry dated today, with the reason; the entry itself stays. */
    public SaveResult<LedgerEntry> reverse(long entryId, String reason) {
        LedgerEntry entry = repository.entry(entryId).orElse(null);
        if (entry == null) {
            return new SaveResult.Gone<>("#" + entryId);
        }
        Partnership partnership = repository.partnership(entry.partnershipId())
                .orElseThrow(() -> new RecordGoneException(entry.title()));
        Actor actor = requireRecorder(partnership, "reverse an exchange entry");
        String why = reason == null ? "" : reason.strip();
        LedgerEntry reversal = entry.reversedOn(today(), why);
        Validation validation = Validation.builder()
                .errorIf(why.isEmpty(), "reason", "exchange.error.reason")
                .errorIf(entry.reversal(), "reason", "exchange.error.reverse_reversal")
                .errorIf(repository.reversed(entryId), "reason", "exchange.error.already_reversed")
                .build().and(ExchangeRules.entry(reversal, partnership, repository.closedYears(partnership.id()),
                        today()));
        return SaveResult.store(validation, () -> repository.add(reversal, LocalDateTime.now(clock),
                actor.signature()));
    }

    private Actor requireRecorder(Partnership partnership, String operation) {
        if (!mayRecord(partnership)) {
            throw new NotPermittedException(permissions.actor().role(), operation);
        }
        return permissions.actor();
    }

    public List<LedgerEntry> entries(long partnershipId) {
        return partnership(partnershipId).map(found -> repository.entries(found.id())).orElse(List.of());
    }

    /** Every year of the partnership up to the current one, with its balance. */
    public List<PeriodBalance> years(long partnershipId) {
        return partnership(partnershipId).map(found -> ExchangeLedger.years(found, repository.entries(found.id()),
                repository.closedYears(found.id()), currentYear(found))).orElse(List.of());
    }

    /** The year running today, or the partnership's first when it starts later. */
    public ExchangePeriod currentYear(Partnership partnership) {
        ExchangePeriod today = partnership.periodKind().periodOf(today());
        return today.compareTo(partnership.firstPeriod()) < 0 ? partnership.firstPeriod() : today;
    }

    /** Closes a year: no entry goes into it after, and its balance carries over if the partnership says so. */
    public SaveResult<ClosedPeriod> closeYear(long partnershipId, int startYear) {
        Actor actor = permissions.requireForumStaff("close an exchange year");
        Partnership partnership = repository.partnership(partnershipId).orElse(null);
        if (partnership == null) {
            return new SaveResult.Gone<>("#" + partnershipId);
        }
        ExchangePeriod period = new ExchangePeriod(partnership.periodKind(), startYear);
        List<ClosedPeriod> closed = repository.closedYears(partnershipId);
        Validation validation = ExchangeRules.closing(partnership, period, closed);
        return SaveResult.store(validation, () -> {
            List<PeriodBalance> years = ExchangeLedger.years(partnership, repository.entries(partnershipId), closed,
                    period);
            ClosedPeriod year = new ClosedPeriod(partnershipId, startYear, ExchangeLedger.year(years, period).closing(),
                    LocalDateTime.now(clock), actor.signature());
            repository.close(year);
            return year;
        });
    }

    /**
     * The years the start screen points to today ({@link ExchangeReminder}), for the forum's staff, who close years:
     * every partnership read with its closed years in two queries.
     */
    public List<ExchangeReminder> reminders() {
        if (!mayManage()) {
            return List.of();
        }
        List<Partnership> partnerships = partnerships();
        Map<Long, List<ClosedPeriod>> closed = repository.closedYearsOf(partnerships.stream().map(Partnership::id)
                .toList());
        LocalDate today = today();
        return partnerships.stream().flatMap(partnership -> ExchangeReminder.of(partnership,
                closed.getOrDefault(partnership.id(), List.of()), currentYear(partnership), today).stream()).toList();
    }

    /**
     * Every partnership the reader may see with its current year, the most out of balance first (in units of the
     * second member, the unit the balances are kept in): partnerships are pairs of members, so a few hundred at most,
     * and their units come from one query added up in the database.
     */
    public List<PartnershipStanding> overview() {
        List<Partnership> partnerships = partnerships();
        List<Long> ids = partnerships.stream().map(Partnership::id).toList();
        Map<Long, List<YearUnits>> units = repository.unitsByYear(ids);
        Map<Long, List<ClosedPeriod>> closed = repository.closedYearsOf(ids);
        return partnerships.stream().map(partnership -> {
            ExchangePeriod current = currentYear(partnership);
            PeriodBalance year = ExchangeLedger.year(ExchangeLedger.fromUnits(partnership,
                    units.getOrDefault(partnership.id(), List.of()), closed.getOrDefault(partnership.id(), List.of()),
                    current), current);
            return new PartnershipStanding(partnership, year, year.closing().owing(partnership));
        }).sorted(Comparator.comparing((PartnershipStanding standing) -> standing.year().closing().imbalance())
                .reversed().thenComparing(standing -> standing.partnership().id())).toList();
    }
}
