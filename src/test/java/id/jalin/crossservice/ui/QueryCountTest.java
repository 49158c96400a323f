package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.data.JooqAgreementRepository;
import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementNumber;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Recurrence;
import id.jalin.agreement.ui.AgreementListViewModel;
import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists that grow cost the same number of queries for 5 rows as for 150: the statements are counted with a jOOQ
 * listener while the real view models read their list.
 */
class QueryCountTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final List<String> everything = new CopyOnWriteArrayList<>();
    private Database database;
    private DSLContext counted;
    private Library library;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        counted = database.dsl().configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                statements.add(context.sql());
                everything.add(context.sql());
            }
        })).dsl();
        library = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL)
                .save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran"))).library();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Stores {@code count} holders, each with an expired and an active card, without counting. */
    private void holders(int count) {
        var plain = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        List<CardHolder> fresh = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            fresh.add(Holders.student(library.id(), "H" + i, "Holder " + i));
        }
        int running = 1;
        for (CardHolder holder : plain.saveHolders(fresh, Progress.NONE)) {
            plain.saveCard(Card.issue(holder.id(), CardNumber.generate(25, library.id(), running++),
                    TODAY.minusYears(1), TODAY.minusMonths(1), Money.of(0), ""));
            plain.saveCard(Card.issue(holder.id(), CardNumber.generate(26, library.id(), running++),
                    TODAY.minusMonths(1), TODAY.plusMonths(5), Money.of(0), ""));
        }
    }

    /** The statements the holder list runs to show its first page, a reload after a change, and a search. */
    private List<Integer> holderListQueries(int holders) {
        holders(holders);
        var repository = new JooqCrossServiceRepository(counted, id.jalin.kernel.audit.TestAudit.TRAIL);
        var list = new HolderListViewModel(new CardHolderService(repository, TestPermissions.AS_COORDINATOR),
                new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR), new MemberService(new JooqMemberRepository(counted, id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR),
                new CurrentThreadTaskExecutor(), messages);
        statements.clear();
        list.library.set(library);
        int opening = statements.size();
        assertThat(list.shown()).hasSize(Math.min(50, holders));
        assertThat(list.shown()).allMatch(HolderRow::hasActiveCard);
        statements.clear();
        list.reload(null);
        int reload = statements.size();
        statements.clear();
        list.search.set("Holder 1");
        int search = statements.size();
        return List.of(opening, reload, search);
    }

    @Test
    void holderListPageCostsAtMostThreeQueriesHoweverManyHoldersThereAre() {
        List<Integer> few = holderListQueries(5);
        close();
        open();
        List<Integer> many = holderListQueries(150);

        // opening and reloading: count, page, cards; a search counts in the same pass as its page
        assertThat(many).isEqualTo(few).containsExactly(3, 3, 2);
    }

    private List<Integer> agreementQueries(int agreements) {
        var plain = new JooqAgreementRepository(database.dsl(),
                new MemberService(new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR)::namesOf, id.jalin.kernel.audit.TestAudit.TRAIL);
        for (int i = 0; i < agreements; i++) {
            Agreement base = Agreements.pks(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 4, 1));
            plain.save(Agreements.withNumber(Agreements.withParties(base, List.of(
                            Party.member(library.id(), "", "Dr. Siti", "Kepala", "Jatinangor"), Agreements.bank())),
                    new AgreementNumber(String.format("%03d/PKS/FPPTI-JABAR/I/2026", i + 1), 2026, i + 1))
                    .withObligations(List.of(new Obligation(null, 1, "Laporan", "Report", Recurrence.QUARTERLY,
                            LocalDate.of(2026, 1, 31), List.of()))));
        }
        AgreementService service = new AgreementService(new JooqAgreementRepository(counted,
                        new MemberService(new JooqMemberRepository(counted, id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR)::namesOf, id.jalin.kernel.audit.TestAudit.TRAIL),
                new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR),
                java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC), TestPermissions.AS_COORDINATOR);
        var list = new AgreementListViewModel(service, new CurrentThreadTaskExecutor(), messages);
        statements.clear();
        list.reload();
        int listing = statements.size();
        assertThat(list.rows()).hasSize(agreements);
        statements.clear();
        assertThat(service.reminders()).isNotEmpty();
        int reminders = statements.size();
        statements.clear();
        assertThat(service.agreementsOf(library.id())).hasSize(agreements);
        int ofMember = statements.size();
        return List.of(listing, reminders, ofMember);
    }

    @Test
    void agreementListRemindersAndAMembersAgreementsCostTheSameQueriesForFewOrManyAndReadNoArticles() {
        List<Integer> few = agreementQueries(3);
        close();
        open();
        List<Integer> many = agreementQueries(40);

        assertThat(many).isEqualTo(few);
        assertThat(many.get(0)).isLessThanOrEqualTo(6);
        assertThat(everything).isNotEmpty().noneMatch(sql -> sql.toLowerCase().contains("agreement_article"));
    }
}
