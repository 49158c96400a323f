package id.jalin.acquisition.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.LineFilter;
import id.jalin.acquisition.domain.LineSort;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundFilter;
import id.jalin.acquisition.domain.RoundSort;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.acquisition.domain.Title;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.PageRequest;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A round's lists and its duplicate check cost the same number of queries for 5 lines as for 150: the round page
 * reads participants for the whole page at once, and the check asks the catalogue once and earlier rounds once.
 */
class AcquisitionQueryCountTest {
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final AtomicInteger catalogueCalls = new AtomicInteger();
    private Database database;
    private JointAcquisition counted;
    private JointAcquisition storing;
    private long itb;

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
        itb = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL)
                .save(Member.of(Libraries.library("ITB", "Perpustakaan ITB"))).library().id();
        List<AcquisitionMember> register = List.of(new AcquisitionMember(itb, "ITB", "Perpustakaan ITB", true));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        Permissions permissions = new Permissions(TestActors.AS_COORDINATOR);
        counted = new JointAcquisition(new JooqAcquisitionRepository(dsl, TestAudit.TRAIL), () -> register,
                probes -> {
                    catalogueCalls.incrementAndGet();
                    return List.of();
                }, copies -> {
                }, clock, permissions);
        storing = new JointAcquisition(new JooqAcquisitionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, probes -> List.of(), copies -> {
                }, clock, permissions);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PurchaseRound roundWith(int lines) {
        PurchaseRound round = ((SaveResult.Saved<PurchaseRound>) storing.openRound(PurchaseRound.draft(
                "Putaran " + lines, itb, Money.of(1_000_000_000), LocalDate.of(2026, 12, 31), SplitRule.EQUAL,
                Map.of(itb, 1L)))).value();
        for (int i = 0; i < lines; i++) {
            storing.propose(ProposalLine.proposed(round.id(), itb, new Title("", "Judul " + i, "Penulis " + i, "",
                    2020, ""), ItemFormat.PRINT, false, "", Money.of(1_000), 1, 1, ""));
        }
        return round;
    }

    private int queries(Runnable work) {
        statements.clear();
        work.run();
        return statements.size();
    }

    @Test
    void listsAndTheDuplicateCheckCostTheSameForFewOrManyLines() {
        PurchaseRound few = roundWith(5);
        PurchaseRound many = roundWith(150);
        List<Integer> costs = new ArrayList<>();
        for (PurchaseRound round : List.of(few, many)) {
            costs.add(queries(() -> counted.lines(LineFilter.of(round.id()), new PageRequest<>(0, 200,
                    LineSort.TITLE, id.jalin.kernel.paging.SortDirection.ASCENDING, ""))));
            costs.add(queries(() -> counted.flags(round.id())));
        }

        assertThat(costs.subList(0, 2)).isEqualTo(costs.subList(2, 4));
        assertThat(costs.get(0)).as("count and page").isEqualTo(2);
        assertThat(costs.get(1)).as("the lines and the earlier orders").isEqualTo(2);
        assertThat(catalogueCalls).hasValue(2);
        assertThat(queries(() -> counted.rounds(RoundFilter.all(), PageRequest.first(RoundSort.NAME))))
                .as("count, page, participants").isEqualTo(3);
    }
}
