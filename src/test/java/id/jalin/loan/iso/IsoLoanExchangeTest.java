package id.jalin.loan.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.loan.data.JooqLoanRepository;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanMembers;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.LoanStep;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.ServiceKind;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A loan run between two Jalin databases (two forums' desks, or a member keeping its own) by ISO 18626 files only:
 * the request written at the borrower's is read at the lender's, the lender's shipping comes back, the borrower's
 * receipt goes over; a message naming no known request or library is refused with its reason.
 */
class IsoLoanExchangeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private Desk borrowerSide;
    private Desk lenderSide;

    /** One database with the two libraries in its register, and its loans service. */
    private static final class Desk implements AutoCloseable {
        final Database database = TestDatabases.h2();
        final InterlibraryLoans loans;
        final long unpad;
        final long itb;

        Desk() {
            var register = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
            unpad = register.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library()
                    .id();
            itb = register.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
            List<LoanMember> all = List.of(new LoanMember(unpad, "UNPAD", "Perpustakaan Unpad", "", true),
                    new LoanMember(itb, "ITB", "Perpustakaan ITB", "", true));
            LoanMembers members = new LoanMembers() {
                @Override
                public Map<Long, LoanMember> members(Collection<Long> ids) {
                    return all.stream().filter(member -> ids.contains(member.id()))
                            .collect(Collectors.toMap(LoanMember::id, Function.identity()));
                }

                @Override
                public List<LoanMember> all() {
                    return all;
                }
            };
            loans = new InterlibraryLoans(new JooqLoanRepository(database.dsl(), TestAudit.TRAIL), members,
                    work -> List.of(), CLOCK, new Permissions(TestActors.AS_COORDINATOR));
        }

        IsoLoanExchange exchange() {
            return new IsoLoanExchange(loans);
        }

        @Override
        public void close() {
            database.close();
        }
    }

    @BeforeEach
    void open() {
        borrowerSide = new Desk();
        lenderSide = new Desk();
    }

    @AfterEach
    void close() {
        borrowerSide.close();
        lenderSide.close();
    }

    /** The message written from the request, checked against the bundled schema by a validator of its own. */
    private static byte[] written(Desk desk, LoanRequest request, IsoLoanExchange.Kind kind) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        desk.exchange().write(request, kind, out);
        IsoSchemaCheck.validate(out.toByteArray());
        return out.toByteArray();
    }

    private static LoanRequest read(Desk desk, byte[] message) throws Exception {
        SaveResult<LoanRequest> result = desk.exchange().read(new ByteArrayInputStream(message));
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<LoanRequest>) result).value();
    }

    private static LoanRequest taken(SaveResult<LoanRequest> result) {
        return ((SaveResult.Saved<LoanRequest>) result).value();
    }

    @Test
    void aLoanRunsBetweenTwoDatabasesByMessagesAlone() throws Exception {
        LoanRequest asked = taken(borrowerSide.loans.request(new NewLoanRequest(borrowerSide.unpad,
                new Patron("Rina Wulandari", "140110200001", PatronKind.STUDENT), ServiceKind.LOAN,
                new RequestedItem(null, "Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki", "Gramedia", 1991,
                        "9789794039434", "", ItemKind.BOOK, "", ""), "", null, "Untuk skripsi",
                List.of(borrowerSide.itb))));

        byte[] request = written(borrowerSide, asked, IsoLoanExchange.Kind.REQUEST);
        assertThat(new String(request, StandardCharsets.UTF_8)).contains("<agencyIdValue>ITB</agencyIdValue>")
                .contains(asked.number());
        LoanRequest atLender = read(lenderSide, request);
        assertThat(atLender.remoteId()).isEqualTo(asked.number());
        assertThat(atLender.lenderId()).isEqualTo(lenderSide.itb);
        assertThat(atLender.patron().name()).isEqualTo("Rina Wulandari");
        assertThat(atLender.item().year()).isEqualTo(1991);

        LoanRequest shipped = taken(lenderSide.loans.take(atLender, LoanStep.on(LoanAction.SHIP,
                LocalDate.of(2026, 12, 20))));
        LoanRequest atBorrower = read(borrowerSide, written(lenderSide, shipped, IsoLoanExchange.Kind.SUPPLYING));
        assertThat(atBorrower.id()).isEqualTo(asked.id());
        assertThat(atBorrower.state()).isEqualTo(LoanState.SHIPPED);
        assertThat(atBorrower.dueOn()).isEqualTo(LocalDate.of(2026, 12, 20));

        LoanRequest received = taken(borrowerSide.loans.take(atBorrower, LoanStep.of(LoanAction.RECEIVE)));
        LoanRequest lenderKnows = read(lenderSide, written(borrowerSide, received, IsoLoanExchange.Kind.REQUESTING));
        assertThat(lenderKnows.id()).isEqualTo(atLender.id());
        assertThat(lenderKnows.state()).isEqualTo(LoanState.RECEIVED);
    }

    @Test
    void theSameRequestReadTwiceIsRefused() throws Exception {
        LoanRequest asked = taken(borrowerSide.loans.request(new NewLoanRequest(borrowerSide.unpad,
                new Patron("Budi", "1", PatronKind.LECTURER), ServiceKind.LOAN, new RequestedItem(null, "Judul", "",
                "", null, "", "", ItemKind.BOOK, "", ""), "", null, "", List.of(borrowerSide.itb))));
        byte[] request = written(borrowerSide, asked, IsoLoanExchange.Kind.REQUEST);
        read(lenderSide, request);

        assertThatThrownBy(() -> lenderSide.exchange().read(new ByteArrayInputStream(request)))
                .isInstanceOfSatisfying(IsoMessageRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("loan.iso.known_request"));
    }

    @Test
    void aMessageAboutAnUnknownRequestIsRefusedWithItsNumber() throws Exception {
        LoanRequest asked = taken(borrowerSide.loans.request(new NewLoanRequest(borrowerSide.unpad,
                new Patron("Budi", "1", PatronKind.LECTURER), ServiceKind.LOAN, new RequestedItem(null, "Judul", "",
                "", null, "", "", ItemKind.BOOK, "", ""), "", null, "", List.of(borrowerSide.itb))));
        LoanRequest willSupply = taken(borrowerSide.loans.take(asked, LoanStep.of(LoanAction.WILL_SUPPLY)));

        byte[] status = written(borrowerSide, willSupply, IsoLoanExchange.Kind.SUPPLYING);

        assertThatThrownBy(() -> lenderSide.exchange().read(new ByteArrayInputStream(status)))
                .isInstanceOfSatisfying(IsoMessageRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("loan.iso.unknown_request");
                    assertThat(refused.args()).containsExactly(asked.number());
                });
    }

    @Test
    void aStepTheRequestCannotTakeComesBackAsTheServicesRefusal() throws Exception {
        LoanRequest asked = taken(borrowerSide.loans.request(new NewLoanRequest(borrowerSide.unpad,
                new Patron("Budi", "1", PatronKind.LECTURER), ServiceKind.LOAN, new RequestedItem(null, "Judul", "",
                "", null, "", "", ItemKind.BOOK, "", ""), "", null, "", List.of(borrowerSide.itb))));
        LoanRequest atLender = read(lenderSide, written(borrowerSide, asked, IsoLoanExchange.Kind.REQUEST));
        LoanRequest shipped = taken(lenderSide.loans.take(atLender, LoanStep.of(LoanAction.SHIP)));
        LoanRequest received = taken(lenderSide.loans.take(shipped, LoanStep.of(LoanAction.RECEIVE)));
        LoanRequest back = taken(lenderSide.loans.take(received, LoanStep.of(LoanAction.SHIP_BACK)));
        LoanRequest done = taken(lenderSide.loans.take(back, LoanStep.of(LoanAction.CHECK_IN)));
        byte[] completed = written(lenderSide, done, IsoLoanExchange.Kind.SUPPLYING);

        // the borrower's copy never heard it was shipped: "loan completed" cannot be its next step
        SaveResult<LoanRequest> result = borrowerSide.exchange().read(new ByteArrayInputStream(completed));

        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        assertThat(((SaveResult.Invalid<LoanRequest>) result).validation().errors().get(0).messageKey())
                .isEqualTo("loan.refused.not_now");
    }
}
