package id.jalin.redistribution.data;

import static id.jalin.kernel.db.generated.Tables.REDISTRIBUTION_CLAIM;
import static id.jalin.kernel.db.generated.Tables.REDISTRIBUTION_OFFER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.OfferStatus;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusRedistribution;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with surplus offers: a member's staff post, withdraw and allocate their own library's offers, claim
 * for their own library, mark shipped what their library gives and received what it receives; the forum's staff may do
 * all of it; a read-only user nothing. Every refusal stores nothing.
 */
class RedistributionPermissionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private Database database;
    private long itb;
    private long unpad;
    private long unisba;
    private final AtomicReference<Actor> acting = new AtomicReference<>(TestActors.COORDINATOR);
    private SurplusRedistribution service;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        unisba = members.save(new Member(Libraries.library("UNISBA", "Perpustakaan Unisba"), List.of())).library()
                .id();
        List<RedistributionMember> register = List.of(new RedistributionMember(itb, "ITB", "ITB", 250_000, true),
                new RedistributionMember(unpad, "UNPAD", "Unpad", 180_000, true),
                new RedistributionMember(unisba, "UNISBA", "Unisba", 40_000, true));
        service = new SurplusRedistribution(new JooqRedistributionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, holding -> {
                }, CLOCK, new Permissions(acting::get));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T as(Actor actor, java.util.function.Supplier<SaveResult<T>> change) {
        acting.set(actor);
        SaveResult<T> result = change.get();
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }

    private void refused(Actor actor, Runnable change) {
        acting.set(actor);
        assertThatThrownBy(change::run).isInstanceOf(NotPermittedException.class);
    }

    private int rows() {
        return database.dsl().fetchCount(REDISTRIBUTION_OFFER) + database.dsl().fetchCount(REDISTRIBUTION_CLAIM);
    }

    @Test
    void postingAndImportingAreForTheGiversOwnStaffOrTheForums() {
        SurplusOffer offer = RedistributionStorageTest.offer(itb, "Katalogisasi", 2, AllocationRule.FIRST_COME, null);

        refused(TestActors.staffOf(unpad), () -> service.post(offer));
        refused(TestActors.READ_ONLY, () -> service.post(offer));
        refused(TestActors.staffOf(unpad), () -> {
            try {
                service.offerImport(itb).importFile(new ByteArrayInputStream(
                        "judul;eksemplar;kondisi;alasan\nStatistika;1;baik;duplikat\n".getBytes(
                                StandardCharsets.UTF_8)), Progress.NONE);
            } catch (java.io.IOException | id.jalin.kernel.importing.ImportRefusedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rows()).isZero();

        as(TestActors.staffOf(itb), () -> service.post(offer));
        as(TestActors.SECRETARY, () -> service.post(offer));
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void claimsAreMadeForOnesOwnLibraryOnly() {
        SurplusOffer offer = as(TestActors.staffOf(itb), () -> service.post(RedistributionStorageTest.offer(itb,
                "Katalogisasi", 2, AllocationRule.FIRST_COME, null)));

        refused(TestActors.staffOf(unisba), () -> service.claim(Claim.of(offer.id(), unpad, 1, "")));
        refused(TestActors.READ_ONLY, () -> service.claim(Claim.of(offer.id(), unpad, 1, "")));
        assertThat(database.dsl().fetchCount(REDISTRIBUTION_CLAIM)).isZero();

        as(TestActors.staffOf(unpad), () -> service.claim(Claim.of(offer.id(), unpad, 1, "")));
        as(TestActors.COORDINATOR, () -> service.claim(Claim.of(offer.id(), unisba, 1, "")));
        assertThat(database.dsl().fetchCount(REDISTRIBUTION_CLAIM)).isEqualTo(2);
    }

    @Test
    void theGiverWithdrawsAndAllocatesShipsItsSideAndTheReceiverReceivesOnItsOwn() {
        SurplusOffer offer = as(TestActors.staffOf(itb), () -> service.post(RedistributionStorageTest.offer(itb,
                "Katalogisasi", 2, AllocationRule.SMALLER_FIRST, TODAY.plusDays(1))));
        Claim claim = as(TestActors.staffOf(unpad), () -> service.claim(Claim.of(offer.id(), unpad, 2, "")));
        SurplusOffer read = service.offer(offer.id()).orElseThrow();
        SurplusRedistribution later = service.withClock(Clock.offset(CLOCK, Duration.ofDays(3)));

        refused(TestActors.staffOf(unpad), () -> later.allocate(read));
        refused(TestActors.staffOf(unpad), () -> service.withdraw(read));
        assertThat(service.offer(offer.id()).orElseThrow().status()).isEqualTo(OfferStatus.OPEN);
        as(TestActors.staffOf(itb), () -> later.allocate(read));
        Claim agreed = service.findClaim(claim.id()).orElseThrow();

        refused(TestActors.staffOf(unpad), () -> later.ship(agreed, TODAY, ""));
        refused(TestActors.staffOf(unisba), () -> later.ship(agreed, TODAY, ""));
        assertThat(service.findClaim(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.AGREED);
        Claim shipped = as(TestActors.staffOf(itb), () -> later.ship(agreed, TODAY, "JNE"));

        refused(TestActors.staffOf(itb), () -> later.receive(shipped, TODAY));
        refused(TestActors.READ_ONLY, () -> later.receive(shipped, TODAY));
        assertThat(service.findClaim(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.SHIPPED);
        as(TestActors.staffOf(unpad), () -> later.receive(shipped, TODAY));
        assertThat(service.findClaim(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.RECEIVED);
    }

    @Test
    void theForumsStaffMayTakeEitherSideOfAHandOver() {
        SurplusOffer offer = as(TestActors.staffOf(itb), () -> service.post(RedistributionStorageTest.offer(itb,
                "Katalogisasi", 1, AllocationRule.FIRST_COME, null)));
        Claim agreed = as(TestActors.staffOf(unpad), () -> service.claim(Claim.of(offer.id(), unpad, 1, "")));

        Claim shipped = as(TestActors.SECRETARY, () -> service.ship(agreed, TODAY, ""));
        as(TestActors.COORDINATOR, () -> service.receive(shipped, TODAY));

        assertThat(service.findClaim(agreed.id()).orElseThrow().state()).isEqualTo(ClaimState.RECEIVED);
    }
}
