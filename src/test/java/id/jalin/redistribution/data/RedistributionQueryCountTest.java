package id.jalin.redistribution.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimSort;
import id.jalin.redistribution.domain.OfferSort;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusRedistribution;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The offer and claim lists cost the same number of queries for 3 offers as for 60: the counts of claims and copies
 * promised come with the page, the offer with each claim, never one query a row.
 */
class RedistributionQueryCountTest {
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private Database database;
    private SurplusRedistribution counted;
    private SurplusRedistribution storing;
    private long itb;
    private long unpad;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        DSLContext dsl = database.dsl().configuration().derive(new DefaultExecuteListenerProvider(
                new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext context) {
                        statements.add(context.sql());
                    }
                })).dsl();
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(Member.of(Libraries.library("ITB", "Perpustakaan ITB"))).library().id();
        unpad = members.save(Member.of(Libraries.library("UNPAD", "Perpustakaan Unpad"))).library().id();
        List<RedistributionMember> register = List.of(new RedistributionMember(itb, "ITB", "ITB", 250_000, true),
                new RedistributionMember(unpad, "UNPAD", "Unpad", 180_000, true));
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        Permissions permissions = new Permissions(TestActors.AS_COORDINATOR);
        counted = new SurplusRedistribution(new JooqRedistributionRepository(dsl, TestAudit.TRAIL), () -> register,
                holding -> {
                }, clock, permissions);
        storing = new SurplusRedistribution(new JooqRedistributionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, holding -> {
                }, clock, permissions);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void offersAndClaims(int count) {
        for (int i = 0; i < count; i++) {
            SurplusOffer offer = ((id.jalin.kernel.validation.SaveResult.Saved<SurplusOffer>) storing.post(
                    RedistributionStorageTest.offer(itb, "Judul " + count + "-" + i, 3, AllocationRule.FIRST_COME,
                            null))).value();
            storing.claim(Claim.of(offer.id(), unpad, 1, ""));
        }
    }

    private int queries(Runnable work) {
        statements.clear();
        work.run();
        return statements.size();
    }

    private List<Integer> costs() {
        PageRequest<OfferSort> offers = new PageRequest<>(0, 100, OfferSort.TITLE, SortDirection.ASCENDING, "judul");
        List<Integer> costs = new ArrayList<>();
        costs.add(queries(() -> counted.openOffers(offers)));
        costs.add(queries(() -> counted.offersOf(itb, offers)));
        costs.add(queries(() -> counted.history(Optional.of(unpad), offers)));
        costs.add(queries(() -> counted.claimsOf(unpad, new PageRequest<>(0, 100, ClaimSort.TITLE,
                SortDirection.ASCENDING, "judul"))));
        costs.add(queries(() -> counted.handOversTo(unpad)));
        return costs;
    }

    @Test
    void theListsCostTheSameForFewOrManyOffers() {
        offersAndClaims(3);
        List<Integer> few = costs();
        offersAndClaims(57);
        List<Integer> many = costs();

        assertThat(many).isEqualTo(few);
        assertThat(few).as("count and page for each list, one query for the hand-overs").containsExactly(2, 2, 2, 2,
                1);
        assertThat(counted.claimsOf(unpad, PageRequest.first(ClaimSort.CLAIMED)).total()).isEqualTo(60);
    }
}
