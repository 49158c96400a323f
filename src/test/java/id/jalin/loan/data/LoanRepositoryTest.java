package id.jalin.loan.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.loan.domain.HeldCopy;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LendingRules;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanEvent;
import id.jalin.loan.domain.LoanFilter;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanMembers;
import id.jalin.loan.domain.LoanReminder;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanSort;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.LoanStep;
import id.jalin.loan.domain.LoanView;
import id.jalin.loan.domain.MemberLoanFigures;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.ServiceKind;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interlibrary loans stored on H2 and on PostgreSQL through the service: numbering, the rota and history kept with
 * each step, the stale-step check, the lists of each desk, overdue, lending rules and the period's figures.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class LoanRepositoryTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Parameter
    Kind kind;

    private Database database;
    private JooqLoanRepository repository;
    private long itb;
    private long unpad;
    private long unisba;
    private Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), JAKARTA);

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        unisba = members.save(new Member(Libraries.library("UNISBA", "Perpustakaan Unisba"), List.of())).library()
                .id();
        repository = new JooqLoanRepository(database.dsl(), TestAudit.TRAIL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private InterlibraryLoans service() {
        return service(TestActors.AS_COORDINATOR);
    }

    private InterlibraryLoans service(id.jalin.kernel.access.CurrentActor actor) {
        List<LoanMember> all = List.of(new LoanMember(itb, "ITB", "Perpustakaan ITB", "", true),
                new LoanMember(unpad, "UNPAD", "Perpustakaan Unpad", "", true),
                new LoanMember(unisba, "UNISBA", "Perpustakaan Unisba", "", true));
        LoanMembers members = new LoanMembers() {
            @Override
            public Map<Long, LoanMember> members(Collection<Long> ids) {
                return all.stream().filter(m -> ids.contains(m.id()))
                        .collect(Collectors.toMap(LoanMember::id, Function.identity()));
            }

            @Override
            public List<LoanMember> all() {
                return all;
            }
        };
        return new InterlibraryLoans(repository, members,
                work -> List.of(new HeldCopy(itb, 2, "025.04 SUL p"), new HeldCopy(unisba, 1, "025 SUL")), clock,
                new Permissions(actor));
    }

    private LoanRequest ask(ServiceKind service) {
        NewLoanRequest request = new NewLoanRequest(unpad, new Patron("Rina Wulandari", "140110200001",
                PatronKind.STUDENT), service, new RequestedItem(77L, "Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki",
                "Gramedia", 1991, "9789794039434", "", ItemKind.BOOK, service == ServiceKind.COPY ? "hlm. 1-20" : "",
                ""), service == ServiceKind.COPY ? "Untuk studi pribadi" : "", null, "", List.of(itb, unisba));
        return ((SaveResult.Saved<LoanRequest>) service().request(request)).value();
    }

    private LoanRequest take(LoanRequest request, LoanStep step) {
        SaveResult<LoanRequest> result = service().take(request, step);
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<LoanRequest>) result).value();
    }

    @Test
    void requestsAreNumberedByYearAndKeptWithTheirRota() {
        LoanRequest first = ask(ServiceKind.LOAN);
        LoanRequest second = ask(ServiceKind.COPY);

        assertThat(first.number()).isEqualTo("PAP-2026-000001");
        assertThat(second.number()).isEqualTo("PAP-2026-000002");
        LoanRequest read = repository.findByNumber("PAP-2026-000001").orElseThrow();
        assertThat(read.rota()).extracting(r -> r.lenderId()).containsExactly(itb, unisba);
        assertThat(read.lenderId()).isEqualTo(itb);
        assertThat(read.patron().name()).isEqualTo("Rina Wulandari");
        assertThat(service().findByNumber(" pap-2026-000002 ")).map(LoanRequest::id).contains(second.id());
        assertThat(service().callNumberAtLender(read)).isEqualTo("025.04 SUL p");
    }

    @Test
    void eachStepIsStoredWithItsHistoryAndAStaleStepIsRefused() {
        LoanRequest asked = ask(ServiceKind.LOAN);
        LoanRequest moved = take(asked, LoanStep.of(LoanAction.UNFILLED, "Sedang dijilid"));

        assertThat(moved.lenderId()).isEqualTo(unisba);
        assertThat(service().take(asked, LoanStep.of(LoanAction.WILL_SUPPLY))).isInstanceOf(SaveResult.Stale.class);
        LoanRequest shipped = take(moved, LoanStep.of(LoanAction.SHIP));
        assertThat(shipped.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));

        List<LoanEvent> history = repository.history(asked.id());
        assertThat(history).extracting(LoanEvent::action).containsExactly(LoanAction.REQUEST, LoanAction.UNFILLED,
                LoanAction.NEXT_LENDER, LoanAction.SHIP);
        assertThat(history.get(1).note()).isEqualTo("Sedang dijilid");
        assertThat(history.get(3).date()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThatThrownBy(() -> repository.update(asked, List.of())).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void aRefusedStepStoresNothingAndSaysWhy() {
        LoanRequest asked = ask(ServiceKind.LOAN);

        SaveResult<LoanRequest> result = service().take(asked, LoanStep.of(LoanAction.SHIP_BACK));

        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        assertThat(((SaveResult.Invalid<LoanRequest>) result).validation().errors().get(0).messageKey())
                .isEqualTo("loan.refused.not_shipped");
        assertThat(repository.find(asked.id()).orElseThrow().version()).isEqualTo(asked.version());
        assertThat(repository.history(asked.id())).hasSize(1);
    }

    @Test
    void eachDeskSeesItsOwnListsAndOverdueOnBothSides() {
        LoanRequest loan = take(take(ask(ServiceKind.LOAN), LoanStep.of(LoanAction.SHIP)),
                LoanStep.of(LoanAction.RECEIVE));
        LoanRequest copy = ask(ServiceKind.COPY);
        clock = Clock.offset(clock, java.time.Duration.ofDays(20));

        LocalDate today = LocalDate.now(clock);
        assertThat(ids(new LoanFilter(LoanView.OUTGOING, unpad, Set.of(), null, null, null, "", today)))
                .containsExactlyInAnyOrder(loan.id(), copy.id());
        assertThat(ids(new LoanFilter(LoanView.INCOMING, itb, Set.of(), null, null, null, "", today)))
                .containsExactlyInAnyOrder(loan.id(), copy.id());
        assertThat(ids(new LoanFilter(LoanView.INCOMING, unisba, Set.of(), null, null, null, "", today))).isEmpty();
        assertThat(ids(new LoanFilter(LoanView.OVERDUE, itb, Set.of(), null, null, null, "", today)))
                .containsExactly(loan.id());
        assertThat(ids(new LoanFilter(LoanView.OVERDUE, unpad, Set.of(), null, null, null, "", today)))
                .containsExactly(loan.id());
        assertThat(ids(new LoanFilter(LoanView.WAITING_ON_ME, itb, Set.of(), null, null, null, "", today)))
                .containsExactly(copy.id());
        assertThat(ids(new LoanFilter(LoanView.WAITING_ON_ME, unpad, Set.of(), null, null, null, "", today)))
                .containsExactly(loan.id());
        assertThat(ids(new LoanFilter(LoanView.ALL, null, Set.of(LoanState.RECEIVED), null, null, null, "", today)))
                .containsExactly(loan.id());
        assertThat(ids(new LoanFilter(LoanView.ALL, null, Set.of(), null, null, null, "wulan", today))).hasSize(2);
        assertThat(repository.overdue(today)).extracting(LoanRequest::id).containsExactly(loan.id());
        assertThat(service().overdue()).extracting(LoanRequest::id).containsExactly(loan.id());
    }

    @Test
    void theStartScreenListsTheForumsOverdueAndEachDesksOwnOverdueAndWaiting() {
        LoanRequest loan = take(take(ask(ServiceKind.LOAN), LoanStep.of(LoanAction.SHIP)),
                LoanStep.of(LoanAction.RECEIVE));
        LoanRequest copy = ask(ServiceKind.COPY);
        clock = Clock.offset(clock, java.time.Duration.ofDays(20));

        assertThat(service().reminders(50)).containsExactly(
                new LoanReminder(LoanReminder.Kind.OVERDUE, repository.find(loan.id()).orElseThrow(), loan.dueOn()));
        assertThat(service(staffOf(itb)).reminders(50))
                .extracting(reminder -> reminder.kind() + " " + reminder.request().id())
                .containsExactly("OVERDUE " + loan.id(), "YOUR_TURN " + copy.id());
        assertThat(service(staffOf(itb)).reminders(50).get(1).date())
                .isEqualTo(copy.lastChange().toLocalDate());
        // the borrower's turn to send the loan back: listed once, as overdue
        assertThat(service(staffOf(unpad)).reminders(50))
                .extracting(reminder -> reminder.kind() + " " + reminder.request().id())
                .containsExactly("OVERDUE " + loan.id());
        assertThat(service(staffOf(unisba)).reminders(50)).isEmpty();
    }

    private static id.jalin.kernel.access.CurrentActor staffOf(long library) {
        return id.jalin.kernel.access.CurrentActor.of(TestActors.staffOf(library));
    }

    private List<Long> ids(LoanFilter filter) {
        return repository.page(filter, new PageRequest<>(0, 50, LoanSort.NUMBER, SortDirection.ASCENDING, ""))
                .rows().stream().map(LoanRequest::id).toList();
    }

    @Test
    void overdueLettersAreNumberedInTheForumsSeriesAndListTheBorrowersItemsOnly() {
        LoanRequest loan = take(take(ask(ServiceKind.LOAN), LoanStep.of(LoanAction.SHIP)),
                LoanStep.of(LoanAction.RECEIVE));
        clock = Clock.offset(clock, java.time.Duration.ofDays(20));

        var first = service().overdueLetter(unpad, "FPPTI-JABAR").orElseThrow();
        var second = service().overdueLetter(unpad, "FPPTI-JABAR").orElseThrow();

        assertThat(first.number()).isEqualTo("001/PAP/FPPTI-JABAR/XII/2026");
        assertThat(second.number()).isEqualTo("002/PAP/FPPTI-JABAR/XII/2026");
        assertThat(first.items()).extracting(LoanRequest::id).containsExactly(loan.id());
        assertThat(service().overdueLetter(itb, "FPPTI-JABAR")).isEmpty();
    }

    @Test
    void lendingRulesAreKeptPerLibraryWithAStaleCheck() {
        assertThat(service().rulesOf(itb)).isEqualTo(LendingRules.defaults(itb));

        SaveResult<LendingRules> saved = service().saveRules(new LendingRules(itb, 21, 2,
                Set.of(ItemKind.THESIS, ItemKind.REFERENCE), Money.of(10_000), 0));

        LendingRules stored = ((SaveResult.Saved<LendingRules>) saved).value();
        assertThat(service().rulesOf(itb)).isEqualTo(stored);
        assertThat(stored.notLent()).containsExactlyInAnyOrder(ItemKind.THESIS, ItemKind.REFERENCE);
        assertThat(service().saveRules(new LendingRules(itb, 7, 0, Set.of(), Money.ZERO, 0)))
                .isInstanceOf(SaveResult.Stale.class);
        assertThat(service().saveRules(new LendingRules(itb, 0, 0, Set.of(), Money.ZERO, stored.version())))
                .isInstanceOf(SaveResult.Invalid.class);
    }

    @Test
    void theRotaLeavesOutLendersThatDoNotLendTheKind() {
        service().saveRules(new LendingRules(itb, 14, 1, Set.of(ItemKind.BOOK), Money.ZERO, 0));

        assertThat(service().proposeRota(unpad, ServiceKind.LOAN, ItemKind.BOOK, 77L))
                .extracting(choice -> choice.member().code()).containsExactly("UNISBA");
        assertThat(service().proposeRota(unpad, ServiceKind.COPY, ItemKind.BOOK, 77L))
                .extracting(choice -> choice.member().code()).containsExactly("ITB", "UNISBA");
        assertThat(service().proposeRota(unpad, ServiceKind.LOAN, ItemKind.BOOK, null))
                .extracting(choice -> choice.member().code()).containsExactly("UNISBA");
    }

    @Test
    void askingAMemberThatDoesNotHoldTheWorkIsRefused() {
        NewLoanRequest request = new NewLoanRequest(itb, new Patron("Budi", "1", PatronKind.LECTURER),
                ServiceKind.LOAN, new RequestedItem(77L, "Judul", "", "", null, "", "", ItemKind.BOOK, "", ""), "",
                null, "", List.of(unpad));

        SaveResult<LoanRequest> result = service().request(request);

        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        assertThat(((SaveResult.Invalid<LoanRequest>) result).validation().errors().get(0).messageKey())
                .isEqualTo("loan.error.lender_not_holding");
        assertThat(repository.findByNumber("PAP-2026-000001")).isEmpty();
    }

    @Test
    void theFiguresCountEachSideForThePeriod() {
        LoanRequest loan = take(ask(ServiceKind.LOAN), LoanStep.of(LoanAction.UNFILLED, "Hilang"));
        take(take(loan, LoanStep.of(LoanAction.SHIP)), LoanStep.of(LoanAction.RECEIVE));
        take(ask(ServiceKind.COPY), LoanStep.of(LoanAction.CANCEL));

        List<MemberLoanFigures> figures = service().figures(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

        Map<Long, MemberLoanFigures> byMember = figures.stream()
                .collect(Collectors.toMap(MemberLoanFigures::memberId, Function.identity()));
        assertThat(byMember.get(unpad).borrowed()).isEqualTo(2);
        assertThat(byMember.get(unpad).borrowedFilled()).isEqualTo(1);
        assertThat(byMember.get(unpad).borrowFillRate()).isEqualTo(0.5);
        assertThat(byMember.get(itb).lent()).isEqualTo(2);
        assertThat(byMember.get(itb).lentFilled()).isZero();
        assertThat(byMember.get(unisba).lent()).isEqualTo(1);
        assertThat(byMember.get(unisba).lentFilled()).isEqualTo(1);
        assertThat(byMember.get(unisba).lendTurnaroundDays()).isZero();
        assertThat(service().figures(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).isEmpty();
    }
}
