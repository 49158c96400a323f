package id.jalin.acquisition.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.DuplicateFlag;
import id.jalin.acquisition.domain.FlagKind;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.LineFilter;
import id.jalin.acquisition.domain.LineSort;
import id.jalin.acquisition.domain.PlacedCopies;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundFilter;
import id.jalin.acquisition.domain.RoundSort;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.acquisition.domain.Title;
import id.jalin.acquisition.domain.WarningLevel;
import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditFilter;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditSort;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.JooqAuditLog;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Joint acquisition stored on H2 and on PostgreSQL through the service: a round from proposals to placement, the
 * stale-record check, refusals that store nothing, reopening with its reason in the audit trail, earlier rounds'
 * orders found by the catalogue's keys, and the lists paged, sorted and filtered in the database.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class JointAcquisitionStorageTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String ISBN13 = "978-0-306-40615-7";
    private static final String ISBN10 = "0306406152";

    @Parameter
    Kind kind;

    private Database database;
    private long itb;
    private long unpad;
    private long unisba;
    private final AtomicReference<Actor> acting = new AtomicReference<>(TestActors.COORDINATOR);
    private final List<HeldMatch> held = new ArrayList<>();
    private final List<PlacedCopies> placed = new ArrayList<>();
    private JointAcquisition acquisition;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        unisba = members.save(new Member(Libraries.library("UNISBA", "Perpustakaan Unisba"), List.of())).library()
                .id();
        List<AcquisitionMember> register = List.of(new AcquisitionMember(itb, "ITB", "Perpustakaan ITB", true),
                new AcquisitionMember(unpad, "UNPAD", "Perpustakaan Unpad", true),
                new AcquisitionMember(unisba, "UNISBA", "Perpustakaan Unisba", true));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), JAKARTA);
        acquisition = new JointAcquisition(new JooqAcquisitionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, probes -> List.copyOf(held), placed::add, clock, new Permissions(acting::get));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PurchaseRound openRound(String name) {
        return saved(acquisition.openRound(PurchaseRound.draft(name, itb, Money.of(10_000_000), TODAY.plusDays(10),
                SplitRule.EQUAL, Map.of(itb, 1L, unpad, 1L, unisba, 1L))));
    }

    private ProposalLine propose(PurchaseRound round, long member, String isbn, String title, long price,
                                 int copies) {
        return saved(acquisition.propose(ProposalLine.proposed(round.id(), member,
                new Title(isbn, title, "Sulistyo-Basuki", "Gramedia", 2020, ""), ItemFormat.PRINT, false,
                "Gramedia", Money.of(price), copies, 2, "Untuk mata kuliah")));
    }

    @Test
    void theStartScreenFindsOpenRoundsByDeadlineAndAMembersDeskOnlyItsOwn() {
        PurchaseRound near = openRound("Putaran dekat");
        PurchaseRound others = saved(acquisition.openRound(PurchaseRound.draft("Putaran tanpa UNISBA", itb,
                Money.of(10_000_000), TODAY.plusDays(3), SplitRule.EQUAL, Map.of(itb, 1L, unpad, 1L))));
        openRound("Putaran ditutup");
        PurchaseRound closed = acquisition.rounds(new RoundFilter(Set.of(), null, "ditutup"),
                new PageRequest<>(0, 5, RoundSort.NAME, SortDirection.ASCENDING, "")).rows().get(0);
        saved(acquisition.move(closed, RoundStatus.CLOSED, ""));

        assertThat(acquisition.reminders(50)).extracting(reminder -> reminder.round().name() + " "
                + reminder.date()).containsExactly("Putaran tanpa UNISBA " + TODAY.plusDays(3),
                "Putaran dekat " + TODAY.plusDays(10));
        acting.set(TestActors.staffOf(unisba));
        assertThat(acquisition.reminders(50)).extracting(reminder -> reminder.round().id())
                .containsExactly(near.id());
        assertThat(others.id()).isNotEqualTo(near.id());
    }

    @Test
    void aRoundRunsFromProposalsToPlacementAtTheMemberThatAsked() {
        PurchaseRound round = openRound("Pengadaan Bersama 2027");
        ProposalLine itbLine = propose(round, itb, ISBN13, "Pengantar statistika", 250_000, 3);
        ProposalLine unpadLine = propose(round, unpad, "", "Metodologi penelitian", 180_000, 2);
        ProposalLine dropped = propose(round, unisba, "", "Buku yang tidak jadi", 90_000, 1);

        saved(acquisition.decide(itbLine, Decision.ACCEPTED, ""));
        saved(acquisition.decide(unpadLine, Decision.ACCEPTED, ""));
        saved(acquisition.decide(dropped, Decision.DROPPED, "Anggaran tidak cukup"));
        round = saved(acquisition.move(round, RoundStatus.CLOSED, ""));
        round = saved(acquisition.move(round, RoundStatus.ORDERED, ""));

        ProposalLine partly = saved(acquisition.receive(acquisition.line(itbLine.id()).orElseThrow(), 2,
                TODAY.minusDays(1), "INV-001"));
        assertThat(partly.receivedCopies()).isEqualTo(2);
        SaveResult<ProposalLine> tooMany = acquisition.receive(partly, 2, TODAY, "INV-002");
        assertThat(errorKeys(tooMany)).containsExactly("acquisition.error.receiveTooMany");
        assertThat(acquisition.line(itbLine.id()).orElseThrow().receivedCopies()).isEqualTo(2);
        assertThat(acquisition.receipts(itbLine.id())).hasSize(1);
        saved(acquisition.receive(partly, 1, TODAY, "INV-002"));
        saved(acquisition.receive(acquisition.line(unpadLine.id()).orElseThrow(), 2, TODAY, "INV-002"));
        round = saved(acquisition.move(round, RoundStatus.RECEIVED, ""));
        round = saved(acquisition.move(round, RoundStatus.COMPLETED, ""));

        assertThat(round.status()).isEqualTo(RoundStatus.COMPLETED);
        assertThat(placed).extracting(PlacedCopies::memberId, PlacedCopies::copies, PlacedCopies::invoiceNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(itb, 2, "INV-001"),
                        org.assertj.core.groups.Tuple.tuple(itb, 1, "INV-002"),
                        org.assertj.core.groups.Tuple.tuple(unpad, 2, "INV-002"));
        assertThat(placed.get(0).title().isbn()).isEqualTo(ISBN13);
        assertThat(acquisition.receipts(itbLine.id())).extracting(r -> r.copies(), r -> r.receivedOn(),
                        r -> r.recordedBy())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, TODAY.minusDays(1),
                                TestActors.COORDINATOR.signature()),
                        org.assertj.core.groups.Tuple.tuple(1, TODAY, TestActors.COORDINATOR.signature()));
        assertThat(acquisition.cost(round.id()).total()).isEqualTo(Money.of(3 * 250_000 + 2 * 180_000));
        assertThat(acquisition.cost(round.id()).shares()).isEqualTo(Map.of(itb, Money.of(750_000),
                unpad, Money.of(360_000), unisba, Money.ZERO));
    }

    @Test
    void eachRoundsOrderLetterIsNumberedOnceInTheYearsRunningSeries() {
        PurchaseRound first = openRound("Pengadaan Bersama 2027");
        PurchaseRound second = openRound("Langganan basis data 2027");

        String one = acquisition.orderLetter(first, "FPPTI-JABAR");
        String again = acquisition.orderLetter(first, "FPPTI-JABAR");
        String two = acquisition.orderLetter(second, "FPPTI-JABAR");

        String month = id.jalin.forum.domain.LetterNumbering.romanMonth(TODAY.getMonthValue());
        assertThat(one).isEqualTo("001/PGD/FPPTI-JABAR/" + month + "/" + TODAY.getYear()).isEqualTo(again);
        assertThat(two).isEqualTo("002/PGD/FPPTI-JABAR/" + month + "/" + TODAY.getYear());
    }

    @Test
    void aRoundAndItsLinesAreStoredWithEveryField() {
        PurchaseRound draft = new PurchaseRound(null, "Langganan 2027", itb, Money.of(50_000_000), TODAY.plusDays(5),
                RoundStatus.OPEN, SplitRule.FIXED_PERCENT, Map.of(itb, 6000L, unpad, 4000L), Money.of(30_000_000),
                "Rapat 12 November", 0);
        PurchaseRound round = saved(acquisition.openRound(draft));
        ProposalLine line = saved(acquisition.propose(new ProposalLine(null, round.id(), unpad,
                new Title(ISBN10, "Jurnal Pustaka", "", "Ikapi", 2027, "Ed. 3"), ItemFormat.JOURNAL_SUBSCRIPTION, true,
                "EBSCO", Money.of(12_000_000), 1, 1, "Dipakai semua anggota", Decision.ACCEPTED, "x", 5, 0)));

        PurchaseRound read = acquisition.round(round.id()).orElseThrow();
        assertThat(read).isEqualTo(round);
        assertThat(read.participants()).isEqualTo(Map.of(itb, 6000L, unpad, 4000L));
        assertThat(read.memberCap()).isEqualTo(Money.of(30_000_000));
        ProposalLine stored = acquisition.line(line.id()).orElseThrow();
        assertThat(stored).isEqualTo(line);
        // what the coordinator decides and what arrives are never taken from the member's entry
        assertThat(stored.decision()).isEqualTo(Decision.PENDING);
        assertThat(stored.receivedCopies()).isZero();
        assertThat(stored.title().edition()).isEqualTo("Ed. 3");
        assertThat(stored.sharedForAll()).isTrue();
    }

    @Test
    void aChangeMadeOnAnOlderReadingIsStale() {
        PurchaseRound round = openRound("Pengadaan 2027");
        ProposalLine line = propose(round, unpad, "", "Statistika", 100_000, 1);
        saved(acquisition.saveRound(round.withNotes("Dibahas ulang")));
        saved(acquisition.changeProposal(new ProposalLine(line.id(), line.roundId(), line.memberId(), line.title(),
                line.format(), false, "Toko Buku", Money.of(120_000), 2, 1, "", Decision.PENDING, "", 0,
                line.version())));

        assertThat(acquisition.saveRound(round.withNotes("Lagi"))).isInstanceOf(SaveResult.Stale.class);
        assertThat(acquisition.changeProposal(line)).isInstanceOf(SaveResult.Stale.class);
        assertThat(acquisition.decide(line, Decision.ACCEPTED, "")).isInstanceOf(SaveResult.Stale.class);
        assertThat(acquisition.move(round, RoundStatus.CLOSED, "")).isInstanceOf(SaveResult.Stale.class);
        ProposalLine current = acquisition.line(line.id()).orElseThrow();
        assertThat(current.unitPrice()).isEqualTo(Money.of(120_000));
        assertThat(current.copies()).isEqualTo(2);
        assertThat(acquisition.round(round.id()).orElseThrow().notes()).isEqualTo("Dibahas ulang");
    }

    @Test
    void closingFreezesProposalsAndReopeningNeedsAReasonKeptInTheAuditTrail() {
        PurchaseRound round = openRound("Pengadaan 2027");
        ProposalLine line = propose(round, unpad, "", "Statistika", 100_000, 1);
        round = saved(acquisition.move(round, RoundStatus.CLOSED, ""));

        SaveResult<ProposalLine> late = acquisition.propose(ProposalLine.proposed(round.id(), unpad,
                new Title("", "Terlambat", "", "", null, ""), ItemFormat.PRINT, false, "", Money.of(1), 1, 1, ""));
        assertThat(errorKeys(late)).containsExactly("acquisition.error.roundNotOpen");
        assertThat(errorKeys(acquisition.changeProposal(line))).containsExactly("acquisition.error.roundNotOpen");
        assertThat(errorKeys(acquisition.withdraw(line))).containsExactly("acquisition.error.roundNotOpen");
        assertThat(errorKeys(acquisition.move(round, RoundStatus.OPEN, " "))).containsExactly(
                "acquisition.error.reason");
        assertThat(acquisition.lines(round.id())).hasSize(1);

        round = saved(acquisition.move(round, RoundStatus.OPEN, "Unisba minta tambahan satu judul"));
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        List<AuditLogEntry> audit = new JooqAuditLog(database.dsl()).page(AuditFilter.ALL.ofRecord("acq_round",
                round.id()), new PageRequest<>(0, 10, AuditSort.TIME, SortDirection.DESCENDING, "")).rows();
        assertThat(audit.get(0).action()).isEqualTo(AuditAction.STATE_CHANGE);
        assertThat(audit.get(0).changes()).contains(new FieldChange("status", "CLOSED", "OPEN"),
                new FieldChange("reason", null, "Unisba minta tambahan satu judul"));
        saved(acquisition.withdraw(line));
        assertThat(acquisition.lines(round.id())).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsStored() {
        assertThat(errorKeys(acquisition.openRound(PurchaseRound.draft("Persen", itb, Money.of(1_000_000),
                TODAY.plusDays(3), SplitRule.FIXED_PERCENT, Map.of(itb, 5000L, unpad, 4000L)))))
                .containsExactly("acquisition.error.percentSum");
        assertThat(acquisition.rounds(RoundFilter.all(), PageRequest.first(RoundSort.NAME)).total()).isZero();

        PurchaseRound round = openRound("Pengadaan 2027");
        SaveResult<ProposalLine> bad = acquisition.propose(ProposalLine.proposed(round.id(), unpad,
                new Title("978-0-306-40615-8", "Statistika", "", "", null, ""), ItemFormat.PRINT, false, "",
                Money.of(-5), 0, 1, ""));
        assertThat(errorKeys(bad)).containsExactlyInAnyOrder("acquisition.error.isbnCheckDigit",
                "acquisition.error.priceNegative", "acquisition.error.copies");
        assertThat(acquisition.lines(round.id())).isEmpty();

        acting.set(TestActors.staffOf(unpad));
        assertThatThrownBy(() -> acquisition.propose(ProposalLine.proposed(round.id(), itb,
                new Title("", "Untuk ITB", "", "", null, ""), ItemFormat.PRINT, false, "", Money.of(1), 1, 1, "")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(acquisition.lines(round.id())).isEmpty();
    }

    @Test
    void aProposalAfterTheDeadlineIsRefused() {
        PurchaseRound round = openRound("Pengadaan 2027");
        JointAcquisition later = acquisition.withClock(Clock.fixed(TODAY.plusDays(11).atStartOfDay(JAKARTA)
                .toInstant(), JAKARTA));

        SaveResult<ProposalLine> late = later.propose(ProposalLine.proposed(round.id(), unpad,
                new Title("", "Statistika", "", "", null, ""), ItemFormat.PRINT, false, "", Money.of(1), 1, 1, ""));

        assertThat(errorKeys(late)).containsExactly("acquisition.error.pastDeadline");
        assertThat(later.lines(round.id())).isEmpty();
    }

    @Test
    void aFlaggedLineIsAcceptedOnlyWithAReasonAndOrderingWaitsForEveryDecision() {
        PurchaseRound round = openRound("Pengadaan 2027");
        ProposalLine itbLine = propose(round, itb, ISBN13, "Pengantar statistika", 250_000, 1);
        ProposalLine unpadLine = propose(round, unpad, ISBN10, "Pengantar statistika", 250_000, 2);
        held.add(new HeldMatch(0, 9001, 55, unisba, "u-1", "Pengantar statistika", 4, "519.5 PEN",
                MatchRule.ISBN, "9780306406157"));

        List<DuplicateFlag> flags = acquisition.flags(round.id());
        assertThat(flags).extracting(DuplicateFlag::lineId, DuplicateFlag::kind, DuplicateFlag::memberId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(itbLine.id(), FlagKind.HELD_BY_MEMBER,
                                unisba),
                        org.assertj.core.groups.Tuple.tuple(itbLine.id(), FlagKind.SAME_ROUND, unpad),
                        org.assertj.core.groups.Tuple.tuple(unpadLine.id(), FlagKind.SAME_ROUND, itb));
        assertThat(errorKeys(acquisition.decide(itbLine, Decision.ACCEPTED, ""))).containsExactly(
                "acquisition.error.flagged");
        assertThat(errorKeys(acquisition.decide(itbLine, Decision.ACCEPTED_DESPITE_FLAG, ""))).containsExactly(
                "acquisition.error.reason");
        saved(acquisition.decide(itbLine, Decision.ACCEPTED_DESPITE_FLAG, "Dua kampus, dua eksemplar"));
        round = saved(acquisition.move(round, RoundStatus.CLOSED, ""));
        assertThat(errorKeys(acquisition.move(round, RoundStatus.ORDERED, ""))).containsExactly(
                "acquisition.error.undecided");
        saved(acquisition.decide(unpadLine, Decision.ACCEPTED_DESPITE_FLAG, "Dua kampus"));
        saved(acquisition.move(round, RoundStatus.ORDERED, ""));

        assertThat(acquisition.orderLines(round.id())).singleElement().satisfies(order ->
                assertThat(order.copiesPerMember()).isEqualTo(Map.of(itb, 1, unpad, 2)));
        assertThat(acquisition.line(itbLine.id()).orElseThrow().decisionReason()).isEqualTo(
                "Dua kampus, dua eksemplar");
    }

    @Test
    void aLaterRoundSeesWhatAnEarlierOneOrderedButNotAnotherEdition() {
        PurchaseRound first = openRound("Pengadaan 2026");
        ProposalLine ordered = propose(first, unpad, ISBN13, "Pengantar statistika", 250_000, 2);
        ProposalLine byTitle = saved(acquisition.propose(ProposalLine.proposed(first.id(), unpad,
                new Title("", "Dasar-dasar katalogisasi", "Hidayat, Asep", "", 2020, ""), ItemFormat.PRINT, false, "",
                Money.of(90_000), 1, 1, "")));
        saved(acquisition.decide(ordered, Decision.ACCEPTED, ""));
        saved(acquisition.decide(byTitle, Decision.ACCEPTED, ""));
        first = saved(acquisition.move(first, RoundStatus.CLOSED, ""));
        first = saved(acquisition.move(first, RoundStatus.ORDERED, ""));

        PurchaseRound second = openRound("Pengadaan 2027");
        ProposalLine again = propose(second, itb, ISBN10, "Pengantar statistika", 250_000, 1);
        ProposalLine sameTitle = saved(acquisition.propose(ProposalLine.proposed(second.id(), itb,
                new Title("", "DASAR-DASAR KATALOGISASI.", "Hidayat, Asep", "", 2020, "Cet. 2"), ItemFormat.PRINT,
                false, "", Money.of(90_000), 1, 1, "")));
        saved(acquisition.propose(ProposalLine.proposed(second.id(), itb,
                new Title("", "Dasar-dasar katalogisasi", "Hidayat, Asep", "", 2020, "Edisi 2"), ItemFormat.PRINT,
                false, "", Money.of(95_000), 1, 1, "")));

        assertThat(acquisition.flags(second.id())).extracting(DuplicateFlag::lineId, DuplicateFlag::kind,
                        DuplicateFlag::otherRoundName, DuplicateFlag::otherLineId, DuplicateFlag::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(again.id(), FlagKind.EARLIER_ORDER, "Pengadaan 2026",
                                ordered.id(), MatchRule.ISBN),
                        org.assertj.core.groups.Tuple.tuple(sameTitle.id(), FlagKind.EARLIER_ORDER, "Pengadaan 2026",
                                byTitle.id(), MatchRule.TITLE_KEY));
        assertThat(acquisition.flags(first.id())).isEmpty();
    }

    @Test
    void listsArePagedSortedAndFilteredInTheDatabase() {
        PurchaseRound round = openRound("Pengadaan 2027");
        propose(round, itb, "", "Zoologi dasar", 100_000, 1);
        ProposalLine b = propose(round, unpad, "", "Biologi sel", 200_000, 1);
        propose(round, unpad, "", "Anatomi 100% lengkap", 300_000, 1);
        propose(round, unisba, "", "Kimia organik", 400_000, 1);
        saved(acquisition.decide(b, Decision.DROPPED, "Sudah ada"));
        PurchaseRound other = openRound("Langganan jurnal 2027");
        saved(acquisition.move(other, RoundStatus.CANCELLED, "Digabung"));

        var byTitle = acquisition.lines(LineFilter.of(round.id()), new PageRequest<>(0, 2, LineSort.TITLE,
                SortDirection.ASCENDING, ""));
        assertThat(byTitle.total()).isEqualTo(4);
        assertThat(byTitle.rows()).extracting(line -> line.title().title()).containsExactly("Anatomi 100% lengkap",
                "Biologi sel");
        var unpadOnly = acquisition.lines(new LineFilter(round.id(), unpad, Set.of(), null, ""),
                new PageRequest<>(0, 10, LineSort.PRICE, SortDirection.DESCENDING, ""));
        assertThat(unpadOnly.rows()).extracting(line -> line.unitPrice().rupiah()).containsExactly(300_000L,
                200_000L);
        assertThat(acquisition.lines(new LineFilter(round.id(), null, Set.of(Decision.PENDING), ItemFormat.PRINT,
                "100%"), PageRequest.first(LineSort.ENTERED)).rows()).extracting(line -> line.title().title())
                .containsExactly("Anatomi 100% lengkap");

        assertThat(acquisition.rounds(new RoundFilter(Set.of(RoundStatus.OPEN), null, ""),
                PageRequest.first(RoundSort.NAME)).rows()).extracting(PurchaseRound::name)
                .containsExactly("Pengadaan 2027");
        assertThat(acquisition.rounds(new RoundFilter(Set.of(), unisba, "jurnal"), PageRequest.first(RoundSort.NAME))
                .rows()).extracting(PurchaseRound::status).containsExactly(RoundStatus.CANCELLED);
    }

    @Test
    void theBudgetWarnsAsAcceptedLinesApproachIt() {
        PurchaseRound round = openRound("Pengadaan 2027");
        ProposalLine big = propose(round, itb, "", "Ensiklopedia", 4_600_000, 2);
        assertThat(acquisition.cost(round.id()).raised()).isEmpty();

        saved(acquisition.decide(big, Decision.ACCEPTED, ""));

        assertThat(acquisition.cost(round.id()).raised()).singleElement().satisfies(warning -> {
            assertThat(warning.forRound()).isTrue();
            assertThat(warning.level()).isEqualTo(WarningLevel.APPROACHING);
            assertThat(warning.spent()).isEqualTo(Money.of(9_200_000));
        });
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }

    private static List<String> errorKeys(SaveResult<?> result) {
        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        return ((SaveResult.Invalid<?>) result).validation().errors().stream().map(FieldError::messageKey).toList();
    }
}
