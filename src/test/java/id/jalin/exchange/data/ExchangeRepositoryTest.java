package id.jalin.exchange.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.exchange.domain.ClosedPeriod;
import id.jalin.exchange.domain.Direction;
import id.jalin.exchange.domain.ExchangeLedgers;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangeRatio;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Owing;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PartnershipStanding;
import id.jalin.exchange.domain.PeriodBalance;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.exchange.domain.PublicationKind;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.lang3.math.Fraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exchange ledgers stored on H2 and on PostgreSQL through the service: partnerships, entries and their reversals,
 * balances per year (also as the overview adds them up in the database, academic years included), closing a year
 * with carry-over, the refusals, and who may do what.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class ExchangeRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @Parameter
    Kind kind;

    private Database database;
    private JooqExchangeRepository repository;
    private long itb;
    private long unpad;
    private long unisba;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        unisba = members.save(new Member(Libraries.library("UNISBA", "Perpustakaan Unisba"), List.of())).library()
                .id();
        repository = new JooqExchangeRepository(database.dsl(), TestAudit.TRAIL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ExchangeLedgers service(CurrentActor actor) {
        List<ExchangeMember> all = List.of(new ExchangeMember(itb, "ITB", "Perpustakaan ITB", true),
                new ExchangeMember(unpad, "UNPAD", "Perpustakaan Unpad", true),
                new ExchangeMember(unisba, "UNISBA", "Perpustakaan Unisba", true));
        return new ExchangeLedgers(repository, () -> all, CLOCK, new Permissions(actor));
    }

    private ExchangeLedgers coordinator() {
        return service(TestActors.AS_COORDINATOR);
    }

    private Partnership partnership(long first, long second, int ratioFirst, int ratioSecond, PeriodKind kind,
                                    boolean carryOver) {
        SaveResult<Partnership> saved = coordinator().savePartnership(new Partnership(null, first, second,
                new ExchangeRatio(ratioFirst, ratioSecond), ExchangeUnit.TITLE, kind, carryOver, 2025, null, "", 0));
        return ((SaveResult.Saved<Partnership>) saved).value();
    }

    private static LedgerEntry shipment(Partnership partnership, LocalDate on, Direction direction, int units) {
        return new LedgerEntry(null, partnership.id(), on, direction, "Jurnal Pustaka Budaya", PublicationKind.JOURNAL,
                "Vol. 7 No. 2", units, units, "JNE 0041", "", null);
    }

    private LedgerEntry record(ExchangeLedgers service, LedgerEntry entry) {
        SaveResult<LedgerEntry> result = service.record(entry);
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<LedgerEntry>) result).value();
    }

    @Test
    void theStartScreenNamesTheYearsToCloseForTheForumsStaffOnly() {
        Partnership calendar = partnership(itb, unpad, 1, 1, PeriodKind.CALENDAR_YEAR, true);
        Partnership academic = partnership(itb, unisba, 1, 1, PeriodKind.ACADEMIC_YEAR, true);
        assertThat(coordinator().closeYear(academic.id(), 2025)).isInstanceOf(SaveResult.Saved.class);

        // 1 December 2026: the calendar 2025 never closed, 2026 ends within 30 days; the academic 2025/2026 closed
        assertThat(coordinator().reminders()).extracting(reminder -> reminder.partnership().id() + " "
                + reminder.kind() + " " + reminder.year().label()).containsExactly(
                calendar.id() + " YEAR_NOT_CLOSED 2025", calendar.id() + " YEAR_ENDS 2026");
        assertThat(service(CurrentActor.of(TestActors.staffOf(itb))).reminders()).isEmpty();
    }

    @Test
    void aThreeForOneYearIsStoredAndLeavesAThirdOwed() {
        Partnership threeForOne = partnership(itb, unpad, 3, 1, PeriodKind.CALENDAR_YEAR, false);
        record(coordinator(), shipment(threeForOne, LocalDate.of(2026, 2, 10), Direction.FIRST_TO_SECOND, 4));
        record(coordinator(), shipment(threeForOne, LocalDate.of(2026, 6, 10), Direction.FIRST_TO_SECOND, 3));
        record(coordinator(), shipment(threeForOne, LocalDate.of(2026, 9, 1), Direction.SECOND_TO_FIRST, 2));

        List<PeriodBalance> years = coordinator().years(threeForOne.id());

        assertThat(years).extracting(year -> year.period().label()).containsExactly("2025", "2026");
        PeriodBalance now = years.get(1);
        assertThat(now.firstUnits()).isEqualTo(7);
        assertThat(now.secondUnits()).isEqualTo(2);
        Owing owing = now.closing().owing(threeForOne).orElseThrow();
        assertThat(owing.debtorId()).isEqualTo(unpad);
        assertThat(owing.amount()).isEqualTo("1/3");
        assertThat(coordinator().entries(threeForOne.id())).extracting(LedgerEntry::date).containsExactly(
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 1));
    }

    @Test
    void aReversalUndoesAnEntryOnceAndTheEntryStays() {
        Partnership oneForOne = partnership(itb, unpad, 1, 1, PeriodKind.CALENDAR_YEAR, false);
        LedgerEntry mistaken = record(coordinator(), shipment(oneForOne, LocalDate.of(2026, 3, 1),
                Direction.FIRST_TO_SECOND, 5));

        assertThat(coordinator().reverse(mistaken.id(), "  ")).isInstanceOf(SaveResult.Invalid.class);
        SaveResult<LedgerEntry> reversed = coordinator().reverse(mistaken.id(), "dicatat dua kali");
        SaveResult<LedgerEntry> twice = coordinator().reverse(mistaken.id(), "lagi");

        assertThat(reversed).isInstanceOf(SaveResult.Saved.class);
        assertThat(((SaveResult.Invalid<LedgerEntry>) twice).validation().errors()).extracting(FieldError::messageKey)
                .containsExactly("exchange.error.already_reversed");
        List<LedgerEntry> entries = coordinator().entries(oneForOne.id());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).reversesId()).isEqualTo(mistaken.id());
        assertThat(entries.get(1).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(coordinator().years(oneForOne.id()).get(1).closing().even()).isTrue();
    }

    @Test
    void closingAYearCarriesItsBalanceOverAndRefusesLateEntries() {
        Partnership carried = partnership(itb, unpad, 1, 1, PeriodKind.CALENDAR_YEAR, true);
        record(coordinator(), shipment(carried, LocalDate.of(2025, 5, 1), Direction.FIRST_TO_SECOND, 3));

        assertThat(coordinator().closeYear(carried.id(), 2026)).isInstanceOf(SaveResult.Invalid.class);
        SaveResult<ClosedPeriod> closed = coordinator().closeYear(carried.id(), 2025);
        assertThat(closed).isInstanceOf(SaveResult.Saved.class);
        assertThat(coordinator().closeYear(carried.id(), 2025)).isInstanceOf(SaveResult.Invalid.class);

        SaveResult<LedgerEntry> late = coordinator().record(shipment(carried, LocalDate.of(2025, 12, 30),
                Direction.SECOND_TO_FIRST, 1));
        assertThat(((SaveResult.Invalid<LedgerEntry>) late).validation().errors()).extracting(FieldError::messageKey)
                .containsExactly("exchange.error.closed");
        PeriodBalance now = coordinator().years(carried.id()).get(1);
        assertThat(now.opening().owedToFirst()).isEqualTo(Fraction.getFraction(3, 1));
        assertThat(repository.closedYears(carried.id())).singleElement()
                .satisfies(year -> assertThat(year.closing().owedToFirst()).isEqualTo(Fraction.getFraction(3, 1)));
    }

    @Test
    void theOverviewAddsUpInTheDatabaseAsTheLedgerDoesAndPutsTheMostUnevenFirst() {
        Partnership academic = partnership(itb, unpad, 3, 1, PeriodKind.ACADEMIC_YEAR, false);
        Partnership calendar = partnership(itb, unisba, 1, 1, PeriodKind.CALENDAR_YEAR, false);
        // 2026-07-31 belongs to 2025/2026, the others to 2026/2027 (today is 2026-12-01)
        record(coordinator(), shipment(academic, LocalDate.of(2026, 7, 31), Direction.FIRST_TO_SECOND, 9));
        record(coordinator(), shipment(academic, LocalDate.of(2026, 8, 1), Direction.FIRST_TO_SECOND, 6));
        LedgerEntry wrong = record(coordinator(), shipment(academic, LocalDate.of(2026, 9, 1),
                Direction.SECOND_TO_FIRST, 1));
        coordinator().reverse(wrong.id(), "salah mitra");
        record(coordinator(), shipment(calendar, LocalDate.of(2026, 4, 1), Direction.SECOND_TO_FIRST, 5));

        List<PartnershipStanding> overview = coordinator().overview();

        assertThat(overview).extracting(standing -> standing.partnership().id())
                .containsExactly(calendar.id(), academic.id());
        PartnershipStanding standing = overview.get(1);
        assertThat(standing.year().period().label()).isEqualTo("2026/2027");
        assertThat(standing.year().firstUnits()).isEqualTo(6);
        assertThat(standing.year().secondUnits()).isZero();
        assertThat(standing.year()).isEqualTo(coordinator().years(academic.id()).get(1));
        assertThat(overview.get(0).owing().orElseThrow().debtorId()).isEqualTo(itb);
    }

    @Test
    void memberStaffRecordOnlyTheirOwnPartnershipsAndSetUpNone() {
        Partnership theirs = partnership(itb, unpad, 1, 1, PeriodKind.CALENDAR_YEAR, false);
        Partnership others = partnership(itb, unisba, 1, 1, PeriodKind.CALENDAR_YEAR, false);
        ExchangeLedgers unpadDesk = service(CurrentActor.of(TestActors.staffOf(unpad)));

        record(unpadDesk, shipment(theirs, LocalDate.of(2026, 10, 1), Direction.SECOND_TO_FIRST, 1));

        assertThat(unpadDesk.partnerships()).extracting(Partnership::id).containsExactly(theirs.id());
        assertThatThrownBy(() -> unpadDesk.record(shipment(others, LocalDate.of(2026, 10, 1),
                Direction.FIRST_TO_SECOND, 1))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> unpadDesk.savePartnership(new Partnership(null, unpad, unisba,
                ExchangeRatio.ONE_FOR_ONE, ExchangeUnit.COPY, PeriodKind.CALENDAR_YEAR, false, 2026, null, "", 0)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> unpadDesk.closeYear(theirs.id(), 2025)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theTermsStayOnceShipmentsAreRecordedAndAStaleChangeIsRefused() {
        Partnership partnership = partnership(itb, unpad, 1, 1, PeriodKind.CALENDAR_YEAR, false);
        Partnership noted = ((SaveResult.Saved<Partnership>) coordinator().savePartnership(new Partnership(
                partnership.id(), itb, unpad, ExchangeRatio.ONE_FOR_ONE, ExchangeUnit.TITLE, PeriodKind.CALENDAR_YEAR,
                true, 2025, null, "Kesepakatan 2025", partnership.version()))).value();
        record(coordinator(), shipment(noted, LocalDate.of(2026, 1, 5), Direction.FIRST_TO_SECOND, 1));

        SaveResult<Partnership> newRatio = coordinator().savePartnership(new Partnership(noted.id(), itb, unpad,
                new ExchangeRatio(2, 1), ExchangeUnit.TITLE, PeriodKind.CALENDAR_YEAR, true, 2025, null, "",
                noted.version()));
        SaveResult<Partnership> stale = coordinator().savePartnership(new Partnership(noted.id(), itb, unpad,
                ExchangeRatio.ONE_FOR_ONE, ExchangeUnit.TITLE, PeriodKind.CALENDAR_YEAR, false, 2025, null, "",
                partnership.version()));

        assertThat(((SaveResult.Invalid<Partnership>) newRatio).validation().errors())
                .extracting(FieldError::messageKey).containsExactly("exchange.error.terms_fixed");
        assertThat(stale).isInstanceOf(SaveResult.Stale.class);
        assertThat(repository.partnership(noted.id()).orElseThrow().notes()).isEqualTo("Kesepakatan 2025");
    }
}
