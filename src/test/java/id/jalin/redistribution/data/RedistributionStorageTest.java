package id.jalin.redistribution.data;

import static id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY;
import static id.jalin.kernel.db.generated.Tables.REDISTRIBUTION_CLAIM;
import static id.jalin.kernel.db.generated.Tables.REDISTRIBUTION_OFFER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimRow;
import id.jalin.redistribution.domain.ClaimSort;
import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.OfferSort;
import id.jalin.redistribution.domain.OfferStatus;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import id.jalin.redistribution.domain.SurplusRedistribution;
import id.jalin.redistribution.domain.TransferredHolding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Redistribution stored on H2 and on PostgreSQL through the service: offers posted and listed, claims allocated first
 * come or smaller libraries first, the hand-over from agreed to received with the holding moved, the refusals with
 * nothing stored half, stale changes, the lists paged, sorted and searched in the database, and the audit lines.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class RedistributionStorageTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** 2 December 2026, 10:00 in Jakarta. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), JAKARTA);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Parameter
    Kind kind;

    private Database database;
    private long itb;
    private long unpad;
    private long unisba;
    private long sttb;
    private final AtomicReference<Actor> acting = new AtomicReference<>(TestActors.COORDINATOR);
    private final List<TransferredHolding> moved = new ArrayList<>();
    private SurplusRedistribution service;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        unisba = members.save(new Member(Libraries.library("UNISBA", "Perpustakaan Unisba"), List.of())).library()
                .id();
        sttb = members.save(new Member(Libraries.library("STTB", "Perpustakaan STT Bandung"), List.of())).library()
                .id();
        List<RedistributionMember> register = List.of(
                new RedistributionMember(itb, "ITB", "Perpustakaan ITB", 250_000, true),
                new RedistributionMember(unpad, "UNPAD", "Perpustakaan Unpad", 180_000, true),
                new RedistributionMember(unisba, "UNISBA", "Perpustakaan Unisba", 40_000, true),
                new RedistributionMember(sttb, "STTB", "Perpustakaan STT Bandung", 40_000, true));
        service = new SurplusRedistribution(new JooqRedistributionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, moved::add, CLOCK, new Permissions(acting::get));
    }

    @AfterEach
    void close() {
        database.close();
    }

    static SurplusOffer offer(long giver, String title, int copies, AllocationRule rule, LocalDate closing) {
        return SurplusOffer.of(giver, title, "Sulistyo-Basuki", "978-0-306-40615-7", 2019, copies,
                ItemCondition.GOOD, SurplusReason.DUPLICATE, rule, closing, "");
    }

    private SurplusOffer post(SurplusOffer offer) {
        SaveResult<SurplusOffer> result = service.post(offer);
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<SurplusOffer>) result).value();
    }

    private Claim claim(SurplusRedistribution on, long offerId, long claimant, int copies) {
        SaveResult<Claim> result = on.claim(Claim.of(offerId, claimant, copies, "Untuk prodi baru"));
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<Claim>) result).value();
    }

    private static List<String> errors(SaveResult<?> result) {
        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        return ((SaveResult.Invalid<?>) result).validation().errors().stream()
                .map((FieldError error) -> error.field() + ":" + error.messageKey()).toList();
    }

    private int claimRows() {
        return database.dsl().fetchCount(REDISTRIBUTION_CLAIM);
    }

    @Test
    void theStartScreenFindsOffersClosingSoonAndThoseTheGiverHasStillToShareOut() {
        SurplusRedistribution monthAgo = service.withClock(Clock.offset(CLOCK, Duration.ofDays(-30)));
        SaveResult<SurplusOffer> posted = monthAgo.post(offer(itb, "Kamus lama", 2, AllocationRule.FIRST_COME,
                TODAY.minusDays(3)));
        assertThat(posted).isInstanceOf(SaveResult.Saved.class);
        SurplusOffer passed = ((SaveResult.Saved<SurplusOffer>) posted).value();
        SurplusOffer soon = post(offer(unpad, "Ensiklopedia", 3, AllocationRule.FIRST_COME, TODAY.plusDays(14)));
        post(offer(unpad, "Ditutup nanti", 1, AllocationRule.FIRST_COME, TODAY.plusDays(15)));
        post(offer(unpad, "Tanpa tanggal tutup", 1, AllocationRule.FIRST_COME, null));

        assertThat(service.reminders(50)).extracting(reminder -> reminder.kind() + " " + reminder.offer().id())
                .containsExactly("ALLOCATION_DUE " + passed.id(), "CLOSES_SOON " + soon.id());
        acting.set(TestActors.staffOf(unpad));
        assertThat(service.reminders(50)).extracting(reminder -> reminder.kind() + " " + reminder.offer().id())
                .containsExactly("CLOSES_SOON " + soon.id());
        acting.set(TestActors.staffOf(itb));
        assertThat(service.reminders(50)).extracting(reminder -> reminder.kind() + " " + reminder.offer().id())
                .containsExactly("ALLOCATION_DUE " + passed.id(), "CLOSES_SOON " + soon.id());
    }

    @Test
    void firstComeClaimsTakeWhatIsLeftAndTheLastCopyClosesTheOffer() {
        SurplusOffer offer = post(offer(itb, "Pengantar ilmu perpustakaan", 4, AllocationRule.FIRST_COME, null));

        Claim first = claim(service, offer.id(), unpad, 3);
        Claim second = claim(service, offer.id(), unisba, 2);

        assertThat(first.allocated()).isEqualTo(3);
        assertThat(first.state()).isEqualTo(ClaimState.AGREED);
        assertThat(second.allocated()).isEqualTo(1);
        assertThat(service.offer(offer.id()).orElseThrow().status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(errors(service.claim(Claim.of(offer.id(), sttb, 1, ""))))
                .containsExactly("offer:redistribution.error.offer_closed");
        assertThat(service.claims(offer.id())).extracting(Claim::claimantId).containsExactly(unpad, unisba);
    }

    @Test
    void smallerLibrariesFirstWaitsForTheClosingDateThenServesTheSmallestCollectionsWithTheStatedTieRule() {
        SurplusOffer offer = post(offer(itb, "Metodologi penelitian", 3, AllocationRule.SMALLER_FIRST,
                TODAY.plusDays(7)));
        claim(service, offer.id(), unpad, 3);
        // STTB and UNISBA hold as many titles: the one that claimed first comes first
        SurplusRedistribution later = service.withClock(Clock.offset(CLOCK, Duration.ofHours(2)));
        claim(later, offer.id(), sttb, 2);
        SurplusRedistribution evenLater = service.withClock(Clock.offset(CLOCK, Duration.ofHours(5)));
        claim(evenLater, offer.id(), unisba, 2);
        assertThat(service.claims(offer.id())).extracting(Claim::state).containsOnly(ClaimState.WAITING);

        SurplusOffer read = service.offer(offer.id()).orElseThrow();
        assertThat(errors(service.allocate(read))).containsExactly("offer:redistribution.error.before_closing");

        SurplusRedistribution afterClosing = service.withClock(Clock.offset(CLOCK, Duration.ofDays(8)));
        assertThat(errors(afterClosing.claim(Claim.of(offer.id(), unisba, 1, ""))))
                .contains("offer:redistribution.error.after_closing");
        SaveResult<SurplusOffer> allocated = afterClosing.allocate(read);

        assertThat(allocated).isInstanceOf(SaveResult.Saved.class);
        assertThat(service.offer(offer.id()).orElseThrow().status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(service.claims(offer.id())).extracting(Claim::claimantId, Claim::allocated, Claim::state)
                .containsExactly(
                        tuple(unpad, 0, ClaimState.NOT_ALLOCATED),
                        tuple(sttb, 2, ClaimState.AGREED),
                        tuple(unisba, 1, ClaimState.AGREED));
    }

    @Test
    void aHandOverGoesFromAgreedToShippedToReceivedAndMovesTheHolding() {
        SurplusOffer offer = post(offer(itb, "Katalogisasi", 2, AllocationRule.FIRST_COME, null));
        Claim agreed = claim(service, offer.id(), unpad, 2);

        assertThat(errors(service.receive(agreed, TODAY)))
                .containsExactly("state:redistribution.error.receive_before_ship");
        assertThat(service.findClaim(agreed.id()).orElseThrow()).isEqualTo(agreed);
        assertThat(moved).isEmpty();

        SaveResult<Claim> shipped = service.ship(agreed, TODAY, "JNE 0041");
        assertThat(shipped).isInstanceOf(SaveResult.Saved.class);
        Claim onTheWay = ((SaveResult.Saved<Claim>) shipped).value();
        assertThat(onTheWay.state()).isEqualTo(ClaimState.SHIPPED);
        assertThat(service.ship(agreed, TODAY, "")).isInstanceOf(SaveResult.Stale.class);

        SaveResult<Claim> received = service.receive(onTheWay, TODAY);

        assertThat(received).isInstanceOf(SaveResult.Saved.class);
        Claim done = service.findClaim(agreed.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(ClaimState.RECEIVED);
        assertThat(done.shipment()).isEqualTo("JNE 0041");
        assertThat(done.receivedOn()).isEqualTo(TODAY);
        assertThat(moved).containsExactly(new TransferredHolding(agreed.id(), itb, unpad, "Katalogisasi",
                "Sulistyo-Basuki", "978-0-306-40615-7", 2019, 2, TODAY));
        assertThat(errors(service.receive(done, TODAY))).containsExactly("state:redistribution.error.received_already");
    }

    @Test
    void aTransferTheCatalogueRefusesLeavesTheHandOverShipped() {
        SurplusRedistribution failing = new SurplusRedistribution(
                new JooqRedistributionRepository(database.dsl(), TestAudit.TRAIL), service::members, holding -> {
                    throw new IllegalStateException("catalogue unavailable");
                }, CLOCK, new Permissions(acting::get));
        SurplusOffer offer = post(offer(itb, "Katalogisasi", 1, AllocationRule.FIRST_COME, null));
        Claim shipped = ((SaveResult.Saved<Claim>) service.ship(claim(service, offer.id(), unpad, 1), TODAY, ""))
                .value();

        assertThatThrownBy(() -> failing.receive(shipped, TODAY))
                .hasMessageContaining("catalogue unavailable");

        assertThat(service.findClaim(shipped.id()).orElseThrow()).isEqualTo(shipped);
    }

    @Test
    void badOffersAndClaimsAreRefusedWithTheirReasonsAndNothingIsStored() {
        assertThat(errors(service.post(offer(itb, "Nol", 0, AllocationRule.FIRST_COME, null))))
                .containsExactly("copies:redistribution.error.copies");
        assertThat(errors(service.post(offer(itb, "Minus", -2, AllocationRule.FIRST_COME, null))))
                .containsExactly("copies:redistribution.error.copies");
        assertThat(errors(service.post(offer(itb, "Tanpa tanggal", 2, AllocationRule.SMALLER_FIRST, null))))
                .containsExactly("closingDate:redistribution.error.closing_required");
        assertThat(database.dsl().fetchCount(REDISTRIBUTION_OFFER)).isZero();

        SurplusOffer offer = post(offer(itb, "Statistika", 3, AllocationRule.FIRST_COME, TODAY));
        assertThat(errors(service.claim(Claim.of(offer.id(), itb, 1, ""))))
                .containsExactly("claimant:redistribution.error.own_offer");
        assertThat(errors(service.claim(Claim.of(offer.id(), unpad, 4, ""))))
                .containsExactly("copies:redistribution.error.claim_more");
        assertThat(errors(service.claim(Claim.of(offer.id(), unpad, 0, ""))))
                .containsExactly("copies:redistribution.error.claim_copies");
        assertThat(errors(service.withClock(Clock.offset(CLOCK, Duration.ofDays(1)))
                .claim(Claim.of(offer.id(), unpad, 1, ""))))
                .containsExactly("offer:redistribution.error.after_closing");
        claim(service, offer.id(), unpad, 1);
        assertThat(errors(service.claim(Claim.of(offer.id(), unpad, 1, ""))))
                .containsExactly("claimant:redistribution.error.already_claimed");
        assertThat(claimRows()).isEqualTo(1);

        SurplusOffer withdrawn = ((SaveResult.Saved<SurplusOffer>) service.withdraw(
                service.offer(offer.id()).orElseThrow())).value();
        assertThat(withdrawn.status()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(errors(service.claim(Claim.of(offer.id(), unisba, 1, ""))))
                .containsExactly("offer:redistribution.error.offer_withdrawn");
        assertThat(claimRows()).isEqualTo(1);
        assertThat(service.claims(offer.id())).singleElement()
                .satisfies(agreed -> assertThat(agreed.state()).isEqualTo(ClaimState.AGREED));
    }

    @Test
    void aClaimOnAnOfferChangedSinceItWasReadIsStaleAndWithdrawingWaitingClaimsGivesThemNothing() {
        SurplusOffer offer = post(offer(itb, "Tesaurus", 2, AllocationRule.SMALLER_FIRST, TODAY.plusDays(3)));
        claim(service, offer.id(), unpad, 1);

        assertThat(service.withdraw(offer)).isInstanceOf(SaveResult.Stale.class);
        assertThat(service.offer(offer.id()).orElseThrow().status()).isEqualTo(OfferStatus.OPEN);

        service.withdraw(service.offer(offer.id()).orElseThrow());

        assertThat(service.claims(offer.id())).singleElement().satisfies(claim -> {
            assertThat(claim.state()).isEqualTo(ClaimState.NOT_ALLOCATED);
            assertThat(claim.allocated()).isZero();
        });
    }

    @Test
    void twoDesksClaimingTheLastCopiesAtOnceCannotBothGetThemAndAnAllocationMissingAClaimIsStale() {
        SurplusOffer offer = post(offer(itb, "Bibliometrika", 2, AllocationRule.FIRST_COME, null));
        JooqRedistributionRepository repository = new JooqRedistributionRepository(database.dsl(), TestAudit.TRAIL);
        // both desks read the offer at version 1 and worked out 2 copies each; the first is stored
        repository.claim(Claim.of(offer.id(), unpad, 2, "").made(TODAY.atTime(9, 0), "A", 2), offer.version(),
                OfferStatus.CLOSED);

        assertThatThrownBy(() -> repository.claim(Claim.of(offer.id(), unisba, 2, "").made(TODAY.atTime(9, 0), "B",
                2), offer.version(), OfferStatus.CLOSED))
                .isInstanceOf(id.jalin.kernel.concurrency.StaleRecordException.class);
        assertThat(service.claims(offer.id())).extracting(Claim::claimantId).containsExactly(unpad);

        SurplusOffer smaller = post(offer(itb, "Sitasi", 2, AllocationRule.SMALLER_FIRST, TODAY));
        claim(service, smaller.id(), unpad, 1);
        SurplusOffer read = service.offer(smaller.id()).orElseThrow();
        claim(service, smaller.id(), unisba, 1);
        SurplusRedistribution afterClosing = service.withClock(Clock.offset(CLOCK, Duration.ofDays(1)));

        assertThat(afterClosing.allocate(read)).isInstanceOf(SaveResult.Stale.class);
        assertThat(service.claims(smaller.id())).extracting(Claim::state).containsOnly(ClaimState.WAITING);
        assertThat(afterClosing.allocate(service.offer(smaller.id()).orElseThrow())).isInstanceOf(
                SaveResult.Saved.class);
    }

    @Test
    void theListsArePagedSortedAndSearchedInTheDatabase() {
        for (int i = 1; i <= 7; i++) {
            post(offer(itb, "Buku %02d".formatted(i), i, AllocationRule.FIRST_COME, null));
        }
        SurplusOffer ethics = post(SurplusOffer.of(unisba, "Etika profesi pustakawan", "Hermawan, Rachman", "",
                null, 2, ItemCondition.FAIR, SurplusReason.WEEDED, AllocationRule.FIRST_COME, null, ""));
        long buku3 = service.openOffers(new PageRequest<>(0, 50, OfferSort.TITLE, SortDirection.ASCENDING,
                "buku 03")).rows().get(0).offer().id();
        claim(service, buku3, unpad, 1);
        claim(service, ethics.id(), unpad, 2);

        Page<OfferRow> page = service.openOffers(new PageRequest<>(3, 3, OfferSort.TITLE, SortDirection.DESCENDING,
                "buku"));
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.rows()).extracting(row -> row.offer().title()).containsExactly("Buku 04", "Buku 03",
                "Buku 02");
        assertThat(page.rows().get(1)).satisfies(row -> {
            assertThat(row.claims()).isEqualTo(1);
            assertThat(row.allocated()).isEqualTo(1);
            assertThat(row.left()).isEqualTo(2);
        });
        assertThat(service.openOffers(new PageRequest<>(0, 50, OfferSort.COPIES, SortDirection.DESCENDING,
                "HERMAWAN")).rows()).isEmpty();

        Page<ClaimRow> mine = service.claimsOf(unpad, PageRequest.first(ClaimSort.TITLE));
        assertThat(mine.rows()).extracting(row -> row.offer().title()).containsExactly("Buku 03",
                "Etika profesi pustakawan");
        assertThat(service.history(Optional.of(unpad), PageRequest.first(OfferSort.POSTED)).rows())
                .extracting(row -> row.offer().title()).containsExactly("Etika profesi pustakawan");
        assertThat(service.history(Optional.of(sttb), PageRequest.first(OfferSort.POSTED)).total()).isZero();
        assertThat(service.offersOf(unisba, PageRequest.first(OfferSort.POSTED)).rows()).singleElement()
                .satisfies(row -> assertThat(row.offer().status()).isEqualTo(OfferStatus.CLOSED));
        assertThat(service.handOversTo(unpad)).extracting(row -> row.offer().title(),
                row -> row.claim().allocated()).containsExactly(
                tuple("Buku 03", 1),
                tuple("Etika profesi pustakawan", 2));
    }

    @Test
    void everyChangeLeavesItsAuditLine() {
        SurplusOffer offer = post(offer(itb, "Klasifikasi DDC", 1, AllocationRule.FIRST_COME, null));
        Claim agreed = claim(service, offer.id(), unpad, 1);
        service.ship(agreed, TODAY, "Pos");

        assertThat(database.dsl().select(AUDIT_ENTRY.TABLE_NAME, AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.FEATURE.eq("redistribution")).orderBy(AUDIT_ENTRY.ID)
                .fetch(row -> row.value1() + " " + row.value2())).containsExactly(
                "redistribution_offer CREATE", "redistribution_claim CREATE", "redistribution_offer STATE_CHANGE",
                "redistribution_claim STATE_CHANGE");
    }
}
