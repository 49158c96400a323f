package id.jalin.crossservice.data;

import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.crossservice.domain.ArrivalCount;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.crossservice.domain.CardPrefixService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.crossservice.domain.FeeIncome;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.Photo;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.crossservice.domain.UnannouncedPolicy;
import id.jalin.crossservice.domain.Verdict;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.domain.VisitService;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditRows;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.DeleteOutcome;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberReference;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Cross-service storage, once against H2 and once against a real PostgreSQL server. */
@ParameterizedClass
@EnumSource(Kind.class)
class CrossServiceRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Parameter
    Kind kind;

    private Database database;
    private JooqCrossServiceRepository repository;
    private MemberService members;
    private CardService cards;
    private VisitService visits;
    private Member unpad;
    private long itbId;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        var memberRepository = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        members = new MemberService(memberRepository, TestPermissions.AS_COORDINATOR);
        unpad = memberRepository.save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")));
        itbId = memberRepository.save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))).library().id();
        cards = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
        visits = new VisitService(repository, members::statusOf, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long unpadId() {
        return unpad.library().id();
    }

    private static <T> T saved(SaveResult<T> outcome) {
        assertThat(outcome).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) outcome).value();
    }

    @Test
    void holderComesBackWholeAndNumbersAreUniquePerHomeLibrary() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));

        assertThat(repository.findHolder(siti.id())).contains(siti);
        assertThat(repository.findHolderByNumber(unpadId(), "180110220001")).contains(siti);
        assertThat(repository.holderNumberTaken(unpadId(), "180110220001", null)).isTrue();
        assertThat(repository.holderNumberTaken(unpadId(), "180110220001", siti.id())).isFalse();
        assertThat(repository.holderNumberTaken(itbId, "180110220001", null)).isFalse();
        // the same number at another campus is another person
        repository.saveHolder(Holders.student(itbId, "180110220001", "Siti Lain"));
        assertThatThrownBy(() -> repository.saveHolder(Holders.student(unpadId(), "180110220001", "Kembar")))
                .isInstanceOf(org.jooq.exception.IntegrityConstraintViolationException.class);
        assertThat(new CardHolderService(repository, TestPermissions.AS_COORDINATOR).check(Holders.student(unpadId(), "180110220001", "Kembar"))
                .errorFor("number")).isPresent();
    }

    @Test
    void holdersCardsAnnouncementsAndArrivalsAreAuditedWithReadableLabels() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        repository.saveHolder(new CardHolder(siti.id(), siti.version(), siti.homeLibraryId(), siti.number(),
                "Siti Nurhaliza Putri", siti.programme(), siti.kind(), "siti@unpad.ac.id", siti.phone()));
        repository.savePhotos(Map.of(siti.id(), Photo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1})
                .orElseThrow()), Progress.NONE);
        Card card = saved(cards.issue(repository.findHolder(siti.id()).orElseThrow(), TODAY, null,
                Money.of(25_000), "KW-1"));
        saved(visits.announce(VisitAnnouncement.of(siti.id(), itbId, TODAY, TODAY, "Skripsi")));
        visits.recordArrival(card.number().digits(), itbId);
        saved(cards.revoke(repository.findCard(card.id()).orElseThrow(), TODAY, "Pelanggaran"));

        List<AuditLogEntry> holder = AuditRows.of(database.dsl(), "card_holder", siti.id());
        assertThat(holder).extracting(AuditLogEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(holder.get(0).recordLabel()).isEqualTo("Siti Nurhaliza (180110220001)");
        assertThat(holder.get(1).recordLabel()).isEqualTo("Siti Nurhaliza Putri (180110220001)");
        assertThat(holder.get(1).changes()).containsExactly(
                new FieldChange("name", "Siti Nurhaliza", "Siti Nurhaliza Putri"),
                new FieldChange("email", "siti.nurhaliza@mail.example.ac.id", "siti@unpad.ac.id"));
        assertThat(AuditRows.change(holder.get(2), "photo")).isEqualTo(new FieldChange("photo", null, "(4 bytes)"));
        assertThat(holder).allSatisfy(row -> assertThat(row.userLogin()).isEqualTo(TestActors.COORDINATOR.loginName()));

        List<AuditLogEntry> cardRows = AuditRows.of(database.dsl(), "card", card.id());
        assertThat(cardRows).extracting(AuditLogEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.STATE_CHANGE);
        assertThat(cardRows.get(0).recordLabel()).isEqualTo("Siti Nurhaliza Putri \u2014 " + card.number().digits());
        assertThat(AuditRows.change(cardRows.get(0), "fee_rupiah")).isEqualTo(new FieldChange("fee_rupiah", null, "25000"));
        assertThat(AuditRows.change(cardRows.get(1), "ended_kind").oldValue()).isNull();
        assertThat(AuditRows.change(cardRows.get(1), "ended_reason").newValue()).isEqualTo("Pelanggaran");

        var all = AuditRows.all(database.dsl());
        // the library's first card gave it a card prefix
        assertThat(all).filteredOn(row -> row.table().equals("card_prefix")).extracting(AuditLogEntry::action)
                .containsExactly(AuditAction.CREATE);
        assertThat(all).filteredOn(row -> row.table().equals("visit_announcement"))
                .singleElement().satisfies(row -> assertThat(row.recordLabel()).startsWith("Siti Nurhaliza Putri"));
        assertThat(all).filteredOn(row -> row.table().equals("visit_arrival"))
                .singleElement().satisfies(row -> assertThat(row.recordLabel())
                        .isEqualTo("Siti Nurhaliza Putri \u2014 " + card.number().digits()));
    }

    @Test
    void savingAnOutdatedHolderIsRefused() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        repository.saveHolder(siti);

        assertThatThrownBy(() -> repository.saveHolder(siti)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void savingAnOutdatedCardIsRefused() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        Card card = saved(cards.issue(siti, TODAY, null, Money.of(25_000), "KW-1"));
        saved(cards.revoke(card, TODAY, "Pelanggaran"));

        assertThatThrownBy(() -> repository.saveCard(card)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void photoIsStoredAndReadBack() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        repository.savePhotos(Map.of(siti.id(), Photo.of(jpeg).orElseThrow()), Progress.NONE);

        assertThat(repository.photo(siti.id())).contains(Photo.of(jpeg).orElseThrow());
    }

    @Test
    void cardsAreNumberedPerLibraryAndYearAndReplacementIsLinked() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        Card first = saved(cards.issue(siti, TODAY, null, Money.of(25_000), "KW-1"));
        Card second = saved(cards.replaceLost(first, siti, Money.of(10_000), "KW-2", MonthDay.of(7, 31)));

        assertThat(first.validUntil()).isEqualTo(LocalDate.of(2026, 8, 31));
        // the first library to issue a card gets the first free prefix, 001
        assertThat(repository.cardPrefixes()).containsExactly(new CardPrefix(unpadId(), 1, 0, true));
        assertThat(first.number().digits()).startsWith("2600100001");
        assertThat(second.number().digits()).startsWith("2600100002");
        // the replacement runs to the academic-year end the forum configured, not the lost card's date
        assertThat(second.validUntil()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(second.replacesId()).isEqualTo(first.id());
        assertThat(repository.findCard(first.id()).orElseThrow().statusOn(TODAY)).isEqualTo(CardStatus.REPLACED);
        assertThat(repository.findCardByNumber(second.number())).contains(second);
        assertThat(repository.cardsOf(siti.id())).hasSize(2);
    }

    @Test
    void aLibraryWhoseRegisterIdPasses999IssuesCardsUnderItsOwnPrefix() {
        database.dsl().insertInto(LIBRARY).set(LIBRARY.ID, 1200L).set(LIBRARY.CODE, "UNSIL")
                .set(LIBRARY.NAME, "Perpustakaan Universitas Siliwangi").set(LIBRARY.KIND, "UNIVERSITY")
                .set(LIBRARY.STATUS, "ACTIVE").execute();
        saved(new CardPrefixService(repository, TestPermissions.AS_COORDINATOR).set(unpadId(), null, "1"));
        CardHolder dewi = repository.saveHolder(Holders.student(1200, "217006001", "Dewi Lestari"));

        Card card = saved(cards.issue(dewi, TODAY, null, Money.ZERO, ""));

        assertThat(card.number().digits()).startsWith("2600200001");
        assertThat(repository.cardPrefixes()).contains(new CardPrefix(1200, 2, 0, true));
        assertThat(new CardPrefixService(repository, TestPermissions.AS_COORDINATOR).nextFree()).hasValue(3);
    }

    @Test
    void aPrefixCanBeSetUntilACardCarriesItAndNeverToOneAnotherLibraryHolds() {
        CardPrefixService prefixes = new CardPrefixService(repository, TestPermissions.AS_COORDINATOR);
        CardPrefix unpadPrefix = saved(prefixes.set(unpadId(), null, "42"));
        unpadPrefix = saved(prefixes.set(unpadId(), unpadPrefix.version(), "043"));
        assertThat(unpadPrefix).isEqualTo(new CardPrefix(unpadId(), 43, 1, false));

        SaveResult<CardPrefix> taken = prefixes.set(itbId, null, "43");
        assertThat(taken).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid -> assertThat(
                invalid.validation().errorFor("prefix").orElseThrow().messageKey()).isEqualTo("card.prefix.error.taken"));

        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        Card card = saved(cards.issue(siti, TODAY, null, Money.ZERO, ""));
        assertThat(card.number().digits()).startsWith("2604300001");

        SaveResult<CardPrefix> afterCards = prefixes.set(unpadId(), unpadPrefix.version(), "44");
        assertThat(afterCards).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid -> assertThat(
                invalid.validation().errorFor("prefix").orElseThrow().messageKey())
                .isEqualTo("card.prefix.error.hasCards"));
        // and storage refuses it too, for a coordinator who looked before the card was issued
        int seen = unpadPrefix.version();
        assertThatThrownBy(() -> repository.setCardPrefix(unpadId(), seen, 44))
                .isInstanceOf(StaleRecordException.class);
        assertThat(repository.cardPrefixes()).containsExactly(new CardPrefix(unpadId(), 43, 1, true));
    }

    @Test
    void theAnnouncementFormOffersOnlyHoldersWithACardValidToday() {
        CardHolder active = repository.saveHolder(Holders.student(unpadId(), "1", "Ani"));
        CardHolder revoked = repository.saveHolder(Holders.student(unpadId(), "2", "Budi"));
        CardHolder expired = repository.saveHolder(Holders.student(unpadId(), "3", "Citra"));
        repository.saveHolder(Holders.student(unpadId(), "4", "Dodi"));
        saved(cards.issue(active, TODAY, null, Money.ZERO, ""));
        saved(cards.revoke(saved(cards.issue(revoked, TODAY, null, Money.ZERO, "")), TODAY, "Pelanggaran"));
        saved(cards.issue(expired, LocalDate.of(2024, 9, 1), null, Money.ZERO, ""));

        assertThat(visits.announceableHolders(unpadId())).extracting(CardHolder::name).containsExactly("Ani");
        SaveResult<VisitAnnouncement> refused = visits.announce(
                VisitAnnouncement.of(revoked.id(), itbId, TODAY, TODAY, "Skripsi"));
        assertThat(refused).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid -> assertThat(
                invalid.validation().errorFor("holderId").orElseThrow().messageKey())
                .isEqualTo("visit.error.holder.noValidCard"));
    }

    @Test
    void theDeskRefusesAHolderWhoseHomeLibraryIsSuspended() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        Card card = saved(cards.issue(siti, TODAY, null, Money.ZERO, ""));
        saved(visits.announce(VisitAnnouncement.of(siti.id(), itbId, TODAY, TODAY, "Skripsi")));
        Library library = members.member(unpadId()).orElseThrow().library();
        SaveResult<Member> suspended = members.save(Member.of(new Library(library.id(), library.version(), library.code(), library.name(),
                library.institution(), library.kind(), library.address(), library.city(), library.province(),
                library.phone(), library.email(), library.website(), library.joinedOn(), MemberStatus.SUSPENDED,
                library.duesClass(), library.yearlyDues(), library.collectionTitles(), library.notes())));
        assertThat(suspended).isInstanceOf(SaveResult.Saved.class);

        assertThat(visits.recordArrival(card.number().digits(), itbId).verdict())
                .isEqualTo(Verdict.HOME_LIBRARY_SUSPENDED);
    }

    @Test
    void feeIncomeIsSummedPerHomeLibraryAndMonth() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "1", "Siti"));
        CardHolder budi = repository.saveHolder(Holders.student(unpadId(), "2", "Budi"));
        CardHolder rizky = repository.saveHolder(Holders.student(itbId, "3", "Rizky"));
        saved(cards.issue(siti, LocalDate.of(2026, 2, 3), null, Money.of(25_000), "KW-1"));
        saved(cards.issue(budi, LocalDate.of(2026, 2, 20), null, Money.of(25_000), "KW-2"));
        saved(cards.issue(rizky, LocalDate.of(2026, 3, 1), null, Money.of(30_000), "KW-3"));

        assertThat(repository.feeIncome(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).containsExactly(
                new FeeIncome(unpadId(), YearMonth.of(2026, 2), 2, Money.of(50_000)),
                new FeeIncome(itbId, YearMonth.of(2026, 3), 1, Money.of(30_000)));
    }

    @Test
    void arrivalsAreLoggedAndCountedPerHostAndHomeAndNoShowsFound() {
        CardHolder siti = repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        Card card = saved(cards.issue(siti, LocalDate.of(2025, 9, 1), null, Money.ZERO, ""));
        saved(visits.announce(VisitAnnouncement.of(siti.id(), itbId, TODAY, TODAY, "Skripsi")));
        saved(visits.announce(VisitAnnouncement.of(siti.id(), itbId, TODAY.minusDays(5), TODAY.minusDays(4), "")));
        visits.setHostRule(visits.hostRule(unpadId()), UnannouncedPolicy.REFUSE);

        assertThat(visits.recordArrival(card.number().digits(), itbId).verdict()).isEqualTo(Verdict.WELCOME);
        String digits = card.number().digits();
        String mistyped = digits.substring(0, 10) + (char) ('0' + (digits.charAt(10) - '0' + 1) % 10);
        String neverIssued = id.jalin.crossservice.domain.CardNumber.generate(2025, 999, 99_999).digits();
        assertThat(visits.recordArrival(mistyped, itbId).verdict()).isEqualTo(Verdict.BAD_CHECK_DIGIT);
        assertThat(visits.recordArrival(neverIssued, itbId).verdict()).isEqualTo(Verdict.UNKNOWN_NUMBER);
        assertThat(visits.recordArrival(card.number().digits(), unpadId()).verdict())
                .isEqualTo(Verdict.VALID_NOT_ANNOUNCED_REFUSED);

        assertThat(visits.arrivals(TODAY, TODAY)).hasSize(4)
                .first().satisfies(a -> assertThat(a.holderId()).isEqualTo(siti.id()));
        List<ArrivalCount> byHost = visits.arrivalsByHost(TODAY.withDayOfMonth(1), TODAY);
        assertThat(byHost).extracting(ArrivalCount::libraryId, ArrivalCount::verdict, ArrivalCount::count)
                .contains(org.assertj.core.groups.Tuple.tuple(itbId, Verdict.WELCOME, 1L),
                        org.assertj.core.groups.Tuple.tuple(unpadId(), Verdict.VALID_NOT_ANNOUNCED_REFUSED, 1L));
        assertThat(byHost).allSatisfy(c -> assertThat(c.month()).isEqualTo(YearMonth.of(2026, 3)));
        assertThat(visits.arrivalsByHome(TODAY.withDayOfMonth(1), TODAY))
                .extracting(ArrivalCount::libraryId).containsOnly(unpadId());
        assertThat(visits.noShows(TODAY.minusDays(30), TODAY)).singleElement()
                .satisfies(a -> assertThat(a.from()).isEqualTo(TODAY.minusDays(5)));
        assertThat(repository.announcementsAt(itbId, TODAY, TODAY.plusDays(7))).hasSize(1);
    }

    @Test
    void memberWithCardHoldersCannotBeDeleted() {
        repository.saveHolder(Holders.student(unpadId(), "180110220001", "Siti Nurhaliza"));
        visits.setHostRule(visits.hostRule(unpadId()), UnannouncedPolicy.REFUSE);

        DeleteOutcome outcome = members.delete(members.member(unpadId()).orElseThrow().library());

        assertThat(outcome).isInstanceOfSatisfying(DeleteOutcome.Refused.class, refused ->
                assertThat(refused.references()).extracting(MemberReference::table).containsExactly("card_holder"));
    }
}
