package id.jalin.crossservice.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.crossservice.domain.Holders;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.money.Money;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two workstations issue a card for the same library at the same moment, on a real PostgreSQL server with two
 * connections. Desk A is held inside its transaction, after its card is numbered and before it commits, until
 * desk B is seen waiting on A's locks; then A goes on. Both must end with a stored card and distinct numbers.
 * Reading the running number outside the transaction (as before) gave B the same number and a refused save.
 */
class CardIssuingConcurrencyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private Database deskA;
    private Database deskB;
    private JooqCrossServiceRepository repositoryA;
    private JooqCrossServiceRepository repositoryB;
    private long libraryId;
    private CardHolder holder;

    @BeforeEach
    void twoWorkstationsOnOneServer() {
        DataSource server = TestDatabases.newPostgresDatabase();
        deskA = Database.over(DatabaseMode.SHARED_POSTGRES, server);
        deskB = Database.over(DatabaseMode.SHARED_POSTGRES, server);
        repositoryA = new JooqCrossServiceRepository(deskA.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        repositoryB = new JooqCrossServiceRepository(deskB.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        libraryId = new JooqMemberRepository(deskA.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL)
                .save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran"))).library().id();
        holder = repositoryA.saveHolder(Holders.student(libraryId, "180110220001", "Siti Nurhaliza"));
    }

    @AfterEach
    void close() {
        deskA.close();
        deskB.close();
    }

    private Card unnumbered() {
        return Card.issue(holder.id(), null, TODAY, LocalDate.of(2026, 8, 31), Money.ZERO, "");
    }

    @Test
    void twoDesksIssuingAtOnceGetTheNextTwoNumbers() throws Exception {
        Card earlier = repositoryA.issueCard(libraryId, 26, unnumbered()::withNumber);

        Card[] both = issueAtOnce();

        assertThat(earlier.number().digits()).startsWith("2600100001");
        assertThat(both[0].number().digits()).startsWith("2600100002");
        assertThat(both[1].number().digits()).startsWith("2600100003");
    }

    @Test
    void twoDesksIssuingALibrarysFirstCardsAtOnceShareOnePrefix() throws Exception {
        // Neither the prefix row nor the counter row exists: B clashes on the prefix A inserted, and retries.
        Card[] both = issueAtOnce();

        assertThat(both[0].number().digits()).startsWith("2600100001");
        assertThat(both[1].number().digits()).startsWith("2600100002");
        assertThat(repositoryB.cardPrefixes()).containsExactly(new CardPrefix(libraryId, 1, 0, true));
    }

    /** A numbers and holds; B starts and must wait; A commits; B finishes. Returns {A's card, B's card}. */
    private Card[] issueAtOnce() throws Exception {
        CountDownLatch aNumbered = new CountDownLatch(1);
        CountDownLatch aMayCommit = new CountDownLatch(1);
        Function<CardNumber, Card> heldInsideTheTransaction = number -> {
            aNumbered.countDown();
            await(aMayCommit);
            return unnumbered().withNumber(number);
        };
        CompletableFuture<Card> a = CompletableFuture.supplyAsync(
                () -> repositoryA.issueCard(libraryId, 26, heldInsideTheTransaction));
        assertThat(aNumbered.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Card> b = CompletableFuture.supplyAsync(
                () -> repositoryB.issueCard(libraryId, 26, unnumbered()::withNumber));
        waitUntilAConnectionWaitsOnALock();
        assertThat(b).isNotDone();
        aMayCommit.countDown();

        Card cardA = a.get(20, TimeUnit.SECONDS);
        Card cardB = b.get(20, TimeUnit.SECONDS);
        assertThat(cardA.number()).isNotEqualTo(cardB.number());
        // both stored, both readable as valid numbers from the other desk
        assertThat(repositoryB.findCardByNumber(cardA.number())).contains(cardA);
        assertThat(repositoryA.findCardByNumber(cardB.number())).contains(cardB);
        assertThat(CardNumber.read(cardB.number().grouped())).isInstanceOf(CardNumber.Reading.Valid.class);
        return new Card[] {cardA, cardB};
    }

    private void waitUntilAConnectionWaitsOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Integer waiting = deskA.dsl().fetchOne("select count(*)::int from pg_stat_activity"
                    + " where datname = current_database() and wait_event_type = 'Lock'").get(0, Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Desk B never waited for desk A");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("Desk A was never let go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
